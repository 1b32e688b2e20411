import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defineInstrument, scoreServqual, type ServqualColumns, type ServqualReport, type ServqualResponse } from "../../src/servqual/index.js";
import { surveyArb } from "../arbitraries/servqual.js";

const RUNS = { numRuns: process.env.PLEDGEKIT_DEEP ? 2_000 : 100 };

function toColumns(items: readonly string[], dimensions: readonly string[], responses: readonly ServqualResponse[]): ServqualColumns {
  const column = (side: "expectations" | "perceptions", id: string) => Float64Array.from(responses, (r) => r[side][id] ?? Number.NaN);
  return {
    rows: responses.length,
    expectations: Object.fromEntries(items.map((id) => [id, column("expectations", id)])),
    perceptions: Object.fromEntries(items.map((id) => [id, column("perceptions", id)])),
    importance: Object.fromEntries(dimensions.map((id) => [id, Float64Array.from(responses, (r) => r.importance?.[id] ?? Number.NaN)])),
    segments: responses.map((r) => (typeof r.segment === "string" ? r.segment : null)),
  };
}

function closeTo(a: unknown, b: unknown): void {
  if (typeof a === "number" && typeof b === "number") expect(a).toBeCloseTo(b, 9);
  else if (typeof a === "object" && a !== null && typeof b === "object" && b !== null) {
    expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
    for (const key of Object.keys(a)) closeTo((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]);
  } else expect(a).toEqual(b);
}

const scores = ({ segments: _s, issues: _i, ...rest }: ServqualReport) => rest;

describe("columnar input and one-pass segments", () => {
  it("is one survey in two forms: scoring the columns gives exactly the report of the response objects", () => {
    fc.assert(
      fc.property(surveyArb, ({ input, responses }) => {
        const instrument = defineInstrument(input);
        const columns = toColumns(
          instrument.items.map((item) => item.id),
          instrument.dimensions.map((d) => d.id),
          responses,
        );
        expect(scoreServqual(instrument, columns)).toEqual(scoreServqual(instrument, responses));
      }),
      RUNS,
    );
  });

  it("scores a segment as its respondents alone: each segment's report equals scoring only them", () => {
    fc.assert(
      fc.property(surveyArb, ({ input, responses }) => {
        const instrument = defineInstrument(input);
        const report = scoreServqual(instrument, responses);
        for (const segment of report.segments) {
          expect(segment.report).toEqual(
            scores(
              scoreServqual(
                instrument,
                responses.filter((r) => r.segment === segment.key),
              ),
            ),
          );
        }
      }),
      RUNS,
    );
  });

  it("merges segments losslessly: the whole sample equals scoring it with no segments (to 1e-9)", () => {
    fc.assert(
      fc.property(surveyArb, ({ input, responses }) => {
        const instrument = defineInstrument(input);
        const unsegmented = responses.map(({ segment: _segment, ...r }) => r);
        closeTo(scores(scoreServqual(instrument, responses)), scores(scoreServqual(instrument, unsegmented)));
      }),
      RUNS,
    );
  });
});
