import type { DateInput } from "../core/index.js";
import { engineOf, readInstant, type Calendar } from "./internal/calendar.js";
import { prevCloseMs } from "./internal/ops.js";

/**
 * `at` itself when it lies in (open, close] of a period, else the end of the previous period (the
 * mirror of `nextOpen`); `null` before the calendar's first period.
 *
 * @category Calendar
 * @example
 * import { defineCalendar, prevClose } from "pledgekit/calendar";
 * const cal = defineCalendar({ timeZone: "UTC", week: { mon: [["09:00", "17:00"]] } });
 * prevClose(cal, "2024-06-04T08:00:00Z")?.toISOString(); // "2024-06-03T17:00:00.000Z"
 */
export function prevClose(cal: Calendar, at: DateInput): Date | null {
  const engine = engineOf(cal);
  const ms = prevCloseMs(engine, readInstant(at, ["at"]));
  return ms === null ? null : new Date(ms);
}
