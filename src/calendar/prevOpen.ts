import type { DateInput } from "../core/index.js";
import { engineOf, readInstant, type Calendar } from "./internal/calendar.js";
import { prevOpenMs } from "./internal/ops.js";

/**
 * The start of the open period containing `at` (`at` itself at an opening instant); when closed,
 * the start of the previous period (the mirror of `nextClose`). `null` when there is none (before
 * the first period, or a period that has been open forever).
 *
 * @category Calendar
 * @example
 * import { defineCalendar, prevOpen } from "pledgekit/calendar";
 * const cal = defineCalendar({ timeZone: "UTC", week: { mon: [["09:00", "17:00"]] } });
 * prevOpen(cal, "2024-06-03T12:00:00Z")?.toISOString(); // "2024-06-03T09:00:00.000Z"
 */
export function prevOpen(cal: Calendar, at: DateInput): Date | null {
  const engine = engineOf(cal);
  const ms = prevOpenMs(engine, readInstant(at, ["at"]));
  return ms === null ? null : new Date(ms);
}
