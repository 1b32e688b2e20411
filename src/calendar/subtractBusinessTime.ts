import { toDurationMs, type DateInput, type DurationInput } from "../core/index.js";
import { engineOf, readInstant, type Calendar } from "./internal/calendar.js";
import { subtractMs } from "./internal/ops.js";
import { readAtClose, type BusinessTimeOptions } from "./internal/options.js";

/**
 * The latest instant with `duration` of open time before `start` (landing on an opening returns
 * that opening). A zero duration gives `prevClose(cal, start)`; a negative one adds (then
 * `atClose` applies). Throws `beyond_calendar` when the calendar never had that much open time.
 *
 * @category Calendar
 * @example
 * import { defineCalendar, subtractBusinessTime } from "pledgekit/calendar";
 * const cal = defineCalendar({ timeZone: "UTC", week: { fri: [["09:00", "17:00"]], mon: [["09:00", "17:00"]] } });
 * subtractBusinessTime(cal, "2024-06-10T10:00:00Z", "PT2H").toISOString(); // "2024-06-07T16:00:00.000Z"
 */
export function subtractBusinessTime(cal: Calendar, start: DateInput, duration: DurationInput, options?: BusinessTimeOptions): Date {
  const engine = engineOf(cal);
  const t = readInstant(start, ["start"]);
  const ms = toDurationMs(duration, ["duration"]);
  return new Date(subtractMs(engine, t, ms, readAtClose(options), "subtractBusinessTime"));
}
