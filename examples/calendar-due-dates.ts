// Due dates for a batch of tickets on the 2024 Shanghai calendar (春节, 国庆 and their 调休 days):
// a first reply within 4 business hours and a resolution by the close of the 3rd working day.
// `atClose: "nextOpen"` gives the SLA convention: a deadline that falls at closing time is still
// met when the desk answers first thing at the next opening.
// Run: npx tsx examples/calendar-due-dates.ts
import { readFileSync } from "node:fs";
import { addBusinessDays, addBusinessTime, closeOfBusiness, defineCalendar, localDate, type CalendarInput } from "pledgekit/calendar";

const calendar = defineCalendar(JSON.parse(readFileSync(new URL("data/calendar-shanghai-2024.json", import.meta.url), "utf8")) as CalendarInput);
const local = (at: Date | null): string =>
  at === null
    ? "—"
    : new Intl.DateTimeFormat("zh-CN", {
        timeZone: "Asia/Shanghai",
        month: "numeric",
        day: "numeric",
        weekday: "short",
        hour: "2-digit",
        minute: "2-digit",
      }).format(at);

const tickets = [
  { id: "T-101", receivedAt: "2024-02-08T14:00:00+08:00" },
  { id: "T-102", receivedAt: "2024-02-09T14:00:00+08:00" },
  { id: "T-103", receivedAt: "2024-09-30T20:15:00+08:00" },
  { id: "T-104", receivedAt: "2024-10-12T11:00:00+08:00" },
];

console.log("工单   受理时间            首次回复截止（4 个营业小时）   办结截止（第 3 个工作日下班）");
for (const ticket of tickets) {
  const reply = addBusinessTime(calendar, ticket.receivedAt, "PT4H", { atClose: "nextOpen" });
  const resolveDay = addBusinessDays(calendar, localDate(calendar, ticket.receivedAt), 3);
  console.log(`${ticket.id}  ${local(new Date(ticket.receivedAt)).padEnd(18)}  ${local(reply).padEnd(28)}  ${local(closeOfBusiness(calendar, resolveDay))}`);
}
