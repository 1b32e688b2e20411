import { describe, expect, it } from "vitest";
import { isPledgeError } from "../../src/core/index.js";
import { readServqualTable, scoreServqual, servqualInstrument } from "../../src/servqual/index.js";

const instrument = servqualInstrument();
const header = [
  "id",
  "channel",
  ...Array.from({ length: 22 }, (_, i) => `E${String(i + 1).padStart(2, "0")}`),
  ...Array.from({ length: 22 }, (_, i) => `P${String(i + 1).padStart(2, "0")}`),
];

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

describe("readServqualTable: wide survey exports", () => {
  it("maps E01…E22, P01…P22 by position, text numbers and blanks, Windows line endings and a BOM", () => {
    const row1 = ["r1", "web", ...Array(22).fill("7"), ...Array(22).fill(" 5 ")];
    const row2 = ["r2", "phone", "", ...Array(21).fill("6"), "4", ...Array(21).fill("6")];
    const csv = `\uFEFF${[header, row1, row2].map((cells) => cells.join(",")).join("\r\n")}\r\n`;
    const columns = readServqualTable(instrument, csv, { id: "id", segment: "channel" });
    expect(columns.rows).toBe(2);
    expect(Array.from(columns.expectations.q1 as Float64Array)).toEqual([7, Number.NaN]);
    expect(Array.from(columns.perceptions.q1 as Float64Array)).toEqual([5, 4]);
    expect(columns.ids).toEqual(["r1", "r2"]);
    expect(columns.segments).toEqual(["web", "phone"]);
    const report = scoreServqual(instrument, columns);
    expect(report.itemsById.q1).toMatchObject({ n: 1, gap: -2 });
    expect(report.itemsById.q2).toMatchObject({ n: 2, gap: -1 });
    expect(report.segments.map((segment) => segment.key)).toEqual(["phone", "web"]);
  });

  it("gives the same report as the equivalent response objects", () => {
    const table = [
      header,
      ["a", "x", ...Array.from({ length: 44 }, (_, i) => String(1 + (i % 7)))],
      ["b", "y", ...Array.from({ length: 44 }, (_, i) => String(7 - (i % 5)))],
    ];
    const objects = table.slice(1).map((row) => ({
      segment: row[1] as string,
      expectations: Object.fromEntries(instrument.items.map((item, k) => [item.id, Number(row[2 + k])])),
      perceptions: Object.fromEntries(instrument.items.map((item, k) => [item.id, Number(row[24 + k])])),
    }));
    expect(scoreServqual(instrument, readServqualTable(instrument, table, { segment: "channel" }))).toEqual(scoreServqual(instrument, objects));
  });

  it("reads quoted cells, item ids in patterns and one object per row", () => {
    const csv = 'who,"E_q1","P_q1"\n"Smith, J.","6","5"\n';
    const columns = readServqualTable(instrument, csv, { expectations: "E_{id}", perceptions: "P_{id}", id: "who" });
    expect(columns.ids).toEqual(["Smith, J."]);
    expect(Array.from(columns.perceptions.q1 as Float64Array)).toEqual([5]);
    const fromObjects = readServqualTable(instrument, [
      { E1: 6, P1: "5" },
      { E1: null, P1: "" },
    ]);
    expect(Array.from(fromObjects.expectations.q1 as Float64Array)).toEqual([6, Number.NaN]);
  });

  it("names the row and column of every bad cell (row 1 is the header, as in a spreadsheet)", () => {
    const csv = ["E01,P01,E02", "7,x,5", "9,6,5.5", "1,2"].join("\r\n");
    const error = thrown(() => readServqualTable(instrument, csv));
    expect(isPledgeError(error)).toBe(true);
    if (!isPledgeError(error)) return;
    expect(error.code).toBe("invalid_response");
    expect(error.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["bad_cell", ["table", 1, "P01"]],
      ["cell_off_scale", ["table", 2, "E01"]],
      ["cell_off_scale", ["table", 2, "E02"]],
      ["row_length", ["table", 3]],
    ]);
    expect(error.issues[0]?.message).toBe('row 2, column "P01": "x" is not a number');
  });

  it("refuses columns naming no item and two columns for one item", () => {
    const error = thrown(() => readServqualTable(instrument, "E23,E1,E01\n1,2,3"));
    expect(isPledgeError(error) && error.issues.map((issue) => issue.path)).toEqual([
      ["table", 0, "E23"],
      ["table", 0, "E01"],
    ]);
    expect(isPledgeError(thrown(() => readServqualTable(instrument, "", { expectations: "E" })))).toBe(true);
  });
});

describe("readServqualTable on the bundled example survey", () => {
  it("gives the same report as the response objects read by the example's own CSV reader", async () => {
    const { readFileSync } = await import("node:fs");
    const { readServqualCsv } = await import("../../examples/lib/servqualCsv.js");
    const url = new URL("../../examples/data/servqual-survey.csv", import.meta.url);
    const csv = readFileSync(url, "utf8")
      .split(/\r?\n/)
      .filter((line) => !line.startsWith("#"))
      .join("\r\n");
    const columns = readServqualTable(instrument, csv, { importance: "imp_{id}", id: "id", segment: "channel" });
    const fromColumns = scoreServqual(instrument, columns, { mode: "lenient" });
    const fromObjects = scoreServqual(instrument, readServqualCsv(url), { mode: "lenient" });
    expect(fromColumns.overall).toEqual(fromObjects.overall);
    expect(fromColumns.dimensions).toEqual(fromObjects.dimensions);
    expect(fromColumns.segments.map((s) => s.report.overall)).toEqual(fromObjects.segments.map((s) => s.report.overall));
  });
});
