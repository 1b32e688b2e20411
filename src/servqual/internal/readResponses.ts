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
type Column = "expectations" | "perceptions" | "adequate" | "desired";

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

interface ReadContext {
  readonly compiled: CompiledInstrument;
  readonly flip: number;
  readonly issues: Issue[];
}

export function readResponses(compiled: CompiledInstrument, responses: readonly unknown[], segmentBy: string | undefined): ResponseMatrix {
  const rows = responses.length;
  const K = compiled.itemIds.length;
  const D = compiled.dimensionIds.length;
  const e = new Float64Array(rows * K).fill(Number.NaN);
  const p = new Float64Array(rows * K).fill(Number.NaN);
  let adequate: Float64Array | null = null;
  let desired: Float64Array | null = null;
  const importance = new Float64Array(rows * D).fill(Number.NaN);
  const segments: (string | undefined)[] = new Array<string | undefined>(rows);
  const issues: Issue[] = [];
  const context: ReadContext = { compiled, flip: compiled.min + compiled.max, issues };

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
    if (response.adequate !== undefined && response.adequate !== null) {
      readColumn(context, response, r, "adequate", response.adequate, (adequate ??= new Float64Array(rows * K).fill(Number.NaN)));
    }
    if (response.desired !== undefined && response.desired !== null) {
      readColumn(context, response, r, "desired", response.desired, (desired ??= new Float64Array(rows * K).fill(Number.NaN)));
    }
    if (response.importance !== undefined && response.importance !== null) {
      readImportance(response.importance, importance, r * D, compiled.dimensionIndex, response, r, issues);
    }
    segments[r] = readSegment(response.segment, segmentBy, response, r, issues);
  }
  return { rows, e, p, adequate, desired, importance, segments, issues };
}

function readColumn(
  context: ReadContext,
  response: Record<string, unknown>,
  r: number,
  column: Column,
  answers: unknown,
  target: Float64Array,
): void {
  if (answers === undefined || answers === null) return;
  const { compiled, flip, issues } = context;
  if (!isRecord(answers)) {
    issues.push(createIssue(servqualMessages, "invalid_response", ["responses", r, column], { ...whoOf(response, r), received: formatValue(answers) }));
    return;
  }
  const { itemIds, min, max, integer, reversed } = compiled;
  const K = itemIds.length;
  const base = r * K;
  // Read the instrument's items by name (fast loads on same-shaped objects); walk the keys for
  // unknown items only when there are more keys than answers found.
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
    const item = itemIds[k] as string;
    // Inherited names ("constructor", "toString") are not answers.
    if (!Object.prototype.hasOwnProperty.call(answers, item)) {
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
  out: Float64Array,
  base: number,
  dimensionIndex: ReadonlyMap<string, number>,
  response: Record<string, unknown>,
  r: number,
  issues: Issue[],
): void {
  if (!isRecord(raw)) {
    issues.push(createIssue(servqualMessages, "invalid_importance", ["responses", r, "importance"], { ...whoOf(response, r), dimension: "(all)", received: formatValue(raw) }));
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
      issues.push(createIssue(servqualMessages, "invalid_importance", ["responses", r, "importance", dimension], { ...whoOf(response, r), dimension, received: value }));
      usable = false;
    } else total += value;
  }
  if (!usable) return;
  if (total === 0) {
    issues.push(createIssue(servqualMessages, "importance_all_zero", ["responses", r, "importance"], { ...whoOf(response, r) }));
    return;
  }
  // Dimensions left out of the allocation got no points.
  for (let d = 0; d < dimensionIndex.size; d++) out[base + d] = 0;
  for (const dimension in raw) out[base + (dimensionIndex.get(dimension) as number)] = (raw[dimension] as number) / total;
}

function readSegment(
  raw: unknown,
  segmentBy: string | undefined,
  response: Record<string, unknown>,
  r: number,
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
  issues.push(createIssue(servqualMessages, "invalid_segment", path, { ...whoOf(response, r), received: formatValue(raw) }));
  return undefined;
}
