import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addBusinessTime } from "../../src/calendar/index.js";
import { defineSlaPolicy, evaluateSla, type SlaPolicyInput, type SlaReport, type TicketEvent } from "../../src/sla/index.js";
import { nowArb, ticketArb } from "../arbitraries/sla.js";
import { standardPolicy } from "../fixtures/sla.js";

const withDays: SlaPolicyInput = {
  ...standardPolicy,
  id: "days",
  metrics: [
    ...standardPolicy.metrics.slice(0, 2),
    { id: "resolution", kind: "resolution", targets: { urgent: "PT8H", default: { businessDays: 2 } }, pauseOn: ["pending_customer", "on_hold"] },
  ],
};
const keep = defineSlaPolicy(standardPolicy);
const restart = defineSlaPolicy({ ...standardPolicy, id: "restart", onPriorityChange: "restart" });
const days = defineSlaPolicy(withDays);
const policies = [keep, restart, days];
const policyArb = fc.constantFrom(...policies);
const RUNS = { numRuns: 150 };
// Each policy input defined directly and from its JSON text.
const roundTripped = [standardPolicy, withDays].map((input) => [defineSlaPolicy(input), defineSlaPolicy(JSON.parse(JSON.stringify(input)))] as const);

const cyclesOf = (report: SlaReport) => report.metrics.flatMap((metric) => metric.cycles.map((cycle) => ({ id: metric.id, ...cycle })));

/** What a host acts on: statuses, warnings and escalations (not the ever-growing elapsed time). */
const signals = (report: SlaReport) =>
  report.metrics.map((m) => ({ id: m.id, cycles: m.cycles.map((c) => [c.status, c.warnings, c.escalations, c.breachedAt]) }));

describe("evaluateSla properties", () => {
  it("elapsed never decreases as now grows (keep_elapsed)", () => {
    fc.assert(
      fc.property(
        ticketArb().chain((t) => fc.tuple(fc.constant(t), nowArb(t), fc.integer({ min: 0, max: 400 * 60_000 }))),
        fc.constantFrom(keep, days),
        ([ticket, now, delta], policy) => {
          const early = cyclesOf(evaluateSla(policy, ticket.events, now));
          const late = cyclesOf(evaluateSla(policy, ticket.events, now + delta));
          for (const cycle of early) {
            const later = late.find((c) => c.id === cycle.id && c.index === cycle.index);
            expect(later).toBeDefined();
            expect(later!.elapsed).toBeGreaterThanOrEqual(cycle.elapsed);
          }
        },
      ),
      RUNS,
    );
  });

  it("elapsed never exceeds the wall-clock time since the cycle started", () => {
    fc.assert(
      fc.property(
        ticketArb().chain((t) => fc.tuple(fc.constant(t), nowArb(t))),
        policyArb,
        ([ticket, now], policy) => {
          for (const cycle of cyclesOf(evaluateSla(policy, ticket.events, now))) {
            const end = cycle.completedAt === null ? now : Date.parse(cycle.completedAt);
            expect(cycle.elapsed).toBeLessThanOrEqual(end - Date.parse(cycle.startedAt!));
            expect(cycle.elapsed).toBeGreaterThanOrEqual(0);
          }
        },
      ),
      RUNS,
    );
  });

  it("adding a pause interval never increases elapsed", () => {
    fc.assert(
      fc.property(
        ticketArb({ withStatus: false }).chain((t) => fc.tuple(fc.constant(t), nowArb(t), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 300 }))),
        policyArb,
        ([ticket, now, from, length], policy) => {
          const created = ticket.events[0] as { status?: string };
          const pauseStart = ticket.createdAt + from * 15 * 60_000 + 1;
          const paused: TicketEvent[] = [
            ...ticket.events,
            { type: "status", at: pauseStart, status: "on_hold" },
            { type: "status", at: pauseStart + length * 15 * 60_000, status: created.status ?? "open" },
          ];
          const before = evaluateSla(policy, ticket.events, now).metrics.find((m) => m.id === "resolution")!;
          const after = evaluateSla(policy, paused, now).metrics.find((m) => m.id === "resolution")!;
          expect(after.elapsed).toBeLessThanOrEqual(before.elapsed);
        },
      ),
      RUNS,
    );
  });

  it("a cycle that stops before its target is never breached", () => {
    fc.assert(
      fc.property(
        ticketArb().chain((t) => fc.tuple(fc.constant(t), nowArb(t))),
        policyArb,
        ([ticket, now], policy) => {
          for (const cycle of cyclesOf(evaluateSla(policy, ticket.events, now))) {
            if (cycle.completedAt !== null && cycle.target !== null && cycle.elapsed < cycle.target) expect(cycle.status).toBe("met");
          }
        },
      ),
      RUNS,
    );
  });

  it("evaluation is invariant under shuffling events with distinct times", () => {
    fc.assert(
      fc.property(
        ticketArb().chain((t) =>
          fc.tuple(fc.constant(t), nowArb(t), fc.shuffledSubarray([...t.events], { minLength: t.events.length, maxLength: t.events.length })),
        ),
        policyArb,
        ([ticket, now, shuffled], policy) => {
          expect(evaluateSla(policy, shuffled, now)).toEqual(evaluateSla(policy, ticket.events, now));
        },
      ),
      RUNS,
    );
  });

  it("a JSON round trip of the policy and the events gives the same report", () => {
    fc.assert(
      fc.property(
        ticketArb().chain((t) => fc.tuple(fc.constant(t), nowArb(t))),
        fc.constantFrom(0, 1),
        ([ticket, now], which) => {
          const [policy, copy] = roundTripped[which]!;
          const asDates = ticket.events.map((event) => ({ ...event, at: new Date(event.at as number) })) as TicketEvent[];
          const direct = evaluateSla(policy, asDates, new Date(now));
          const roundTrip = evaluateSla(copy, JSON.parse(JSON.stringify(asDates)), new Date(now).toISOString());
          expect(roundTrip).toEqual(direct);
          expect(JSON.parse(JSON.stringify(direct))).toEqual(direct);
        },
      ),
      RUNS,
    );
  });

  it("nextCheckAt is after now, nothing changes before it, and re-evaluating at it changes the report", () => {
    fc.assert(
      fc.property(
        ticketArb().chain((t) => fc.tuple(fc.constant(t), nowArb(t))),
        policyArb,
        ([ticket, now], policy) => {
          // "If no event arrives": only the events known at `now`.
          const known = ticket.events.filter((event) => (event.at as number) <= now);
          const report = evaluateSla(policy, known, now);
          if (report.nextCheckAt === null) return;
          const next = Date.parse(report.nextCheckAt);
          expect(next).toBeGreaterThan(now);
          if (next - 1 > now) expect(signals(evaluateSla(policy, known, next - 1))).toEqual(signals(report));
          const atNext = evaluateSla(policy, known, next);
          expect(signals(atNext)).not.toEqual(signals(report));
          expect(atNext.nextCheckAt === null || Date.parse(atNext.nextCheckAt) > next).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it("a running business-hours metric is due at addBusinessTime(now, remaining, nextOpen); a breached one at breachedAt", () => {
    fc.assert(
      fc.property(
        ticketArb().chain((t) => fc.tuple(fc.constant(t), nowArb(t))),
        fc.constantFrom(keep, restart),
        ([ticket, now], policy) => {
          for (const metric of evaluateSla(policy, ticket.events, now).metrics) {
            if (metric.status === "breached") expect(metric.dueAt).toBe(metric.breachedAt);
            if (metric.status === "running" && metric.businessHours && metric.remaining !== null && metric.remaining > 0) {
              expect(metric.dueAt).toBe(addBusinessTime(policy.calendar!, now, metric.remaining, { atClose: "nextOpen" }).toISOString());
            }
          }
        },
      ),
      RUNS,
    );
  });
});
