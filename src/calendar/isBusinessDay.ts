import { engineOf, readDate, type Calendar } from "./internal/calendar.js";

/**
 * Whether a local date ("YYYY-MM-DD", in the calendar's zone) is a business day: it owns (starts)
 * at least one open period after holidays, special days and breaks. For a Mon–Fri 22:00–06:00
 * desk, Saturday is not a business day even though it is open until 06:00.
 *
 * @category Calendar
 * @example
 * import { defineCalendar, isBusinessDay } from "pledgekit/calendar";
 * const cal = defineCalendar({ timeZone: "UTC", week: { mon: [["09:00", "17:00"]] } });
 * isBusinessDay(cal, "2024-06-03"); // true (a Monday)
 */
export function isBusinessDay(cal: Calendar, date: string): boolean {
  const engine = engineOf(cal);
  const d = readDate(date, ["date"]);
  return engine.businessDaysBefore(d + 1) - engine.businessDaysBefore(d) === 1;
}
