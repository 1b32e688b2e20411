// The stateless SLA worker: take due tickets with SKIP LOCKED, evaluate them, write reports, next
// wake-ups and outbox rows in one transaction, repeat. Run as many copies as you like, on as many
// machines: the rows a worker holds are invisible to the others until it commits or dies.
import type { Clock } from "./clock.js";
import type { Database, Sql } from "./db.js";
import { evaluateTickets, type EvaluatedBatch } from "./evaluateTickets.js";
import { policyCache, type PolicyVersion } from "./policies.js";

export interface WorkerOptions {
  readonly clock: Clock;
  /** Tickets per transaction (default 200). */
  readonly batchSize?: number;
  /** Compiled policies by version; share one between workers of a process to compile once. */
  readonly policies?: (db: Sql) => Promise<PolicyVersion>;
  /**
   * Runs inside the batch's transaction after its writes, just before commit; throwing aborts the
   * batch (nothing it wrote is kept). A place for metrics, and for tests that kill a worker there.
   */
  readonly beforeCommit?: (tx: Sql, ticketIds: readonly string[]) => Promise<void>;
}

export interface WorkerRun {
  readonly batches: number;
  readonly tickets: number;
  readonly effects: number;
}

const DUE = `select ticket_id from sla_reports
  where next_check_at <= $1
  order by next_check_at
  for update skip locked
  limit $2`;

/** One batch in one transaction: the tickets due as of the clock's `now` that no one else holds. */
export async function runWorkerBatch(db: Database, options: WorkerOptions): Promise<EvaluatedBatch> {
  const policies = options.policies ?? policyCache();
  const now = options.clock.now();
  return db.transaction(async (tx) => {
    const due = await tx.query<{ ticket_id: string }>(DUE, [now.toISOString(), options.batchSize ?? 200]);
    if (due.length === 0) return { tickets: 0, effects: 0 };
    const ids = due.map((row) => row.ticket_id);
    const batch = await evaluateTickets(tx, await policies(tx), ids, now);
    await options.beforeCommit?.(tx, ids);
    return batch;
  });
}

/** Runs batches until no ticket is due (as of the clock at each batch) and returns what it did. */
export async function drainDueTickets(db: Database, options: WorkerOptions): Promise<WorkerRun> {
  const policies = options.policies ?? policyCache();
  let batches = 0;
  let tickets = 0;
  let effects = 0;
  for (;;) {
    const batch = await runWorkerBatch(db, { ...options, policies });
    if (batch.tickets === 0) return { batches, tickets, effects };
    batches += 1;
    tickets += batch.tickets;
    effects += batch.effects;
  }
}

/**
 * The long-running worker: drain what is due, sleep until the earliest next check (at most
 * `idleMs`, default 1 s: new events and other workers move the schedule), repeat until `signal`
 * aborts.
 */
export async function runWorker(db: Database, options: WorkerOptions & { readonly signal: AbortSignal; readonly idleMs?: number }): Promise<WorkerRun> {
  const policies = options.policies ?? policyCache();
  const total = { batches: 0, tickets: 0, effects: 0 };
  while (!options.signal.aborted) {
    const run = await drainDueTickets(db, { ...options, policies });
    total.batches += run.batches;
    total.tickets += run.tickets;
    total.effects += run.effects;
    const next = await db.query<{ at: Date | null }>("select min(next_check_at) as at from sla_reports where next_check_at is not null");
    const wait = next[0]?.at == null ? Number.POSITIVE_INFINITY : next[0].at.getTime() - options.clock.now().getTime();
    await sleep(Math.max(0, Math.min(wait, options.idleMs ?? 1000)), options.signal);
  }
  return total;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done);
  });
}
