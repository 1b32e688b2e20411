import { describe, expect, it } from "vitest";
import { validateCommitment } from "../../src/commitment/index.js";

// Small hand-made histories: the arithmetic of attainment, comparisons and the sample threshold.
const reply = (target: string | number, extra: Record<string, unknown> = {}) => ({
  id: "reply",
  standard: { metric: "first_response", target, ...extra },
});
const at = "2025-01-06T09:00:00Z";
const span = (minutes: number) => ({ start: at, end: new Date(Date.parse(at) + minutes * 60_000).toISOString() });

describe("achievability arithmetic", () => {
  it("counts { start, end } cases within the target (at_most includes the target itself)", () => {
    const history = [span(30), span(60), span(61), span(120)]; // 60 min target: 30 ✓ 60 ✓ 61 ✗ 120 ✗
    const review = validateCommitment(reply("PT1H"), { history, minSample: 4 });
    expect(review.attainment).toEqual({ sample: 4, met: 2, rate: 0.5, promised: 1, sufficient: true });
    expect(review.smart.achievable.issues.map((i) => i.params)).toEqual([{ observed: 0.5, sample: 4, met: 2, promised: 1 }]);
  });

  it("less_than excludes the target itself", () => {
    const history = [span(30), span(60)];
    const review = validateCommitment(reply("PT1H", { comparison: "less_than" }), { history, minSample: 2 });
    expect(review.attainment?.met).toBe(1);
  });

  it("a promised attainment is met exactly at the boundary (19 of 20 = 95%)", () => {
    const history = [...Array.from({ length: 19 }, () => span(10)), span(500)];
    const review = validateCommitment(reply("PT1H", { attainment: 0.95 }), { history, minSample: 20 });
    expect(review.attainment).toMatchObject({ met: 19, rate: 0.95 });
    expect(review.smart.achievable.issues).toEqual([]);
    const short = validateCommitment(reply("PT1H", { attainment: 0.951 }), { history, minSample: 20 });
    expect(short.smart.achievable.issues.map((i) => i.code)).toEqual(["unachievable_target"]);
  });

  it("{ at, value } cases are milliseconds for a duration target and plain numbers otherwise", () => {
    const durations = [{ at, value: 3_600_000 }, { at, value: 3_600_001 }];
    expect(validateCommitment(reply("PT1H"), { history: durations, minSample: 2 }).attainment?.met).toBe(1);
    const scores = [80, 85, 90, 84.9].map((value) => ({ at, value }));
    const csat = { id: "csat", standard: { metric: "csat", target: 85, unit: "percent" } };
    expect(validateCommitment(csat, { history: scores, minSample: 4 }).attainment).toMatchObject({ met: 2, rate: 0.5 }); // at_least
    const complaints = { id: "complaints", standard: { metric: "complaint_rate", target: 3, unit: "percent", comparison: "at_most" as const } };
    expect(validateCommitment(complaints, { history: [2, 3, 4].map((value) => ({ at, value })), minSample: 3 }).attainment?.met).toBe(2);
  });

  it("{ at, met } cases count as given, mixed with measured ones", () => {
    const history = [{ at, met: true }, { at, met: false }, span(5)];
    expect(validateCommitment(reply("PT1H"), { history, minSample: 3 }).attainment).toMatchObject({ sample: 3, met: 2 });
  });

  it("below minSample: insufficient_history (a warning) and never unachievable_target", () => {
    const history = Array.from({ length: 29 }, () => span(500));
    const review = validateCommitment(reply("PT1H"), { history });
    expect(review.smart.achievable.issues.map((i) => [i.code, i.severity, i.params])).toEqual([
      ["insufficient_history", "warning", { sample: 29, minSample: 30 }],
    ]);
    expect(review.attainment).toMatchObject({ sample: 29, met: 0, rate: 0, sufficient: false });
    const thirty = validateCommitment(reply("PT1H"), { history: [...history, span(500)] });
    expect(thirty.smart.achievable.issues.map((i) => i.code)).toEqual(["unachievable_target"]);
  });

  it("an empty history is insufficient and has no attainment figure", () => {
    const review = validateCommitment(reply("PT1H"), { history: [] });
    expect(review.smart.achievable.issues.map((i) => i.code)).toEqual(["insufficient_history"]);
    expect(review.attainment).toBeUndefined();
  });

  it("without a target there is nothing to measure against (missing_target says so)", () => {
    const review = validateCommitment({ id: "x", standard: { metric: "first_response" } }, { history: [span(1)] });
    expect(review.smart.achievable.issues).toEqual([]);
    expect(review.attainment).toBeUndefined();
  });
});
