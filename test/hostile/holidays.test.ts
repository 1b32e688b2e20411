// Hostile input to the holiday adapters: the exact error code and path, before any work is done.
import chineseDays from "chinese-days";
import Holidays from "date-holidays";
import { describe, expect, it } from "vitest";
import type { CalendarInput } from "../../src/calendar/index.js";
import {
  addHolidaysToCalendar,
  holidaysFromChineseDays,
  holidaysFromDateHolidays,
  type CalendarHolidays,
  type ChineseDaysSource,
  type DateHolidaysSource,
} from "../../src/holidays/index.js";
import { isPledgeError } from "../../src/index.js";

const england = new Holidays("GB", "ENG");
const input: CalendarInput = { timeZone: "Europe/London", week: { mon: [["09:00", "17:00"]] } };
const any = <T>(x: unknown): T => x as T;
const source = (entries: unknown): DateHolidaysSource => any({ getHolidays: () => entries });
const hours: [string, string][] = [["09:00", "18:00"]];

function refusal(fn: () => unknown): { code: string; issue: string | undefined; path: readonly (string | number)[] | undefined } {
  try {
    fn();
  } catch (error) {
    if (!isPledgeError(error)) throw error;
    return { code: error.code, issue: error.issues[0]?.code, path: error.issues[0]?.path };
  }
  throw new Error("accepted");
}

const REFUSED: [string, () => unknown, string, string, (string | number)[]][] = [
  ["null source", () => holidaysFromDateHolidays(any(null), { years: [2024] }), "invalid_argument", "invalid_type", ["source"]],
  ["source without getHolidays", () => holidaysFromDateHolidays(any({}), { years: [2024] }), "invalid_argument", "invalid_type", ["source"]],
  ["null options", () => holidaysFromDateHolidays(england, any(null)), "invalid_argument", "invalid_type", ["options"]],
  [
    "years up to 1e9 (refused before any list is built)",
    () => holidaysFromDateHolidays(england, { years: { from: 2024, to: 1e9 } }),
    "invalid_argument",
    "invalid_years",
    ["options", "years"],
  ],
  [
    "a million years listed",
    () => holidaysFromDateHolidays(england, { years: Array.from({ length: 1_000_000 }, () => 2024) }),
    "invalid_argument",
    "invalid_years",
    ["options", "years"],
  ],
  ["fractional year", () => holidaysFromDateHolidays(england, { years: [2024.5] }), "invalid_argument", "invalid_years", ["options", "years"]],
  ["year 9999", () => holidaysFromDateHolidays(england, { years: [9999] }), "invalid_argument", "invalid_years", ["options", "years"]],
  ["reversed range", () => holidaysFromDateHolidays(england, { years: { from: 2030, to: 2020 } }), "invalid_argument", "invalid_years", ["options", "years"]],
  [
    "types not a list",
    () => holidaysFromDateHolidays(england, { years: [2024], types: any("public") }),
    "invalid_argument",
    "invalid_type",
    ["options", "types"],
  ],
  [
    "unknown partialDays",
    () => holidaysFromDateHolidays(england, { years: [2024], partialDays: any("half") }),
    "invalid_argument",
    "invalid_value",
    ["options", "partialDays"],
  ],
  ["getHolidays returns null", () => holidaysFromDateHolidays(source(null), { years: [2024] }), "invalid_argument", "invalid_type", ["source", 2024]],
  [
    "entry without dates",
    () => holidaysFromDateHolidays(source([{ date: "2024-01-01 00:00:00", name: "x", type: "public" }]), { years: [2024] }),
    "invalid_argument",
    "invalid_type",
    ["source", 2024, 0],
  ],
  [
    "entry with a bad date",
    () => holidaysFromDateHolidays(source([{ date: "garbage", name: "x", type: "public", start: new Date(0), end: new Date(1) }]), { years: [2024] }),
    "invalid_argument",
    "invalid_holiday_entry",
    ["source", 2024, 0, "date"],
  ],
  ["null calendar", () => addHolidaysToCalendar(any(null), { holidays: [] }), "invalid_argument", "invalid_type", ["calendar"]],
  ["null extra", () => addHolidaysToCalendar(input, any(null)), "invalid_argument", "invalid_type", ["extra"]],
  [
    "extra breaks not an object",
    () => addHolidaysToCalendar(input, any({ holidays: [], breaks: [] })),
    "invalid_argument",
    "invalid_type",
    ["extra", "breaks"],
  ],
  ["null chinese-days", () => holidaysFromChineseDays(any(null), { years: [2025], workdayHours: hours }), "invalid_argument", "invalid_type", ["source"]],
  ["no workdayHours", () => holidaysFromChineseDays(chineseDays, any({ years: [2025] })), "invalid_argument", "invalid_type", ["options", "workdayHours"]],
  [
    "bad workdayHours",
    () => holidaysFromChineseDays(chineseDays, { years: [2025], workdayHours: [["9am", "6pm"]] }),
    "invalid_argument",
    "invalid_type",
    ["options", "workdayHours", 0],
  ],
  [
    "51 years of chinese-days",
    () => holidaysFromChineseDays(chineseDays, { years: { from: 2000, to: 2050 }, workdayHours: hours }),
    "invalid_argument",
    "invalid_years",
    ["options", "years"],
  ],
  [
    "unknown locale",
    () => holidaysFromChineseDays(chineseDays, { years: [2025], workdayHours: hours, locale: any("fr") }),
    "invalid_argument",
    "invalid_value",
    ["options", "locale"],
  ],
  [
    "tampered day detail",
    () => holidaysFromChineseDays(any<ChineseDaysSource>({ getDayDetail: () => ({ work: "yes" }) }), { years: [2025], workdayHours: hours }),
    "invalid_argument",
    "invalid_type",
    ["source", "2025-01-01"],
  ],
];

describe("hostile holiday input", () => {
  it.each(REFUSED)("%s → %s (%s at %j)", (_what, call, code, issue, path) => {
    expect(refusal(call)).toMatchObject({ code, issue, path });
  });

  it("a __proto__ date in extra is refused by defineCalendar, not dropped", async () => {
    const { defineCalendar } = await import("../../src/calendar/index.js");
    const extra: CalendarHolidays = { holidays: [], specialDays: JSON.parse('{"__proto__":[["09:00","10:00"]]}') as Record<string, [string, string][]> };
    expect(refusal(() => defineCalendar(addHolidaysToCalendar(input, extra)))).toMatchObject({
      code: "invalid_calendar",
      issue: "forbidden_key",
      path: ["specialDays", "__proto__"],
    });
  });
});
