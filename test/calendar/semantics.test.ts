// Hand-computed examples of the rules of docs/design.md §1: DST, overnight ownership, merging across
// midnight, breaks, 24/7 calendars, calendars that stop opening, and the helper functions.
import { describe, expect, it } from "vitest";
import { isPledgeError } from "../../src/index.js";
import {
  addBusinessDays,
  addBusinessTime,
  businessDaysBetween,
  businessTimeBetween,
  closeOfBusiness,
  defineCalendar,
  isBusinessDay,
  isOpen,
  localDate,
  nextClose,
  nextOpen,
  openOfBusiness,
  openPeriods,
  prevClose,
  prevOpen,
  startOfLocalDay,
  subtractBusinessTime,
  zonedTime,
} from "../../src/calendar/index.js";

const H = 3_600_000;
const iso = (d: Date | null): string | null => (d === null ? null : d.toISOString());
const all: [string, string][] = [["00:00", "24:00"]];
const always = { mon: all, tue: all, wed: all, thu: all, fri: all, sat: all, sun: all };
const nine5: [string, string][] = [["09:00", "17:00"]];
const weekdays = { mon: nine5, tue: nine5, wed: nine5, thu: nine5, fri: nine5 };

describe("DST: business time is real elapsed time", () => {
  it("New York: a 00:00–24:00 spring-forward day is 23 h, the fall-back day 25 h", () => {
    const cal = defineCalendar({ timeZone: "America/New_York", week: always });
    expect(businessTimeBetween(cal, startOfLocalDay(cal, "2024-03-10"), startOfLocalDay(cal, "2024-03-11"))).toBe(23 * H);
    expect(businessTimeBetween(cal, startOfLocalDay(cal, "2024-11-03"), startOfLocalDay(cal, "2024-11-04"))).toBe(25 * H);
    expect(nextClose(cal, "2024-03-10T12:00:00Z")).toBeNull();
  });

  it("New York: 02:30 does not exist on 2024-03-10 and moves forward; 01:30 on 2024-11-03 takes the earlier instant", () => {
    const cal = defineCalendar({ timeZone: "America/New_York", week: weekdays });
    expect(iso(zonedTime(cal, "2024-03-10", "02:30"))).toBe("2024-03-10T07:30:00.000Z");
    expect(iso(zonedTime(cal, "2024-11-03", "01:30"))).toBe("2024-11-03T05:30:00.000Z");
    expect(iso(zonedTime(cal, "2024-03-10", "24:00"))).toBe("2024-03-11T04:00:00.000Z");
  });

  it("New York: an interval inside the gap is dropped; one spanning it is an hour shorter", () => {
    const cal = defineCalendar({
      timeZone: "America/New_York",
      week: {
        sun: [
          ["02:00", "02:45"],
          ["01:00", "01:30"],
          ["03:30", "04:00"],
        ],
      },
    });
    // 2024-03-10: 02:00 and 02:45 both move to 03:00/03:45 EDT: still 45 min, from 07:00Z.
    const periods = [...openPeriods(cal, "2024-03-10T00:00:00-05:00", "2024-03-11T00:00:00-04:00")].map((p) => [iso(p.start), iso(p.end)]);
    expect(periods).toEqual([
      ["2024-03-10T06:00:00.000Z", "2024-03-10T06:30:00.000Z"],
      ["2024-03-10T07:00:00.000Z", "2024-03-10T08:00:00.000Z"],
    ]);
    const span = defineCalendar({ timeZone: "America/New_York", week: { sun: [["01:00", "04:00"]] } });
    expect(businessTimeBetween(span, "2024-03-10T00:00:00Z", "2024-03-11T00:00:00Z")).toBe(2 * H);
    expect(businessTimeBetween(span, "2024-11-03T00:00:00Z", "2024-11-04T00:00:00Z")).toBe(4 * H);
  });

  it("New York: adding across the spring change counts elapsed hours", () => {
    const cal = defineCalendar({ timeZone: "America/New_York", week: always });
    expect(iso(addBusinessTime(cal, "2024-03-10T01:30:00-05:00", "PT1H"))).toBe("2024-03-10T07:30:00.000Z");
  });

  it("London: 01:00–03:00 on the last Sunday of March is one hour, of October three", () => {
    const cal = defineCalendar({ timeZone: "Europe/London", week: { sun: [["01:00", "03:00"]] } });
    expect(businessTimeBetween(cal, "2024-03-31T00:00:00Z", "2024-04-01T00:00:00Z")).toBe(H);
    expect(businessTimeBetween(cal, "2024-10-27T00:00:00Z", "2024-10-28T00:00:00Z")).toBe(3 * H);
  });

  it("Lord Howe: the 30-minute shift makes the change days 23.5 h and 24.5 h long", () => {
    const cal = defineCalendar({ timeZone: "Australia/Lord_Howe", week: always });
    expect(businessTimeBetween(cal, startOfLocalDay(cal, "2024-10-06"), startOfLocalDay(cal, "2024-10-07"))).toBe(23.5 * H);
    expect(businessTimeBetween(cal, startOfLocalDay(cal, "2024-04-07"), startOfLocalDay(cal, "2024-04-08"))).toBe(24.5 * H);
    expect(iso(zonedTime(cal, "2024-10-06", "02:15"))).toBe("2024-10-05T15:45:00.000Z");
  });

  it("Santiago: midnight does not exist on 2024-09-08; the day starts at 01:00 and is 23 h long", () => {
    const cal = defineCalendar({ timeZone: "America/Santiago", week: always });
    expect(iso(startOfLocalDay(cal, "2024-09-08"))).toBe("2024-09-08T04:00:00.000Z");
    expect(businessTimeBetween(cal, startOfLocalDay(cal, "2024-09-08"), startOfLocalDay(cal, "2024-09-09"))).toBe(23 * H);
    expect(localDate(cal, "2024-09-08T04:00:00Z")).toBe("2024-09-08");
  });

  it("Santiago: an office day across the April change keeps its wall-clock hours", () => {
    const cal = defineCalendar({ timeZone: "America/Santiago", week: weekdays });
    // Sat 2024-04-06 24:00 → 23:00 (UTC−3 → UTC−4); Mon 2024-04-08 09:00 is 13:00Z.
    expect(iso(nextOpen(cal, "2024-04-06T12:00:00Z"))).toBe("2024-04-08T13:00:00.000Z");
    expect(iso(addBusinessTime(cal, "2024-04-05T16:00:00-03:00", "PT2H"))).toBe("2024-04-08T14:00:00.000Z");
  });
});

describe("overnight periods belong to the date they start on", () => {
  const desk = defineCalendar({
    timeZone: "Asia/Shanghai",
    week: { mon: [["22:00", "06:00"]], tue: [["22:00", "06:00"]], wed: [["22:00", "06:00"]], thu: [["22:00", "06:00"]], fri: [["22:00", "06:00"]] },
  });

  it("Saturday is not a business day, though the desk is open until 06:00", () => {
    expect(isBusinessDay(desk, "2024-06-07")).toBe(true);
    expect(isBusinessDay(desk, "2024-06-08")).toBe(false);
    expect(isOpen(desk, "2024-06-08T05:00:00+08:00")).toBe(true);
    expect(addBusinessDays(desk, "2024-06-07", 1)).toBe("2024-06-10");
    expect(iso(closeOfBusiness(desk, "2024-06-07"))).toBe("2024-06-07T22:00:00.000Z");
    expect(iso(openOfBusiness(desk, "2024-06-07"))).toBe("2024-06-07T14:00:00.000Z");
  });

  it("a holiday on the start date removes the whole shift; the previous night keeps its hours", () => {
    const cal = defineCalendar({ timeZone: "Asia/Shanghai", week: { mon: [["22:00", "06:00"]], tue: [["22:00", "06:00"]] }, holidays: ["2024-06-04"] });
    expect(isOpen(cal, "2024-06-04T03:00:00+08:00")).toBe(true);
    expect(isOpen(cal, "2024-06-04T23:00:00+08:00")).toBe(false);
    expect(iso(nextClose(cal, "2024-06-03T23:00:00+08:00"))).toBe("2024-06-03T22:00:00.000Z");
  });

  it("a break on the next date cuts into the overnight period", () => {
    const cal = defineCalendar({ timeZone: "UTC", week: { mon: [["22:00", "06:00"]] }, breaks: { "2024-06-04": [["02:00", "03:00"]] } });
    expect([...openPeriods(cal, "2024-06-03T00:00:00Z", "2024-06-05T00:00:00Z")].map((p) => [iso(p.start), iso(p.end)])).toEqual([
      ["2024-06-03T22:00:00.000Z", "2024-06-04T02:00:00.000Z"],
      ["2024-06-04T03:00:00.000Z", "2024-06-04T06:00:00.000Z"],
    ]);
    expect(businessTimeBetween(cal, "2024-06-03T00:00:00Z", "2024-06-05T00:00:00Z")).toBe(7 * H);
  });
});

describe("periods that touch or overlap merge", () => {
  const cal = defineCalendar({ timeZone: "Europe/London", week: { fri: [["18:00", "24:00"]], sat: [["22:00", "06:00"]], sun: [["00:00", "24:00"]] } });

  it("Saturday night running into an all-day Sunday is one period, counted once", () => {
    expect(iso(nextClose(cal, "2024-06-08T23:00:00+01:00"))).toBe("2024-06-09T23:00:00.000Z");
    expect(iso(prevOpen(cal, "2024-06-09T12:00:00+01:00"))).toBe("2024-06-08T21:00:00.000Z");
    expect(businessTimeBetween(cal, "2024-06-08T00:00:00+01:00", "2024-06-10T00:00:00+01:00")).toBe(26 * H);
  });

  it("a period ending at 24:00 touches the next day's 00:00 opening", () => {
    const touching = defineCalendar({ timeZone: "UTC", week: { mon: [["20:00", "24:00"]], tue: [["00:00", "02:00"]] } });
    expect(iso(nextClose(touching, "2024-06-03T21:00:00Z"))).toBe("2024-06-04T02:00:00.000Z");
    expect(isOpen(touching, "2024-06-04T00:00:00Z")).toBe(true);
    expect(iso(prevClose(touching, "2024-06-04T00:00:00Z"))).toBe("2024-06-04T00:00:00.000Z");
  });
});

describe("holidays, special days and breaks", () => {
  const cal = defineCalendar({
    timeZone: "Asia/Shanghai",
    week: weekdays,
    holidays: [{ from: "2024-02-10", to: "2024-02-17", name: "春节" }, { month: 10, day: 1, name: "国庆" }, "2024-02-18"],
    specialDays: { "2024-02-04": [["09:00", "17:00"]], "2024-02-18": [["09:00", "17:00"]], "2024-12-24": [["09:00", "13:00"]] },
    breaks: { "2024-06-03": [["12:00", "13:00"]] },
  });

  it("a listed weekend date becomes a working day (调休); holidays win over special days", () => {
    expect(isBusinessDay(cal, "2024-02-04")).toBe(true);
    expect(isBusinessDay(cal, "2024-02-18")).toBe(false);
    expect(isBusinessDay(cal, "2024-02-12")).toBe(false);
    expect(businessDaysBetween(cal, "2024-02-01", "2024-02-29")).toBe(16);
  });

  it("yearly holidays close the date every year", () => {
    expect(isBusinessDay(cal, "2024-10-01")).toBe(false);
    expect(isBusinessDay(cal, "2025-10-01")).toBe(false);
    expect(isBusinessDay(cal, "2031-10-01")).toBe(false);
    expect(isBusinessDay(cal, "2031-10-02")).toBe(true);
  });

  it("special hours replace the week's and breaks take time out", () => {
    expect(iso(closeOfBusiness(cal, "2024-12-24"))).toBe("2024-12-24T05:00:00.000Z");
    expect(businessTimeBetween(cal, "2024-06-03T00:00:00+08:00", "2024-06-04T00:00:00+08:00")).toBe(7 * H);
    expect(iso(addBusinessTime(cal, "2024-06-03T11:30:00+08:00", "PT1H"))).toBe("2024-06-03T05:30:00.000Z");
  });

  it("atClose chooses between the closing instant and the next opening", () => {
    expect(iso(addBusinessTime(cal, "2024-06-03T16:00:00+08:00", "PT1H"))).toBe("2024-06-03T09:00:00.000Z");
    expect(iso(addBusinessTime(cal, "2024-06-03T16:00:00+08:00", "PT1H", { atClose: "nextOpen" }))).toBe("2024-06-04T01:00:00.000Z");
    expect(iso(subtractBusinessTime(cal, "2024-06-04T10:00:00+08:00", "PT1H"))).toBe("2024-06-04T01:00:00.000Z");
    expect(iso(subtractBusinessTime(cal, "2024-06-04T09:00:00+08:00", 0))).toBe("2024-06-03T09:00:00.000Z");
    expect(iso(addBusinessTime(cal, "2024-06-03T18:00:00+08:00", 0))).toBe("2024-06-04T01:00:00.000Z");
    expect(iso(addBusinessTime(cal, "2024-06-04T10:00:00+08:00", "-PT1H"))).toBe("2024-06-04T01:00:00.000Z");
  });
});

describe("when no answer exists", () => {
  it("a calendar that stops opening returns null and throws beyond_calendar", () => {
    const cal = defineCalendar({ timeZone: "UTC", specialDays: { "2024-02-04": nine5 } });
    expect(nextOpen(cal, "2024-02-05T00:00:00Z")).toBeNull();
    expect(nextClose(cal, "2024-02-05T00:00:00Z")).toBeNull();
    expect(prevClose(cal, "2024-02-04T08:00:00Z")).toBeNull();
    expect(iso(prevClose(cal, "2030-01-01T00:00:00Z"))).toBe("2024-02-04T17:00:00.000Z");
    let code = "";
    try {
      addBusinessTime(cal, "2024-02-04T12:00:00Z", "PT6H");
    } catch (error) {
      code = isPledgeError(error) ? error.code : "other";
    }
    expect(code).toBe("beyond_calendar");
    expect(() => subtractBusinessTime(cal, "2024-02-04T12:00:00Z", "PT4H")).toThrow(/beyond_calendar/);
    expect(() => addBusinessDays(cal, "2024-02-04", 1)).toThrow(/business days/);
    expect(addBusinessDays(cal, "2024-01-01", 1)).toBe("2024-02-04");
  });

  it("a 24/7 calendar never closes; one that is 24/7 after its last holiday closes only until then", () => {
    const cal = defineCalendar({ timeZone: "America/New_York", week: always, holidays: ["2024-12-25"] });
    expect(iso(nextClose(cal, "2024-12-01T00:00:00Z"))).toBe("2024-12-25T05:00:00.000Z");
    expect(nextClose(cal, "2024-12-27T00:00:00Z")).toBeNull();
    expect(iso(prevOpen(cal, "2024-12-27T00:00:00Z"))).toBe("2024-12-26T05:00:00.000Z");
    expect(iso(prevClose(cal, "2024-12-27T00:00:00Z"))).toBe("2024-12-27T00:00:00.000Z");
    expect(prevOpen(cal, "2024-12-01T00:00:00Z")).toBeNull();
  });
});

describe("local dates and wall times", () => {
  const cal = defineCalendar({ timeZone: "Asia/Kolkata", week: weekdays });
  it("localDate reads the calendar's zone, whatever the host's", () => {
    expect(localDate(cal, "2024-06-02T18:29:59Z")).toBe("2024-06-02");
    expect(localDate(cal, "2024-06-02T18:30:00Z")).toBe("2024-06-03");
    expect(iso(startOfLocalDay(cal, "2024-06-03"))).toBe("2024-06-02T18:30:00.000Z");
    expect(iso(zonedTime(cal, "2024-06-03", "09:15:30"))).toBe("2024-06-03T03:45:30.000Z");
  });
  it("closeOfBusiness and openOfBusiness are null on non-business days", () => {
    expect(closeOfBusiness(cal, "2024-06-08")).toBeNull();
    expect(openOfBusiness(cal, "2024-06-08")).toBeNull();
  });
});
