// What the outbox must hold, computed without a database: each ticket replayed alone, its events
// arriving at the first tick at or after their instant, evaluated with evaluateSla after each
// arrival and whenever its nextCheckAt has come. An effect belongs in the outbox once, recorded at
// the first tick whose evaluation listed it.
import { evaluateSla, type SlaPolicy, type SlaReport } from "../../../src/sla/index.js";
import { effectKey, effectsOf } from "../../../examples/sla-worker/effects.js";
import type { GeneratedTicket } from "./tickets.js";

export interface Schedule {
  readonly start: number;
  readonly tick: number;
  /** Number of ticks after the start; the last one is at start + ticks·tick. */
  readonly ticks: number;
}

export interface Expected {
  /** Outbox key → the instant (ms) it must be recorded at. */
  readonly effects: ReadonlyMap<string, number>;
  readonly finals: ReadonlyMap<string, SlaReport>;
  /** Evaluations the workers (not ingest) must make. */
  readonly workerEvaluations: number;
}

/** The tick at which an event at `at` is ingested. */
export const arrivalTick = (schedule: Schedule, at: number): number => Math.ceil((at - schedule.start) / schedule.tick);

export function expectedOutbox(policy: SlaPolicy, tickets: readonly GeneratedTicket[], schedule: Schedule): Expected {
  const effects = new Map<string, number>();
  const finals = new Map<string, SlaReport>();
  let workerEvaluations = 0;
  for (const ticket of tickets) {
    const arrivals = ticket.events.map((event) => arrivalTick(schedule, Date.parse(String(event.at))));
    let arrived = 0;
    let next: number | null = null;
    let last: SlaReport | null = null;
    const evaluate = (count: number, now: number): void => {
      // Lenient, as the worker evaluates (its reports carry `skipped: []`).
      last = evaluateSla(policy, ticket.events.slice(0, count), now, { lenient: true });
      for (const effect of effectsOf(last)) {
        const key = effectKey(ticket.id, effect);
        if (!effects.has(key)) effects.set(key, now);
      }
      next = last.nextCheckAt === null ? null : Date.parse(last.nextCheckAt);
    };
    for (let k = 0; k <= schedule.ticks; k++) {
      const now = schedule.start + k * schedule.tick;
      if (arrived < arrivals.length && arrivals[arrived] === k) {
        while (arrived < arrivals.length && arrivals[arrived] === k) evaluate(++arrived, now);
      } else if (next !== null && next <= now) {
        evaluate(arrived, now);
        workerEvaluations += 1;
      }
    }
    if (last !== null) finals.set(ticket.id, last);
  }
  return { effects, finals, workerEvaluations };
}
