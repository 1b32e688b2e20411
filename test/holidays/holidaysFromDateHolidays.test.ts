import Holidays from "date-holidays";
import { describe, expect, it } from "vitest";
import { addBusinessDays, defineCalendar, isBusinessDay, type CalendarInput } from "../../src/calendar/index.js";
import { addHolidaysToCalendar, holidaysFromDateHolidays, type DateHolidaysSource } from "../../src/holidays/index.js";

describe("holidaysFromDateHolidays", () => {
  it("takes England's 2024 bank holidays as whole-day holidays", () => {
    const { holidays, breaks } = holidaysFromDateHolidays(new Holidays("GB", "ENG"), { years: [2024] });
    expect(holidays).toEqual([
      { date: "2024-01-01", name: "New Year's Day" },
      { date: "2024-03-29", name: "Good Friday" },
      { date: "2024-04-01", name: "Easter Monday" },
      { date: "2024-05-06", name: "Early May bank holiday" },
      { date: "2024-05-27", name: "Spring bank holiday" },
      { date: "2024-08-26", name: "Summer bank holiday" },
      { date: "2024-12-25", name: "Christmas Day" },
      { date: "2024-12-26", name: "Boxing Day" },
    ]);
    expect(breaks).toEqual({});
  });

  it("keeps substitute days and skips observances (Scotland 2021)", () => {
    const { holidays } = holidaysFromDateHolidays(new Holidays("GB", "SCT"), { years: { from: 2021, to: 2021 } });
    const dates = holidays.map((h) => ("date" in h ? h.date : h.from));
    expect(dates).toContain("2021-01-04");
    expect(dates).toContain("2021-12-28");
    expect(dates).not.toContain("2021-03-14"); // Mother's Day is an observance
  });

  it("skips China's half-day holidays by default, or turns them into breaks or closed days", () => {
    const china = new Holidays("CN");
    const skipped = holidaysFromDateHolidays(china, { years: [2024] });
    expect(skipped.holidays.some((h) => "date" in h && h.date === "2024-03-08")).toBe(false);
    const asBreak = holidaysFromDateHolidays(china, { years: [2024], partialDays: "break" });
    expect(asBreak.breaks?.["2024-03-08"]).toEqual([["12:00", "24:00"]]);
    const closed = holidaysFromDateHolidays(china, { years: [2024], partialDays: "close" });
    expect(closed.holidays).toContainEqual({ date: "2024-03-08", name: "国际妇女节" });
  });

  it("turns a multi-day holiday into one inclusive range, DST days included", () => {
    const source: DateHolidaysSource = {
      getHolidays: (year) =>
        year === 2024
          ? [
              // 7 local days across the European DST change (one of them 23 hours long).
              {
                date: "2024-03-28 00:00:00",
                start: new Date("2024-03-27T23:00:00Z"),
                end: new Date("2024-04-03T22:00:00Z"),
                name: "Easter week",
                type: "school",
              },
              {
                date: "2024-12-24 14:00:00",
                start: new Date("2024-12-24T13:00:00Z"),
                end: new Date("2024-12-25T23:00:00Z"),
                name: "Christmas",
                type: "public",
              },
            ]
          : [],
    };
    const result = holidaysFromDateHolidays(source, { years: [2023, 2024], types: ["school", "public"], partialDays: "break" });
    expect(result.holidays).toEqual([
      { from: "2024-03-28", to: "2024-04-03", name: "Easter week" },
      { date: "2024-12-25", name: "Christmas" },
    ]);
    expect(result.breaks).toEqual({ "2024-12-24": [["14:00", "24:00"]] });
  });

  it.each([[[]], [[2024.5]], [{ from: 2030, to: 2020 }], [{ from: 1, to: 2000 }]])("rejects years %j with a PledgeError", (years) => {
    expect(() => holidaysFromDateHolidays(new Holidays("GB"), { years })).toThrowError(expect.objectContaining({ code: "invalid_argument" }));
  });
});

describe("addHolidaysToCalendar", () => {
  it("appends holidays and breaks without touching the input", () => {
    const input: CalendarInput = {
      timeZone: "Europe/London",
      week: { mon: [["09:00", "17:00"]] },
      holidays: ["2024-07-01"],
      breaks: { "2024-12-24": [["09:00", "10:00"]] },
    };
    const copy = structuredClone(input);
    const merged = addHolidaysToCalendar(input, { holidays: [{ date: "2024-12-25", name: "Christmas" }], breaks: { "2024-12-24": [["14:00", "24:00"]] } });
    expect(input).toEqual(copy);
    expect(merged.holidays).toEqual(["2024-07-01", { date: "2024-12-25", name: "Christmas" }]);
    expect(merged.breaks).toEqual({
      "2024-12-24": [
        ["09:00", "10:00"],
        ["14:00", "24:00"],
      ],
    });
    expect(merged.week).toBe(input.week);
  });
});

describe("a calendar built from date-holidays", () => {
  it("skips England's Christmas and Boxing Day when counting business days", () => {
    const england = holidaysFromDateHolidays(new Holidays("GB", "ENG"), { years: [2024, 2025] });
    const hours: [string, string][] = [["09:00", "17:30"]];
    const cal = defineCalendar(
      addHolidaysToCalendar({ timeZone: "Europe/London", week: { mon: hours, tue: hours, wed: hours, thu: hours, fri: hours } }, england),
    );
    expect(addBusinessDays(cal, "2024-12-24", 1)).toBe("2024-12-27");
    expect(addBusinessDays(cal, "2025-04-17", 1)).toBe("2025-04-22"); // Good Friday, Easter Monday
    expect(isBusinessDay(cal, "2024-08-26")).toBe(false);
  });
});
