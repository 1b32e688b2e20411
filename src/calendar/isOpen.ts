import type { DateInput } from "../core/index.js";
import { engineOf, readInstant, type Calendar } from "./internal/calendar.js";

/**
 * Whether the calendar is open at an instant. Periods are half-open: open at the opening
 * instant, closed at the closing instant.
 *
 * @category Calendar
 * @example
 * import { defineCalendar, isOpen } from "pledgekit/calendar";
 * const cal = defineCalendar({ timeZone: "UTC", week: { mon: [["09:00", "17:00"]] } });
 * isOpen(cal, "2024-06-03T09:00:00Z"); // true
 * isOpen(cal, "2024-06-03T17:00:00Z"); // false
 */
export function isOpen(cal: Calendar, at: DateInput): boolean {
  const engine = engineOf(cal);
  return engine.isOpen(readInstant(at, ["at"]));
}
