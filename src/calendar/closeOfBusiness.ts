import { engineOf, readDate, type Calendar } from "./internal/calendar.js";

/**
 * The end of the last open period owned by (starting on) a local date — for an overnight shift,
 * its end on the next morning; `null` when the date is not a business day. Breaks are taken out
 * first; a period is not extended into the next date's own hours.
 *
 * @category Calendar
 * @example
 * import { closeOfBusiness, defineCalendar } from "pledgekit/calendar";
 * const cal = defineCalendar({ timeZone: "UTC", week: { mon: [["09:00", "17:00"]] } });
 * closeOfBusiness(cal, "2024-06-03")?.toISOString(); // "2024-06-03T17:00:00.000Z"
 */
export function closeOfBusiness(cal: Calendar, date: string): Date | null {
  const engine = engineOf(cal);
  const pieces = engine.ownedPieces(readDate(date, ["date"]));
  return pieces.length === 0 ? null : new Date(pieces[pieces.length - 1] as number);
}
