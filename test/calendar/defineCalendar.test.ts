import { describe, expect, it } from "vitest";
import { formatIssue, isPledgeError, type Issue } from "../../src/index.js";
import {
  addBusinessTime,
  calendarDefinition,
  calendarTimeZone,
  defineCalendar,
  isCalendar,
  safeDefineCalendar,
  toCalendar,
  type CalendarInput,
} from "../../src/calendar/index.js";

const nine2five: [string, string][] = [["09:00", "17:00"]];
const base = { timeZone: "Asia/Shanghai", week: { mon: nine2five } };

function issuesOf(input: unknown): readonly Issue[] {
  const result = safeDefineCalendar(input as CalendarInput);
  if (result.success) throw new Error("expected the calendar to be rejected");
  return result.issues;
}

function thrown(fn: () => unknown): { code: string; message: string; issues: readonly Issue[] } {
  try {
    fn();
  } catch (error) {
    if (isPledgeError(error)) return error;
    throw error;
  }
  throw new Error("expected a PledgeError");
}

describe("defineCalendar: bad input is invalid_calendar naming the path and value", () => {
  const cases: [string, unknown, string, (string | number)[]][] = [
    ["unknown zone", { ...base, timeZone: "Mars/Olympus" }, "invalid_time_zone", ["timeZone"]],
    ['"25:00"', { ...base, week: { mon: [["09:00", "25:00"]] } }, "invalid_time", ["week", "mon", 0, 1]],
    ['"9am"', { ...base, week: { mon: [["9am", "17:00"]] } }, "invalid_time", ["week", "mon", 0, 0]],
    [
      "overlap",
      {
        ...base,
        week: {
          mon: [
            ["09:00", "12:00"],
            ["11:00", "13:00"],
          ],
        },
      },
      "overlapping_intervals",
      ["week", "mon", 1],
    ],
    [
      "overnight overlap",
      {
        ...base,
        week: {
          mon: [
            ["22:00", "06:00"],
            ["23:00", "23:30"],
          ],
        },
      },
      "overlapping_intervals",
      ["week", "mon", 1],
    ],
    ["empty interval", { ...base, week: { mon: [["09:00", "09:00"]] } }, "empty_interval", ["week", "mon", 0]],
    ["from after to", { ...base, holidays: [{ from: "2024-02-17", to: "2024-02-10" }] }, "invalid_range", ["holidays", 0, "to"]],
    ["2024-02-30", { ...base, holidays: ["2024-02-30"] }, "invalid_date", ["holidays", 0]],
    ["Feb 30 yearly", { ...base, holidays: [{ month: 2, day: 30 }] }, "invalid_month_day", ["holidays", 0, "day"]],
    ["special day key", { ...base, specialDays: { "2024-13-01": [] } }, "invalid_date", ["specialDays", "2024-13-01"]],
    ["reversed break", { ...base, breaks: { "2024-06-03": [["15:00", "14:00"]] } }, "invalid_break", ["breaks", "2024-06-03", 0]],
    ["typo holiday", { ...base, holiday: ["2024-10-01"] }, "unknown_key", ["holiday"]],
    ["typo in week", { ...base, week: { monday: nine2five } }, "unknown_key", ["week", "monday"]],
    ["__proto__ key", JSON.parse('{"timeZone":"UTC","week":{"mon":[["09:00","17:00"]]},"__proto__":{"x":1}}'), "unknown_key", ["__proto__"]],
    ["never open", { timeZone: "UTC", week: {} }, "no_open_time", []],
    ["only closed special days", { timeZone: "UTC", specialDays: { "2024-01-01": [] } }, "no_open_time", []],
  ];
  for (const [title, input, code, path] of cases) {
    it(`${title}: ${code} at ${JSON.stringify(path)}`, () => {
      const issues = issuesOf(input);
      expect(issues.some((issue) => issue.code === code && JSON.stringify(issue.path) === JSON.stringify(path))).toBe(true);
      const error = thrown(() => defineCalendar(input as CalendarInput));
      expect(error.code).toBe("invalid_calendar");
      expect(error.message).toContain(code === "no_open_time" ? "never open" : String(path[path.length - 1] ?? ""));
    });
  }

  it("collects every problem at once", () => {
    const issues = issuesOf({ timeZone: "Nowhere/City", week: { mon: [["25:00", "26:00"]] }, holidays: ["2024-02-30"], extra: 1 });
    expect(issues.map((issue) => issue.code).sort()).toEqual(["invalid_date", "invalid_time", "invalid_time", "invalid_time_zone", "unknown_key"]);
  });

  it("renders issues in zh-CN", () => {
    const [issue] = issuesOf({
      ...base,
      week: {
        mon: [
          ["09:00", "12:00"],
          ["11:00", "13:00"],
        ],
      },
    });
    expect(formatIssue(issue as Issue, "zh-CN")).toContain("重叠");
  });

  it("does not pollute prototypes with __proto__ keys", () => {
    safeDefineCalendar(JSON.parse('{"timeZone":"UTC","week":{"mon":[["09:00","17:00"]]},"specialDays":{"__proto__":[]}}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});

describe("defineCalendar: the compiled calendar", () => {
  it("is frozen, opaque and reports its zone and definition", () => {
    const input = { ...base, holidays: [{ month: 1, day: 1, name: "New Year" }], meta: { owner: "support" } };
    const snapshot = JSON.stringify(input);
    const cal = defineCalendar(input);
    expect(Object.isFrozen(cal)).toBe(true);
    expect(isCalendar(cal)).toBe(true);
    expect(isCalendar(input)).toBe(false);
    expect(calendarTimeZone(cal)).toBe("Asia/Shanghai");
    expect(calendarDefinition(cal)).toEqual(input);
    expect(JSON.stringify(input)).toBe(snapshot);
    expect(Object.isFrozen(input.meta)).toBe(false);
  });

  it("toCalendar returns a compiled calendar untouched and defines an input", () => {
    const cal = defineCalendar(base);
    expect(toCalendar(cal)).toBe(cal);
    expect(isCalendar(toCalendar(base))).toBe(true);
    expect(() => toCalendar({ timeZone: "UTC" })).toThrow(/never open/);
  });

  it("rejects non-calendars passed to functions", () => {
    const error = thrown(() => addBusinessTime(base as never, "2024-06-03T09:00:00Z", "PT1H"));
    expect(error.code).toBe("invalid_argument");
    expect(error.issues[0]).toMatchObject({ code: "invalid_type", path: ["calendar"] });
    expect(error.issues[0]?.message).toMatch(/^expected a calendar from defineCalendar, received/);
  });
});
