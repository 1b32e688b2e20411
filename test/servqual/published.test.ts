// Reproduces a published SERVQUAL item table. The study's respondent-level data is not public, so we
// build 300 synthetic respondents whose answer sums give means inside the rounding interval of every
// printed figure (P, E and the gap), score them, and check the report prints the same table.
import { describe, expect, it } from "vitest";
import { defineInstrument, scoreServqual, type ServqualResponse } from "../../src/servqual/index.js";
import { AGHAMOLAEI_ZARE_2008 as study } from "../fixtures/aghamolaei-zare-2008.js";

const n = study.respondents;
const within = (value: number, printed: number): boolean => Math.abs(value - printed) <= 0.005 + 1e-9;

/** Integer answer sums (P, E) over n respondents whose means round to every printed figure. */
function sumsFor(p: number, e: number, gap: number): [number, number] {
  let best: [number, number] | undefined;
  for (let sp = Math.floor((p - 0.01) * n); sp <= Math.ceil((p + 0.01) * n); sp++) {
    for (let se = Math.floor((e - 0.01) * n); se <= Math.ceil((e + 0.01) * n); se++) {
      if (within(sp / n, p) && within(se / n, e) && within((sp - se) / n, gap)) {
        if (best === undefined || Math.abs(sp / n - p) + Math.abs(se / n - e) < Math.abs(best[0] / n - p) + Math.abs(best[1] / n - e)) best = [sp, se];
      }
    }
  }
  if (best === undefined) throw new Error(`no integer sums fit P ${p}, E ${e}, gap ${gap}`);
  return best;
}

/** n answers summing to `sum`, as even as possible; `offset` rotates who gets the extra point. */
function spread(sum: number, offset: number): number[] {
  const base = Math.floor(sum / n);
  const extra = sum - base * n;
  return Array.from({ length: n }, (_, r) => base + ((r + offset) % n < extra ? 1 : 0));
}

describe("Aghamolaei & Zare (2008), BMC Medical Education 8:34, Table 2", () => {
  const instrument = defineInstrument({
    id: "hums-2008",
    scale: study.scale,
    dimensions: study.dimensions.map((d) => ({ id: d.id, items: d.items.map((i) => `i${i}`) })),
  });
  const expectations: Record<string, number>[] = Array.from({ length: n }, () => ({}));
  const perceptions: Record<string, number>[] = Array.from({ length: n }, () => ({}));
  study.items.forEach(([number, p, e, gap], index) => {
    const [sp, se] = sumsFor(p, e, gap);
    // Different rotations for E and P (and per item) so the respondents are not all alike.
    const pAnswers = spread(sp, index * 37);
    const eAnswers = spread(se, index * 11 + 150);
    for (let r = 0; r < n; r++) {
      perceptions[r]![`i${number}`] = pAnswers[r]!;
      expectations[r]![`i${number}`] = eAnswers[r]!;
    }
  });
  const responses: ServqualResponse[] = expectations.map((e, r) => ({ id: r, expectations: e, perceptions: perceptions[r]! }));
  const report = scoreServqual(instrument, responses);

  it.each(study.items.map((row) => [...row]))("item %d prints P %s, E %s, gap %s", (number, p, e, gap) => {
    const item = report.items.find((x) => x.id === `i${number}`)!;
    expect(item.n).toBe(n);
    expect(Number(item.perception!.toFixed(2))).toBe(p);
    expect(Number(item.expectation!.toFixed(2))).toBe(e);
    expect(Number(item.gap!.toFixed(2))).toBe(gap);
  });

  it("prints the responsiveness dimension gap of the abstract, −1.14", () => {
    const responsiveness = report.dimensions.find((d) => d.id === "responsiveness")!;
    expect(Number(responsiveness.gap!.toFixed(2))).toBe(study.dimensionGaps.responsiveness);
  });

  it("dimension gaps equal the mean of their item gaps when every answer is present", () => {
    for (const dimension of report.dimensions) {
      const items = report.items.filter((item) => item.dimension === dimension.id);
      const mean = items.reduce((sum, item) => sum + item.gap!, 0) / items.length;
      expect(dimension.gap).toBeCloseTo(mean, 12);
    }
  });
});
