// Achievability arithmetic: how many real cases would have met the standard.
import { PledgeError } from "../../core/errors.js";
import type { Issue, IssuePath } from "../../core/issues.js";
import { readInstantMs } from "../../core/instants.js";
import { coreMessages, createIssue } from "../../core/messages.js";
import { commitmentMessages } from "../messages.js";
import { ObservationSchema, type Comparison } from "../schemas.js";
import type { CompiledStandard } from "./compile.js";
import { parseList } from "./options.js";

/** Whether a measured value meets the target under the comparison. */
export function meets(value: number, target: number, comparison: Comparison): boolean {
  switch (comparison) {
    case "at_most":
      return value <= target;
    case "at_least":
      return value >= target;
    case "less_than":
      return value < target;
    case "more_than":
      return value > target;
  }
}

/** One parsed observation, instants as epoch ms. */
export type ParsedObservation =
  | { readonly kind: "span"; readonly start: number; readonly end: number }
  | { readonly kind: "value"; readonly value: number }
  | { readonly kind: "met"; readonly met: boolean };

const invalid = (issues: Issue[]): PledgeError => new PledgeError("invalid_argument", issues);

/** Parses `history` (throws `invalid_argument` naming `history[i]…` for every bad observation). */
export function parseHistory(history: unknown, path: IssuePath = ["history"]): ParsedObservation[] {
  const issues: Issue[] = [];
  const out: ParsedObservation[] = [];
  parseList(ObservationSchema, history, path).forEach((o, index) => {
    if ("start" in o) {
      const start = readInstantMs(o.start) as number;
      const end = readInstantMs(o.end) as number;
      if (end < start) issues.push(createIssue(commitmentMessages, "end_before_start", [...path, index, "end"], { start: o.start, end: o.end }));
      else out.push({ kind: "span", start, end });
    } else if ("value" in o) {
      if (Number.isFinite(o.value)) out.push({ kind: "value", value: o.value });
      else issues.push(createIssue(coreMessages, "invalid_number", [...path, index, "value"], { received: o.value }));
    } else out.push({ kind: "met", met: o.met });
  });
  if (issues.length > 0) throw invalid(issues);
  return out;
}

export interface HistoryCount {
  readonly sample: number;
  readonly met: number;
}

/**
 * Counts the observations meeting `standard` (which must have a target). `spanMs` measures a
 * `{ start, end }` case: elapsed time, or business time when the standard counts business hours.
 */
export function countMet(
  standard: CompiledStandard,
  observations: readonly ParsedObservation[],
  spanMs: (start: number, end: number) => number,
  path: IssuePath = ["history"],
): HistoryCount {
  const target = standard.target;
  if (target === undefined) return { sample: 0, met: 0 };
  const goal = target.kind === "duration" ? target.ms : target.value;
  let met = 0;
  observations.forEach((o, index) => {
    let ok: boolean;
    if (o.kind === "met") ok = o.met;
    else if (o.kind === "value") ok = meets(o.value, goal, standard.comparison);
    else if (target.kind === "duration") ok = meets(spanMs(o.start, o.end), goal, standard.comparison);
    else {
      throw invalid([createIssue(commitmentMessages, "observation_mismatch", [...path, index], { observation: "{ start, end }", target: "number" })]);
    }
    if (ok) met += 1;
  });
  return { sample: observations.length, met };
}
