import { engineOf, readDate, type Calendar } from "./internal/calendar.js";

/**
 * The instant a local date begins in the calendar's zone (its first existing wall time when
 * midnight is skipped by DST).
 *
 * @category Calendar
 * @example
 * import { defineCalendar, startOfLocalDay } from "pledgekit/calendar";
 * const cal = defineCalendar({ timeZone: "Asia/Shanghai", week: { mon: [["09:00", "18:00"]] } });
 * startOfLocalDay(cal, "2024-06-03").toISOString(); // "2024-06-02T16:00:00.000Z"
 */
export function startOfLocalDay(cal: Calendar, date: string): Date {
  const engine = engineOf(cal);
  return new Date(engine.wall(readDate(date, ["date"]), 0));
}
