// Laws of business-time arithmetic (docs/design.md §1), on generated calendars.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addBusinessDays,
  addBusinessTime,
  businessDaysBetween,
  businessTimeBetween,
  defineCalendar,
  isBusinessDay,
  isOpen,
  localDate,
  nextClose,
  nextOpen,
  openPeriods,
  prevClose,
  subtractBusinessTime,
  type Calendar,
} from "../../src/calendar/index.js";
import { calendarArb, durationArb, instantArb } from "../arbitraries/calendar.js";

const RUNS = { numRuns: Number(process.env.CAL_RUNS ?? 100) };
const calArb = calendarArb.map((input) => ({ input, cal: defineCalendar(input) }));
const add = (cal: Calendar, s: number, d: number): number => addBusinessTime(cal, s, d).getTime();

describe("properties", () => {
  it("between(s, add(s, d)) equals d for every d ≥ 0", () => {
    fc.assert(
      fc.property(calArb, instantArb, fc.oneof(fc.constant(0), durationArb), ({ cal }, s, d) => {
        expect(businessTimeBetween(cal, s, add(cal, s, d))).toBe(d);
      }),
      RUNS,
    );
  });

  it("is additive: between(a, c) equals between(a, b) + between(b, c), and between(b, a) = −between(a, b)", () => {
    fc.assert(
      fc.property(calArb, instantArb, instantArb, instantArb, ({ cal }, a, b, c) => {
        expect(businessTimeBetween(cal, a, c)).toBe(businessTimeBetween(cal, a, b) + businessTimeBetween(cal, b, c));
        expect(businessTimeBetween(cal, b, a)).toBe(-businessTimeBetween(cal, a, b) || 0);
      }),
      RUNS,
    );
  });

  it("adds associatively: add(add(s, a), b) equals add(s, a + b) for a, b > 0", () => {
    fc.assert(
      fc.property(calArb, instantArb, durationArb, durationArb, ({ cal }, s, a, b) => {
        expect(add(cal, add(cal, s, a), b)).toBe(add(cal, s, a + b));
      }),
      RUNS,
    );
  });

  it("undoes: subtract(add(s, d), d) equals s for every open s and d > 0", () => {
    fc.assert(
      fc.property(calArb, instantArb, durationArb, ({ cal }, t, d) => {
        const s = (nextOpen(cal, t) as Date).getTime();
        expect(subtractBusinessTime(cal, add(cal, s, d), d).getTime()).toBe(s);
      }),
      RUNS,
    );
  });

  it("lands on open or closing instants: add(s, d) for d > 0 is open, or closes the period just before it", () => {
    fc.assert(
      fc.property(calArb, instantArb, durationArb, ({ cal }, s, d) => {
        const r = add(cal, s, d);
        expect(isOpen(cal, r) || isOpen(cal, r - 1)).toBe(true);
        const late = addBusinessTime(cal, s, d, { atClose: "nextOpen" }).getTime();
        expect(isOpen(cal, late)).toBe(true);
        expect(late === r || !isOpen(cal, r)).toBe(true);
      }),
      RUNS,
    );
  });

  it("nextOpen is open, prevClose closes a period, nextClose ends the period nextOpen starts", () => {
    fc.assert(
      fc.property(calArb, instantArb, ({ cal }, t) => {
        const open = (nextOpen(cal, t) as Date).getTime();
        expect(open).toBeGreaterThanOrEqual(t);
        expect(isOpen(cal, open)).toBe(true);
        expect(businessTimeBetween(cal, t, open)).toBe(0);
        const close = nextClose(cal, t);
        if (close !== null) {
          expect(isOpen(cal, close.getTime())).toBe(false);
          expect(businessTimeBetween(cal, open, close.getTime())).toBe(close.getTime() - open);
        }
        const prev = (prevClose(cal, t) as Date).getTime();
        expect(prev).toBeLessThanOrEqual(t);
        expect(isOpen(cal, prev - 1)).toBe(true);
        expect(businessTimeBetween(cal, prev, t)).toBe(0);
      }),
      RUNS,
    );
  });

  it("is monotonic in the start and in the duration", () => {
    fc.assert(
      fc.property(calArb, instantArb, instantArb, durationArb, durationArb, ({ cal }, s1, s2, d1, d2) => {
        const [a, b] = s1 <= s2 ? [s1, s2] : [s2, s1];
        const [x, y] = d1 <= d2 ? [d1, d2] : [d2, d1];
        expect(add(cal, a, x)).toBeLessThanOrEqual(add(cal, b, x));
        expect(add(cal, a, x)).toBeLessThanOrEqual(add(cal, a, y));
      }),
      RUNS,
    );
  });

  it("isOpen agrees with openPeriods, whose periods are disjoint, ordered and never touch", () => {
    fc.assert(
      fc.property(calArb, instantArb, fc.array(fc.integer({ min: 0, max: 3 * 86_400_000 - 1 }), { maxLength: 20 }), ({ cal }, from, offsets) => {
        const to = from + 3 * 86_400_000;
        const periods = [...openPeriods(cal, from, to)].map((p) => [p.start.getTime(), p.end.getTime()] as const);
        for (let i = 0; i < periods.length; i++) {
          const [s, e] = periods[i] as readonly [number, number];
          expect(s).toBeLessThan(e);
          if (i > 0) expect(s).toBeGreaterThan((periods[i - 1] as readonly [number, number])[1]);
        }
        for (const offset of offsets) {
          const t = from + offset;
          expect(isOpen(cal, t)).toBe(periods.some(([s, e]) => s <= t && t < e));
        }
        const total = periods.reduce((sum, [s, e]) => sum + e - s, 0);
        expect(total).toBe(businessTimeBetween(cal, from, to));
      }),
      RUNS,
    );
  });

  it("counts business days consistently: addBusinessDays(d, n) is the n-th business day after d", () => {
    fc.assert(
      fc.property(calArb, instantArb, fc.integer({ min: -40, max: 40 }), ({ cal }, t, n) => {
        const date = localDate(cal, t);
        const result = addBusinessDays(cal, date, n);
        if (n === 0) expect(result).toBe(date);
        else {
          expect(isBusinessDay(cal, result)).toBe(true);
          const next = (day: string): string => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
          if (n > 0) expect(businessDaysBetween(cal, next(date), next(result))).toBe(n);
          else expect(businessDaysBetween(cal, result, date)).toBe(-n);
          expect(addBusinessDays(cal, result, -n) === date || !isBusinessDay(cal, date)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("never mutates its inputs", () => {
    fc.assert(
      fc.property(calendarArb, instantArb, durationArb, (input, s, d) => {
        const snapshot = JSON.stringify(input);
        const cal = defineCalendar(input);
        const start = new Date(s);
        const duration = { milliseconds: d };
        const options = { atClose: "nextOpen" as const };
        addBusinessTime(cal, start, duration, options);
        subtractBusinessTime(cal, start, duration, options);
        expect(JSON.stringify(input)).toBe(snapshot);
        expect(start.getTime()).toBe(s);
        expect(duration).toEqual({ milliseconds: d });
        expect(options).toEqual({ atClose: "nextOpen" });
      }),
      { numRuns: 50 },
    );
  });
});
