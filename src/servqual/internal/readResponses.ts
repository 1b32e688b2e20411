// Reads responses once into flat typed-array matrices (row = respondent, column = item), validating
// and reverse-scoring on the way. Every later figure is computed from these matrices.
import { coreMessages, createIssue, formatValue, type Issue } from "../../core/index.js";
import { servqualMessages } from "../messages.js";
import type { CompiledInstrument } from "./compile.js";

/** The answers of a survey as columns, whatever form they came in. */
export interface ResponseData {
  readonly rows: number;
  /** Expectations and perceptions per item (instrument order), as given: not reverse-scored; missing = outside the scale. */
  readonly e: readonly ArrayLike<number>[];
  readonly p: readonly ArrayLike<number>[];
  /** Adequate and desired levels (three-column format), or null when nobody gave them. */
  readonly adequate: readonly ArrayLike<number>[] | null;
  readonly desired: readonly ArrayLike<number>[] | null;
  /** Normalised importance weights per dimension, or null; NaN for respondents without a usable allocation. */
  readonly importance: readonly Float64Array[] | null;
  /** Segment index of each respondent (−1: none), or null when nobody has one. */
  readonly segmentOf: Int32Array | null;
  readonly segmentKeys: readonly string[];
  readonly issues: readonly Issue[];
}

const RESPONSE_KEYS = new Set(["id", "segment", "expectations", "perceptions", "adequate", "desired", "importance"]);
type Column = "expectations" | "perceptions" | "adequate" | "desired";

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

interface ReadContext {
  readonly compiled: CompiledInstrument;
  readonly issues: Issue[];
}

export function readResponses(compiled: CompiledInstrument, responses: readonly unknown[], segmentBy: string | undefined): ResponseData {
  const rows = responses.length;
  const K = compiled.itemIds.length;
  const D = compiled.dimensionIds.length;
  const columns = (): Float64Array[] => Array.from({ length: K }, () => new Float64Array(rows).fill(Number.NaN));
  const e = columns();
  const p = columns();
  let adequate: Float64Array[] | null = null;
  let desired: Float64Array[] | null = null;
  let importance: Float64Array[] | null = null;
  const segments: (string | undefined)[] = new Array<string | undefined>(rows);
  const issues: Issue[] = [];
  const context: ReadContext = { compiled, issues };

  for (let r = 0; r < rows; r++) {
    const response = responses[r];
    if (!isRecord(response)) {
      issues.push(createIssue(servqualMessages, "invalid_response", ["responses", r], { respondent: r, received: formatValue(response) }));
      continue;
    }
    for (const key in response) {
      if (!RESPONSE_KEYS.has(key)) issues.push(createIssue(coreMessages, "unknown_key", ["responses", r, key], { key }));
    }
    // Named reads, one call per column: the happy path allocates nothing per respondent.
    readColumn(context, response, r, "expectations", response.expectations, e);
    readColumn(context, response, r, "perceptions", response.perceptions, p);
    if (response.adequate !== undefined && response.adequate !== null)
      readColumn(context, response, r, "adequate", response.adequate, (adequate ??= columns()));
    if (response.desired !== undefined && response.desired !== null) readColumn(context, response, r, "desired", response.desired, (desired ??= columns()));
    if (response.importance !== undefined && response.importance !== null) {
      importance ??= Array.from({ length: D }, () => new Float64Array(rows).fill(Number.NaN));
      readImportance(response.importance, importance, r, compiled.dimensionIndex, response, issues);
    }
    segments[r] = readSegment(response.segment, segmentBy, response, r, issues);
  }
  return { rows, e, p, adequate, desired, importance, ...segmentIndex(segments), issues };
}

/** Segment keys as indexes into the sorted list of keys (code-unit order: the same on every host). */
export function segmentIndex(segments: readonly (string | null | undefined)[]): { segmentOf: Int32Array | null; segmentKeys: readonly string[] } {
  const index = new Map<string, number>();
  for (const key of segments) if (typeof key === "string" && !index.has(key)) index.set(key, 0);
  if (index.size === 0) return { segmentOf: null, segmentKeys: [] };
  const segmentKeys = [...index.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  segmentKeys.forEach((key, i) => index.set(key, i));
  const segmentOf = new Int32Array(segments.length);
  segments.forEach((key, r) => {
    segmentOf[r] = typeof key === "string" ? (index.get(key) as number) : -1;
  });
  return { segmentOf, segmentKeys };
}

function readColumn(
  context: ReadContext,
  response: Record<string, unknown>,
  r: number,
  column: Column,
  answers: unknown,
  target: readonly Float64Array[],
): void {
  if (answers === undefined || answers === null) return;
  const { compiled, issues } = context;
  if (!isRecord(answers)) {
    issues.push(createIssue(servqualMessages, "invalid_response", ["responses", r, column], { ...whoOf(response, r), received: formatValue(answers) }));
    return;
  }
  const { itemIds, min, max, integer } = compiled;
  const K = itemIds.length;
  // Read the instrument's items by name (fast loads on same-shaped objects); walk the keys for
  // unknown items only when there are more keys than answers found.
  let found = 0;
  for (let k = 0; k < K; k++) {
    const value = answers[itemIds[k] as string];
    if (value === undefined) continue;
    found += 1;
    if (value === null) continue;
    if (typeof value === "number" && value >= min && value <= max && (!integer || Number.isInteger(value))) {
      (target[k] as Float64Array)[r] = value;
      continue;
    }
    const item = itemIds[k] as string;
    // Inherited names ("constructor", "toString") are not answers.
    if (!Object.hasOwn(answers, item)) {
      found -= 1;
      continue;
    }
    const problem = answerProblem(value, min, max, integer) as IssueCode;
    issues.push(createIssue(servqualMessages, problem, ["responses", r, column, item], { ...whoOf(response, r), item, column, received: value, min, max }));
  }
  let keys = 0;
  for (const _key in answers) keys += 1;
  if (keys > found) {
    for (const item in answers) {
      if (!compiled.itemIndex.has(item)) {
        issues.push(createIssue(servqualMessages, "unknown_item", ["responses", r, column, item], { ...whoOf(response, r), item, column }));
      }
    }
  }
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
  out: readonly Float64Array[],
  r: number,
  dimensionIndex: ReadonlyMap<string, number>,
  response: Record<string, unknown>,
  issues: Issue[],
): void {
  if (!isRecord(raw)) {
    issues.push(
      createIssue(servqualMessages, "invalid_importance", ["responses", r, "importance"], {
        ...whoOf(response, r),
        dimension: "(all)",
        received: formatValue(raw),
      }),
    );
    return;
  }
  let total = 0;
  let usable = true;
  for (const dimension in raw) {
    const d = dimensionIndex.get(dimension);
    const value = raw[dimension];
    if (d === undefined) {
      issues.push(createIssue(servqualMessages, "unknown_dimension", ["responses", r, "importance", dimension], { ...whoOf(response, r), dimension }));
      usable = false;
    } else if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
      issues.push(
        createIssue(servqualMessages, "invalid_importance", ["responses", r, "importance", dimension], { ...whoOf(response, r), dimension, received: value }),
      );
      usable = false;
    } else total += value;
  }
  if (!usable) return;
  if (total === 0) {
    issues.push(createIssue(servqualMessages, "importance_all_zero", ["responses", r, "importance"], { ...whoOf(response, r) }));
    return;
  }
  // Dimensions left out of the allocation got no points.
  for (let d = 0; d < dimensionIndex.size; d++) (out[d] as Float64Array)[r] = 0;
  for (const dimension in raw) (out[dimensionIndex.get(dimension) as number] as Float64Array)[r] = (raw[dimension] as number) / total;
}

function readSegment(raw: unknown, segmentBy: string | undefined, response: Record<string, unknown>, r: number, issues: Issue[]): string | undefined {
  if (raw === undefined || raw === null) return undefined;
  const path = ["responses", r, "segment"];
  if (typeof raw === "string" || typeof raw === "number") {
    if (segmentBy === undefined) return String(raw);
  } else if (isRecord(raw) && segmentBy !== undefined) {
    if (!Object.hasOwn(raw, segmentBy)) return undefined;
    const value = raw[segmentBy];
    if (typeof value === "string" || typeof value === "number") return String(value);
  }
  issues.push(createIssue(servqualMessages, "invalid_segment", path, { ...whoOf(response, r), received: formatValue(raw) }));
  return undefined;
}
