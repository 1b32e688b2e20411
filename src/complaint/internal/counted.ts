// Counted time with pauses for business-time and elapsed-time complaint deadlines.
import { addBusinessTime, businessTimeBetween, type Calendar } from "../../calendar/index.js";

/** A paused interval `[from, to)` in epoch milliseconds. */
export interface PausedInterval {
  readonly from: number;
  readonly to: number;
}

/**
 * The instant at which `amount` of counted time (business time of `cal`, or elapsed time when
 * `cal` is null) has passed since `anchor`, skipping the paused intervals (sorted). Landing on a
 * closing instant gives the next opening, as SLA due instants do.
 */
export function countedDeadline(cal: Calendar | null, anchor: number, amount: number, pauses: readonly PausedInterval[]): number {
  const between = (a: number, b: number): number => (cal === null ? b - a : businessTimeBetween(cal, a, b));
  const advance = (from: number, d: number): number => (cal === null ? from + d : addBusinessTime(cal, from, d, { atClose: "nextOpen" }).getTime());
  let cursor = anchor;
  let remaining = amount;
  for (const pause of pauses) {
    if (pause.to <= cursor) continue;
    const before = pause.from > cursor ? between(cursor, pause.from) : 0;
    if (before >= remaining) break;
    remaining -= before;
    cursor = Math.max(cursor, pause.to);
  }
  return advance(cursor, remaining);
}
