import { coreMessages, createIssue, DEFAULT_TIME_PATTERN, formatLocal, PledgeError, type Locale } from "../core/index.js";
import { engineOf, readInstant, type Calendar } from "./internal/calendar.js";
import { calendarMessages } from "./messages.js";

/** Options of `formatLocalTime`. */
export interface FormatLocalTimeOptions {
  /** `"en"` (default) or `"zh-CN"`: month and weekday names, and the default pattern. */
  readonly locale?: Locale;
  /**
   * A date-fns format pattern (`"yyyy-MM-dd HH:mm"`, `"EEE d MMM HH:mm zzz"`). Default: a full
   * local date and time with the zone's short name, per locale.
   */
  readonly pattern?: string;
}

const MAX_PATTERN = 200;

/**
 * An instant as local wall time in the calendar's zone, for people to read: date-fns patterns and
 * locales (through date-fns-tz), independent of the host's zone and locale. The default patterns
 * are `"EEE d MMM yyyy HH:mm zzz"` (en) and `"yyyy年M月d日 EEE HH:mm zzz"` (zh-CN).
 *
 * Throws `invalid_argument` for a bad instant (naming `at`) or pattern (naming `options.pattern`).
 *
 * @category Calendar
 * @example
 * import { defineCalendar, formatLocalTime } from "pledgekit/calendar";
 * const cal = defineCalendar({ timeZone: "Asia/Shanghai", week: { mon: [["09:00", "18:00"]] } });
 * formatLocalTime(cal, "2025-10-09T01:00:00Z"); // "Thu 9 Oct 2025 09:00 GMT+8"
 * formatLocalTime(cal, "2025-10-09T01:00:00Z", { locale: "zh-CN", pattern: "M月d日 HH:mm" }); // "10月9日 09:00"
 */
export function formatLocalTime(cal: Calendar, at: Date | number | string, options: FormatLocalTimeOptions = {}): string {
  const engine = engineOf(cal);
  const ms = readInstant(at, ["at"]);
  if (typeof options !== "object" || options === null) {
    throw new PledgeError("invalid_argument", [
      createIssue(coreMessages, "invalid_type", ["options"], { expected: "an options object", received: options, receivedType: typeof options }),
    ]);
  }
  const locale: unknown = options.locale ?? "en";
  if (locale !== "en" && locale !== "zh-CN") {
    throw new PledgeError("invalid_argument", [
      createIssue(coreMessages, "invalid_value", ["options", "locale"], { received: locale, values: ["en", "zh-CN"] }),
    ]);
  }
  const pattern: unknown = options.pattern ?? DEFAULT_TIME_PATTERN[locale];
  const refusePattern = (): never => {
    throw new PledgeError("invalid_argument", [createIssue(calendarMessages, "invalid_pattern", ["options", "pattern"], { received: pattern })]);
  };
  if (typeof pattern !== "string" || pattern.length === 0 || pattern.length > MAX_PATTERN) return refusePattern();
  try {
    return formatLocal(ms, engine.rules.zone, locale, pattern);
  } catch {
    return refusePattern(); // date-fns throws a RangeError for letters it does not know
  }
}
