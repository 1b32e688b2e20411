// Reads responses once into flat typed-array matrices (row = respondent, column = item), validating
// and reverse-scoring on the way. Every later figure is computed from these matrices.
import { coreMessages, createIssue, formatValue, type Issue } from "../../core/index.js";
import { servqualMessages } from "../messages.js";
import type { CompiledInstrument } from "./compile.js";

export interface ResponseMatrix {
  readonly rows: number;
  /** Expectations and perceptions, rows × items, after reverse-scoring; NaN = missing. */
  readonly e: Float64Array;
  readonly p: Float64Array;
  /** Adequate and desired levels (three-column format), or null when nobody gave them. */
  readonly adequate: Float64Array | null;
  readonly desired: Float64Array | null;
  /** Normalised importance weights, rows × dimensions; NaN rows for respondents without usable importance. */
  readonly importance: Float64Array;
  readonly segments: readonly (string | undefined)[];
  readonly issues: readonly Issue[];
}

const RESPONSE_KEYS = new Set(["id", "segment", "expectations", "perceptions", "adequate", "desired", "importance"]);
const COLUMNS = ["expectations", "perceptions", "adequate", "desired"] as const;
type Column = (typeof COLUMNS)[number];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export function readResponses(compiled: CompiledInstrument, responses: readonly unknown[], segmentBy: string | undefined): ResponseMatrix {
  const rows = responses.length;
  const K = compiled.itemIds.length;
  const D = compiled.dimensionIds.length;
  const { min, max, integer, itemIds, itemIndex, dimensionIndex, reversed } = compiled;
  const flip = min + max;
  const e = new Float64Array(rows * K).fill(Number.NaN);
  const p = new Float64Array(rows * K).fill(Number.NaN);
  let adequate: Float64Array | null = null;
  let desired: Float64Array | null = null;
  const importance = new Float64Array(rows * D).fill(Number.NaN);
  const segments: (string | undefined)[] = new Array<string | undefined>(rows);
  const issues: Issue[] = [];

  for (let r = 0; r < rows; r++) {
    const response = responses[r];
    if (!isRecord(response)) {
      issues.push(createIssue(servqualMessages, "invalid_response", ["responses", r], { respondent: r, received: formatValue(response) }));
      continue;
    }
    // Built only when an issue needs it: the happy path allocates nothing per respondent.
    const who = (): Record<string, unknown> => whoOf(response, r);
    for (const key in response) {
      if (!RESPONSE_KEYS.has(key)) issues.push(createIssue(coreMessages, "unknown_key", ["responses", r, key], { key }));
    }
    for (const column of COLUMNS) {
      const answers = response[column];
      if (answers === undefined || answers === null) continue;
      if (!isRecord(answers)) {
        issues.push(createIssue(servqualMessages, "invalid_response", ["responses", r, column], { ...who(), received: formatValue(answers) }));
        continue;
      }
      let target: Float64Array;
      if (column === "expectations") target = e;
      else if (column === "perceptions") target = p;
      else if (column === "adequate") target = adequate ??= new Float64Array(rows * K).fill(Number.NaN);
      else target = desired ??= new Float64Array(rows * K).fill(Number.NaN);
      const base = r * K;
      // Hot path: read the instrument's items by name (fast property loads on same-shaped objects),
      // and only walk the keys when there are more of them than answers found (an unknown item).
      let found = 0;
      for (let k = 0; k < K; k++) {
        const value = answers[itemIds[k] as string];
        if (value === undefined) continue;
        found += 1;
        if (value === null) continue;
        if (typeof value === "number" && value >= min && value <= max && (!integer || Number.isInteger(value))) {
          target[base + k] = reversed[k] === 1 ? flip - value : value;
          continue;
        }
        // Inherited names ("constructor", "toString") are not answers.
        if (!Object.prototype.hasOwnProperty.call(answers, itemIds[k] as string)) {
          found -= 1;
          continue;
        }
        const item = itemIds[k] as string;
        const problem = answerProblem(value, min, max, integer) as IssueCode;
        issues.push(createIssue(servqualMessages, problem, ["responses", r, column, item], { ...who(), item, column, received: value, min, max }));
      }
      if (Object.keys(answers).length > found) {
        for (const item in answers) {
          if (!itemIndex.has(item)) issues.push(createIssue(servqualMessages, "unknown_item", ["responses", r, column, item], { ...who(), item, column }));
        }
      }
    }
    if (response.importance !== undefined && response.importance !== null) {
      readImportance(response.importance, importance, r * D, dimensionIndex, r, who, issues);
    }
    segments[r] = readSegment(response.segment, segmentBy, r, who, issues);
  }
  return { rows, e, p, adequate, desired, importance, segments, issues };
}

function whoOf(response: Record<string, unknown>, r: number): Record<string, unknown> {
  return typeof response.id === "string" || typeof response.id === "number" ? { respondent: r, id: response.id } : { respondent: r };
}

function answerProblem(value: unknown, min: number, max: number, integer: boolean): IssueCode | undefined {
  if (typeof value !== "number" || !Number.isFinite(value)) return "answer_not_number";
  if (value < min || value > max) return "answer_out_of_scale";
  if (integer && !Number.isInteger(value)) return "answer_not_integer";
  return undefined;
}
type IssueCode = "answer_not_number" | "answer_out_of_scale" | "answer_not_integer";

function readImportance(
  raw: unknown,
  out: Float64Array,
  base: number,
  dimensionIndex: ReadonlyMap<string, number>,
  r: number,
  who: () => Readonly<Record<string, unknown>>,
  issues: Issue[],
): void {
  if (!isRecord(raw)) {
    issues.push(createIssue(servqualMessages, "invalid_importance", ["responses", r, "importance"], { ...who(), dimension: "(all)", received: formatValue(raw) }));
    return;
  }
  let total = 0;
  let usable = true;
  for (const dimension in raw) {
    const d = dimensionIndex.get(dimension);
    const value = raw[dimension];
    if (d === undefined) {
      issues.push(createIssue(servqualMessages, "unknown_dimension", ["responses", r, "importance", dimension], { ...who(), dimension }));
      usable = false;
    } else if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
      issues.push(createIssue(servqualMessages, "invalid_importance", ["responses", r, "importance", dimension], { ...who(), dimension, received: value }));
      usable = false;
    } else total += value;
  }
  if (!usable) return;
  if (total === 0) {
    issues.push(createIssue(servqualMessages, "importance_all_zero", ["responses", r, "importance"], { ...who() }));
    return;
  }
  // Dimensions left out of the allocation got no points.
  for (let d = 0; d < dimensionIndex.size; d++) out[base + d] = 0;
  for (const dimension in raw) out[base + (dimensionIndex.get(dimension) as number)] = (raw[dimension] as number) / total;
}

function readSegment(
  raw: unknown,
  segmentBy: string | undefined,
  r: number,
  who: () => Readonly<Record<string, unknown>>,
  issues: Issue[],
): string | undefined {
  if (raw === undefined || raw === null) return undefined;
  const path = ["responses", r, "segment"];
  if (typeof raw === "string" || typeof raw === "number") {
    if (segmentBy === undefined) return String(raw);
  } else if (isRecord(raw) && segmentBy !== undefined) {
    if (!Object.prototype.hasOwnProperty.call(raw, segmentBy)) return undefined;
    const value = raw[segmentBy];
    if (typeof value === "string" || typeof value === "number") return String(value);
  }
  issues.push(createIssue(servqualMessages, "invalid_segment", path, { ...who(), received: formatValue(raw) }));
  return undefined;
}
