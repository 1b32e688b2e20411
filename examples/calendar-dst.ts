// What happens to business hours when the clocks change: New York (1 hour), Lord Howe Island
// (30 minutes) and Santiago (at midnight). Business time is real elapsed time; a wall time that
// does not exist moves forward by the gap, a repeated one takes the earlier instant.
// Run: npx tsx examples/calendar-dst.ts
import { businessTimeBetween, defineCalendar, startOfLocalDay, zonedTime } from "pledgekit/calendar";

const allDay: [string, string][] = [["00:00", "24:00"]];
const week = { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay };
const changes = [
  { timeZone: "America/New_York", dates: ["2024-03-10", "2024-11-03"], wall: "02:30" },
  { timeZone: "Australia/Lord_Howe", dates: ["2024-10-06", "2024-04-07"], wall: "02:15" },
  { timeZone: "America/Santiago", dates: ["2024-09-08", "2024-04-06"], wall: "00:00" },
];

for (const { timeZone, dates, wall } of changes) {
  const cal = defineCalendar({ timeZone, week });
  console.log(timeZone);
  for (const date of dates) {
    const next = new Date(Date.parse(`${date}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const length = businessTimeBetween(cal, startOfLocalDay(cal, date), startOfLocalDay(cal, next)) / 3_600_000;
    console.log(`  ${date}: a 24-hour desk is open ${length} h; ${wall} local is ${zonedTime(cal, date, wall).toISOString()}`);
  }
}
