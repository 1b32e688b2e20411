import { formatDayNumber, type DateInput } from "../core/index.js";
import { engineOf, readInstant, type Calendar } from "./internal/calendar.js";

/**
 * The local date ("YYYY-MM-DD") of an instant in the calendar's time zone.
 *
 * @category Calendar
 * @example
 * import { defineCalendar, localDate } from "pledgekit/calendar";
 * const cal = defineCalendar({ timeZone: "Asia/Shanghai", week: { mon: [["09:00", "18:00"]] } });
 * localDate(cal, "2024-06-02T17:00:00Z"); // "2024-06-03"
 */
export function localDate(cal: Calendar, at: DateInput): string {
  const engine = engineOf(cal);
  return formatDayNumber(engine.localDay(readInstant(at, ["at"])));
}
