// Cost laws, counted in work (years built, slices evaluated, Intl offset lookups), never timed: no
// calendar answer may grow with the span it covers. The budget is what a calendar's own rules can
// require at most: its dated years, the zone's irregular history (1800–2037, built once), and one
// representative year per year type (14) and regime (2) for the quiet spans between.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addBusinessDays,
  addBusinessTime,
  businessDaysBetween,
  businessTimeBetween,
  defineCalendar,
  nextClose,
  nextOpen,
  prevClose,
  subtractBusinessTime,
  type Calendar,
} from "../../src/calendar/index.js";
import { engineOf } from "../../src/calendar/internal/calendar.js";
import { zoneLookupCount } from "../../src/core/index.js";
import { calendarArb, farInstantArb, instantArb } from "../arbitraries/calendar.js";

const RUNS = { numRuns: process.env.PLEDGEKIT_DEEP ? 400 : 25 };
const HISTORY_YEARS = 2038 - 1800;
const YEAR_BUDGET = HISTORY_YEARS + 2 * 14 + 12; // + the generated exceptions' years and neighbours
const SLICES_PER_YEAR = 80; // DST days, yearly holidays and dated exceptions of one generated year
const INTL_PER_YEAR = 400; // exploring one year's offsets

interface Work {
  years: number;
  slices: number;
  intl: number;
}

function work(cal: Calendar, fn: () => unknown): Work {
  const stats = engineOf(cal).stats;
  const before = { years: stats.yearsBuilt, slices: stats.slicesEvaluated, intl: zoneLookupCount() };
  try {
    fn();
  } catch {
    // beyond_calendar is an answer too; its cost counts all the same
  }
  return { years: stats.yearsBuilt - before.years, slices: stats.slicesEvaluated - before.slices, intl: zoneLookupCount() - before.intl };
}

const within = (w: Work): boolean => w.years <= YEAR_BUDGET && w.slices <= YEAR_BUDGET * SLICES_PER_YEAR && w.intl <= YEAR_BUDGET * INTL_PER_YEAR;
const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

describe("cost laws", () => {
  it("businessTimeBetween over any span, up to 7,000 years, stays within a fixed budget of work", () => {
    fc.assert(
      fc.property(calendarArb, instantArb, farInstantArb, (input, near, far) => {
        const cal = defineCalendar(input);
        expect(within(work(cal, () => businessTimeBetween(cal, near, far)))).toBe(true);
      }),
      RUNS,
    );
  });

  it("adding or subtracting any amount of business time, up to 1e15 ms, stays within a fixed budget", () => {
    fc.assert(
      fc.property(calendarArb, instantArb, fc.double({ min: 1, max: 1e15, noNaN: true }), fc.boolean(), (input, start, amount, back) => {
        const cal = defineCalendar(input);
        const w = work(cal, () => (back ? subtractBusinessTime(cal, start, amount) : addBusinessTime(cal, start, amount)));
        expect(within(w)).toBe(true);
      }),
      RUNS,
    );
  });

  it("adding any number of business days, up to ±1e9, stays within a fixed budget", () => {
    fc.assert(
      fc.property(calendarArb, instantArb, fc.integer({ min: -1e9, max: 1e9 }), (input, start, n) => {
        const cal = defineCalendar(input);
        expect(within(work(cal, () => addBusinessDays(cal, day(start), n)))).toBe(true);
        expect(within(work(cal, () => businessDaysBetween(cal, day(start), "9998-12-31")))).toBe(true);
      }),
      RUNS,
    );
  });

  it("the next or previous opening or close from any instant stays within a fixed budget", () => {
    fc.assert(
      fc.property(calendarArb, farInstantArb, (input, at) => {
        const cal = defineCalendar(input);
        expect(within(work(cal, () => [nextOpen(cal, at), nextClose(cal, at), prevClose(cal, at)]))).toBe(true);
      }),
      RUNS,
    );
  });

  it("the issue's reproductions do almost no work: spans of millennia cost a few dozen years", () => {
    const nine5: [string, string][] = [["09:00", "17:00"]];
    const week = { mon: nine5, tue: nine5, wed: nine5, thu: nine5, fri: nine5 };
    const weekdays = defineCalendar({ timeZone: "UTC", week });
    expect(work(weekdays, () => addBusinessDays(weekdays, "2024-01-01", 1e9))).toMatchObject({ years: 1, intl: 0 });
    const london = defineCalendar({ timeZone: "Europe/London", week });
    // 2024–2037 built one by one, then ≤ 14 representative years (2038–2065) and the last year.
    expect(work(london, () => businessTimeBetween(london, "2024-01-01T00:00:00Z", "9998-01-01T00:00:00Z")).years).toBeLessThanOrEqual(14 + 14 + 2);
    const closed = defineCalendar({ timeZone: "UTC", week, holidays: [{ from: "2024-01-01", to: "9999-12-31" }] });
    expect(work(closed, () => nextOpen(closed, "2024-06-01T00:00:00Z")).years).toBeLessThanOrEqual(3);
  });
});
