import { engineOf, readDate, type Calendar } from "./internal/calendar.js";

/**
 * The number of business days d with `from` ≤ d < `to`; negative when `to` is before `from`.
 *
 * @category Calendar
 * @example
 * import { businessDaysBetween, defineCalendar } from "pledgekit/calendar";
 * const weekdays = [["09:00", "17:00"]] as [string, string][];
 * const cal = defineCalendar({ timeZone: "UTC", week: { mon: weekdays, tue: weekdays, wed: weekdays, thu: weekdays, fri: weekdays } });
 * businessDaysBetween(cal, "2024-06-03", "2024-06-10"); // 5
 */
export function businessDaysBetween(cal: Calendar, from: string, to: string): number {
  const engine = engineOf(cal);
  const a = readDate(from, ["from"]);
  const b = readDate(to, ["to"]);
  return engine.businessDaysBefore(b) - engine.businessDaysBefore(a);
}
