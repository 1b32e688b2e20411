// The fast engine against the slow reference model (test/calendar/reference.ts) on generated
// calendars in zones with DST, 30-minute shifts and half-hour offsets.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addBusinessTime,
  businessTimeBetween,
  defineCalendar,
  isBusinessDay,
  isOpen,
  localDate,
  nextClose,
  nextOpen,
  prevClose,
  subtractBusinessTime,
  type CalendarInput,
} from "../../src/calendar/index.js";
import { calendarArb, durationArb, instantArb } from "../arbitraries/calendar.js";
import { ref, referenceModel } from "./reference.js";

const DAY = 86_400_000;
const dateOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const ms = (d: Date | null): number | undefined => (d === null ? undefined : d.getTime());

/** Open hours per week, roughly (overnight and 24:00 included), to keep durations within reach. */
function weeklyOpen(input: CalendarInput): number {
  let sum = 0;
  for (const list of Object.values(input.week ?? {})) {
    for (const [a = "", b = ""] of list ?? []) {
      const s = Number(a.slice(0, 2)) * 60 + Number(a.slice(3, 5));
      let e = Number(b.slice(0, 2)) * 60 + Number(b.slice(3, 5));
      if (e <= s) e += 24 * 60;
      sum += (e - s) * 60_000;
    }
  }
  return sum;
}

describe("the engine agrees with a day-by-day reference model", () => {
  it("isOpen, businessTimeBetween, nextOpen, nextClose, prevClose, add and subtract give the reference's answers", () => {
    fc.assert(
      fc.property(calendarArb, instantArb, instantArb, durationArb, (input, a, b, rawD) => {
        const cal = defineCalendar(input);
        const d = Math.max(1, Math.min(rawD, 2 * weeklyOpen(input)));
        const lo = Math.min(a, b);
        const hi = Math.max(a, b);
        const model = referenceModel(input, dateOf(lo - 60 * DAY), dateOf(hi + 60 * DAY));
        const edge = hi + 55 * DAY;
        const start = lo - 55 * DAY;
        expect(isOpen(cal, a)).toBe(ref.isOpen(model, a));
        expect(businessTimeBetween(cal, a, b)).toBe(ref.between(model, a, b));
        const open = ref.nextOpen(model, a);
        if (open !== undefined && open < edge) expect(ms(nextOpen(cal, a))).toBe(open);
        const close = ref.nextClose(model, a);
        if (close !== undefined && close < edge) expect(ms(nextClose(cal, a))).toBe(close);
        const prev = ref.prevClose(model, a);
        if (prev !== undefined && prev > start) expect(ms(prevClose(cal, a))).toBe(prev);
        const added = ref.add(model, a, d);
        if (added !== undefined && added < edge) expect(addBusinessTime(cal, a, d).getTime()).toBe(added);
        const subtracted = ref.subtract(model, a, d);
        if (subtracted !== undefined && subtracted > start) expect(subtractBusinessTime(cal, a, d).getTime()).toBe(subtracted);
        const date = localDate(cal, a);
        expect(isBusinessDay(cal, date)).toBe(model.owns(date));
      }),
      { numRuns: Number(process.env.CAL_RUNS ?? 100) },
    );
  });
});
