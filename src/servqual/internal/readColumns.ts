// Columnar input: typed arrays per item, read in place (never copied), validated in one sweep per
// column. Invalid answers are listed; in lenient mode the scoring pass treats them as missing, since
// it counts only answers on the scale.
import { coreMessages, createIssue, formatValue, type Issue } from "../../core/index.js";
import { servqualMessages } from "../messages.js";
import type { ServqualColumns } from "../types.js";
import type { CompiledInstrument } from "./compile.js";
import { segmentIndex, type ResponseData } from "./readResponses.js";

const COLUMN_KEYS = new Set(["rows", "expectations", "perceptions", "adequate", "desired", "importance", "segments", "ids", "missing"]);
type AnswerField = "expectations" | "perceptions" | "adequate" | "desired";

/** Most respondents in one columnar survey. */
const MAX_COLUMN_ROWS = 100_000_000;

export const isColumns = (value: unknown): value is ServqualColumns => typeof value === "object" && value !== null && !Array.isArray(value) && "rows" in value;

const isColumn = (value: unknown): value is ArrayLike<number> =>
  Array.isArray(value) ||
  (ArrayBuffer.isView(value) && !(value instanceof DataView) && !(value instanceof BigInt64Array) && !(value instanceof BigUint64Array));

export function readColumns(compiled: CompiledInstrument, input: ServqualColumns): ResponseData {
  const issues: Issue[] = [];
  const root = ["responses"];
  for (const key of Object.keys(input)) {
    if (!COLUMN_KEYS.has(key)) issues.push(createIssue(coreMessages, "unknown_key", [...root, key], { key }));
  }
  const rows = input.rows;
  if (typeof rows !== "number" || !Number.isInteger(rows) || rows < 0 || rows > MAX_COLUMN_ROWS) {
    issues.push(createIssue(coreMessages, "invalid_type", [...root, "rows"], { expected: `a whole number from 0 to ${MAX_COLUMN_ROWS}`, received: rows }));
    return empty(issues);
  }
  const { min, max, integer, itemIds, itemIndex } = compiled;
  const missing = input.missing ?? Number.NaN;
  if (typeof missing !== "number" || (missing >= min && missing <= max)) {
    issues.push(
      createIssue(servqualMessages, "invalid_column", [...root, "missing"], {
        column: "missing",
        problem: `${formatValue(missing)} must be a number outside the scale ${min}–${max}`,
        problemZh: `${formatValue(missing)} 必须是量表 ${min}–${max} 之外的数值`,
      }),
    );
    return empty(issues);
  }
  const who = (r: number): Record<string, unknown> => (input.ids?.[r] === undefined ? { respondent: r } : { respondent: r, id: input.ids[r] });

  const readField = (field: AnswerField, required: boolean): ArrayLike<number>[] | null => {
    const record = input[field];
    if (record === undefined && !required) return null;
    if (typeof record !== "object" || record === null || Array.isArray(record)) {
      issues.push(createIssue(coreMessages, "invalid_type", [...root, field], { expected: "an object of columns by item id", received: record }));
      return null;
    }
    for (const key of Object.keys(record)) {
      if (!itemIndex.has(key)) issues.push(createIssue(servqualMessages, "unknown_item", [...root, field, key], { item: key }));
    }
    // An item nobody answered reads as an all-missing column.
    const none: ArrayLike<number> = { length: rows };
    return itemIds.map((item) => {
      const column = Object.hasOwn(record, item) ? (record as Record<string, unknown>)[item] : undefined;
      if (column === undefined) return none;
      if (!isColumn(column) || column.length !== rows) {
        issues.push(
          createIssue(servqualMessages, "invalid_column", [...root, field, item], {
            column: item,
            problem: `expected an array or typed array of ${rows} numbers`,
            problemZh: `应为长度 ${rows} 的数值数组或类型化数组`,
          }),
        );
        return none;
      }
      for (let r = 0; r < rows; r++) {
        const value = column[r];
        if (value === missing || (typeof value === "number" && Number.isNaN(value))) continue;
        if (typeof value === "number" && value >= min && value <= max && (!integer || Number.isInteger(value))) continue;
        const code =
          typeof value !== "number" || !Number.isFinite(value)
            ? "answer_not_number"
            : value < min || value > max
              ? "answer_out_of_scale"
              : "answer_not_integer";
        issues.push(createIssue(servqualMessages, code, [...root, field, item, r], { ...who(r), item, column: field, received: value, min, max }));
      }
      return column;
    });
  };

  const e = readField("expectations", true) ?? [];
  const p = readField("perceptions", true) ?? [];
  const adequate = readField("adequate", false);
  const desired = readField("desired", false);
  const importance = readImportanceColumns(compiled, input, rows, missing, issues, who);
  let segments: { segmentOf: Int32Array | null; segmentKeys: readonly string[] } = { segmentOf: null, segmentKeys: [] };
  if (input.segments !== undefined) {
    if (!Array.isArray(input.segments) || input.segments.length !== rows) {
      issues.push(
        createIssue(servqualMessages, "invalid_column", [...root, "segments"], {
          column: "segments",
          problem: `expected an array of ${rows} segment keys`,
          problemZh: `应为长度 ${rows} 的分组数组`,
        }),
      );
    } else {
      input.segments.forEach((key, r) => {
        if (key !== null && key !== undefined && typeof key !== "string") {
          issues.push(createIssue(servqualMessages, "invalid_segment", [...root, "segments", r], { ...who(r), received: formatValue(key) }));
        }
      });
      segments = segmentIndex(input.segments.map((key) => (typeof key === "string" ? key : undefined)));
    }
  }
  if (e.length !== itemIds.length || p.length !== itemIds.length) return empty(issues);
  return { rows, e, p, adequate, desired, importance, ...segments, issues };
}

function empty(issues: Issue[]): ResponseData {
  return { rows: 0, e: [], p: [], adequate: null, desired: null, importance: null, segmentOf: null, segmentKeys: [], issues };
}

function readImportanceColumns(
  compiled: CompiledInstrument,
  input: ServqualColumns,
  rows: number,
  missing: number,
  issues: Issue[],
  who: (r: number) => Record<string, unknown>,
): Float64Array[] | null {
  const record = input.importance;
  if (record === undefined) return null;
  const root = ["responses", "importance"];
  if (typeof record !== "object" || record === null || Array.isArray(record)) {
    issues.push(createIssue(coreMessages, "invalid_type", root, { expected: "an object of columns by dimension id", received: record }));
    return null;
  }
  const { dimensionIds, dimensionIndex } = compiled;
  for (const key of Object.keys(record)) {
    if (!dimensionIndex.has(key)) issues.push(createIssue(servqualMessages, "unknown_dimension", [...root, key], { dimension: key }));
  }
  const columns = dimensionIds.map((id) => {
    const column = Object.hasOwn(record, id) ? (record as Record<string, unknown>)[id] : undefined;
    if (column === undefined) return null;
    if (!isColumn(column) || column.length !== rows) {
      issues.push(
        createIssue(servqualMessages, "invalid_column", [...root, id], {
          column: id,
          problem: `expected an array or typed array of ${rows} numbers`,
          problemZh: `应为长度 ${rows} 的数值数组或类型化数组`,
        }),
      );
      return null;
    }
    return column;
  });
  const D = dimensionIds.length;
  const out = Array.from({ length: D }, () => new Float64Array(rows).fill(Number.NaN));
  for (let r = 0; r < rows; r++) {
    let total = 0;
    let given = 0;
    let usable = true;
    for (let d = 0; d < D; d++) {
      const value = columns[d]?.[r];
      if (value === undefined || value === missing || (typeof value === "number" && Number.isNaN(value))) continue;
      given += 1;
      if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
        issues.push(
          createIssue(servqualMessages, "invalid_importance", [...root, dimensionIds[d] as string, r], {
            ...who(r),
            dimension: dimensionIds[d],
            received: value,
          }),
        );
        usable = false;
      } else total += value;
    }
    if (given === 0 || !usable) continue;
    if (total === 0) {
      issues.push(createIssue(servqualMessages, "importance_all_zero", [...root, r], { ...who(r) }));
      continue;
    }
    for (let d = 0; d < D; d++) {
      const value = columns[d]?.[r];
      (out[d] as Float64Array)[r] = typeof value === "number" && !Number.isNaN(value) && value !== missing ? value / total : 0;
    }
  }
  return out;
}
