import { engineOf, type Calendar } from "./internal/calendar.js";

/**
 * The IANA time zone of a calendar.
 *
 * @category Calendar
 * @example
 * import { calendarTimeZone, defineCalendar } from "pledgekit/calendar";
 * calendarTimeZone(defineCalendar({ timeZone: "Asia/Shanghai", week: { mon: [["09:00", "18:00"]] } })); // "Asia/Shanghai"
 */
export function calendarTimeZone(cal: Calendar): string {
  return engineOf(cal).rules.zone;
}
