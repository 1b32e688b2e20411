// China's official schedule through chinese-days, checked date by date against the State
// Council's notices (国务院办公厅关于…部分节假日安排的通知) for 2024, 2025 and 2026.
import chineseDays from "chinese-days";
import { describe, expect, it } from "vitest";
import { addBusinessDays, defineCalendar, isBusinessDay, type CalendarInput } from "../../src/calendar/index.js";
import { addHolidaysToCalendar, holidaysFromChineseDays } from "../../src/holidays/index.js";

const nine6: [string, string][] = [["09:00", "18:00"]];
const week: CalendarInput["week"] = { mon: nine6, tue: nine6, wed: nine6, thu: nine6, fri: nine6 };
const china = holidaysFromChineseDays(chineseDays, { years: [2024, 2025, 2026], workdayHours: nine6 });
const shanghai = defineCalendar(addHolidaysToCalendar({ timeZone: "Asia/Shanghai", week }, china));

/** Every date from `from` to `to`, inclusive. */
function dates(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

// Per notice: the days off (放假) and the make-up working days (上班).
const NOTICES: readonly { year: number; name: string; off: [string, string]; worked: string[] }[] = [
  { year: 2024, name: "元旦", off: ["2023-12-30", "2024-01-01"], worked: [] },
  { year: 2024, name: "春节", off: ["2024-02-10", "2024-02-17"], worked: ["2024-02-04", "2024-02-18"] },
  { year: 2024, name: "清明节", off: ["2024-04-04", "2024-04-06"], worked: ["2024-04-07"] },
  { year: 2024, name: "劳动节", off: ["2024-05-01", "2024-05-05"], worked: ["2024-04-28", "2024-05-11"] },
  { year: 2024, name: "端午节", off: ["2024-06-08", "2024-06-10"], worked: [] },
  { year: 2024, name: "中秋节", off: ["2024-09-15", "2024-09-17"], worked: ["2024-09-14"] },
  { year: 2024, name: "国庆节", off: ["2024-10-01", "2024-10-07"], worked: ["2024-09-29", "2024-10-12"] },
  { year: 2025, name: "元旦", off: ["2025-01-01", "2025-01-01"], worked: [] },
  { year: 2025, name: "春节", off: ["2025-01-28", "2025-02-04"], worked: ["2025-01-26", "2025-02-08"] },
  { year: 2025, name: "清明节", off: ["2025-04-04", "2025-04-06"], worked: [] },
  { year: 2025, name: "劳动节", off: ["2025-05-01", "2025-05-05"], worked: ["2025-04-27"] },
  { year: 2025, name: "端午节", off: ["2025-05-31", "2025-06-02"], worked: [] },
  { year: 2025, name: "国庆节、中秋节", off: ["2025-10-01", "2025-10-08"], worked: ["2025-09-28", "2025-10-11"] },
  { year: 2026, name: "元旦", off: ["2026-01-01", "2026-01-03"], worked: ["2026-01-04"] },
  { year: 2026, name: "春节", off: ["2026-02-15", "2026-02-23"], worked: ["2026-02-14", "2026-02-28"] },
  { year: 2026, name: "清明节", off: ["2026-04-04", "2026-04-06"], worked: [] },
  { year: 2026, name: "劳动节", off: ["2026-05-01", "2026-05-05"], worked: ["2026-05-09"] },
  { year: 2026, name: "端午节", off: ["2026-06-19", "2026-06-21"], worked: [] },
  { year: 2026, name: "中秋节", off: ["2026-09-25", "2026-09-27"], worked: [] },
  { year: 2026, name: "国庆节", off: ["2026-10-01", "2026-10-07"], worked: ["2026-09-20", "2026-10-10"] },
];

describe("holidaysFromChineseDays", () => {
  it.each(NOTICES)("$year $name: every day off is closed and every make-up day is worked", ({ off, worked }) => {
    for (const date of dates(...off)) expect(isBusinessDay(shanghai, date), date).toBe(false);
    for (const date of worked) expect(isBusinessDay(shanghai, date), date).toBe(true);
  });

  it("closes nothing else: every other weekday of 2024–2026 is worked, every other weekend day closed", () => {
    const off = new Set(NOTICES.flatMap((n) => dates(...n.off)));
    const worked = new Set(NOTICES.flatMap((n) => n.worked));
    for (const date of dates("2024-01-02", "2026-12-31")) {
      if (off.has(date) || worked.has(date)) continue;
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
      expect(isBusinessDay(shanghai, date), date).toBe(weekday !== 0 && weekday !== 6);
    }
  });

  it("National Day 2025: Oct 1–8 off, Sep 28 and Oct 11 worked; Children's Day 2026 is a working day", () => {
    expect(china.specialDays["2025-09-28"]).toEqual(nine6);
    expect(china.specialDays["2025-10-11"]).toEqual(nine6);
    expect(addBusinessDays(shanghai, "2025-09-30", 1)).toBe("2025-10-09");
    expect(isBusinessDay(shanghai, "2026-06-01")).toBe(true);
  });

  it("gives runs of one holiday as ranges, names in English or Chinese", () => {
    expect(china.holidays).toContainEqual({ from: "2025-10-01", to: "2025-10-05", name: "National Day" });
    expect(china.holidays).toContainEqual({ date: "2025-10-06", name: "Mid-autumn Festival" });
    const zh = holidaysFromChineseDays(chineseDays, { years: [2025], workdayHours: nine6, locale: "zh-CN" });
    expect(zh.holidays).toContainEqual({ from: "2025-01-28", to: "2025-02-04", name: "春节" });
  });

  it("lists the years the source has no schedule for instead of guessing", () => {
    const result = holidaysFromChineseDays(chineseDays, { years: [2026, 2099], workdayHours: nine6 });
    expect(result.yearsWithoutSchedule).toEqual([2099]);
  });
});
