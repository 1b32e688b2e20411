// Accepting an event: append it to the ticket's log and evaluate the ticket at once, in one
// transaction, so a reply that stops a clock also cancels the warning the worker would have fired.
import { evaluateSla, type TicketEvent } from "pledgekit/sla";
import type { Clock } from "./clock.js";
import type { Database, Sql } from "./db.js";
import { evaluateTickets, type EvaluatedBatch } from "./evaluateTickets.js";
import { policyCache, type PolicyVersion } from "./policies.js";

export interface IngestOptions {
  readonly clock: Clock;
  readonly policies?: (db: Sql) => Promise<PolicyVersion>;
}

/**
 * Appends `event` to ticket `ticketId` (created by its first event) and re-evaluates the ticket.
 * A malformed event (or a second `created`, or one before `created`) throws pledgekit's
 * `invalid_event` PledgeError and nothing is stored.
 */
export async function ingestEvent(db: Database, ticketId: string, event: TicketEvent, options: IngestOptions): Promise<EvaluatedBatch> {
  const policies = options.policies ?? policyCache();
  const now = options.clock.now();
  return db.transaction(async (tx) => {
    // The ticket row lock orders concurrent ingests of one ticket and numbers their events.
    const locked = await tx.query<{ seq: number }>(
      "insert into tickets (id, event_count) values ($1, 1) on conflict (id) do update set event_count = tickets.event_count + 1 returning event_count as seq",
      [ticketId],
    );
    const stored = await tx.query<{ event: TicketEvent }>("select event from ticket_events where ticket_id = $1 order by seq", [ticketId]);
    const events = [...stored.map((row) => row.event), event];
    const current = await policies(tx);
    // Strict here, at the door: a bad event is refused with its index instead of being stored.
    evaluateSla(current.policy, events, now);
    await tx.query("insert into ticket_events (ticket_id, seq, at, event) values ($1, $2, $3, $4::jsonb)", [
      ticketId,
      locked[0]!.seq,
      new Date(event.at).toISOString(),
      JSON.stringify(event),
    ]);
    // Writing the report waits for a worker that holds this ticket; ours, written after it and
    // computed from every event, is the one that stays.
    return evaluateTickets(tx, current, [ticketId], now, new Map([[ticketId, events]]));
  });
}
