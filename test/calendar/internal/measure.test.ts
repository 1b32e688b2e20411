import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defineCalendar } from "../../../src/calendar/index.js";
import { activeSegments, businessDaysEnd, businessTime, countedTime, deadlineAfter, reachInstant, WALL_TIME } from "../../../src/calendar/internal/index.js";
import { HOUR, shanghaiDesk } from "../../fixtures/sla.js";

const cal = defineCalendar(shanghaiDesk);
const business = businessTime(cal);
const t = (text: string): number => Date.parse(text);

describe("clock: counted time with pauses", () => {
  it("activeSegments removes (overlapping, unsorted) pauses; an open-ended pause stops the clock", () => {
    expect(
      activeSegments(0, 100, [
        { start: 50, end: 60 },
        { start: 10, end: 20 },
        { start: 15, end: 30 },
      ]),
    ).toEqual([
      { start: 0, end: 10 },
      { start: 30, end: 50 },
      { start: 60, end: 100 },
    ]);
    expect(activeSegments(0, null, [{ start: 40, end: null }])).toEqual([{ start: 0, end: 40 }]);
    expect(activeSegments(0, null, [])).toEqual([{ start: 0, end: null }]);
  });

  it("countedTime counts open business time minus pauses", () => {
    // Thu 14:00 → Mon 17:00 with a pause Fri 10:00 → Mon 15:00: 4 h + 1 h + 2 h.
    const pauses = [{ start: t("2024-06-14T10:00:00+08:00"), end: t("2024-06-17T15:00:00+08:00") }];
    expect(countedTime(business, t("2024-06-13T14:00:00+08:00"), t("2024-06-17T17:00:00+08:00"), pauses)).toBe(7 * HOUR);
    expect(countedTime(WALL_TIME, 0, 10 * HOUR, [{ start: HOUR, end: 2 * HOUR }])).toBe(9 * HOUR);
  });

  it("deadlineAfter skips pauses and closed time; atClose picks the close or the next opening", () => {
    const start = t("2024-06-13T14:00:00+08:00");
    const pauses = [{ start: t("2024-06-14T10:00:00+08:00"), end: t("2024-06-17T15:00:00+08:00") }];
    expect(deadlineAfter(business, start, 8 * HOUR, pauses)).toBe(t("2024-06-17T18:00:00+08:00"));
    expect(deadlineAfter(business, start, 8 * HOUR, pauses, "nextOpen")).toBe(t("2024-06-18T09:00:00+08:00"));
    expect(deadlineAfter(business, start, 8 * HOUR, [{ start: t("2024-06-14T10:00:00+08:00"), end: null }])).toBeNull();
    expect(deadlineAfter(WALL_TIME, 0, 5, [{ start: 2, end: 4 }])).toBe(7);
  });

  it("reachInstant settles a threshold already reached onto an open instant", () => {
    const saturday = t("2024-06-15T12:00:00+08:00");
    expect(reachInstant(business, saturday, 5, 3, "nextOpen")).toBe(t("2024-06-17T09:00:00+08:00"));
    expect(reachInstant(business, saturday, 5, 3, "close")).toBe(saturday);
    expect(reachInstant(WALL_TIME, 10, 0, 5, "nextOpen")).toBe(15);
  });

  it("businessDaysEnd: the close of the n-th business day after the start date", () => {
    const friday = t("2024-06-07T16:30:00+08:00");
    expect(businessDaysEnd(cal, friday, 1)).toBe(t("2024-06-11T18:00:00+08:00"));
    expect(businessDaysEnd(cal, friday, 0)).toBe(t("2024-06-07T18:00:00+08:00"));
    expect(businessDaysEnd(cal, t("2024-06-07T19:00:00+08:00"), 0)).toBe(t("2024-06-11T18:00:00+08:00"));
  });

  describe("properties", () => {
    it("deadlineAfter is the inverse of countedTime: counting up to the deadline gives the amount", () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 30 * 24 * 4 }),
          fc.integer({ min: 1, max: 60 * HOUR }),
          fc.array(fc.record({ from: fc.integer({ min: 0, max: 30 * 24 * 4 }), length: fc.integer({ min: 1, max: 200 }) }), { maxLength: 4 }),
          (startQ, amount, raw) => {
            const base = t("2024-06-01T00:00:00+08:00");
            const start = base + startQ * 15 * 60_000;
            const pauses = raw.map(({ from, length }) => ({ start: base + from * 15 * 60_000, end: base + (from + length) * 15 * 60_000 }));
            const due = deadlineAfter(business, start, amount, pauses);
            expect(due).not.toBeNull();
            expect(countedTime(business, start, due as number, pauses)).toBe(amount);
          },
        ),
        { numRuns: 150 },
      );
    });
  });
});
