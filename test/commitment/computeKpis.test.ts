import { describe, expect, it } from "vitest";
import { isPledgeError } from "../../src/index.js";
import { computeKpis, type KpiOutcome } from "../../src/commitment/index.js";

const day = (d: number) => `2025-03-${String(d).padStart(2, "0")}T10:00:00Z`;

// Ten cases in March: 8 commitments met, 7 resolved on first contact, 1 complaint, CSAT 4,5,5,3,2,5,4,4,5,1.
const scores = [4, 5, 5, 3, 2, 5, 4, 4, 5, 1];
const outcomes: KpiOutcome[] = scores.map((satisfaction, i) => ({
  at: day(i + 1),
  commitment: i % 2 === 0 ? "reply" : "resolve",
  commitmentMet: i < 8,
  firstContactResolved: i !== 2 && i !== 5 && i !== 9,
  complaint: i === 4,
  satisfaction,
}));

describe("computeKpis", () => {
  it("reports baseline, target, actual, met, attainment and progress for the four KPIs", () => {
    const report = computeKpis(
      [
        { id: "compliance", kind: "commitment_compliance", baseline: 70, target: 90 },
        { id: "fcr", kind: "first_contact_resolution", baseline: 60, target: 70 },
        { id: "complaints", kind: "complaint_rate", baseline: 15, target: 3 },
        { id: "csat", kind: "satisfaction", baseline: 60, target: 85 },
      ],
      outcomes,
    );
    expect(report.from).toBeNull();
    expect(report.kpis).toEqual([
      {
        id: "compliance",
        kind: "commitment_compliance",
        label: "Commitment compliance rate",
        unit: "percent",
        comparison: "at_least",
        baseline: 70,
        target: 90,
        actual: 80,
        sample: 10,
        met: false,
        attainment: 80 / 90,
        progress: 0.5,
        change: 10,
      },
      {
        id: "fcr",
        kind: "first_contact_resolution",
        label: "First-contact resolution rate",
        unit: "percent",
        comparison: "at_least",
        baseline: 60,
        target: 70,
        actual: 70,
        sample: 10,
        met: true,
        attainment: 1,
        progress: 1,
        change: 10,
      },
      {
        id: "complaints",
        kind: "complaint_rate",
        label: "Complaint rate",
        unit: "percent",
        comparison: "at_most",
        baseline: 15,
        target: 3,
        actual: 10,
        sample: 10,
        met: false,
        attainment: 90 / 97,
        progress: 5 / 12,
        change: -5,
      },
      {
        id: "csat",
        kind: "satisfaction",
        label: "Customer satisfaction",
        unit: "percent",
        comparison: "at_least",
        baseline: 60,
        target: 85,
        actual: 70,
        sample: 10,
        met: false,
        attainment: 70 / 85,
        progress: 0.4,
        change: 10,
      },
    ]);
  });

  it("measures mean scores, per-commitment compliance, a custom satisfied threshold and zh-CN labels", () => {
    const report = computeKpis(
      [
        { id: "mean", kind: "satisfaction", target: 4, satisfaction: { measure: "mean" } },
        { id: "top-box", kind: "satisfaction", target: 40, satisfaction: { satisfiedAt: 5 } },
        { id: "reply", kind: "commitment_compliance", target: 100, commitment: "reply" },
      ],
      outcomes,
      { locale: "zh-CN" },
    );
    expect(report.kpis.map((k) => [k.label, k.unit, k.actual, k.sample, k.met])).toEqual([
      ["客户满意度", "score", 3.8, 10, false],
      ["客户满意度", "percent", 40, 10, true],
      ["承诺达成率", "percent", 80, 5, false],
    ]);
  });

  it("counts only outcomes in [from, to) and reports nulls for a KPI with no data", () => {
    const report = computeKpis([{ id: "fcr", kind: "first_contact_resolution", target: 70, baseline: 50 }], outcomes, {
      from: day(1),
      to: day(4),
    });
    expect(report).toEqual({
      from: "2025-03-01T10:00:00.000Z",
      to: "2025-03-04T10:00:00.000Z",
      kpis: [expect.objectContaining({ sample: 3 })],
    });
    expect(report.kpis[0]?.actual).toBeCloseTo(200 / 3, 12);
    const empty = computeKpis([{ id: "fcr", kind: "first_contact_resolution", target: 70, baseline: 50 }], []);
    expect(empty.kpis[0]).toMatchObject({ actual: null, sample: 0, met: null, attainment: null, progress: null, change: null });
  });

  it("a complaint rate of zero has full attainment of the complement", () => {
    const report = computeKpis([{ id: "c", kind: "complaint_rate", target: 3 }], [{ at: day(1), complaint: false }]);
    expect(report.kpis[0]).toMatchObject({ actual: 0, met: true, attainment: 100 / 97 });
  });

  it("throws invalid_argument naming bad definitions, outcomes and duplicate ids", () => {
    const codes = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        if (isPledgeError(error)) return error.issues.map((i) => `${i.code}@${i.path.join(".")}`);
      }
      return [];
    };
    expect(codes(() => computeKpis([{ id: "a", kind: "nps" as never, target: 1 }], []))).toEqual(["invalid_value@definitions.0.kind"]);
    expect(
      codes(() =>
        computeKpis(
          [
            { id: "a", kind: "complaint_rate", target: 1 },
            { id: "a", kind: "satisfaction", target: 1 },
          ],
          [],
        ),
      ),
    ).toEqual(["duplicate_kpi@definitions.1.id"]);
    expect(codes(() => computeKpis([], [{ at: "2025-03-01T10:00:00", complaint: true }]))).toEqual(["ambiguous_instant@outcomes.0.at"]);
  });
});
