// Walks a wide table cell by cell — CSV text, arrays of cells with a header row, or objects keyed by
// column name — without building rows, so a large export goes straight into columns.

import type { ServqualTable } from "../types.js";

export interface CellHandlers {
  header(names: string[]): void;
  /** An upper bound on the number of data rows, before any cell. */
  size(rows: number): void;
  /** Data row `r` (0 = the first row after the header), column `c`. */
  cell(r: number, c: number, text: string): void;
  row(r: number, cells: number): void;
}

const text = (value: unknown): string => (value === null || value === undefined ? "" : String(value));

export function eachCell(table: ServqualTable, on: CellHandlers): void {
  if (typeof table === "string") return eachCsvCell(table, on);
  const rows = table as readonly unknown[];
  if (rows.length === 0) {
    on.header([]);
    on.size(0);
    return;
  }
  if (Array.isArray(rows[0])) {
    const names = (rows[0] as readonly unknown[]).map((name) => text(name).trim());
    on.header(names);
    on.size(rows.length - 1);
    for (let r = 1; r < rows.length; r++) {
      const cells = rows[r];
      const list = Array.isArray(cells) ? cells : [];
      list.forEach((cell, c) => on.cell(r - 1, c, text(cell)));
      on.row(r - 1, list.length);
    }
    return;
  }
  const first = rows[0];
  const names = typeof first === "object" && first !== null ? Object.keys(first) : [];
  on.header(names);
  on.size(rows.length);
  rows.forEach((row, r) => {
    const record = typeof row === "object" && row !== null ? (row as Record<string, unknown>) : {};
    names.forEach((name, c) => on.cell(r, c, text(Object.prototype.hasOwnProperty.call(record, name) ? record[name] : undefined)));
    on.row(r, names.length);
  });
}

/** RFC 4180 CSV: `,` separated, `"` quoted with `""` inside, CRLF, LF or CR line ends, a leading BOM. */
function eachCsvCell(source: string, on: CellHandlers): void {
  const csv = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  let lines = 1;
  for (let i = 0; i < csv.length; i++) {
    const code = csv.charCodeAt(i);
    if (code === 10 || (code === 13 && csv.charCodeAt(i + 1) !== 10)) lines += 1;
  }
  let record = -1; // −1: the header
  let header: string[] = [];
  let c = 0;
  let i = 0;
  const end = csv.length;
  const emit = (value: string): void => {
    if (record < 0) header.push(value.trim());
    else on.cell(record, c, value);
    c += 1;
  };
  const endRecord = (): void => {
    if (record < 0) {
      on.header(header);
      on.size(lines);
      header = [];
    } else on.row(record, c);
    record += 1;
    c = 0;
  };
  while (i < end) {
    let value: string;
    if (csv.charCodeAt(i) === 34) {
      // Quoted: up to the closing quote, "" standing for one quote.
      let out = "";
      let from = i + 1;
      for (;;) {
        const quote = csv.indexOf('"', from);
        if (quote < 0) {
          out += csv.slice(from);
          i = end;
          break;
        }
        out += csv.slice(from, quote);
        if (csv.charCodeAt(quote + 1) === 34) {
          out += '"';
          from = quote + 2;
        } else {
          i = quote + 1;
          break;
        }
      }
      // Anything between the closing quote and the separator is kept, as spreadsheets do.
      let stop = i;
      while (stop < end && csv.charCodeAt(stop) !== 44 && csv.charCodeAt(stop) !== 10 && csv.charCodeAt(stop) !== 13) stop += 1;
      value = out + csv.slice(i, stop);
      i = stop;
    } else {
      let stop = i;
      while (stop < end && csv.charCodeAt(stop) !== 44 && csv.charCodeAt(stop) !== 10 && csv.charCodeAt(stop) !== 13) stop += 1;
      value = csv.slice(i, stop);
      i = stop;
    }
    emit(value);
    if (i >= end) {
      endRecord();
      break;
    }
    const code = csv.charCodeAt(i);
    i += 1;
    if (code === 44) {
      if (i >= end) {
        emit("");
        endRecord();
      }
      continue;
    }
    if (code === 13 && csv.charCodeAt(i) === 10) i += 1;
    endRecord();
  }
  if (record < 0) {
    on.header(header);
    on.size(0);
  }
}
