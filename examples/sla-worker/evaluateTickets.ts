// The step every path shares (worker, ingest, policy change): inside the caller's transaction, with
// the tickets' report rows already locked, load the events, evaluate, and write the reports, the next
// wake-ups and the outbox rows.
import { evaluateSlaBatch, type TicketEvent } from "pledgekit/sla";
import type { Sql } from "./db.js";
import { effectsOf } from "./effects.js";
import type { PolicyVersion } from "./policies.js";

export interface EvaluatedBatch {
  readonly tickets: number;
  /** Outbox rows this batch added (effects already recorded are not counted). */
  readonly effects: number;
}

interface EventRow {
  readonly ticket_id: string;
  readonly event: TicketEvent;
}

/** True unless the ticket's latest resolved/reopened event up to `now` is `resolved`. */
function isOpen(events: readonly TicketEvent[], now: number): boolean {
  let open = true;
  let latest = Number.NEGATIVE_INFINITY;
  for (const event of events) {
    if (event.type !== "resolved" && event.type !== "reopened") continue;
    const at = new Date(event.at).getTime();
    if (at > now || at < latest) continue;
    latest = at;
    open = event.type === "reopened";
  }
  return open;
}

/** The earliest event strictly after `now`: evaluateSla ignores it today, the schedule must not. */
function firstFutureEvent(events: readonly TicketEvent[], now: number): number | null {
  let first: number | null = null;
  for (const event of events) {
    const at = new Date(event.at).getTime();
    if (at > now && (first === null || at < first)) first = at;
  }
  return first;
}

/** `loaded`: the tickets' event logs when the caller has already read them in this transaction. */
export async function evaluateTickets(
  tx: Sql,
  current: PolicyVersion,
  ticketIds: readonly string[],
  now: Date,
  loaded?: ReadonlyMap<string, TicketEvent[]>,
): Promise<EvaluatedBatch> {
  if (ticketIds.length === 0) return { tickets: 0, effects: 0 };
  const byTicket = new Map<string, TicketEvent[]>(ticketIds.map((id) => [id, loaded?.get(id) ?? []]));
  if (loaded === undefined) {
    const rows = await tx.query<EventRow>("select ticket_id, event from ticket_events where ticket_id = any($1::text[]) order by ticket_id, seq", [ticketIds]);
    for (const row of rows) byTicket.get(row.ticket_id)?.push(row.event);
  }
  const ids = [...byTicket.keys()];
  const logs = ids.map((id) => byTicket.get(id) ?? []);
  // Lenient: one malformed stored event must not stall the ticket's SLA or the whole batch; the
  // report lists it under `skipped`. Events are validated strictly when they are ingested.
  const reports = evaluateSlaBatch(current.policy, logs, now, { lenient: true });
  const at = now.getTime();
  const reportRows = reports.map((report, n) => {
    const future = firstFutureEvent(logs[n]!, at);
    const next = report.nextCheckAt === null ? future : Math.min(Date.parse(report.nextCheckAt), future ?? Number.POSITIVE_INFINITY);
    return {
      ticket_id: ids[n],
      policy_version: current.version,
      evaluated_at: report.evaluatedAt,
      next_check_at: next === null ? null : new Date(next).toISOString(),
      open: isOpen(logs[n]!, at),
      report,
    };
  });
  await tx.query(
    `insert into sla_reports (ticket_id, policy_version, evaluated_at, next_check_at, open, report)
     select r.ticket_id, r.policy_version, r.evaluated_at, r.next_check_at, r.open, r.report
     from json_to_recordset($1::json) as r (ticket_id text, policy_version integer, evaluated_at timestamptz, next_check_at timestamptz, open boolean, report json)
     on conflict (ticket_id) do update set policy_version = excluded.policy_version, evaluated_at = excluded.evaluated_at,
       next_check_at = excluded.next_check_at, open = excluded.open, report = excluded.report`,
    [JSON.stringify(reportRows)],
  );
  const effectRows = reports.flatMap((report, n) =>
    effectsOf(report).map((e) => ({ ticket_id: ids[n], metric_id: e.metricId, cycle: e.cycle, effect: e.effect, detail: e.detail, fired_at: e.firedAt })),
  );
  if (effectRows.length === 0) return { tickets: ids.length, effects: 0 };
  // Re-inserting what an earlier evaluation recorded is a no-op on the unique key: this is what makes
  // retries, races and re-evaluations safe without reading the outbox first.
  const inserted = await tx.query<{ n: number }>(
    `with added as (
       insert into sla_outbox (ticket_id, metric_id, cycle, effect, detail, fired_at, recorded_at, policy_version)
       select e.ticket_id, e.metric_id, e.cycle, e.effect, e.detail, e.fired_at, $2, $3
       from json_to_recordset($1::json) as e (ticket_id text, metric_id text, cycle integer, effect text, detail text, fired_at timestamptz)
       on conflict on constraint sla_outbox_once do nothing
       returning 1)
     select count(*)::integer as n from added`,
    [JSON.stringify(effectRows), now.toISOString(), current.version],
  );
  return { tickets: ids.length, effects: inserted[0]?.n ?? 0 };
}
