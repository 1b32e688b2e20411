// Achievability arithmetic: how many real cases would have met the standard.
import { PledgeError } from "../../core/index.js";
import type { Issue, IssuePath } from "../../core/index.js";
import { readInstantMs } from "../../core/index.js";
import { coreMessages, createIssue } from "../../core/index.js";
import { commitmentMessages } from "../messages.js";
import type * as z from "zod";
import {
  MetObservationSchema,
  ObservationSchema,
  SpanObservationSchema,
  ValueObservationSchema,
  type CommitmentComparison,
  type Observation,
} from "../schemas.js";
import type { CompiledStandard } from "../types.js";
import { parseList } from "./options.js";

/** Whether a measured value meets the target under the comparison. */
export function meets(value: number, target: number, comparison: CommitmentComparison): boolean {
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

// The observation's own keys pick its form, so a bad field is reported against the right form.
function observationSchema(item: unknown) {
  // Not an object at all: the span form reports it plainly as a wrong type.
  if (typeof item !== "object" || item === null) return SpanObservationSchema;
  const has = (key: string) => typeof item === "object" && item !== null && key in item;
  if (has("start") || has("end")) return SpanObservationSchema;
  if (has("value")) return ValueObservationSchema;
  if (has("met")) return MetObservationSchema;
  return ObservationSchema;
}

function checkObservation(o: Observation, path: IssuePath): Issue[] {
  if ("start" in o && (readInstantMs(o.end) as number) < (readInstantMs(o.start) as number)) {
    return [createIssue(commitmentMessages, "end_before_start", [...path, "end"], { start: o.start, end: o.end })];
  }
  if ("value" in o && !Number.isFinite(o.value)) return [createIssue(coreMessages, "invalid_number", [...path, "value"], { received: o.value })];
  return [];
}

/** Parses `history` (throws `invalid_argument` naming `history[i]…` for every bad observation). */
export function parseHistory(history: unknown, path: IssuePath = ["history"]): ParsedObservation[] {
  return parseList<z.ZodType<Observation>>(observationSchema, history, path, checkObservation).map((o) => {
    if ("start" in o) return { kind: "span", start: readInstantMs(o.start) as number, end: readInstantMs(o.end) as number };
    if ("value" in o) return { kind: "value", value: o.value };
    return { kind: "met", met: o.met };
  });
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
      throw new PledgeError("invalid_argument", [
        createIssue(commitmentMessages, "observation_mismatch", [...path, index], { observation: "{ start, end }", target: "number" }),
      ]);
    }
    if (ok) met += 1;
  });
  return { sample: observations.length, met };
}
