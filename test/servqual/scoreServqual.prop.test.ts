import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defineInstrument, reverseScore, scoreServqual, type ServqualReport } from "../../src/servqual/index.js";
import { requiredItems } from "../../src/servqual/internal/aggregate.js";
import { surveyArb } from "../arbitraries/servqual.js";

const RUNS = { numRuns: 150 };

/** Every gap figure of a report (items, dimensions, CIs excluded), for range checks. */
function gapFigures(report: ServqualReport): number[] {
  return [
    ...report.items.map((i) => i.gap),
    ...report.dimensions.map((d) => d.gap),
    report.overall.unweighted,
    report.overall.itemMean,
    report.overall.weighted,
  ].filter((x): x is number => x !== null);
}

function expectClose(a: unknown, b: unknown): void {
  if (typeof a === "number" && typeof b === "number") {
    expect(a).toBeCloseTo(b, 9);
  } else if (Array.isArray(a) && Array.isArray(b)) {
    expect(a.length).toBe(b.length);
    a.forEach((x, i) => expectClose(x, b[i]));
  } else if (typeof a === "object" && a !== null && typeof b === "object" && b !== null) {
    expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
    for (const key of Object.keys(a)) expectClose((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]);
  } else expect(a).toEqual(b);
}

describe("scoreServqual properties", () => {
  it("bounds gaps: every gap lies in [−(max − min), max − min]", () => {
    fc.assert(
      fc.property(surveyArb, ({ input, responses }) => {
        const span = input.scale.max - input.scale.min;
        for (const gap of gapFigures(scoreServqual(defineInstrument(input), responses))) {
          expect(gap).toBeGreaterThanOrEqual(-span - 1e-12);
          expect(gap).toBeLessThanOrEqual(span + 1e-12);
        }
      }),
      RUNS,
    );
  });

  it("is zero when P = E: perceptions equal to expectations give all-zero gaps", () => {
    fc.assert(
      fc.property(surveyArb, ({ input, responses }) => {
        const same = responses.map((r) => ({ ...r, perceptions: r.expectations }));
        const report = scoreServqual(defineInstrument(input), same);
        for (const gap of gapFigures(report)) expect(gap).toBeCloseTo(0, 12);
        for (const item of report.items) if (item.sd !== null) expect(item.sd).toBe(0);
      }),
      RUNS,
    );
  });

  it("is invariant under respondent order: shuffled responses give the same report", () => {
    fc.assert(
      fc.property(
        surveyArb.chain((survey) => fc.shuffledSubarray(survey.responses, { minLength: survey.responses.length }).map((shuffled) => ({ ...survey, shuffled }))),
        ({ input, responses, shuffled }) => {
          const instrument = defineInstrument(input);
          // Sums in another order may differ in the last bits: compare to 1e-9.
          expectClose(scoreServqual(instrument, shuffled), scoreServqual(instrument, responses));
        },
      ),
      RUNS,
    );
  });

  it("bounds the weighted score per respondent: it lies between that respondent's smallest and largest dimension score", () => {
    fc.assert(
      fc.property(surveyArb, ({ input, responses }) => {
        const instrument = defineInstrument(input);
        for (const response of responses) {
          const report = scoreServqual(instrument, [response]);
          if (report.overall.weighted === null) continue;
          const scores = report.dimensions.map((d) => d.gap).filter((g): g is number => g !== null);
          expect(report.overall.weighted).toBeGreaterThanOrEqual(Math.min(...scores) - 1e-12);
          expect(report.overall.weighted).toBeLessThanOrEqual(Math.max(...scores) + 1e-12);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("is an involution: reverse-scoring twice gives the answer back", () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 5 }), fc.integer({ min: 1, max: 10 }), fc.integer({ min: 0, max: 10 }), (min, points, at) => {
        const scale = { min, max: min + points };
        const answer = min + Math.min(at, points);
        expect(reverseScore(scale, reverseScore(scale, answer))).toBe(answer);
        // … and maps the scale onto itself, ends swapped.
        expect(reverseScore(scale, scale.min)).toBe(scale.max);
      }),
      RUNS,
    );
  });

  it("is consistent: each gap equals perception − expectation, and ci95 contains the gap", () => {
    fc.assert(
      fc.property(surveyArb, ({ input, responses }) => {
        const report = scoreServqual(defineInstrument(input), responses);
        for (const x of [...report.items, ...report.dimensions]) {
          if (x.gap === null) continue;
          expect(x.gap).toBeCloseTo(x.perception! - x.expectation!, 12);
          if (x.ci95 !== null) {
            expect(x.ci95.lower).toBeLessThanOrEqual(x.gap + 1e-12);
            expect(x.ci95.upper).toBeGreaterThanOrEqual(x.gap - 1e-12);
          }
        }
      }),
      RUNS,
    );
  });

  it("partitions by segment: segment respondent counts add up to the segmented respondents", () => {
    fc.assert(
      fc.property(surveyArb, ({ input, responses }) => {
        const report = scoreServqual(defineInstrument(input), responses);
        const segmented = responses.filter((r) => r.segment !== undefined).length;
        expect(report.segments.reduce((sum, s) => sum + s.report.respondents, 0)).toBe(segmented);
      }),
      RUNS,
    );
  });

  it("requires ⌈share · k⌉ items (at least one) for a dimension score", () => {
    expect(requiredItems(0.5, 4)).toBe(2);
    expect(requiredItems(0.5, 5)).toBe(3);
    expect(requiredItems(0, 5)).toBe(1);
    expect(requiredItems(1, 5)).toBe(5);
    expect(requiredItems(0.6, 5)).toBe(3);
  });
});
