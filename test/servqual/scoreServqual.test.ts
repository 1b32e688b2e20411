import { describe, expect, it } from "vitest";
import { formatIssue, isPledgeError } from "../../src/index.js";
import { defineInstrument, scoreServqual, servqualInstrument, type ServqualResponse } from "../../src/servqual/index.js";
import { smallInstrumentInput, smallResponses } from "../fixtures/servqual-small.js";

const instrument = defineInstrument(smallInstrumentInput);
const T2 = 4.302652729749464; // t(0.975, 2)

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

describe("scoreServqual on a hand-computed survey", () => {
  const report = scoreServqual(instrument, smallResponses);
  const item = (id: string) => report.items.find((x) => x.id === id)!;
  const dim = (id: string) => report.dimensions.find((x) => x.id === id)!;

  it("item gaps: mean of P − E over respondents who answered both", () => {
    // a1: gaps −2, 0, 0 → −2/3; E (5+4+5)/3; P (3+4+5)/3; sd √(4/3).
    expect(item("a1")).toMatchObject({ n: 3, reversed: false });
    expect(item("a1").gap).toBeCloseTo(-2 / 3, 14);
    expect(item("a1").expectation).toBeCloseTo(14 / 3, 14);
    expect(item("a1").perception).toBeCloseTo(4, 14);
    expect(item("a1").sd).toBeCloseTo(Math.sqrt(4 / 3), 14);
    expect(item("a1").ci95!.lower).toBeCloseTo(-2 / 3 - (T2 * Math.sqrt(4 / 3)) / Math.sqrt(3), 12);
    // a2: 0, −2, −2 → −4/3.
    expect(item("a2").gap).toBeCloseTo(-4 / 3, 14);
    // b1: −1, 0, +1 → 0, sd 1.
    expect(item("b1").gap).toBeCloseTo(0, 14);
    expect(item("b1").sd).toBeCloseTo(1, 14);
    // b2: r3 has no expectation: n = 2, gaps 0, 0.
    expect(item("b2")).toMatchObject({ n: 2, gap: 0, sd: 0, expectation: 4.5, perception: 4.5 });
  });

  it("reverse-scores reversed items (6 − x) in E and P before the gap", () => {
    // b3 E 1, 2, 3 → 5, 4, 3; P 2, 2, 4 → 4, 4, 2: gaps −1, 0, −1.
    expect(item("b3")).toMatchObject({ reversed: true, n: 3, expectation: 4 });
    expect(item("b3").perception).toBeCloseTo(10 / 3, 14);
    expect(item("b3").gap).toBeCloseTo(-2 / 3, 14);
  });

  it("dimension scores: each respondent's mean item gap, averaged; sd and t interval of those", () => {
    // a: r1 (−2+0)/2, r2 (0−2)/2, r3 (0−2)/2 → all −1.
    expect(dim("a")).toMatchObject({ n: 3, gap: -1, sd: 0, expectation: 4.5, perception: 3.5, label: "Access" });
    expect(dim("a").ci95).toEqual({ lower: -1, upper: -1 });
    // b: r1 (−1+0−1)/3 = −2/3, r2 0, r3 over its two paired items (1 − 1)/2 = 0 → −2/9.
    const sd = Math.sqrt(12) / 9;
    expect(dim("b").n).toBe(3);
    expect(dim("b").gap).toBeCloseTo(-2 / 9, 14);
    expect(dim("b").sd).toBeCloseTo(sd, 14);
    expect(dim("b").ci95!.lower).toBeCloseTo(-2 / 9 - (T2 * sd) / Math.sqrt(3), 12);
    expect(dim("b").ci95!.upper).toBeCloseTo(-2 / 9 + (T2 * sd) / Math.sqrt(3), 12);
  });

  it("Cronbach's alpha per dimension for E and for P, over respondents who answered every item", () => {
    // a, E: items [5,4,5], [4,4,5]: variances 1/3 each, totals 9, 8, 10 variance 1 → 2·(1 − 2/3).
    expect(dim("a").alphaE).toBeCloseTo(2 / 3, 14);
    // a, P: [3,4,5], [4,2,3]: variances 1, 1; totals 7, 6, 8 variance 1 → 2·(1 − 2) = −2.
    expect(dim("a").alphaP).toBeCloseTo(-2, 14);
    // b, E: r3 lacks b2, so r1, r2 only: [5,3], [4,5], reversed [5,4]: variances 2, .5, .5; totals 14, 12 variance 2.
    expect(dim("b").alphaE).toBeCloseTo(1.5 * (1 - 3 / 2), 14);
  });

  it("overall.unweighted is the mean of the dimensions, overall.itemMean the mean of the items", () => {
    expect(report.overall.unweighted).toBeCloseTo((-1 - 2 / 9) / 2, 14);
    expect(report.overall.itemMean).toBeCloseTo((-2 / 3 - 4 / 3 + 0 + 0 - 2 / 3) / 5, 14);
    expect(report.overall.expectation).toBeCloseTo((4.5 + dim("b").expectation!) / 2, 14);
  });

  it("overall.weighted: each respondent's normalised importance; r2 (none given) uses the sample mean", () => {
    // r1: .6·(−1) + .4·(−2/3); r3: .25·(−1) + .75·0; mean weights (.425, .575) for r2: .425·(−1).
    const r1 = 0.6 * -1 + 0.4 * (-2 / 3);
    const r3 = 0.25 * -1;
    const r2 = 0.425 * -1;
    expect(report.overall.weighted).toBeCloseTo((r1 + r2 + r3) / 3, 14);
    expect(report.overall.weightedN).toBe(3);
    expect(report.overall.importance.source).toBe("respondents");
    expect(report.overall.importance.respondents).toBe(2);
    expect(report.overall.importance.filledWithMean).toBe(1);
    expect(report.overall.importance.weights!.a).toBeCloseTo(0.425, 14);
    expect(report.overall.importance.weights!.b).toBeCloseTo(0.575, 14);
  });

  it("fixed weights from the options replace everyone's importance", () => {
    const fixed = scoreServqual(instrument, smallResponses, { weights: { a: 1, b: 3 } });
    // Everyone: .25·a + .75·b = .25·(−1) + .75·(mean of −2/3, 0, 0)
    expect(fixed.overall.weighted).toBeCloseTo(0.25 * -1 + 0.75 * (-2 / 9), 14);
    expect(fixed.overall.importance).toEqual({ source: "option", weights: { a: 0.25, b: 0.75 }, respondents: 2, filledWithMean: 0 });
  });

  it("without any importance, weighted is null and priorities use equal weights", () => {
    const bare = scoreServqual(
      instrument,
      smallResponses.map(({ importance: _drop, ...rest }) => rest),
    );
    expect(bare.overall.weighted).toBeNull();
    expect(bare.overall.importance).toEqual({ source: "none", weights: null, respondents: 0, filledWithMean: 0 });
    expect(bare.priorities.map((p) => [p.dimension, p.importance])).toEqual([
      ["a", 0.5],
      ["b", 0.5],
    ]);
  });

  it("priorities: importance × gap, most negative first", () => {
    expect(report.priorities.map((p) => p.dimension)).toEqual(["a", "b"]);
    expect(report.priorities[0]).toMatchObject({ rank: 1, gap: -1, shortfall: true });
    expect(report.priorities[0]!.weightedGap).toBeCloseTo(-0.425, 14);
    expect(report.priorities[1]!.weightedGap).toBeCloseTo(0.575 * (-2 / 9), 14);
  });

  it("SERVPERF: perceptions only, every answered P counts", () => {
    const perf = report.servperf;
    expect(perf.items.find((x) => x.id === "b2")).toMatchObject({ n: 3, perception: 4 }); // r3's P counts without its E
    expect(perf.items.find((x) => x.id === "b3")!.perception).toBeCloseTo(10 / 3, 14);
    expect(perf.dimensions[0]).toMatchObject({ id: "a", perception: 3.5, n: 3 });
    expect(perf.dimensions[1]!.perception).toBeCloseTo((4 + 4 + 10 / 3) / 3, 14);
    expect(perf.overall).toBeCloseTo((3.5 + (4 + 4 + 10 / 3) / 3) / 2, 14);
  });

  it("counts respondents and keeps the instrument's identity and scale", () => {
    expect(report).toMatchObject({ respondents: 3, scored: 3, minItemShare: 0.5, issues: [], zoneOfTolerance: null });
    expect(report.instrument).toEqual({ id: "small", version: null, scale: { min: 1, max: 5, integer: true } });
  });

  it("survives a JSON round trip unchanged", () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe("missing answers", () => {
  it("a dimension score needs at least minItemShare of its items (default half, rounded up)", () => {
    // With share 1, r3 (b2 unpaired) loses its b score: b = mean(−2/3, 0).
    const all = scoreServqual(instrument, smallResponses, { minItemShare: 1 });
    expect(all.dimensions[1]).toMatchObject({ n: 2 });
    expect(all.dimensions[1]!.gap).toBeCloseTo(-1 / 3, 14);
    // Default half of 3 items = 2: one paired item is not enough.
    const sparse = scoreServqual(instrument, [{ expectations: { b1: 3 }, perceptions: { b1: 4 } }]);
    expect(sparse.dimensions[1]).toMatchObject({ n: 0, gap: null, sd: null, ci95: null });
    expect(sparse.items.find((x) => x.id === "b1")).toMatchObject({ n: 1, gap: 1, sd: null, ci95: null });
    expect(sparse.scored).toBe(0);
    expect(sparse.overall).toMatchObject({ unweighted: null, itemMean: 1, weighted: null });
    const loose = scoreServqual(instrument, [{ expectations: { b1: 3 }, perceptions: { b1: 4 } }], { minItemShare: 0 });
    expect(loose.dimensions[1]).toMatchObject({ n: 1, gap: 1 });
  });

  it("a gap needs both E and P: null and missing keys are missing answers", () => {
    const report = scoreServqual(instrument, [
      { expectations: { a1: 3, a2: null }, perceptions: { a1: 5, a2: 4 } },
      { expectations: { a1: 2 }, perceptions: { a2: 1 } },
    ]);
    expect(report.items[0]).toMatchObject({ id: "a1", n: 1, gap: 2 });
    expect(report.items[1]).toMatchObject({ id: "a2", n: 0, gap: null, expectation: null });
    expect(report.dimensions[0]).toMatchObject({ n: 1, gap: 2 });
  });

  it("an empty survey gives a report of nulls, not NaN", () => {
    const report = scoreServqual(instrument, []);
    expect(report.respondents).toBe(0);
    expect(JSON.stringify(report)).not.toContain("NaN");
    expect(report.overall.unweighted).toBeNull();
  });
});

describe("invalid answers: strict throws, lenient skips and reports", () => {
  const bad: ServqualResponse[] = [
    { id: "x1", expectations: { a1: 6, a2: 4.5 }, perceptions: { a1: 3, a2: "4" as unknown as number } },
    { expectations: { a1: 4, zz: 3 }, perceptions: { a1: 4 }, importance: { a: -5, b: 10 } },
  ];

  it("strict (default) throws invalid_response listing every problem with respondent and item", () => {
    const error = thrown(() => scoreServqual(instrument, bad));
    expect(isPledgeError(error)).toBe(true);
    if (!isPledgeError(error)) return;
    expect(error.code).toBe("invalid_response");
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([
      ["answer_out_of_scale", ["responses", 0, "expectations", "a1"]],
      ["answer_not_integer", ["responses", 0, "expectations", "a2"]],
      ["answer_not_number", ["responses", 0, "perceptions", "a2"]],
      ["unknown_item", ["responses", 1, "expectations", "zz"]],
      ["invalid_importance", ["responses", 1, "importance", "a"]],
    ]);
    expect(error.issues[0]!.params).toMatchObject({ respondent: 0, id: "x1", item: "a1", column: "expectations", received: 6 });
    expect(error.message).toContain('respondent "x1", expectations "a1": 6 is outside the scale 1–5');
    expect(formatIssue(error.issues[0]!, "zh-CN")).toBe('受访者 "x1"，期望 "a1"：6 超出量表范围 1–5');
  });

  it("lenient skips the bad answers, scores the rest and lists the issues", () => {
    const report = scoreServqual(instrument, bad, { mode: "lenient" });
    expect(report.issues).toHaveLength(5);
    // a1: only respondent 2 is left (4 vs 4); a2 has no valid pair.
    expect(report.items[0]).toMatchObject({ n: 1, gap: 0 });
    expect(report.items[1]).toMatchObject({ n: 0 });
    // The bad importance is dropped: nobody has usable importance.
    expect(report.overall.importance.source).toBe("none");
  });

  it("non-integer answers are fine on a continuous scale", () => {
    const continuous = defineInstrument({ ...smallInstrumentInput, scale: { min: 0, max: 10, integer: false } });
    const report = scoreServqual(continuous, [{ expectations: { a1: 7.5 }, perceptions: { a1: 6.25 } }]);
    expect(report.items[0]!.gap).toBe(-1.25);
  });

  it("rejects unknown response keys, non-object responses and zero importance", () => {
    const error = thrown(() =>
      scoreServqual(instrument, [
        { expectations: {}, perceptions: {}, perception: {} } as unknown as ServqualResponse,
        42 as unknown as ServqualResponse,
        { expectations: {}, perceptions: {}, importance: { a: 0, b: 0 } },
      ]),
    );
    if (!isPledgeError(error)) throw error;
    expect(error.issues.map((i) => i.code)).toEqual(["unknown_key", "invalid_response", "importance_all_zero"]);
    expect(error.issues[0]!.path).toEqual(["responses", 0, "perception"]);
  });

  it("rejects bad options and objects that are not instruments with invalid_argument", () => {
    const options = thrown(() => scoreServqual(instrument, [], { minItemShare: 2 }));
    expect(isPledgeError(options) && options.code).toBe("invalid_argument");
    const weights = thrown(() => scoreServqual(instrument, [], { weights: { a: 0, b: 0 } }));
    expect(isPledgeError(weights) && weights.issues[0]!.code).toBe("weights_all_zero");
    const unknown = thrown(() => scoreServqual(instrument, [], { weights: { zz: 1 } }));
    expect(isPledgeError(unknown) && unknown.issues[0]!.code).toBe("unknown_dimension");
    const fake = thrown(() => scoreServqual(JSON.parse(JSON.stringify(instrument)), []));
    // A JSON copy has lost the registered symbol: it is not taken for an instrument (the shared protocol's invalid_type).
    expect(isPledgeError(fake) && fake.issues[0]).toMatchObject({ code: "invalid_type", path: ["instrument"] });
  });
});

describe("segments", () => {
  it("scores each segment as if it were scored alone, sorted by key", () => {
    const report = scoreServqual(instrument, smallResponses);
    expect(report.segments.map((s) => [s.key, s.report.respondents])).toEqual([
      ["phone", 1],
      ["web", 2],
    ]);
    const web = scoreServqual(
      instrument,
      smallResponses.filter((r) => r.segment === "web").map(({ segment: _s, ...r }) => r),
    );
    const { segments: _a, issues: _b, ...alone } = web;
    expect(report.segments[1]!.report).toEqual(alone);
    expect(report.segments[0]!.report.dimensions[0]!.ci95).toBeNull(); // one respondent: no interval
  });

  it("groups by a key of a segment object with segmentBy", () => {
    const responses: ServqualResponse[] = [
      { segment: { channel: "chat", quarter: "Q1" }, expectations: { a1: 5 }, perceptions: { a1: 4 } },
      { segment: { channel: "chat", quarter: "Q2" }, expectations: { a1: 5 }, perceptions: { a1: 2 } },
      { segment: { quarter: "Q2" }, expectations: { a1: 3 }, perceptions: { a1: 3 } },
    ];
    const byQuarter = scoreServqual(instrument, responses, { segmentBy: "quarter" });
    expect(byQuarter.segments.map((s) => [s.key, s.report.items[0]!.gap])).toEqual([
      ["Q1", -1],
      ["Q2", -1.5],
    ]);
    const byChannel = scoreServqual(instrument, responses, { segmentBy: "channel" });
    expect(byChannel.segments.map((s) => [s.key, s.report.respondents])).toEqual([["chat", 2]]);
    const error = thrown(() => scoreServqual(instrument, responses));
    expect(isPledgeError(error) && error.issues[0]!.code).toBe("invalid_segment");
  });
});

describe("zone of tolerance (three-column format)", () => {
  const zoneInstrument = defineInstrument({ scale: { min: 1, max: 9 }, dimensions: [{ id: "x", items: ["x1", "x2"] }] });
  const report = scoreServqual(zoneInstrument, [
    { expectations: { x1: 7, x2: 7 }, perceptions: { x1: 6, x2: 3 }, adequate: { x1: 4, x2: 5 }, desired: { x1: 8, x2: 8 } },
    { expectations: {}, perceptions: { x1: 8, x2: 5 }, adequate: { x1: 5, x2: 5 }, desired: { x1: 7, x2: 9 } },
    { expectations: {}, perceptions: { x1: 3, x2: 4 }, adequate: { x1: 3 }, desired: { x1: 6 } },
  ]);
  const zone = report.zoneOfTolerance!;

  it("per item: MSA = P − adequate, MSS = P − desired, shares inside / below / above", () => {
    // x1: (A, D, P) = (4, 8, 6) inside, (5, 7, 8) above, (3, 6, 3) inside (bounds count as inside).
    expect(zone.items[0]).toMatchObject({ id: "x1", dimension: "x", n: 3, adequate: 4, desired: 7, below: 0 });
    expect(zone.items[0]!.perception).toBeCloseTo(17 / 3, 14);
    expect(zone.items[0]!.msa).toBeCloseTo(5 / 3, 14);
    expect(zone.items[0]!.mss).toBeCloseTo(-4 / 3, 14);
    expect(zone.items[0]!.inside).toBeCloseTo(2 / 3, 14);
    expect(zone.items[0]!.above).toBeCloseTo(1 / 3, 14);
    // x2: (5, 8, 3) below, (5, 9, 5) inside; the third respondent has no adequate/desired.
    expect(zone.items[1]).toMatchObject({ n: 2, adequate: 5, desired: 8.5, perception: 4, msa: -1, mss: -4.5, inside: 0.5, below: 0.5, above: 0 });
  });

  it("per dimension: each respondent's mean levels, inside when mean A ≤ mean P ≤ mean D", () => {
    // r1 (4.5, 8, 4.5), r2 (5, 8, 6.5), r3 (3, 6, 3): all inside.
    expect(zone.dimensions[0]).toMatchObject({ id: "x", n: 3, inside: 1, below: 0, above: 0, msa: 0.5 });
    expect(zone.dimensions[0]!.mss).toBeCloseTo(-8 / 3, 14);
  });
});

describe("the built-in instrument", () => {
  it("scores the 1988 scale with reversed items and the 1991 scale without", () => {
    const answers = { expectations: { q10: 2, q5: 6 }, perceptions: { q10: 3, q5: 6 } };
    const r1988 = scoreServqual(servqualInstrument({ version: "1988" }), [answers]);
    const r1991 = scoreServqual(servqualInstrument({ version: "1991" }), [answers]);
    // 1988: q10 E 2 → 6, P 3 → 5: gap −1. 1991: gap +1.
    expect(r1988.items[9]).toMatchObject({ id: "q10", reversed: true, expectation: 6, perception: 5, gap: -1 });
    expect(r1991.items[9]).toMatchObject({ id: "q10", reversed: false, gap: 1 });
    expect(r1988.instrument.version).toBe("1988");
    expect(r1988.dimensions.map((d) => d.id)).toEqual(["tangibles", "reliability", "responsiveness", "assurance", "empathy"]);
  });
});
