// Delivering the outbox: hand undelivered rows to `deliver` and mark them delivered in the same
// transaction. If `deliver` throws, the rows stay undelivered and come back next time: delivery is
// at least once, so receivers dedupe on the row id (or on the unique key).
import type { Clock } from "./clock.js";
import type { Database } from "./db.js";

export interface OutboxRow {
  readonly id: string;
  readonly ticket_id: string;
  readonly metric_id: string;
  readonly cycle: number;
  readonly effect: "warning" | "breached" | "escalation";
  readonly detail: string;
  readonly fired_at: Date;
  readonly recorded_at: Date;
  readonly policy_version: number;
}

const OUTBOX_COLUMNS = "id::text as id, ticket_id, metric_id, cycle, effect, detail, fired_at, recorded_at, policy_version";

/** Delivers up to `batchSize` rows (default 500), oldest first; returns how many were delivered. */
export async function drainOutbox(
  db: Database,
  deliver: (rows: readonly OutboxRow[]) => Promise<void>,
  options: { readonly clock: Clock; readonly batchSize?: number },
): Promise<number> {
  return db.transaction(async (tx) => {
    const rows = await tx.query<OutboxRow>(
      `select ${OUTBOX_COLUMNS} from sla_outbox where delivered_at is null order by sla_outbox.id for update skip locked limit $1`,
      [options.batchSize ?? 500],
    );
    if (rows.length === 0) return 0;
    await deliver(rows);
    await tx.query("update sla_outbox set delivered_at = $2 where id = any($1::bigint[])", [rows.map((row) => row.id), options.clock.now().toISOString()]);
    return rows.length;
  });
}
