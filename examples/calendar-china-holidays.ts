// A Shanghai desk on China's official schedule: the State Council's days off and make-up working
// days (调休) from the `chinese-days` package, merged into the desk's calendar; times shown in
// the desk's zone in English and Chinese; a zone typed as "CST" refused with the zones it may mean.
// Run: npx tsx examples/calendar-china-holidays.ts
import chineseDays from "chinese-days";
import { formatIssue, isPledgeError } from "pledgekit";
import { addBusinessDays, closeOfBusiness, defineCalendar, formatLocalTime } from "pledgekit/calendar";
import { addHolidaysToCalendar, holidaysFromChineseDays } from "pledgekit/holidays";

const hours: [string, string][] = [
  ["09:00", "12:00"],
  ["13:00", "18:00"],
];
const week = { mon: hours, tue: hours, wed: hours, thu: hours, fri: hours };

const china = holidaysFromChineseDays(chineseDays, { years: [2025, 2026], workdayHours: hours, locale: "zh-CN" });
console.log(`${china.holidays.length} holiday runs, ${Object.keys(china.specialDays).length} make-up working days`);
if (china.yearsWithoutSchedule.length > 0) console.log(`no schedule yet for ${china.yearsWithoutSchedule.join(", ")}`);

const desk = defineCalendar(addHolidaysToCalendar({ timeZone: "Asia/Shanghai", week }, china));

// Received on 30 September 2025, due by the close of the 3rd business day: National Day and
// Mid-Autumn close 1–8 October, so the days counted are 9, 10 and 11 October (a Saturday worked).
const due = addBusinessDays(desk, "2025-09-30", 3);
const close = closeOfBusiness(desk, due);
console.log(due, close && formatLocalTime(desk, close), close && formatLocalTime(desk, close, { locale: "zh-CN" }));

try {
  defineCalendar({ timeZone: "CST", week });
} catch (error) {
  if (!isPledgeError(error)) throw error;
  for (const issue of error.issues) console.log(`${formatIssue(issue, "en")}\n${formatIssue(issue, "zh-CN")}`);
}
