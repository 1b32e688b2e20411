import { createIssue, coreMessages, parseTimeOfDay, PledgeError } from "../core/index.js";
import { engineOf, readDate, type Calendar } from "./internal/calendar.js";

/**
 * The instant of a wall-clock time ("HH:MM" or "HH:MM:SS"; "24:00" = next midnight) on a local
 * date in the calendar's zone. A time skipped by a DST gap moves forward by the gap; a repeated
 * one takes the earlier instant.
 *
 * @category Calendar
 * @example
 * import { defineCalendar, zonedTime } from "pledgekit/calendar";
 * const cal = defineCalendar({ timeZone: "America/New_York", week: { mon: [["09:00", "17:00"]] } });
 * zonedTime(cal, "2024-03-10", "02:30").toISOString(); // "2024-03-10T07:30:00.000Z" (03:30 EDT)
 */
export function zonedTime(cal: Calendar, date: string, time: string): Date {
  const engine = engineOf(cal);
  const d = readDate(date, ["date"]);
  const ms = typeof time === "string" ? parseTimeOfDay(time) : undefined;
  if (ms === undefined) {
    throw new PledgeError("invalid_argument", [createIssue(coreMessages, "invalid_time", ["time"], { received: time })]);
  }
  return new Date(engine.wall(d, ms));
}
