import { isCalendarValue, type Calendar } from "./internal/calendar.js";
import { defineCalendar } from "./defineCalendar.js";
import type { CalendarInput } from "./schemas.js";

/**
 * A compiled calendar from either a compiled calendar (returned untouched) or a `CalendarInput`
 * (defined with `defineCalendar`, so it throws `invalid_calendar` when invalid). For functions
 * that accept both.
 *
 * @category Calendar
 * @example
 * import { toCalendar } from "pledgekit/calendar";
 * const cal = toCalendar({ timeZone: "UTC", week: { mon: [["09:00", "17:00"]] } });
 * toCalendar(cal) === cal; // true
 */
export function toCalendar(input: CalendarInput | Calendar): Calendar {
  return isCalendarValue(input) ? input : defineCalendar(input as CalendarInput);
}
