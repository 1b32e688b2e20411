import type { DateInput } from "../core/index.js";
import { Pol } from "./internal/engine/index.js";
import { engineOf, readInstant, type Calendar } from "./internal/calendar.js";

/**
 * Milliseconds of open time in [from, to); negative when `to` is before `from`. Constant cost,
 * whatever the span.
 *
 * @category Calendar
 * @example
 * import { businessTimeBetween, defineCalendar } from "pledgekit/calendar";
 * const cal = defineCalendar({ timeZone: "UTC", week: { mon: [["09:00", "17:00"]] } });
 * businessTimeBetween(cal, "2024-06-03T00:00:00Z", "2024-06-10T00:00:00Z"); // 28800000 (8 h)
 */
export function businessTimeBetween(cal: Calendar, from: DateInput, to: DateInput): number {
  const engine = engineOf(cal);
  const a = readInstant(from, ["from"]);
  const b = readInstant(to, ["to"]);
  return engine.cumulative(Pol.Open, b) - engine.cumulative(Pol.Open, a);
}
