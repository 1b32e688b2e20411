import { parseOrThrow } from "../core/index.js";
import { compileCalendar, type Calendar } from "./internal/calendar.js";
import { calendarMessages } from "./messages.js";
import { CalendarSchema, type CalendarInput } from "./schemas.js";

/**
 * Validates and compiles a business calendar: opening hours per weekday in an IANA time zone,
 * holidays (dates, ranges, yearly dates), special days (replacing a date's hours; `[]` closes it,
 * a listed weekend date becomes a working day) and breaks. The result is opaque and immutable;
 * compile once and reuse it.
 *
 * Throws `PledgeError` with code `invalid_calendar` listing every problem (unknown keys, bad times,
 * overlapping intervals, impossible dates, unknown zones, a calendar that is never open).
 *
 * @category Calendar
 * @example
 * import { defineCalendar } from "pledgekit/calendar";
 * const cal = defineCalendar({
 *   timeZone: "Asia/Shanghai",
 *   week: { mon: [["09:00", "18:00"]], tue: [["09:00", "18:00"]] },
 *   holidays: [{ from: "2024-10-01", to: "2024-10-07", name: "National Day" }],
 * });
 */
export function defineCalendar(input: CalendarInput): Calendar {
  return compileCalendar(parseOrThrow(CalendarSchema, input, "invalid_calendar", calendarMessages));
}
