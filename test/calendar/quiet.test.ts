// Quiet years are summed by year type instead of being built (internal/engine/years.ts). That is
// exact only if every quiet year of a type counts the same: check spans across the boundaries of
// the quiet regimes (1800, 2038, Morocco's 2088) against the day-by-day reference model.
import { describe, expect, it } from "vitest";
import { businessDaysBetween, businessTimeBetween, defineCalendar, type CalendarInput } from "../../src/calendar/index.js";
import { engineOf } from "../../src/calendar/internal/calendar.js";
import { ref, referenceModel } from "./reference.js";

const shifts: [string, string][] = [
  ["01:00", "03:30"],
  ["09:00", "17:00"],
  ["22:00", "02:00"],
];
const week: CalendarInput["week"] = { mon: shifts, tue: shifts, wed: [["00:00", "24:00"]], thu: shifts, fri: shifts, sun: [["02:00", "04:00"]] };
const holidays: CalendarInput["holidays"] = [
  { month: 1, day: 1 },
  { month: 3, day: 31 },
  { month: 10, day: 27 },
  { month: 2, day: 29 },
  { month: 12, day: 31 },
];

const CASES: [zone: string, from: string, to: string][] = [
  ["America/New_York", "2030-01-01", "2062-01-01"],
  ["Europe/London", "2034-06-01", "2066-03-01"],
  ["Australia/Lord_Howe", "2031-01-01", "2061-01-01"],
  ["America/Santiago", "2033-01-01", "2063-01-01"],
  ["Africa/Casablanca", "2082-01-01", "2100-06-01"],
  ["Asia/Kolkata", "1790-01-01", "1812-01-01"],
];

describe("quiet years summed by type", () => {
  it.each(CASES)("%s from %s to %s: open time equals the reference's, day by day", (zone, from, to) => {
    const input: CalendarInput = { timeZone: zone, week, holidays };
    const cal = defineCalendar(input);
    // Ask far away first: the engine's origin is then there, and the span is summed, not built.
    const far = from < "1800" ? "1500" : "2500";
    businessTimeBetween(cal, `${far}-01-01T00:00:00Z`, `${far}-01-02T00:00:00Z`);
    const a = Date.parse(`${from}T00:00:00Z`);
    const b = Date.parse(`${to}T00:00:00Z`);
    const model = referenceModel(input, from, to);
    expect(businessTimeBetween(cal, a, b)).toBe(ref.between(model, a, b));
    let days = 0;
    for (let d = a; d < b; d += 86_400_000) if (model.owns(new Date(d).toISOString().slice(0, 10))) days += 1;
    expect(businessDaysBetween(cal, from, to)).toBe(days);
    expect(engineOf(cal).stats.yearsBuilt).toBeLessThan(50);
  });
});
