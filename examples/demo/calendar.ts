// Demo section: three business calendars from examples/data — Shanghai 2024 with the Spring
// Festival and its 调休 make-up working days, a New York office across both DST changes, and a
// London overnight desk — with the due dates and business durations a CRM would show.
import { readFileSync } from "node:fs";
import {
  addBusinessDays,
  addBusinessTime,
  businessDaysBetween,
  businessTimeBetween,
  closeOfBusiness,
  defineCalendar,
  isBusinessDay,
  openPeriods,
  startOfLocalDay,
  type Calendar,
  type CalendarInput,
} from "pledgekit/calendar";

const load = (name: string): Calendar => defineCalendar(JSON.parse(readFileSync(new URL(`../data/${name}`, import.meta.url), "utf8")) as CalendarInput);

/** "Sun 18 Feb 10:30" in the calendar's zone (display only). */
function show(at: Date | null, timeZone: string): string {
  if (at === null) return "—";
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(at);
}
const hours = (ms: number): string => `${(ms / 3_600_000).toFixed(ms % 3_600_000 === 0 ? 0 : 1)} h`;

function shanghai(): void {
  const cal = load("calendar-shanghai-2024.json");
  const zone = "Asia/Shanghai";
  console.log("Shanghai 2024 (上海 2024 年，春节与调休)");
  const received = "2024-02-09T16:30:00+08:00";
  console.log(`  ticket received ${show(new Date(received), zone)} — the last working day before 春节`);
  console.log(`  first reply within 2 business hours (2 个营业小时) → due ${show(addBusinessTime(cal, received, "PT2H"), zone)}`);
  console.log("    (1.5 h on Friday, the holiday week skipped, then Sunday 18 Feb is a 调休 working day)");
  for (const date of ["2024-02-04", "2024-02-12", "2024-02-18", "2024-02-24"]) {
    console.log(`  ${date} is ${isBusinessDay(cal, date) ? "a working day 工作日" : "closed 休息"}`);
  }
  const due = addBusinessDays(cal, "2024-09-30", 3);
  console.log(`  accepted 30 Sep, resolve within 3 working days (3 个工作日) → ${due}, close of business ${show(closeOfBusiness(cal, due), zone)}`);
  console.log(
    `  working days in February: ${businessDaysBetween(cal, "2024-02-01", "2024-03-01")}; open hours in 2024: ${hours(businessTimeBetween(cal, startOfLocalDay(cal, "2024-01-01"), startOfLocalDay(cal, "2025-01-01")))}`,
  );
}

function newYork(): void {
  const cal = load("calendar-new-york.json");
  const zone = "America/New_York";
  console.log("New York office across DST");
  const friday = "2024-03-08T16:00:00-05:00";
  console.log(`  ${show(new Date(friday), zone)} + 2 business hours → ${show(addBusinessTime(cal, friday, "PT2H"), zone)} (clocks moved forward on Sunday)`);
  const fall = "2024-11-01T15:00:00-04:00";
  console.log(`  ${show(new Date(fall), zone)} + 8 business hours → ${show(addBusinessTime(cal, fall, "PT8H"), zone)} (clocks moved back on Sunday)`);
  const all: [string, string][] = [["00:00", "24:00"]];
  const noc = defineCalendar({ timeZone: zone, week: { mon: all, tue: all, wed: all, thu: all, fri: all, sat: all, sun: all } });
  for (const date of ["2024-03-10", "2024-11-03"]) {
    const next = new Date(Date.parse(`${date}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    console.log(
      `  a 24/7 desk is open ${hours(businessTimeBetween(noc, startOfLocalDay(noc, date), startOfLocalDay(noc, next)))} on ${date}: business time is real elapsed time`,
    );
  }
  console.log(
    `  Thanksgiving week has ${businessDaysBetween(cal, "2024-11-25", "2024-12-02")} business days; the first after Wed 27 Nov is ${addBusinessDays(cal, "2024-11-27", 1)}`,
  );
}

function overnight(): void {
  const cal = load("calendar-overnight-desk.json");
  const zone = "Europe/London";
  console.log("London overnight desk (22:00–06:00, weekend cover Sat 22:00 → Sun 06:00)");
  console.log("  open periods, Mon 23 – Sun 29 Dec 2024 (Christmas night off, a break on the 27th):");
  for (const period of openPeriods(cal, "2024-12-23T00:00:00Z", "2024-12-30T00:00:00Z")) {
    console.log(`    ${show(period.start, zone)} → ${show(period.end, zone)}`);
  }
  console.log(
    `  Sat 28 Dec is ${isBusinessDay(cal, "2024-12-28") ? "a business day (it starts the weekend shift)" : "not a business day"}; Thu 26 Dec's shift ends ${show(closeOfBusiness(cal, "2024-12-26"), zone)}`,
  );
  const ticket = "2024-12-24T05:00:00Z";
  console.log(`  a ticket at ${show(new Date(ticket), zone)} with a 4-business-hour reply target is due ${show(addBusinessTime(cal, ticket, "PT4H"), zone)}`);
}

export function run(): void {
  shanghai();
  newYork();
  overnight();
}
