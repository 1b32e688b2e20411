import { isCalendarValue, type Calendar } from "./internal/calendar.js";

/**
 * True for a compiled calendar (from `defineCalendar`, by any copy of pledgekit); false for a
 * plain `CalendarInput` and anything else.
 *
 * @category Calendar
 * @example
 * import { defineCalendar, isCalendar } from "pledgekit/calendar";
 * const input = { timeZone: "UTC", week: { mon: [["09:00", "17:00"]] } } as const;
 * isCalendar(input); // false
 * isCalendar(defineCalendar(input)); // true
 */
export function isCalendar(value: unknown): value is Calendar {
  return isCalendarValue(value);
}
