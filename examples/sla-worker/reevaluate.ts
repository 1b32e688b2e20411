// After a policy change: move every open ticket onto the newest policy version, in batches. The
// progress is the tickets' own `policy_version`, so an interrupted run resumes where it stopped
// (and several can run side by side, SKIP LOCKED keeps them apart).
import type { Database } from "./db.js";
import { evaluateTickets } from "./evaluateTickets.js";
import { policyCache } from "./policies.js";
import type { WorkerOptions, WorkerRun } from "./worker.js";

const STALE = `select ticket_id from sla_reports
  where open and policy_version < $1
  order by policy_version, ticket_id
  for update skip locked
  limit $2`;

/** Re-evaluates, as of the clock's `now`, every open ticket still on an older policy version. */
export async function reevaluateOpenTickets(db: Database, options: WorkerOptions): Promise<WorkerRun> {
  const policies = options.policies ?? policyCache();
  let batches = 0;
  let tickets = 0;
  let effects = 0;
  for (;;) {
    const now = options.clock.now();
    const batch = await db.transaction(async (tx) => {
      const current = await policies(tx);
      const stale = await tx.query<{ ticket_id: string }>(STALE, [current.version, options.batchSize ?? 200]);
      const ids = stale.map((row) => row.ticket_id);
      const result = await evaluateTickets(tx, current, ids, now);
      if (ids.length > 0) await options.beforeCommit?.(tx, ids);
      return result;
    });
    if (batch.tickets === 0) return { batches, tickets, effects };
    batches += 1;
    tickets += batch.tickets;
    effects += batch.effects;
  }
}
