// The example's CSV reader and the bundled sample survey the example, the demo and the docs use.
import { describe, expect, it } from "vitest";
import { scoreServqual, servqualInstrument } from "../../src/servqual/index.js";
import { parseCsv, readServqualCsv } from "../../examples/lib/servqualCsv.js";

describe("examples/lib/servqualCsv", () => {
  it("parses quoted cells with commas, doubled quotes and newlines, CRLF, and skips # comments", () => {
    const text = '# a comment\r\nid,note\r\n1,"a, b"\r\n2,"say ""hi"""\n3,"two\nlines"\n';
    expect(parseCsv(text)).toEqual([
      ["id", "note"],
      ["1", "a, b"],
      ["2", 'say "hi"'],
      ["3", "two\nlines"],
    ]);
  });

  it("reads the bundled survey: 60 respondents in 3 channels, blanks as missing answers", () => {
    const responses = readServqualCsv(new URL("../../examples/data/servqual-survey.csv", import.meta.url));
    expect(responses).toHaveLength(60);
    expect(new Set(responses.map((r) => r.segment))).toEqual(new Set(["web", "phone", "store"]));
    expect(responses.some((r) => Object.values(r.expectations).includes(null))).toBe(true);
    const report = scoreServqual(servqualInstrument(), responses);
    expect(report.issues).toEqual([]);
    expect(report.segments.map((s) => s.key)).toEqual(["phone", "store", "web"]);
    for (const d of report.dimensions) expect(d.alphaP).toBeGreaterThan(0.7);
  });
});
