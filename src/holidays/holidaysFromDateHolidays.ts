import { coreMessages, createIssue, formatDayNumber, MS_PER_DAY, parseDayNumber, PledgeError, type IssuePath } from "../core/index.js";
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
/** At most this many years per call; the years a calendar accepts. */
const MAX_HOLIDAY_YEARS = 500;
const FIRST_HOLIDAY_YEAR = 2;
const LAST_HOLIDAY_YEAR = 9998;

const isYear = (year: unknown): year is number => typeof year === "number" && Number.isInteger(year) && year >= FIRST_HOLIDAY_YEAR && year <= LAST_HOLIDAY_YEAR;

/** The years asked for, sorted and unique. Bounds are checked before any list is built. */
export function readYears(years: unknown, path: IssuePath, max = MAX_HOLIDAY_YEARS): number[] {
  const refuse = (): never => {
    throw new PledgeError("invalid_argument", [
      createIssue(holidayMessages, "invalid_years", path, {
        received: years,
        max,
        first: FIRST_HOLIDAY_YEAR,
        last: LAST_HOLIDAY_YEAR,
      }),
    ]);
  };
  if (Array.isArray(years)) {
    if (years.length === 0 || years.length > max || !years.every(isYear)) return refuse();
    return [...new Set(years as number[])].sort((a, b) => a - b);
  }
  if (typeof years !== "object" || years === null) return refuse();
  const { from, to } = years as { from?: unknown; to?: unknown };
  if (!isYear(from) || !isYear(to) || to < from || to - from + 1 > max) return refuse();
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
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
  if (typeof source !== "object" || source === null || typeof (source as { getHolidays?: unknown }).getHolidays !== "function") {
    throw invalidType(["source"], 'an object with getHolidays(year), such as new Holidays("GB", "ENG")', source);
  }
  if (typeof options !== "object" || options === null) throw invalidType(["options"], "an options object with years", options);
  const years = readYears(options.years, ["options", "years"]);
  const typeList: unknown = options.types ?? ["public", "bank"];
  if (!Array.isArray(typeList) || !typeList.every((t) => typeof t === "string")) {
    throw invalidType(["options", "types"], "a list of holiday types", typeList);
  }
  const types = new Set<string>(typeList);
  const partial: unknown = options.partialDays ?? "skip";
  if (partial !== "skip" && partial !== "close" && partial !== "break") {
    throw new PledgeError("invalid_argument", [
      createIssue(coreMessages, "invalid_value", ["options", "partialDays"], { received: partial, values: ["skip", "close", "break"] }),
    ]);
  }
  const holidays: HolidayEntry[] = [];
  const breaks: Record<string, [string, string][]> = {};
  const seen = new Set<string>();
  for (const year of years) {
    const entries: unknown = source.getHolidays(year);
    if (!Array.isArray(entries)) throw invalidType(["source", year], "the list getHolidays(year) returns", entries);
    entries.forEach((entry: unknown, index) => {
      const checked = readEntry(entry, ["source", year, index]);
      if (!types.has(checked.type)) return;
      const match = DATE_TIME.exec(checked.date);
      const firstDay = match === null ? undefined : parseDayNumber(match[1] ?? "");
      if (match === null || firstDay === undefined) {
        throw new PledgeError("invalid_argument", [
          createIssue(holidayMessages, "invalid_holiday_entry", ["source", year, index, "date"], { received: checked.date, name: checked.name }),
        ]);
      }
      const lastDay = lastLocalDay(firstDay, match, checked);
      const startsAtMidnight = match[2] === "00" && match[3] === "00" && match[4] === "00";
      let wholeFrom = firstDay;
      if (!startsAtMidnight) {
        if (partial === "skip") return;
        if (partial === "break") {
          const date = formatDayNumber(firstDay);
          (breaks[date] ??= []).push([`${match[2]}:${match[3]}${match[4] === "00" ? "" : `:${match[4]}`}`, "24:00"]);
          wholeFrom = firstDay + 1;
        }
      }
      if (wholeFrom > lastDay) return;
      const key = `${wholeFrom}:${lastDay}:${checked.name}`;
      if (seen.has(key)) return;
      seen.add(key);
      holidays.push(
        wholeFrom === lastDay
          ? { date: formatDayNumber(wholeFrom), name: checked.name }
          : { from: formatDayNumber(wholeFrom), to: formatDayNumber(lastDay), name: checked.name },
      );
    });
  }
  return { holidays, breaks };
}

function invalidType(path: IssuePath, expected: string, received: unknown): PledgeError {
  const receivedType = received === null ? "null" : Array.isArray(received) ? "array" : typeof received;
  return new PledgeError("invalid_argument", [createIssue(coreMessages, "invalid_type", path, { expected, received, receivedType })]);
}

/** An entry of `getHolidays` with the fields read here, or `invalid_argument` naming it. */
function readEntry(entry: unknown, path: IssuePath): DateHolidaysEntry {
  const e = entry as Partial<Record<keyof DateHolidaysEntry, unknown>> | null;
  const ok =
    typeof e === "object" &&
    e !== null &&
    typeof e.date === "string" &&
    typeof e.name === "string" &&
    typeof e.type === "string" &&
    e.start instanceof Date &&
    e.end instanceof Date &&
    Number.isFinite(e.start.getTime()) &&
    Number.isFinite(e.end.getTime());
  if (!ok) throw invalidType(path, "a holiday { date, start, end, name, type }", entry);
  return entry as DateHolidaysEntry;
}
