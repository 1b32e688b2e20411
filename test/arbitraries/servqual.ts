// fast-check arbitraries for SERVQUAL surveys: instruments with small random structure and
// responses on their scale, with missing answers.
import fc from "fast-check";
import type { InstrumentInput, ServqualResponse } from "../../src/servqual/index.js";

export interface SurveyCase {
  readonly input: InstrumentInput;
  readonly responses: ServqualResponse[];
}

/** A custom instrument: 1–4 dimensions of 1–4 items, a 3–9 point scale starting at 0 or 1, some items reversed. */
export const instrumentInputArb: fc.Arbitrary<InstrumentInput> = fc
  .record({
    sizes: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 4 }),
    min: fc.constantFrom(0, 1),
    points: fc.integer({ min: 3, max: 9 }),
    reversedMask: fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }),
  })
  .map(({ sizes, min, points, reversedMask }) => {
    const dimensions = sizes.map((size, d) => ({ id: `d${d}`, items: Array.from({ length: size }, (_, i) => `d${d}i${i}`) }));
    const items = dimensions.flatMap((d) => d.items);
    return {
      scale: { min, max: min + points - 1 },
      dimensions,
      reversed: items.filter((_, i) => reversedMask[i] === true),
    };
  });

function answersArb(items: readonly string[], min: number, max: number): fc.Arbitrary<Record<string, number | null>> {
  return fc
    .tuple(...items.map(() => fc.option(fc.integer({ min, max }), { freq: 6, nil: null })))
    .map((values) => Object.fromEntries(items.map((item, i) => [item, values[i] ?? null])));
}

/** A survey of 1–25 respondents on a random instrument, with missing answers and optional importance. */
export const surveyArb: fc.Arbitrary<SurveyCase> = instrumentInputArb.chain((input) => {
  const items = input.dimensions.flatMap((d) => d.items);
  const dimensionIds = input.dimensions.map((d) => d.id);
  const { min, max } = input.scale;
  const response: fc.Arbitrary<ServqualResponse> = fc
    .record({
      expectations: answersArb(items, min, max),
      perceptions: answersArb(items, min, max),
      importance: fc.option(
        fc.tuple(...dimensionIds.map(() => fc.integer({ min: 0, max: 100 }))).filter((points) => points.some((p) => p > 0)),
        { nil: undefined },
      ),
      segment: fc.constantFrom("north", "south", undefined),
    })
    .map(({ expectations, perceptions, importance, segment }) => ({
      expectations,
      perceptions,
      ...(importance === undefined ? {} : { importance: Object.fromEntries(dimensionIds.map((id, d) => [id, importance[d] as number])) }),
      ...(segment === undefined ? {} : { segment }),
    }));
  return fc.array(response, { minLength: 1, maxLength: 25 }).map((responses) => ({ input, responses }));
});
