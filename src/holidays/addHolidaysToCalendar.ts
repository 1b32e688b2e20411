import type { CalendarInput } from "../calendar/index.js";
import type { CalendarHolidays } from "./types.js";

/**
 * A new calendar input with `extra` holidays appended and its breaks added per date. The input is
 * not modified.
 *
 * @example
 * const input = addHolidaysToCalendar({ timeZone: "Europe/London", week: { mon: [["09:00", "17:00"]] } }, england);
 */
export function addHolidaysToCalendar(calendar: CalendarInput, extra: CalendarHolidays): CalendarInput & { holidays: NonNullable<CalendarInput["holidays"]> } {
  const breaks: NonNullable<CalendarInput["breaks"]> = {};
  for (const [date, ranges] of Object.entries(calendar.breaks ?? {})) breaks[date] = [...ranges];
  for (const [date, ranges] of Object.entries(extra.breaks)) breaks[date] = [...(breaks[date] ?? []), ...ranges];
  const merged = { ...calendar, holidays: [...(calendar.holidays ?? []), ...extra.holidays] };
  return Object.keys(breaks).length > 0 ? { ...merged, breaks } : merged;
}
