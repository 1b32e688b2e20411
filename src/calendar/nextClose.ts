import type { DateInput } from "../core/index.js";
import { engineOf, readInstant, type Calendar } from "./internal/calendar.js";
import { nextCloseMs } from "./internal/ops.js";

/**
 * The end of the open period containing `at`; when closed (or exactly at a closing instant), the
 * end of the next period. Periods that touch across midnight count as one. `null` when the
 * calendar never closes again (a 24/7 calendar) or never opens again.
 *
 * @category Calendar
 * @example
 * import { defineCalendar, nextClose } from "pledgekit/calendar";
 * const cal = defineCalendar({ timeZone: "UTC", week: { mon: [["09:00", "17:00"]] } });
 * nextClose(cal, "2024-06-03T10:00:00Z")?.toISOString(); // "2024-06-03T17:00:00.000Z"
 */
export function nextClose(cal: Calendar, at: DateInput): Date | null {
  const engine = engineOf(cal);
  const ms = nextCloseMs(engine, readInstant(at, ["at"]));
  return ms === null ? null : new Date(ms);
}
