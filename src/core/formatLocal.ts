// Local wall times for people to read (explanations, messages, charts, reports). date-fns-tz does
// this job, with date-fns patterns and locales; it is never on the hot path, where instants stay
// epoch milliseconds over our cached per-zone offsets.
import { formatInTimeZone } from "date-fns-tz";
import { enUS } from "date-fns/locale/en-US";
import { zhCN } from "date-fns/locale/zh-CN";
import type { Locale } from "./messages.js";

/** The default pattern per locale: a full local date and time with the zone's short name. */
export const DEFAULT_TIME_PATTERN: Readonly<Record<Locale, string>> = Object.freeze({
  en: "EEE d MMM yyyy HH:mm zzz",
  "zh-CN": "yyyy年M月d日 EEE HH:mm zzz",
});

const DATE_FNS_LOCALES = { en: enUS, "zh-CN": zhCN } as const;

/**
 * `ms` as a wall time in `timeZone`, with a date-fns `pattern` (default per locale) in `locale`.
 * The zone must already be validated (every compiled value's zone is).
 */
export function formatLocal(ms: number, timeZone: string, locale: Locale = "en", pattern: string = DEFAULT_TIME_PATTERN[locale]): string {
  return formatInTimeZone(ms, timeZone, pattern, { locale: DATE_FNS_LOCALES[locale] });
}
