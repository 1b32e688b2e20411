// Cronbach's alpha in reports (computed from sums of squared deviations in two streaming passes)
// checked against two independent textbook computations on the same data.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defineInstrument, scoreServqual } from "../../src/servqual/index.js";

function variance(values: readonly number[]): number {
  const mean = values.reduce((s, x) => s + x, 0) / values.length;
  return values.reduce((s, x) => s + (x - mean) ** 2, 0) / (values.length - 1);
}

/** Variance-of-sum form: α = k/(k − 1) · (1 − Σ sᵢ² / s²_total) (Cronbach 1951). */
function alphaFromVariances(columns: readonly number[][]): number {
  const k = columns.length;
  const totals = columns[0]!.map((_, r) => columns.reduce((s, column) => s + column[r]!, 0));
  return (k / (k - 1)) * (1 - columns.reduce((s, column) => s + variance(column), 0) / variance(totals));
}

/** Covariance form: α = k·c̄ / (v̄ + (k − 1)·c̄), v̄ the mean item variance, c̄ the mean inter-item covariance. */
function alphaFromCovariances(columns: readonly number[][]): number {
  const k = columns.length;
  const n = columns[0]!.length;
  const means = columns.map((column) => column.reduce((s, x) => s + x, 0) / n);
  const cov = (i: number, j: number): number => {
    let s = 0;
    for (let r = 0; r < n; r++) s += (columns[i]![r]! - means[i]!) * (columns[j]![r]! - means[j]!);
    return s / (n - 1);
  };
  let v = 0;
  let c = 0;
  for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) i === j ? (v += cov(i, i)) : (c += cov(i, j));
  const cBar = c / (k * (k - 1));
  return (k * cBar) / (v / k + (k - 1) * cBar);
}

describe("Cronbach's alpha", () => {
  it("the two reference formulas agree with each other on a fixed matrix", () => {
    const data = [
      [5, 6, 7, 3, 4, 6, 7, 2, 5, 6],
      [4, 6, 6, 3, 5, 6, 7, 3, 4, 5],
      [5, 7, 6, 2, 4, 7, 6, 2, 5, 7],
      [3, 5, 7, 4, 4, 5, 7, 1, 6, 6],
    ];
    expect(alphaFromVariances(data)).toBeCloseTo(alphaFromCovariances(data), 12);
  });

  it("equals both reference formulas on random complete surveys, for E and for P, with reversed items", () => {
    const instrument = defineInstrument({
      scale: { min: 1, max: 7 },
      dimensions: [
        { id: "x", items: ["x1", "x2", "x3"] },
        { id: "y", items: ["y1", "y2", "y3", "y4"] },
      ],
      reversed: ["x2", "y4"],
    });
    const row = fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 7, maxLength: 7 });
    fc.assert(
      fc.property(fc.array(fc.tuple(row, row), { minLength: 3, maxLength: 40 }), (rows) => {
        const ids = ["x1", "x2", "x3", "y1", "y2", "y3", "y4"];
        const responses = rows.map(([e, p]) => ({
          expectations: Object.fromEntries(ids.map((id, i) => [id, e[i]!])),
          perceptions: Object.fromEntries(ids.map((id, i) => [id, p[i]!])),
        }));
        const report = scoreServqual(instrument, responses);
        const flip = (id: string, x: number): number => (id === "x2" || id === "y4" ? 8 - x : x);
        for (const [d, items] of [
          [0, ["x1", "x2", "x3"]],
          [1, ["y1", "y2", "y3", "y4"]],
        ] as const) {
          for (const [column, field] of [
            ["expectations", "alphaE"],
            ["perceptions", "alphaP"],
          ] as const) {
            const columns = items.map((id) => responses.map((r) => flip(id, r[column][id]!)));
            const reference = alphaFromVariances(columns);
            const got = report.dimensions[d]![field];
            if (!Number.isFinite(reference)) expect(got).toBeNull();
            else {
              expect(got).toBeCloseTo(reference, 9);
              expect(got).toBeCloseTo(alphaFromCovariances(columns), 9);
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it("uses only respondents who answered every item of the dimension (listwise)", () => {
    const instrument = defineInstrument({ scale: { min: 1, max: 5 }, dimensions: [{ id: "d", items: ["a", "b"] }] });
    const complete = [
      { expectations: { a: 1, b: 2 }, perceptions: { a: 2, b: 2 } },
      { expectations: { a: 3, b: 3 }, perceptions: { a: 4, b: 5 } },
      { expectations: { a: 5, b: 4 }, perceptions: { a: 3, b: 3 } },
    ];
    const withGaps = [...complete, { expectations: { a: 5 }, perceptions: { b: 1 } }];
    const a = scoreServqual(instrument, complete).dimensions[0]!;
    const b = scoreServqual(instrument, withGaps).dimensions[0]!;
    expect(b.alphaE).toBeCloseTo(a.alphaE!, 14);
    expect(b.alphaP).toBeCloseTo(a.alphaP!, 14);
    expect(a.alphaE).toBeCloseTo(
      alphaFromVariances([
        [1, 3, 5],
        [2, 3, 4],
      ]),
      14,
    );
  });
});
