import { coreMessages, createIssue, formatValue, PledgeError, type Issue } from "../core/index.js";
import { compiledOf } from "./internal/compile.js";
import { parseOptions } from "./internal/options.js";
import { eachCell } from "./internal/table.js";
import { servqualMessages } from "./messages.js";
import { ServqualTableOptionsSchema, type ServqualTableOptions } from "./schemas.js";
import type { Instrument, ServqualColumns, ServqualTable } from "./types.js";

type Field = "expectations" | "perceptions" | "adequate" | "desired" | "importance";
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * Reads a wide survey export — one row per respondent, columns such as `E01 … E22, P01 … P22` —
 * into columns for `scoreServqual`. Columns are matched by pattern: `{n}` stands for the item's
 * position in the instrument (any zero padding: `E1`, `E01`), `{id}` for an item id (`E_q7`).
 * Cells are text numbers (`"6"`, `" 5.0 "`); a blank cell is a missing answer; Windows line endings,
 * a byte-order mark and quoted fields are handled; columns that match no pattern are ignored. Every
 * bad cell is named by row (1 = the header row, as a spreadsheet counts) and column, and all of them
 * are thrown together (`invalid_response`; the message shows the first few, `issues` holds them all).
 *
 * @example
 * const instrument = servqualInstrument();
 * const csv = "id,E01,P01,E02,P02\r\nr1,7,5,6,\r\nr2,6,6,,4\r\n";
 * const columns = readServqualTable(instrument, csv, { id: "id" });
 * scoreServqual(instrument, columns).items[0]?.gap; // -1
 */
export function readServqualTable(instrument: Instrument, table: ServqualTable, options: ServqualTableOptions = {}): ServqualColumns {
  const compiled = compiledOf(instrument);
  if (typeof table !== "string" && !Array.isArray(table)) {
    throw new PledgeError("invalid_argument", [
      createIssue(coreMessages, "invalid_type", ["table"], { expected: "CSV text, an array of rows or an array of records", received: table }),
    ]);
  }
  const parsed = parseOptions(ServqualTableOptionsSchema, options);
  const patterns: [Field, RegExp, boolean][] = [];
  const addPattern = (field: Field, pattern: string | undefined): void => {
    if (pattern === undefined) return;
    const byPosition = pattern.includes("{n}");
    const source = pattern
      .split(/(\{n\}|\{id\})/)
      .map((part) => (part === "{n}" ? "(\\d+)" : part === "{id}" ? "(.+)" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
      .join("");
    patterns.push([field, new RegExp(`^${source}$`, "i"), byPosition]);
  };
  addPattern("expectations", parsed.expectations ?? "E{n}");
  addPattern("perceptions", parsed.perceptions ?? "P{n}");
  addPattern("adequate", parsed.adequate);
  addPattern("desired", parsed.desired);
  addPattern("importance", parsed.importance);

  const { min, max, integer, itemIds, itemIndex, dimensionIds, dimensionIndex } = compiled;
  const issues: Issue[] = [];
  let rows = 0;
  // Per table column: where its cells go.
  let targets: ({ field: Field; item: string } | { field: "id" | "segment" } | null)[] = [];
  let headers: string[] = [];
  const columns: Record<Field, Record<string, Float64Array>> = { expectations: {}, perceptions: {}, adequate: {}, desired: {}, importance: {} };
  const ids: string[] = [];
  const segments: (string | null)[] = [];
  let capacity = 0;

  eachCell(table, {
    header(names) {
      headers = names;
      const seen = new Map<string, string>();
      targets = names.map((name) => {
        if (parsed.id !== undefined && name === parsed.id) return { field: "id" };
        if (parsed.segment !== undefined && name === parsed.segment) return { field: "segment" };
        for (const [field, pattern, byPosition] of patterns) {
          const m = pattern.exec(name);
          if (m === null) continue;
          // Importance columns name dimensions; the others name items.
          const ids = field === "importance" ? dimensionIds : itemIds;
          const known = field === "importance" ? dimensionIndex : itemIndex;
          const item = byPosition ? ids[Number(m[1]) - 1] : (m[1] as string);
          if (item === undefined || !known.has(item)) {
            issues.push(
              createIssue(servqualMessages, "invalid_column", ["table", 0, name], {
                column: name,
                problem: `names no ${field === "importance" ? "dimension" : "item"} of the instrument`,
                problemZh: `未对应问卷中的任何${field === "importance" ? "维度" : "题项"}`,
              }),
            );
            return null;
          }
          const key = `${field}\u0000${item}`;
          const first = seen.get(key);
          if (first !== undefined) {
            issues.push(
              createIssue(servqualMessages, "invalid_column", ["table", 0, name], {
                column: name,
                problem: `is the same item as column ${formatValue(first)}`,
                problemZh: `与 ${formatValue(first)} 列是同一题项`,
              }),
            );
            return null;
          }
          seen.set(key, name);
          return { field, item };
        }
        return null;
      });
    },
    size(count) {
      capacity = count;
      targets.forEach((target) => {
        if (target !== null && "item" in target) columns[target.field][target.item] = new Float64Array(count).fill(Number.NaN);
      });
    },
    cell(r, c, raw) {
      const target = targets[c];
      if (target === undefined || target === null) return;
      const text = raw.trim();
      if (target.field === "id") {
        ids[r] = text;
        return;
      }
      if (!("item" in target)) {
        segments[r] = text === "" ? null : text;
        return;
      }
      const { field, item } = target;
      if (text === "") return;
      const column = headers[c] as string;
      const row = r + 2;
      if (!NUMBER.test(text)) {
        issues.push(createIssue(servqualMessages, "bad_cell", ["table", r + 1, column], { row, column, received: raw }));
        return;
      }
      const value = Number(text);
      if (field === "importance") {
        // Points are checked by scoreServqual (non-negative, not all zero), which names the respondent.
        (columns.importance[item] as Float64Array)[r] = value;
        return;
      }
      if (value < min || value > max || (integer && !Number.isInteger(value))) {
        issues.push(createIssue(servqualMessages, "cell_off_scale", ["table", r + 1, column], { row, column, received: value, min, max, integer }));
        return;
      }
      (columns[field][item] as Float64Array)[r] = value;
    },
    row(r, cells) {
      rows = r + 1;
      if (cells !== headers.length) {
        issues.push(createIssue(servqualMessages, "row_length", ["table", r + 1], { row: r + 2, received: cells, expected: headers.length }));
      }
    },
  });
  if (issues.length > 0) throw new PledgeError("invalid_response", issues);
  // The row count was estimated before parsing (quoted line breaks): trim to the rows read.
  const trim = (record: Record<string, Float64Array>): Record<string, Float64Array> =>
    Object.fromEntries(Object.entries(record).map(([item, column]) => [item, rows === capacity ? column : column.slice(0, rows)]));
  const hasAny = (record: Record<string, Float64Array>): boolean => Object.keys(record).length > 0;
  return {
    rows,
    expectations: trim(columns.expectations),
    perceptions: trim(columns.perceptions),
    ...(hasAny(columns.adequate) ? { adequate: trim(columns.adequate) } : {}),
    ...(hasAny(columns.desired) ? { desired: trim(columns.desired) } : {}),
    ...(hasAny(columns.importance) ? { importance: trim(columns.importance) } : {}),
    ...(parsed.segment === undefined ? {} : { segments: Array.from({ length: rows }, (_, r) => segments[r] ?? null) }),
    ...(parsed.id === undefined ? {} : { ids: Array.from({ length: rows }, (_, r) => ids[r] ?? String(r + 2)) }),
  };
}
