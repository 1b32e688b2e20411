// How a { start, end } case is measured: elapsed time, or business time on the calendar when the
// standard counts business hours. Calendar arithmetic is the calendar module's, never ours.
import { businessTimeBetween } from "../../calendar/index.js";
import type { Calendar } from "../../calendar/index.js";
import type { CalendarInput } from "../../calendar/index.js";
import { toCalendar } from "../../calendar/index.js";
import { PledgeError } from "../../core/index.js";
import { createIssue } from "../../core/index.js";
import { commitmentMessages } from "../messages.js";
import type { ParsedObservation } from "./attainment.js";
import type { CompiledStandard } from "./compile.js";

/** A calendar definition (CalendarInput JSON) or a calendar from `defineCalendar`. */
export type CalendarLike = CalendarInput | Calendar;

const elapsed = (start: number, end: number): number => end - start;

/** The measure of a `{ start, end }` case under `standard`; throws when business hours lack a calendar. */
export function spanMeasure(
  standard: CompiledStandard,
  observations: readonly ParsedObservation[],
  calendar: CalendarLike | undefined,
): (start: number, end: number) => number {
  if (!standard.businessHours || !observations.some((o) => o.kind === "span")) return elapsed;
  if (calendar === undefined) {
    throw new PledgeError("invalid_argument", [createIssue(commitmentMessages, "calendar_required", ["calendar"])]);
  }
  const cal = toCalendar(calendar);
  return (start, end) => businessTimeBetween(cal, start, end);
}
