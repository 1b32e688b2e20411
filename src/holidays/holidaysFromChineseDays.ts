import { coreMessages, createIssue, daysFromCivil, formatDayNumber, PledgeError, TimeOfDaySchema, type IssuePath } from "../core/index.js";
import { readYears } from "./holidaysFromDateHolidays.js";
import type { ChineseDaysDetail, ChineseDaysSource, ChineseHolidays, HolidayEntry } from "./types.js";

export interface HolidaysFromChineseDaysOptions {
  /** The years to take, as a list or an inclusive range (at most 50: the State Council publishes one year at a time). */
  readonly years: readonly number[] | { readonly from: number; readonly to: number };
  /** Opening hours of a make-up working day (调休上班), usually your weekday hours, e.g. `[["09:00", "18:00"]]`. */
  readonly workdayHours: readonly (readonly [string, string])[];
  /** Holiday names in English (default) or Chinese. */
  readonly locale?: "en" | "zh-CN";
}

const MAX_YEARS = 50;

function refuse(path: IssuePath, expected: string, received: unknown): never {
  const receivedType = received === null ? "null" : Array.isArray(received) ? "array" : typeof received;
  throw new PledgeError("invalid_argument", [createIssue(coreMessages, "invalid_type", path, { expected, received, receivedType })]);
}

function readHours(value: unknown, path: IssuePath): [string, string][] {
  if (!Array.isArray(value) || value.length === 0) refuse(path, 'a list of [start, end] hours such as [["09:00", "18:00"]]', value);
  return value.map((pair: unknown, i) => {
    if (!Array.isArray(pair) || pair.length !== 2 || !pair.every((t) => TimeOfDaySchema.safeParse(t).success)) {
      refuse([...path, i], 'a pair of times such as ["09:00", "18:00"]', pair);
    }
    return [pair[0] as string, pair[1] as string];
  });
}

function readDetail(detail: unknown, date: string): ChineseDaysDetail {
  const d = detail as Partial<Record<keyof ChineseDaysDetail, unknown>> | null;
  if (typeof d !== "object" || d === null || typeof d.work !== "boolean" || typeof d.name !== "string") {
    refuse(["source", date], "a day detail { date, work, name } from getDayDetail", detail);
  }
  return detail as ChineseDaysDetail;
}

/**
 * China's official holiday schedule (the State Council's yearly notice) from the `chinese-days`
 * package: the days off as `holidays` (runs of one holiday as `{ from, to }` ranges) and the
 * make-up working days (调休上班, usually a weekend) as `specialDays` open `workdayHours`. Merge it
 * into a calendar with `addHolidaysToCalendar`. `chinese-days` is an optional peer dependency:
 * pass the module in.
 *
 * Only official days off count: Children's Day, Women's Day afternoons and the like are not days
 * off for everyone and are not included. A year the source has no schedule for (the notice for
 * next year comes out around November) is listed in `yearsWithoutSchedule`, never guessed.
 *
 * @category Holidays
 * @example
 * import chineseDays from "chinese-days";
 * import { addHolidaysToCalendar, holidaysFromChineseDays } from "pledgekit/holidays";
 * const china = holidaysFromChineseDays(chineseDays, { years: [2025, 2026], workdayHours: [["09:00", "18:00"]] });
 * const calendar = defineCalendar(addHolidaysToCalendar({ timeZone: "Asia/Shanghai", week }, china));
 */
export function holidaysFromChineseDays(source: ChineseDaysSource, options: HolidaysFromChineseDaysOptions): ChineseHolidays {
  if (typeof source !== "object" || source === null || typeof (source as { getDayDetail?: unknown }).getDayDetail !== "function") {
    refuse(["source"], 'the chinese-days module (import chineseDays from "chinese-days")', source);
  }
  if (typeof options !== "object" || options === null) refuse(["options"], "an options object with years and workdayHours", options);
  const years = readYears(options.years, ["options", "years"], MAX_YEARS);
  const hours = readHours(options.workdayHours, ["options", "workdayHours"]);
  const locale: unknown = options.locale ?? "en";
  if (locale !== "en" && locale !== "zh-CN") {
    throw new PledgeError("invalid_argument", [
      createIssue(coreMessages, "invalid_value", ["options", "locale"], { received: locale, values: ["en", "zh-CN"] }),
    ]);
  }
  const holidays: HolidayEntry[] = [];
  const specialDays: Record<string, [string, string][]> = {};
  const yearsWithoutSchedule: number[] = [];
  for (const year of years) {
    let scheduled = false;
    let run: { from: number; to: number; name: string } | undefined;
    const flush = (): void => {
      if (run === undefined) return;
      holidays.push(
        run.from === run.to
          ? { date: formatDayNumber(run.from), name: run.name }
          : { from: formatDayNumber(run.from), to: formatDayNumber(run.to), name: run.name },
      );
      run = undefined;
    };
    for (let d = daysFromCivil(year, 1, 1), end = daysFromCivil(year + 1, 1, 1); d < end; d++) {
      const date = formatDayNumber(d);
      const detail = readDetail(source.getDayDetail(date), date);
      // "English,中文,days": a day of the official schedule; a bare weekday name otherwise.
      const parts = detail.name.split(",");
      const official = parts.length >= 2;
      scheduled ||= official;
      const name = (locale === "en" ? parts[0] : parts[1]) ?? detail.name;
      if (official && !detail.work) {
        if (run !== undefined && run.to === d - 1 && run.name === name) run.to = d;
        else {
          flush();
          run = { from: d, to: d, name };
        }
        continue;
      }
      flush();
      if (official && detail.work) specialDays[date] = hours.map(([a, b]) => [a, b]);
    }
    flush();
    if (!scheduled) yearsWithoutSchedule.push(year);
  }
  return { holidays, specialDays, yearsWithoutSchedule };
}
