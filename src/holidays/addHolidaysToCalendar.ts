import { coreMessages, createIssue, PledgeError, type IssuePath } from "../core/index.js";
import type { CalendarInput } from "../calendar/index.js";
import type { CalendarHolidays } from "./types.js";

type Hours = [string, string][];

function refuse(path: IssuePath, expected: string, received: unknown): never {
  const receivedType = received === null ? "null" : Array.isArray(received) ? "array" : typeof received;
  throw new PledgeError("invalid_argument", [createIssue(coreMessages, "invalid_type", path, { expected, received, receivedType })]);
}

function readDated(value: unknown, path: IssuePath): [string, Hours][] {
  if (value === undefined) return [];
  if (typeof value !== "object" || value === null || Array.isArray(value)) refuse(path, "an object of dates to hours", value);
  return Object.entries(value as Record<string, unknown>).map(([date, hours]) => {
    if (!Array.isArray(hours)) refuse([...path, date], "a list of [start, end] hours", hours);
    return [date, [...(hours as Hours)]];
  });
}

/**
 * A new calendar input with `extra` merged in: its holidays appended, its breaks added per date,
 * and its special days (make-up working days) added where the calendar has none of its own for
 * that date — the calendar's own entries win. The input is not modified; `defineCalendar` then
 * validates the result.
 *
 * @category Holidays
 * @example
 * const input = addHolidaysToCalendar({ timeZone: "Europe/London", week: { mon: [["09:00", "17:00"]] } }, england);
 */
export function addHolidaysToCalendar(calendar: CalendarInput, extra: CalendarHolidays): CalendarInput & { holidays: NonNullable<CalendarInput["holidays"]> } {
  if (typeof calendar !== "object" || calendar === null || Array.isArray(calendar)) refuse(["calendar"], "a CalendarInput object", calendar);
  if (typeof extra !== "object" || extra === null || !Array.isArray(extra.holidays)) {
    refuse(["extra"], "holidays from holidaysFromDateHolidays or holidaysFromChineseDays", extra);
  }
  const own = calendar.holidays ?? [];
  if (!Array.isArray(own)) refuse(["calendar", "holidays"], "a list of holidays", own);
  const breaks = new Map(readDated(calendar.breaks, ["calendar", "breaks"]));
  for (const [date, hours] of readDated(extra.breaks, ["extra", "breaks"])) breaks.set(date, [...(breaks.get(date) ?? []), ...hours]);
  const special = new Map(readDated(extra.specialDays, ["extra", "specialDays"]));
  for (const [date, hours] of readDated(calendar.specialDays, ["calendar", "specialDays"])) special.set(date, hours);
  const merged: CalendarInput & { holidays: NonNullable<CalendarInput["holidays"]> } = { ...calendar, holidays: [...own, ...extra.holidays] };
  if (breaks.size > 0) merged.breaks = Object.fromEntries(breaks);
  if (special.size > 0) merged.specialDays = Object.fromEntries(special);
  return merged;
}
