import { toDurationMs, type DateInput, type DurationInput } from "../core/index.js";
import { engineOf, readInstant, type Calendar } from "./internal/calendar.js";
import { addMs } from "./internal/ops.js";
import { readAtClose, type BusinessTimeOptions } from "./internal/options.js";

/**
 * The earliest instant at which `duration` of open time has passed since `start`. A zero duration
 * gives `nextOpen(cal, start)`; a negative one subtracts. When the result is a closing instant,
 * `atClose: "close"` (default) returns it and `"nextOpen"` the next opening. Business time is real
 * elapsed time (a 00:00–24:00 day is 23 h on a spring-forward date). Costs the same for 1 hour or
 * 10,000 hours. Throws `beyond_calendar` when the calendar never has that much open time.
 *
 * @category Calendar
 * @example
 * import { addBusinessTime, defineCalendar } from "pledgekit/calendar";
 * const cal = defineCalendar({ timeZone: "UTC", week: { fri: [["09:00", "17:00"]], mon: [["09:00", "17:00"]] } });
 * addBusinessTime(cal, "2024-06-07T16:00:00Z", "PT2H").toISOString(); // "2024-06-10T10:00:00.000Z"
 */
export function addBusinessTime(cal: Calendar, start: DateInput, duration: DurationInput, options?: BusinessTimeOptions): Date {
  const engine = engineOf(cal);
  const t = readInstant(start, ["start"]);
  const ms = toDurationMs(duration, ["duration"]);
  return new Date(addMs(engine, t, ms, readAtClose(options), "addBusinessTime"));
}
