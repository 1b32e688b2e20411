// fast-check arbitraries for SLA tests: ticket event logs on a 15-minute grid (so events often
// land exactly on openings and closings) over June 2024, around the Shanghai desk's holiday.
import fc from "fast-check";
import type { TicketEvent } from "../../src/sla/index.js";

export const GRID = 15 * 60_000;
/** Mon 2024-06-03 00:00 Shanghai. */
export const BASE = Date.parse("2024-06-03T00:00:00+08:00");

export const PRIORITIES = ["urgent", "high", "normal", "low"] as const;
export const STATUSES = ["open", "pending_customer", "on_hold", "in_progress"] as const;

type Step =
  | { readonly gap: number; readonly kind: "agent_reply" | "customer_reply" | "resolved" | "reopened" }
  | { readonly gap: number; readonly kind: "status"; readonly status: string }
  | { readonly gap: number; readonly kind: "priority"; readonly priority: string };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ gap: fc.integer({ min: 1, max: 48 }), kind: fc.constantFrom("agent_reply" as const, "customer_reply" as const, "resolved" as const, "reopened" as const) }),
  fc.record({ gap: fc.integer({ min: 1, max: 48 }), kind: fc.constant("status" as const), status: fc.constantFrom(...STATUSES) }),
  fc.record({ gap: fc.integer({ min: 1, max: 48 }), kind: fc.constant("priority" as const), priority: fc.constantFrom(...PRIORITIES) }),
);

/** A ticket's events in time order, all at distinct instants (epoch ms). */
export interface GeneratedTicket {
  readonly events: readonly TicketEvent[];
  readonly createdAt: number;
  readonly lastAt: number;
}

export function ticketArb(options: { withStatus?: boolean; maxSteps?: number } = {}): fc.Arbitrary<GeneratedTicket> {
  const steps = options.withStatus === false ? stepArb.filter((step) => step.kind !== "status") : stepArb;
  return fc
    .record({
      start: fc.integer({ min: 0, max: 20 * 96 }),
      priority: fc.constantFrom(...PRIORITIES),
      status: fc.constantFrom("open", "in_progress"),
      steps: fc.array(steps, { maxLength: options.maxSteps ?? 10 }),
    })
    .map(({ start, priority, status, steps: list }) => {
      const createdAt = BASE + start * GRID;
      const events: TicketEvent[] = [{ type: "created", at: createdAt, priority, status }];
      let at = createdAt;
      for (const step of list) {
        at += step.gap * GRID;
        if (step.kind === "status") events.push({ type: "status", at, status: step.status });
        else if (step.kind === "priority") events.push({ type: "priority", at, priority: step.priority });
        else events.push({ type: step.kind, at });
      }
      return { events, createdAt, lastAt: at };
    });
}

/** An instant from a little before creation to well after the last event, on the grid or not. */
export function nowArb(ticket: GeneratedTicket): fc.Arbitrary<number> {
  return fc.oneof(
    fc.integer({ min: -4, max: (ticket.lastAt - ticket.createdAt) / GRID + 200 }).map((k) => ticket.createdAt + k * GRID),
    fc.integer({ min: ticket.createdAt - GRID, max: ticket.lastAt + 200 * GRID }),
  );
}
