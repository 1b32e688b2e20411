import { engineOf, readDate, type Calendar } from "./internal/calendar.js";

/**
 * The start of the first open period owned by a local date; `null` when it is not a business day.
 *
 * @category Calendar
 * @example
 * import { defineCalendar, openOfBusiness } from "pledgekit/calendar";
 * const cal = defineCalendar({ timeZone: "UTC", week: { mon: [["09:00", "17:00"]] } });
 * openOfBusiness(cal, "2024-06-03")?.toISOString(); // "2024-06-03T09:00:00.000Z"
 */
export function openOfBusiness(cal: Calendar, date: string): Date | null {
  const engine = engineOf(cal);
  const pieces = engine.ownedPieces(readDate(date, ["date"]));
  return pieces.length === 0 ? null : new Date(pieces[0] as number);
}
