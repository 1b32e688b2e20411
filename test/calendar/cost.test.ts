// Cost must not grow with the span: counted in work done (years compiled, explicit slices
// evaluated, Intl offset lookups), never with timers.
import { describe, expect, it } from "vitest";
import { zoneLookupCount } from "../../src/core/zones.js";
import { addBusinessDays, addBusinessTime, businessTimeBetween, defineCalendar, nextClose, nextOpen, type CalendarInput } from "../../src/calendar/index.js";
import { engineOf } from "../../src/calendar/internal/calendar.js";

const day: [string, string][] = [["09:00", "17:00"]];
const input: CalendarInput = {
  timeZone: "America/New_York",
  week: { mon: day, tue: day, wed: day, thu: day, fri: day },
  holidays: [{ month: 1, day: 1 }, { month: 7, day: 4 }, { month: 12, day: 25 }, "2024-11-28"],
};

function work(cal: ReturnType<typeof defineCalendar>, fn: () => unknown): number {
  const stats = engineOf(cal).stats;
  const before = stats.slicesEvaluated + stats.yearsBuilt;
  fn();
  return stats.slicesEvaluated + stats.yearsBuilt - before;
}

describe("cost does not grow with the span", () => {
  it("adding 10,000 business hours compiles a handful of years, not thousands of days", () => {
    const cal = defineCalendar(input);
    const added = work(cal, () => addBusinessTime(cal, "2024-03-01T15:00:00Z", "PT10000H"));
    // ≈ 5 years × (2 DST changes + 3 holidays) × a few slices each, against ≈ 1,800 days spanned.
    expect(added).toBeLessThan(250);
    // Once compiled, the same question costs no new work at all.
    expect(work(cal, () => addBusinessTime(cal, "2024-03-01T15:00:00Z", "PT10000H"))).toBe(0);
    expect(work(cal, () => businessTimeBetween(cal, "2024-01-02T00:00:00Z", "2028-12-31T00:00:00Z"))).toBe(0);
    expect(work(cal, () => addBusinessDays(cal, "2024-01-02", 1000))).toBe(0);
  });

  it("warm calls do not ask Intl for offsets", () => {
    const cal = defineCalendar(input);
    addBusinessTime(cal, "2024-03-01T15:00:00Z", "PT2000H");
    const before = zoneLookupCount();
    for (let i = 0; i < 100; i++) addBusinessTime(cal, 1_709_305_200_000 + i * 3_600_000, "PT1000H");
    expect(zoneLookupCount() - before).toBe(0);
  });

  it("a next opening decades away is found without walking the closed years", () => {
    const cal = defineCalendar({ timeZone: "Asia/Shanghai", week: { mon: day }, holidays: [{ from: "2024-01-01", to: "2090-12-31" }] });
    const stats = engineOf(cal).stats;
    expect(nextOpen(cal, "2025-06-01T00:00:00Z")?.toISOString()).toBe("2091-01-01T01:00:00.000Z");
    expect(stats.slicesEvaluated).toBeLessThan(20);
  });

  it("a calendar that stops opening answers null / beyond_calendar from its rules", () => {
    const cal = defineCalendar({ timeZone: "UTC", specialDays: { "2024-02-04": day } });
    const stats = engineOf(cal).stats;
    expect(nextOpen(cal, "2030-01-01T00:00:00Z")).toBeNull();
    expect(() => addBusinessTime(cal, "2024-01-01T00:00:00Z", "PT9H")).toThrow(/beyond_calendar/);
    expect(stats.yearsBuilt).toBeLessThan(10);
  });

  it("a 24/7 calendar never closes, decided without searching", () => {
    const all: [string, string][] = [["00:00", "24:00"]];
    const cal = defineCalendar({ timeZone: "Australia/Lord_Howe", week: { mon: all, tue: all, wed: all, thu: all, fri: all, sat: all, sun: all } });
    expect(nextClose(cal, "2024-06-01T00:00:00Z")).toBeNull();
    expect(engineOf(cal).stats.yearsBuilt).toBeLessThan(5);
  });

  it("more open time than the years up to 9999 can hold is refused without walking those years", () => {
    const all: [string, string][] = [["00:00", "24:00"]];
    const cal = defineCalendar({ timeZone: "America/New_York", week: { mon: all, tue: all, wed: all, thu: all, fri: all, sat: all, sun: all } });
    expect(() => addBusinessTime(cal, "2024-01-01T00:00:00Z", 1e15)).toThrow(/beyond_calendar/);
    const weekly = defineCalendar({ timeZone: "Asia/Shanghai", week: { mon: day } });
    expect(() => addBusinessTime(weekly, "2024-01-01T00:00:00Z", -1e13)).toThrow(/beyond_calendar/);
    expect(engineOf(cal).stats.yearsBuilt + engineOf(weekly).stats.yearsBuilt).toBeLessThan(10);
  });
});
