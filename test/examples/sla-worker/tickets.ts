// Generated tickets for the worker's simulations: created over the first six days of a week on the
// Shanghai desk (Mon 2024-09-23, with the 调休 working Sunday of Sep 29), then replies, status and
// priority changes, resolutions and reopenings at any millisecond, each up to 8 hours after the last.
import fc from "fast-check";
import type { TicketEvent } from "../../../src/sla/index.js";

export const WEEK_START = Date.parse("2024-09-23T00:00:00+08:00");
export const WEEK = 7 * 86_400_000;

export interface GeneratedTicket {
  readonly id: string;
  /** In time order, all within the week. */
  readonly events: readonly TicketEvent[];
}

const step = fc.record({
  gap: fc.integer({ min: 60_000, max: 8 * 3_600_000 }),
  event: fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom("agent_reply" as const, "customer_reply" as const).map((type) => ({ type })) },
    { weight: 2, arbitrary: fc.constantFrom("pending_customer", "on_hold", "open").map((status) => ({ type: "status" as const, status })) },
    { weight: 1, arbitrary: fc.constantFrom("urgent", "high", "normal", "low").map((priority) => ({ type: "priority" as const, priority })) },
    { weight: 2, arbitrary: fc.constantFrom("resolved" as const, "reopened" as const).map((type) => ({ type })) },
  ),
});

const ticket = fc.record({
  created: fc.integer({ min: 1, max: 6 * 86_400_000 }),
  priority: fc.constantFrom("urgent", "high", "normal", "low"),
  steps: fc.array(step, { maxLength: 8 }),
});

/** `count` tickets from `seed` (the same seed gives the same tickets). */
export function generateTickets(count: number, seed: number): GeneratedTicket[] {
  return fc.sample(ticket, { seed, numRuns: count }).map((t, n) => {
    let at = WEEK_START + t.created;
    const events: TicketEvent[] = [{ type: "created", at: new Date(at).toISOString(), priority: t.priority }];
    for (const s of t.steps) {
      at += s.gap;
      if (at >= WEEK_START + WEEK) break;
      events.push({ ...s.event, at: new Date(at).toISOString() });
    }
    return { id: `T-${String(n).padStart(5, "0")}`, events };
  });
}

export const seed = (): number => Number(process.env.FC_SEED ?? 20261125);
