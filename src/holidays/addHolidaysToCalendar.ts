import type { CalendarHolidays, HolidayEntry } from "./types.js";

type WithHolidays = {
  readonly holidays?: readonly (string | HolidayEntry | { readonly month: number; readonly day: number; readonly name?: string } | { readonly date: string; readonly name?: string })[];
  readonly breaks?: Readonly<Record<string, readonly (readonly [string, string])[]>>;
};

/**
 * A new calendar input with `extra` holidays appended and its breaks added per date. The input is
 * not modified.
 *
 * @example
 * const input = addHolidaysToCalendar({ timeZone: "Europe/London", week: { mon: [["09:00", "17:00"]] } }, england);
 */
export function addHolidaysToCalendar<C extends object>(
  calendar: C,
  extra: CalendarHolidays,
): C & { readonly holidays: NonNullable<WithHolidays["holidays"]> } {
  const input = calendar as C & WithHolidays;
  const breaks: Record<string, (readonly [string, string])[]> = {};
  for (const [date, ranges] of Object.entries(input.breaks ?? {})) breaks[date] = [...ranges];
  for (const [date, ranges] of Object.entries(extra.breaks)) breaks[date] = [...(breaks[date] ?? []), ...ranges];
  const merged = { ...calendar, holidays: [...(input.holidays ?? []), ...extra.holidays] };
  return Object.keys(breaks).length > 0 ? { ...merged, breaks } : merged;
}
