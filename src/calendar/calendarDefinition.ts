import { engineOf, type Calendar } from "./internal/calendar.js";
import type { CalendarDefinition } from "./schemas.js";

/**
 * The validated definition a calendar was compiled from (frozen plain JSON data, without
 * defaults added): store it, send it, or compile it again.
 *
 * @category Calendar
 * @example
 * import { calendarDefinition, defineCalendar } from "pledgekit/calendar";
 * const cal = defineCalendar({ timeZone: "UTC", week: { mon: [["09:00", "17:00"]] } });
 * JSON.stringify(calendarDefinition(cal)); // '{"timeZone":"UTC","week":{"mon":[["09:00","17:00"]]}}'
 */
export function calendarDefinition(cal: Calendar): CalendarDefinition {
  engineOf(cal);
  return cal.definition;
}
