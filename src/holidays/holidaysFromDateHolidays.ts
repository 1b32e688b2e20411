import { parseDayNumber, formatDayNumber, MS_PER_DAY } from "../core/index.js";
import { PledgeError } from "../core/index.js";
import { createIssue } from "../core/index.js";
import { holidayMessages } from "./messages.js";
import type { CalendarHolidays, DateHolidaysEntry, DateHolidaysSource, HolidayEntry } from "./types.js";

export interface HolidaysFromDateHolidaysOptions {
  /** The years to take, as a list or an inclusive range. */
  readonly years: readonly number[] | { readonly from: number; readonly to: number };
  /** Holiday types to keep; default `["public", "bank"]` (days off for everyone). */
  readonly types?: readonly string[];
  /**
   * Holidays that start during the day (China's half-day holidays for some groups, Christmas Eve
   * afternoons): `"skip"` them (default), `"close"` the whole date, or remove the afternoon as a `"break"`.
   */
  readonly partialDays?: "skip" | "close" | "break";
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
const MAX_YEARS = 500;

// Array.isArray does not narrow readonly arrays, hence the guard.
const isYearArray = (years: HolidaysFromDateHolidaysOptions["years"]): years is readonly number[] => Array.isArray(years);

function yearList(years: HolidaysFromDateHolidaysOptions["years"]): number[] {
  const list = isYearArray(years)
    ? [...years]
    : Array.from({ length: Math.max(0, years.to - years.from + 1) }, (_, i) => years.from + i);
  const bad = list.findIndex((year) => !Number.isInteger(year) || year < 1 || year > 9999);
  if (bad >= 0 || list.length === 0 || list.length > MAX_YEARS) {
    throw new PledgeError("invalid_argument", [
      createIssue(holidayMessages, "invalid_years", ["years"], { received: years, max: MAX_YEARS }),
    ]);
  }
  return [...new Set(list)].sort((a, b) => a - b);
}

const TWO_HOURS = 2 * 3_600_000;

/** The last local date the holiday covers (its end is exclusive). */
function lastLocalDay(firstDay: number, match: RegExpExecArray, entry: DateHolidaysEntry): number {
  const wallStart = firstDay * MS_PER_DAY + (Number(match[2]) * 3600 + Number(match[3]) * 60 + Number(match[4])) * 1000;
  // The end in local wall time, read with the start's offset: a DST change in between moves it by
  // an hour at most, so an end near a local midnight is that midnight.
  const wallEnd = entry.end.getTime() + (wallStart - entry.start.getTime());
  const nearestMidnight = Math.round(wallEnd / MS_PER_DAY);
  const endDayExclusive = Math.abs(wallEnd - nearestMidnight * MS_PER_DAY) <= TWO_HOURS ? nearestMidnight : Math.floor(wallEnd / MS_PER_DAY) + 1;
  return Math.max(firstDay, endDayExclusive - 1);
}

/**
 * Turns a `date-holidays` holiday set into calendar holidays: whole days become `holidays`
 * (several consecutive days become one `{ from, to }` range), partial days follow `partialDays`.
 * `date-holidays` is not a dependency of pledgekit: pass any object with `getHolidays(year)`.
 *
 * China's make-up working days (调休) are not in `date-holidays`; add them as `specialDays` from the
 * State Council's yearly notice (see docs/guides/holidays.md).
 *
 * @example
 * import Holidays from "date-holidays";
 * const england = holidaysFromDateHolidays(new Holidays("GB", "ENG"), { years: { from: 2024, to: 2026 } });
 * const calendar = defineCalendar(addHolidaysToCalendar({ timeZone: "Europe/London", week }, england));
 */
export function holidaysFromDateHolidays(source: DateHolidaysSource, options: HolidaysFromDateHolidaysOptions): CalendarHolidays {
  const types = new Set(options.types ?? ["public", "bank"]);
  const partial = options.partialDays ?? "skip";
  const holidays: HolidayEntry[] = [];
  const breaks: Record<string, [string, string][]> = {};
  const seen = new Set<string>();
  for (const year of yearList(options.years)) {
    for (const entry of source.getHolidays(year)) {
      if (!types.has(entry.type)) continue;
      const match = DATE_TIME.exec(entry.date);
      const firstDay = match === null ? undefined : parseDayNumber(match[1] ?? "");
      if (match === null || firstDay === undefined) {
        throw new PledgeError("invalid_argument", [
          createIssue(holidayMessages, "invalid_holiday_entry", ["source", year], { received: entry.date, name: entry.name }),
        ]);
      }
      const lastDay = lastLocalDay(firstDay, match, entry);
      const startsAtMidnight = match[2] === "00" && match[3] === "00" && match[4] === "00";
      let wholeFrom = firstDay;
      if (!startsAtMidnight) {
        if (partial === "skip") continue;
        if (partial === "break") {
          const date = formatDayNumber(firstDay);
          (breaks[date] ??= []).push([`${match[2]}:${match[3]}${match[4] === "00" ? "" : `:${match[4]}`}`, "24:00"]);
          wholeFrom = firstDay + 1;
        }
      }
      if (wholeFrom > lastDay) continue;
      const key = `${wholeFrom}:${lastDay}:${entry.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      holidays.push(
        wholeFrom === lastDay
          ? { date: formatDayNumber(wholeFrom), name: entry.name }
          : { from: formatDayNumber(wholeFrom), to: formatDayNumber(lastDay), name: entry.name },
      );
    }
  }
  return { holidays, breaks };
}
