// Counted time: the one place that knows how a clock accrues time, pauses, and when it reaches a
// threshold. Business-time measuring belongs to the calendar; the SLA fold and complaint deadlines
// reach it through the calendar's internal entry (`calendar/internal/index.ts`). All instants are epoch milliseconds; nothing here allocates a Date except
// what the calendar's own functions return.
//
// API
//   WALL_TIME / businessTime(cal)          a TimeMeasure: how much a span of real time counts
//   reachInstant(m, from, c0, θ, atClose)  when a clock running from `from` (c0 counted) reaches θ
//   countedTime(m, start, end, pauses)     counted time over [start, end) minus paused intervals
//   deadlineAfter(m, start, amount, pauses, atClose)   the instant `amount` has been counted
//   activeSegments(start, end, pauses)     the running segments themselves
//   businessDaysEnd(cal, from, days)       end of a business-day target (close of the n-th business day)
import { engineOf, type Calendar } from "./calendar.js";
import { Pol } from "./engine/index.js";
import { addDays, nextOpenMs } from "./ops.js";

/**
 * What to return when counted time reaches its amount exactly at a closing instant: the closing
 * instant itself, or the next opening (an answer given while the desk is closed is still on time).
 */
export type AtClose = "close" | "nextOpen";

/** How a clock counts real time: every millisecond (wall-clock), or only the calendar's open time. */
export interface TimeMeasure {
  /** True when only open business time counts. */
  readonly business: boolean;
  /** The calendar behind a business measure (null for wall-clock). */
  readonly calendar: Calendar | null;
  /** Counted milliseconds in `[from, to)`, `from <= to`. */
  between(from: number, to: number): number;
  /**
   * The earliest instant at which `amount` (> 0) has been counted since `from`, adjusted by
   * `atClose`; null when the calendar never has that much open time again.
   */
  advance(from: number, amount: number, atClose: AtClose): number | null;
  /** `at` when time counts there (always, for wall-clock), else the next opening; null if none. */
  settle(at: number): number | null;
}

/** Wall-clock time: every millisecond counts, 24/7. */
export const WALL_TIME: TimeMeasure = Object.freeze({
  business: false,
  calendar: null,
  between: (from: number, to: number) => to - from,
  advance: (from: number, amount: number) => from + amount,
  settle: (at: number) => at,
});

const measures = new WeakMap<Calendar, TimeMeasure>();

/**
 * Business time of `calendar` (one shared measure per compiled calendar). It calls the calendar
 * engine's epoch-ms operations directly: the public functions parse their arguments and return
 * Dates, which the SLA hot loop cannot afford millions of times.
 */
export function businessTime(calendar: Calendar): TimeMeasure {
  let measure = measures.get(calendar);
  if (measure === undefined) {
    const engine = engineOf(calendar);
    measure = Object.freeze({
      business: true,
      calendar,
      between: (from: number, to: number) => (to <= from ? 0 : engine.cumulative(Pol.Open, to) - engine.cumulative(Pol.Open, from)),
      advance: (from: number, amount: number, atClose: AtClose) => {
        // Past the calendar's last open period the clock never reaches the amount: null.
        const reached = engine.reach(Pol.Open, engine.cumulative(Pol.Open, from) + amount, false, from);
        if (reached === null || atClose === "close" || engine.isOpen(reached)) return reached;
        return nextOpenMs(engine, reached);
      },
      settle: (at: number) => (engine.isOpen(at) ? at : nextOpenMs(engine, at)),
    });
    measures.set(calendar, measure);
  }
  return measure;
}

/**
 * The end of a business-day target started at `from`: the close of business of the `days`-th
 * business day after `from`'s local date (0 = that date itself, or the next business day when
 * `from` is past its close). A calendar that never closes ends the day at the next local midnight.
 * Throws `beyond_calendar` when the calendar runs out of business days.
 */
export function businessDaysEnd(calendar: Calendar, from: number, days: number): number {
  const engine = engineOf(calendar);
  const day = engine.localDay(from);
  let dueDay: number;
  if (days === 0) {
    const owned = engine.ownedPieces(day);
    const close = owned[owned.length - 1];
    dueDay = close !== undefined && close > from ? day : addDays(engine, day, 1, "a business-day SLA target");
  } else dueDay = addDays(engine, day, days, "a business-day SLA target");
  const pieces = engine.ownedPieces(dueDay);
  return pieces[pieces.length - 1] ?? engine.wall(dueDay + 1, 0);
}

/**
 * The instant a clock that has counted `c0` at `from` and runs on from there reaches `threshold`.
 * A threshold already reached at `from` (a resumed clock, a lowered target) is reached at `from`
 * itself — or, for business time with `atClose: "nextOpen"`, at the next opening when `from` is
 * closed, so that nothing fires while the desk is shut.
 */
export function reachInstant(measure: TimeMeasure, from: number, c0: number, threshold: number, atClose: AtClose): number | null {
  if (threshold <= c0) return atClose === "close" ? from : measure.settle(from);
  return measure.advance(from, threshold - c0, atClose);
}

/** A half-open interval `[start, end)` of epoch milliseconds; `end: null` = still open. */
export interface Interval {
  readonly start: number;
  readonly end: number | null;
}

/**
 * The segments of `[start, end)` (end null = unbounded) not covered by `pauses`, in order.
 * Pauses may be unsorted or overlap; an open-ended pause stops the clock for good.
 */
export function activeSegments(start: number, end: number | null, pauses: readonly Interval[]): Interval[] {
  const sorted = [...pauses].sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  let cursor = start;
  for (const pause of sorted) {
    if (end !== null && cursor >= end) break;
    const pauseEnd = pause.end ?? Infinity;
    if (pauseEnd <= cursor) continue;
    if (pause.start > cursor) out.push({ start: cursor, end: end === null ? pause.start : Math.min(pause.start, end) });
    cursor = Math.max(cursor, pauseEnd);
    if (cursor === Infinity) return out;
  }
  if (end === null) out.push({ start: cursor, end: null });
  else if (cursor < end) out.push({ start: cursor, end });
  return out;
}

/** Counted time in `[start, end)` minus the paused intervals. */
export function countedTime(measure: TimeMeasure, start: number, end: number, pauses: readonly Interval[] = []): number {
  let total = 0;
  for (const segment of activeSegments(start, end, pauses)) total += measure.between(segment.start, segment.end ?? end);
  return total;
}

/**
 * The instant at which `amount` of counted time has passed since `start`, skipping paused
 * intervals; `amount <= 0` gives `start` (settled to an open instant for `atClose: "nextOpen"`).
 * Null when the clock never gets there (an open-ended pause, or the calendar runs out).
 */
export function deadlineAfter(
  measure: TimeMeasure,
  start: number,
  amount: number,
  pauses: readonly Interval[] = [],
  atClose: AtClose = "close",
): number | null {
  let counted = 0;
  for (const segment of activeSegments(start, null, pauses)) {
    const length = segment.end === null ? Infinity : measure.between(segment.start, segment.end);
    if (counted + length >= amount) return reachInstant(measure, segment.start, counted, amount, atClose);
    counted += length;
  }
  return null;
}
