// How a { start, end } case is measured: elapsed time, or business time on the calendar when the
// standard counts business hours. Calendar arithmetic is the calendar module's, never ours.
import { PledgeError } from "../../core/errors.js";
import { createIssue } from "../../core/messages.js";
import { commitmentMessages } from "../messages.js";
import type { ParsedObservation } from "./attainment.js";
import type { CompiledStandard } from "./compile.js";

export type CalendarLike = unknown; // DEV PLACEHOLDER until the calendar module lands

const elapsed = (start: number, end: number): number => end - start;

export function spanMeasure(
  standard: CompiledStandard,
  observations: readonly ParsedObservation[],
  calendar: CalendarLike | undefined,
): (start: number, end: number) => number {
  if (!standard.businessHours || !observations.some((o) => o.kind === "span")) return elapsed;
  if (calendar === undefined) {
    throw new PledgeError("invalid_argument", [createIssue(commitmentMessages, "calendar_required", ["calendar"])]);
  }
  throw new Error("DEV PLACEHOLDER: calendar module not merged yet");
}
