import { formatDayNumber } from "../core/index.js";
import { engineOf, readDate, readInteger, type Calendar } from "./internal/calendar.js";
import { addDays } from "./internal/ops.js";

/**
 * The n-th business day strictly after `date` (Saturday + 1 = Monday); n < 0 counts back the same
 * way; n = 0 returns `date`. Constant cost for any n. Throws `beyond_calendar` when the calendar
 * runs out of business days.
 *
 * @category Calendar
 * @example
 * import { addBusinessDays, defineCalendar } from "pledgekit/calendar";
 * const weekdays = [["09:00", "17:00"]] as [string, string][];
 * const cal = defineCalendar({ timeZone: "UTC", week: { mon: weekdays, tue: weekdays, wed: weekdays, thu: weekdays, fri: weekdays } });
 * addBusinessDays(cal, "2024-06-08", 1); // "2024-06-10"
 */
export function addBusinessDays(cal: Calendar, date: string, n: number): string {
  const engine = engineOf(cal);
  const d = readDate(date, ["date"]);
  return formatDayNumber(addDays(engine, d, readInteger(n, ["n"]), "addBusinessDays"));
}
