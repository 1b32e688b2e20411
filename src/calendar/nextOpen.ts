import type { DateInput } from "../core/index.js";
import { engineOf, readInstant, type Calendar } from "./internal/calendar.js";
import { nextOpenMs } from "./internal/ops.js";

/**
 * `at` itself when the calendar is open then, else the start of the next open period; `null` when
 * the calendar never opens again.
 *
 * @category Calendar
 * @example
 * import { defineCalendar, nextOpen } from "pledgekit/calendar";
 * const cal = defineCalendar({ timeZone: "UTC", week: { mon: [["09:00", "17:00"]] } });
 * nextOpen(cal, "2024-06-01T12:00:00Z")?.toISOString(); // "2024-06-03T09:00:00.000Z"
 */
export function nextOpen(cal: Calendar, at: DateInput): Date | null {
  const engine = engineOf(cal);
  const ms = nextOpenMs(engine, readInstant(at, ["at"]));
  return ms === null ? null : new Date(ms);
}
