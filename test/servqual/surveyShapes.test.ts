// Standalone items, the questionnaire's order, lookups by id, alpha on gaps and columnar input.
import { describe, expect, it } from "vitest";
import { defineInstrument, scoreServqual, type ServqualResponse } from "../../src/servqual/index.js";

const instrument = defineInstrument({
  scale: { min: 1, max: 7 },
  dimensions: [
    { id: "speed", items: ["s1", "s2", "s3"] },
    { id: "care", items: ["c1", "c2"] },
  ],
  standalone: ["price"],
  order: ["price", "c1", "s1", "s2", "c2", "s3"],
  reversed: ["price"],
});

const responses: ServqualResponse[] = [
  { expectations: { s1: 7, s2: 6, s3: 7, c1: 6, c2: 5, price: 2 }, perceptions: { s1: 5, s2: 5, s3: 6, c1: 6, c2: 6, price: 3 } },
  { expectations: { s1: 6, s2: 6, s3: 5, c1: 7, c2: 7, price: 1 }, perceptions: { s1: 6, s2: 4, s3: 5, c1: 5, c2: 6, price: 1 } },
  { expectations: { s1: 5, s2: 7, s3: 6, c1: 4, c2: 6, price: 4 }, perceptions: { s1: 3, s2: 6, s3: 6, c1: 4, c2: 4, price: 6 } },
  { expectations: { s1: 7, s2: 5, s3: 6, c1: 6, c2: 5 }, perceptions: { s1: 7, s2: 3, s3: 2, c1: 6, c2: 6 } },
];

/** Cronbach's alpha written out from its textbook definition (sample variances), independent of src/. */
function cronbach(rows: number[][]): number {
  const variance = (xs: number[]) => {
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    return xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (xs.length - 1);
  };
  const k = rows[0]!.length;
  const items = Array.from({ length: k }, (_, j) => variance(rows.map((row) => row[j]!)));
  const total = variance(rows.map((row) => row.reduce((a, b) => a + b, 0)));
  return (k / (k - 1)) * (1 - items.reduce((a, b) => a + b, 0) / total);
}

describe("instrument shapes", () => {
  const report = scoreServqual(instrument, responses);

  it("keeps the questionnaire's order in instrument.items and report.items", () => {
    expect(instrument.items.map((item) => item.id)).toEqual(["price", "c1", "s1", "s2", "c2", "s3"]);
    expect(report.items.map((item) => item.id)).toEqual(["price", "c1", "s1", "s2", "c2", "s3"]);
  });

  it("scores a standalone item per item, outside the dimensions and the overall scores", () => {
    // price is reversed: 8 − x. Gaps (P − E): (5 − 6), (7 − 7), (2 − 4) → mean −1.
    expect(report.itemsById.price).toMatchObject({ dimension: null, n: 3, gap: -1 });
    const dimensionItems = report.items.filter((item) => item.dimension !== null);
    const itemMean = dimensionItems.reduce((a, item) => a + (item.gap as number), 0) / dimensionItems.length;
    expect(report.overall.itemMean).toBeCloseTo(itemMean, 12);
    expect(report.dimensions.flatMap((dimension) => dimension.items)).not.toContain("price");
    expect(report.servperf.items.find((item) => item.id === "price")).toMatchObject({ dimension: null, n: 3 });
  });

  it("looks items and dimensions up by id", () => {
    expect(report.itemsById.s2).toBe(report.items[3]);
    expect(report.dimensionsById.care).toBe(report.dimensions[1]);
    expect(JSON.parse(JSON.stringify(report)).itemsById.c1).toEqual(report.items[1]);
  });

  it("gives Cronbach's alpha of the gaps next to alpha of E and P, listwise per dimension", () => {
    const speed = ["s1", "s2", "s3"];
    const gaps = responses.map((r) => speed.map((id) => (r.perceptions[id] as number) - (r.expectations[id] as number)));
    expect(report.dimensionsById.speed?.alphaGap).toBeCloseTo(cronbach(gaps), 12);
    expect(report.dimensionsById.speed?.alphaE).toBeCloseTo(cronbach(responses.map((r) => speed.map((id) => r.expectations[id] as number))), 12);
    // A respondent missing one E of a dimension leaves that dimension's E and gap alphas, not P's.
    const partial = [...responses, { expectations: { s1: 7 }, perceptions: { s1: 1, s2: 7, s3: 1 } }];
    const again = scoreServqual(instrument, partial).dimensionsById.speed;
    expect(again?.alphaGap).toBeCloseTo(cronbach(gaps), 12);
    expect(again?.alphaP).not.toBeCloseTo(report.dimensionsById.speed?.alphaP as number, 6);
  });
});

describe("columnar input", () => {
  const ids = instrument.items.map((item) => item.id);
  const column = (side: "expectations" | "perceptions", id: string) => Float64Array.from(responses, (r) => (r[side][id] ?? Number.NaN) as number);

  it("gives the same report as the response objects, from typed arrays read in place", () => {
    const columns = {
      rows: responses.length,
      expectations: Object.fromEntries(ids.map((id) => [id, column("expectations", id)])),
      perceptions: Object.fromEntries(ids.map((id) => [id, column("perceptions", id)])),
    };
    expect(scoreServqual(instrument, columns)).toEqual(scoreServqual(instrument, responses));
  });

  it("takes integer columns with a missing marker outside the scale", () => {
    const toBytes = (xs: Float64Array) => Uint8Array.from(xs, (x) => (Number.isNaN(x) ? 0 : x));
    const columns = {
      rows: responses.length,
      missing: 0,
      expectations: Object.fromEntries(ids.map((id) => [id, toBytes(column("expectations", id))])),
      perceptions: Object.fromEntries(ids.map((id) => [id, toBytes(column("perceptions", id))])),
    };
    expect(scoreServqual(instrument, columns)).toEqual(scoreServqual(instrument, responses));
  });

  it("skips and lists invalid cells in lenient mode", () => {
    const report = scoreServqual(instrument, { rows: 2, expectations: { s1: [7, 9] }, perceptions: { s1: [5, 5] } }, { mode: "lenient" });
    expect(report.itemsById.s1).toMatchObject({ n: 1, gap: -2 });
    expect(report.issues.map((issue) => issue.path)).toEqual([["responses", "expectations", "s1", 1]]);
  });

  it("scores segments from one pass: each segment equals scoring its rows alone, the whole merges them", () => {
    const segments = ["a", "b", "a", null];
    const columns = {
      rows: responses.length,
      segments,
      expectations: Object.fromEntries(ids.map((id) => [id, column("expectations", id)])),
      perceptions: Object.fromEntries(ids.map((id) => [id, column("perceptions", id)])),
    };
    const report = scoreServqual(instrument, columns);
    const only = (key: string) =>
      scoreServqual(
        instrument,
        responses.filter((_, r) => segments[r] === key),
      );
    const { segments: _s, issues: _i, ...alone } = only("a");
    expect(report.segments[0]?.report).toEqual(alone);
    const whole = scoreServqual(instrument, responses);
    report.items.forEach((item, k) => {
      expect(item.gap).toBeCloseTo(whole.items[k]?.gap as number, 12);
      expect(item.sd).toBeCloseTo(whole.items[k]?.sd as number, 12);
    });
  });
});
