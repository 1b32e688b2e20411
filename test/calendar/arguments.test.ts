import { describe, expect, it } from "vitest";
import { isPledgeError } from "../../src/index.js";
import {
  addBusinessDays,
  addBusinessTime,
  businessDaysBetween,
  businessTimeBetween,
  defineCalendar,
  isBusinessDay,
  isOpen,
  nextOpen,
  openPeriods,
  subtractBusinessTime,
  zonedTime,
} from "../../src/calendar/index.js";

const cal = defineCalendar({ timeZone: "Europe/London", week: { mon: [["09:00", "17:00"]] } });

function codeAndPath(fn: () => unknown): [string, string, string] {
  try {
    fn();
  } catch (error) {
    if (isPledgeError(error)) return [error.code, error.issues[0]?.code ?? "", JSON.stringify(error.issues[0]?.path)];
    return ["not a PledgeError", String(error), ""];
  }
  return ["no error", "", ""];
}

describe("bad arguments throw invalid_argument naming the argument", () => {
  const cases: [string, () => unknown, string, string][] = [
    ["NaN instant", () => isOpen(cal, Number.NaN), "invalid_instant", '["at"]'],
    ["Invalid Date", () => nextOpen(cal, new Date("nope")), "invalid_instant", '["at"]'],
    ["offset-less string", () => addBusinessTime(cal, "2024-06-03T09:00", "PT1H"), "ambiguous_instant", '["start"]'],
    ["non-finite duration", () => addBusinessTime(cal, "2024-06-03T09:00:00Z", Number.POSITIVE_INFINITY), "invalid_duration", '["duration"]'],
    ["duration with days", () => addBusinessTime(cal, "2024-06-03T09:00:00Z", "P1D"), "duration_has_days", '["duration"]'],
    ["bad atClose", () => addBusinessTime(cal, "2024-06-03T09:00:00Z", "PT1H", { atClose: "later" as never }), "invalid_at_close", '["options","atClose"]'],
    ["unknown option", () => subtractBusinessTime(cal, "2024-06-03T09:00:00Z", "PT1H", { atclose: "close" } as never), "unknown_key", '["options","atclose"]'],
    ["bad date", () => isBusinessDay(cal, "2024-02-30"), "invalid_date", '["date"]'],
    ["date as Date", () => businessDaysBetween(cal, new Date() as never, "2024-01-01"), "invalid_date", '["from"]'],
    ["fractional n", () => addBusinessDays(cal, "2024-06-03", 1.5), "not_an_integer", '["n"]'],
    ["NaN n", () => addBusinessDays(cal, "2024-06-03", Number.NaN), "not_an_integer", '["n"]'],
    ["bad to", () => businessTimeBetween(cal, "2024-06-03T09:00:00Z", "tomorrow"), "invalid_instant", '["to"]'],
    ["bad wall time", () => zonedTime(cal, "2024-06-03", "9am"), "invalid_time", '["time"]'],
    ["out of range", () => isOpen(cal, -8.64e15), "out_of_range", '["at"]'],
    ["openPeriods validates eagerly", () => openPeriods(cal, "x", "2024-06-03T09:00:00Z"), "invalid_instant", '["from"]'],
  ];
  for (const [title, fn, issue, path] of cases) {
    it(title, () => {
      expect(codeAndPath(fn)).toEqual(["invalid_argument", issue, path]);
    });
  }
});
