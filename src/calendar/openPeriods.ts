import type { DateInput } from "../core/index.js";
import { engineOf, readInstant, type Calendar } from "./internal/calendar.js";
import { nextCloseMs, nextOpenMs } from "./internal/ops.js";

/** One open period: `[start, end)`. Periods that touch (e.g. across midnight) are merged. */
export interface OpenPeriod {
  readonly start: Date;
  readonly end: Date;
}

/**
 * The open periods that intersect [from, to), clipped to it, in order. Lazy: each step is one
 * search, so iterating a few periods of a long span is cheap. The iterable can be iterated again.
 *
 * @category Calendar
 * @example
 * import { defineCalendar, openPeriods } from "pledgekit/calendar";
 * const cal = defineCalendar({ timeZone: "UTC", week: { mon: [["09:00", "12:00"], ["13:00", "17:00"]] } });
 * for (const p of openPeriods(cal, "2024-06-03T00:00:00Z", "2024-06-04T00:00:00Z")) {
 *   console.log(p.start.toISOString(), p.end.toISOString());
 * }
 */
export function openPeriods(cal: Calendar, from: DateInput, to: DateInput): Iterable<OpenPeriod> {
  const engine = engineOf(cal);
  const a = readInstant(from, ["from"]);
  const b = readInstant(to, ["to"]);
  return {
    *[Symbol.iterator](): Iterator<OpenPeriod> {
      let cursor = a;
      while (cursor < b) {
        const start = nextOpenMs(engine, cursor);
        if (start === null || start >= b) return;
        const end = nextCloseMs(engine, start);
        const clipped = end === null || end > b ? b : end;
        yield { start: new Date(start), end: new Date(clipped) };
        cursor = clipped;
      }
    },
  };
}
