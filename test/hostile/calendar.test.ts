// Hostile, huge and tampered input to the calendar: each case gets a PledgeError with the exact
// code, first issue code and path, or the right value, and answers at once (cost is checked by
// counting work in test/calendar/cost.prop.test.ts; here the answers themselves).
import { describe, expect, it } from "vitest";
import {
  addBusinessDays,
  addBusinessTime,
  businessDaysBetween,
  businessTimeBetween,
  defineCalendar,
  formatLocalTime,
  isBusinessDay,
  isOpen,
  nextClose,
  nextOpen,
  openPeriods,
  prevClose,
  subtractBusinessTime,
  toCalendar,
  type Calendar,
  type CalendarInput,
} from "../../src/calendar/index.js";
import { isPledgeError } from "../../src/index.js";

const nine5: [string, string][] = [["09:00", "17:00"]];
const week = { mon: nine5, tue: nine5, wed: nine5, thu: nine5, fri: nine5 };
const weekdays = defineCalendar({ timeZone: "UTC", week });
const london = defineCalendar({ timeZone: "Europe/London", week });
const one: [string, string][] = [["09:00", "09:01"]];
const allButNewYear: { month: number; day: number }[] = [];
for (let month = 1; month <= 12; month++) {
  for (let day = 1; day <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!; day++) if (month > 1 || day > 1) allButNewYear.push({ month, day });
}
const oneMinuteAYear = defineCalendar({
  timeZone: "UTC",
  week: { mon: one, tue: one, wed: one, thu: one, fri: one, sat: one, sun: one },
  holidays: allButNewYear,
});
const closedTo9999 = defineCalendar({ timeZone: "UTC", week, holidays: [{ from: "2024-01-01", to: "9999-12-31" }] });

const anyInput = (x: unknown): CalendarInput => x as CalendarInput;
const anyCal = (x: unknown): Calendar => x as Calendar;

function refusal(fn: () => unknown): { code: string; issue: string | undefined; path: readonly (string | number)[] | undefined; message: string } {
  try {
    fn();
  } catch (error) {
    if (!isPledgeError(error)) throw error;
    return { code: error.code, issue: error.issues[0]?.code, path: error.issues[0]?.path, message: error.message };
  }
  throw new Error("accepted");
}

const huge = <T>(n: number, item: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => item(i));

// [what, call, error code, first issue code, path]
const REFUSED: [string, () => unknown, string, string, (string | number)[]][] = [
  ["null definition", () => defineCalendar(anyInput(null)), "invalid_calendar", "invalid_type", []],
  ["string definition", () => defineCalendar(anyInput("UTC")), "invalid_calendar", "invalid_type", []],
  ["no zone", () => defineCalendar(anyInput({ week })), "invalid_calendar", "missing_key", ["timeZone"]],
  ["zone abbreviation CST", () => defineCalendar({ timeZone: "CST", week }), "invalid_calendar", "invalid_time_zone", ["timeZone"]],
  ["misspelt zone", () => defineCalendar({ timeZone: "Asia/Shangai", week }), "invalid_calendar", "invalid_time_zone", ["timeZone"]],
  ["zone of a million characters", () => defineCalendar({ timeZone: "x".repeat(1_000_000), week }), "invalid_calendar", "invalid_time_zone", ["timeZone"]],
  ["numeric hours", () => defineCalendar(anyInput({ timeZone: "UTC", week: { mon: [[9, 17]] } })), "invalid_calendar", "invalid_type", ["week", "mon", 0, 0]],
  [
    "__proto__ special day",
    () => defineCalendar(anyInput({ timeZone: "UTC", week, specialDays: JSON.parse('{"__proto__":[["09:00","10:00"]]}') })),
    "invalid_calendar",
    "forbidden_key",
    ["specialDays", "__proto__"],
  ],
  [
    "__proto__ break",
    () => defineCalendar(anyInput({ timeZone: "UTC", week, breaks: JSON.parse('{"__proto__":[["09:00","10:00"]]}') })),
    "invalid_calendar",
    "forbidden_key",
    ["breaks", "__proto__"],
  ],
  [
    "__proto__ in meta",
    () => defineCalendar(anyInput({ timeZone: "UTC", week, meta: JSON.parse('{"a":{"__proto__":{"x":1}}}') })),
    "invalid_calendar",
    "forbidden_key",
    ["meta", "a", "__proto__"],
  ],
  [
    "__proto__ at the top",
    () => defineCalendar(anyInput(JSON.parse('{"timeZone":"UTC","week":{"mon":[["09:00","17:00"]]},"__proto__":{}}'))),
    "invalid_calendar",
    "unknown_key",
    ["__proto__"],
  ],
  ["20,001 holidays", () => defineCalendar({ timeZone: "UTC", week, holidays: huge(20_001, () => "2024-01-01") }), "invalid_calendar", "too_big", ["holidays"]],
  [
    "289 intervals a day",
    () => defineCalendar({ timeZone: "UTC", week: { mon: huge(289, (i) => [`${String(Math.floor(i / 12)).padStart(2, "0")}:00`, "00:01"]) } }),
    "invalid_calendar",
    "too_big",
    ["week", "mon"],
  ],
  [
    "20,001 special days",
    () => defineCalendar({ timeZone: "UTC", week, specialDays: Object.fromEntries(huge(20_001, (i) => [`${2000 + Math.floor(i / 365)}-01-01x${i}`, nine5])) }),
    "invalid_calendar",
    "too_many_dates",
    ["specialDays"],
  ],
  ["a 201-character name", () => defineCalendar({ timeZone: "UTC", week, name: "n".repeat(201) }), "invalid_calendar", "too_big", ["name"]],
  ["never open", () => defineCalendar({ timeZone: "UTC" }), "invalid_calendar", "no_open_time", []],
  ["null calendar", () => isOpen(anyCal(null), 0), "invalid_argument", "invalid_type", ["calendar"]],
  ["a CalendarInput where a Calendar is due", () => isOpen(anyCal({ timeZone: "UTC", week }), 0), "invalid_argument", "invalid_type", ["calendar"]],
  [
    "forged brand, garbage definition",
    () => isOpen(anyCal(forged({ timeZone: 5 })), 0),
    "invalid_argument",
    "invalid_type",
    ["calendar", "definition", "timeZone"],
  ],
  ["forged brand, no definition", () => isOpen(anyCal(forged(null)), 0), "invalid_argument", "invalid_type", ["calendar"]],
  [
    "forged kind without the brand",
    () => nextOpen(anyCal({ kind: "pledgekit.calendar", timeZone: "UTC", definition: { timeZone: "UTC", week } }), 0),
    "invalid_argument",
    "invalid_type",
    ["calendar"],
  ],
  ["hostile getter", () => isOpen(anyCal(hostileGetter()), 0), "invalid_argument", "invalid_type", ["calendar"]],
  ["instant without offset", () => isOpen(weekdays, "2024-01-01T09:00"), "invalid_argument", "ambiguous_instant", ["at"]],
  ["garbage instant", () => isOpen(weekdays, "garbage"), "invalid_argument", "invalid_instant", ["at"]],
  ["NaN instant", () => nextOpen(weekdays, Number.NaN), "invalid_argument", "invalid_instant", ["at"]],
  ["Invalid Date", () => nextClose(weekdays, new Date(Number.NaN)), "invalid_argument", "invalid_instant", ["at"]],
  ["year 10000 instant", () => nextOpen(weekdays, "+010000-01-03T09:00:00.000Z"), "invalid_argument", "out_of_range", ["at"]],
  ["year 9999 instant", () => prevClose(weekdays, "9999-06-01T00:00:00Z"), "invalid_argument", "out_of_range", ["at"]],
  ["year 0001 instant", () => businessTimeBetween(weekdays, "0001-06-01T00:00:00Z", 0), "invalid_argument", "out_of_range", ["from"]],
  ["max Date", () => addBusinessTime(weekdays, 8.64e15, "PT1H"), "invalid_argument", "out_of_range", ["start"]],
  ["year 9999 date", () => isBusinessDay(weekdays, "9999-06-01"), "invalid_argument", "out_of_range", ["date"]],
  ["year 0001 date", () => businessDaysBetween(weekdays, "0001-06-01", "2024-01-01"), "invalid_argument", "out_of_range", ["from"]],
  ["impossible date", () => addBusinessDays(weekdays, "2024-02-30", 1), "invalid_argument", "invalid_date", ["date"]],
  ["fractional days", () => addBusinessDays(weekdays, "2024-01-01", 1.5), "invalid_argument", "not_an_integer", ["n"]],
  ["bad duration", () => addBusinessTime(weekdays, 0, "P1D"), "invalid_argument", "duration_has_days", ["duration"]],
  ["NaN duration", () => subtractBusinessTime(weekdays, 0, Number.NaN), "invalid_argument", "invalid_duration", ["duration"]],
  ["unknown option", () => addBusinessTime(weekdays, 0, "PT1H", anyOptions({ atclose: "close" })), "invalid_argument", "unknown_key", ["options", "atclose"]],
  ["bad atClose", () => addBusinessTime(weekdays, 0, "PT1H", anyOptions({ atClose: "later" })), "invalid_argument", "invalid_at_close", ["options", "atClose"]],
  ["1e9 business days", () => addBusinessDays(weekdays, "2024-01-01", 1e9), "beyond_calendar", "beyond_calendar", []],
  ["-1e9 business days", () => addBusinessDays(weekdays, "2024-01-01", -1e9), "beyond_calendar", "beyond_calendar", []],
  ["business days past 9998", () => addBusinessDays(weekdays, "9998-12-01", 100), "beyond_calendar", "beyond_calendar", []],
  ["one minute a year + PT10000H", () => addBusinessTime(oneMinuteAYear, "2024-01-01T00:00:00Z", "PT10000H"), "beyond_calendar", "beyond_calendar", []],
  ["1e15 ms of business time", () => addBusinessTime(london, "2024-01-01T00:00:00Z", 1e15), "beyond_calendar", "beyond_calendar", []],
  ["-1e15 ms of business time", () => subtractBusinessTime(london, "2024-01-01T00:00:00Z", 1e15), "beyond_calendar", "beyond_calendar", []],
  ["never opens again", () => addBusinessTime(closedTo9999, "2024-06-01T00:00:00Z", "PT1H"), "beyond_calendar", "beyond_calendar", []],
  ["bad pattern", () => formatLocalTime(weekdays, 0, { pattern: "yyyy-MM-dd bogus" }), "invalid_argument", "invalid_pattern", ["options", "pattern"]],
  ["bad locale", () => formatLocalTime(weekdays, 0, anyOptions({ locale: "fr" })), "invalid_argument", "invalid_value", ["options", "locale"]],
  [
    "embedded calendar with a bad zone",
    () => toCalendar({ timeZone: "IST", week }, ["policy", "calendar"]),
    "invalid_calendar",
    "invalid_time_zone",
    ["policy", "calendar", "timeZone"],
  ],
  ["a path that is not a path", () => toCalendar({ timeZone: "UTC", week }, anyOptions({ 0: "x" })), "invalid_argument", "invalid_type", ["path"]],
  [
    "embedded forged calendar",
    () => toCalendar(anyCal(forged({ timeZone: "UTC" })), ["policy", "calendar"]),
    "invalid_argument",
    "no_open_time",
    ["policy", "calendar", "definition"],
  ],
];

function forged(definition: unknown): object {
  const value = { kind: "pledgekit.calendar", timeZone: "UTC", definition };
  Object.defineProperty(value, Symbol.for("pledgekit.compiled"), { value: "pledgekit.calendar" });
  return value;
}

function hostileGetter(): object {
  return Object.defineProperty({}, Symbol.for("pledgekit.compiled"), {
    get() {
      throw new Error("gotcha");
    },
  });
}

function anyOptions<T>(x: unknown): T {
  return x as T;
}

describe("hostile calendar input", () => {
  it.each(REFUSED)("%s → %s (%s at %j)", (_what, call, code, issue, path) => {
    expect(refusal(call)).toMatchObject({ code, issue, path });
  });

  it("states the range it accepts", () => {
    expect(refusal(() => isBusinessDay(weekdays, "9999-06-01")).message).toBe(
      'invalid_argument: date: "9999-06-01" is outside the years 0002–9998 that calendars accept',
    );
  });

  it("answers the far questions with values", () => {
    expect(nextOpen(closedTo9999, "2024-06-01T00:00:00Z")).toBeNull();
    expect(nextOpen(weekdays, "9998-12-31T18:00:00Z")).toBeNull();
    expect(prevClose(weekdays, "0002-01-01T08:00:00Z")).toBeNull();
    expect(businessTimeBetween(london, "2024-01-01T00:00:00Z", "9998-01-01T00:00:00Z")).toBe(59_913_158_400_000);
    expect(addBusinessTime(oneMinuteAYear, "2024-01-01T00:00:00Z", "PT100H").toISOString()).toBe("8023-01-01T09:01:00.000Z");
    expect([...openPeriods(weekdays, "9998-12-30T00:00:00Z", "9998-12-31T23:59:59.999Z")].length).toBe(2);
  });

  it("a forged brand with a valid definition is adopted, not trusted", () => {
    const cal = anyCal(forged({ timeZone: "UTC", week }));
    expect(isOpen(cal, "2024-06-03T10:00:00Z")).toBe(true);
  });
});
