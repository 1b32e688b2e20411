// A tiny CSV reader for the SERVQUAL examples (no dependency): RFC 4180 quoting, "#" comment lines,
// blank cells as missing answers. Columns: id, channel, E1..E22, P1..P22, imp_<dimension>.
import { readFileSync } from "node:fs";
import type { ServqualResponse } from "../../src/servqual/index.js";

/** Splits CSV text into rows of cells; handles quoted cells with commas, quotes ("") and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += c;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === "") && !(r[0] ?? "").startsWith("#"));
}

const DIMENSIONS = ["tangibles", "reliability", "responsiveness", "assurance", "empathy"] as const;

/** Reads the survey CSV into SERVQUAL responses, segmented by channel. */
export function readServqualCsv(path: string | URL): ServqualResponse[] {
  const [header, ...rows] = parseCsv(readFileSync(path, "utf8"));
  if (header === undefined) return [];
  const column = new Map(header.map((name, i) => [name.trim(), i]));
  const cell = (row: readonly string[], name: string): string => (row[column.get(name) ?? -1] ?? "").trim();
  const answer = (text: string): number | null => (text === "" ? null : Number(text));
  return rows.map((row) => {
    const expectations: Record<string, number | null> = {};
    const perceptions: Record<string, number | null> = {};
    for (let q = 1; q <= 22; q++) {
      expectations[`q${q}`] = answer(cell(row, `E${q}`));
      perceptions[`q${q}`] = answer(cell(row, `P${q}`));
    }
    const points = DIMENSIONS.map((d) => cell(row, `imp_${d}`));
    return {
      id: cell(row, "id"),
      segment: cell(row, "channel"),
      expectations,
      perceptions,
      ...(points.every((p) => p !== "") ? { importance: Object.fromEntries(DIMENSIONS.map((d, i) => [d, Number(points[i])])) } : {}),
    };
  });
}
