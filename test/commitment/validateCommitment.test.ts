import { describe, expect, it } from "vitest";
import { formatIssue, isPledgeError } from "../../src/index.js";
import { defineCommitment, validateCommitment, type CommitmentReview } from "../../src/commitment/index.js";
import { goodChinese, goodEnglish, spans, table } from "../fixtures/commitment-table.js";

const codes = (review: CommitmentReview): string[] => review.issues.map((issue) => issue.code).sort();

describe("validateCommitment over the commitment table", () => {
  it("has at least 40 rows in English and Chinese, covering every issue code of the contract", () => {
    expect(table.length).toBeGreaterThanOrEqual(40);
    expect(table.filter((row) => row.locale === "zh-CN").length).toBeGreaterThanOrEqual(15);
    const raised = new Set(table.flatMap((row) => row.codes));
    for (const code of [
      "vague_wording",
      "absolute_claim",
      "missing_service",
      "statement_mismatch",
      "missing_metric",
      "missing_target",
      "unachievable_target",
      "insufficient_history",
      "missing_relevance",
      "missing_time_limit",
      "missing_remedy",
    ])
      expect(raised, code).toContain(code);
  });

  for (const row of table) {
    it(row.name, () => {
      const options = { ...(row.history === undefined ? {} : { history: row.history }), ...(row.locale === undefined ? {} : { locale: row.locale }) };
      const review = validateCommitment(row.input, options);
      expect(codes(review)).toEqual([...row.codes].sort());
      expect(review.valid).toBe(!review.issues.some((issue) => issue.severity === "error"));
      for (const issue of review.issues) {
        expect(issue.message.length).toBeGreaterThan(0);
        expect(issue.message).toBe(formatIssue(issue, row.locale ?? "en"));
      }
    });
  }
});

describe("the review shape", () => {
  it("splits issues into SMART buckets; missing_remedy belongs to none", () => {
    const review = validateCommitment({ id: "draft" });
    expect(review.smart.specific.issues.map((i) => i.code)).toEqual(["missing_service"]);
    expect(review.smart.measurable.issues.map((i) => i.code)).toEqual(["missing_metric", "missing_target"]);
    expect(review.smart.achievable).toEqual({ pass: true, issues: [] });
    expect(review.smart.relevant.issues.map((i) => i.code)).toEqual(["missing_relevance"]);
    expect(review.smart.timeBound.issues.map((i) => i.code)).toEqual(["missing_time_limit"]);
    const bucketed = Object.values(review.smart).flatMap((bucket) => bucket.issues.map((i) => i.code));
    expect(review.issues.map((i) => i.code).filter((code) => !bucketed.includes(code))).toEqual(["missing_remedy"]);
    expect(review.valid).toBe(false);
  });

  it("gives severities of the contract table: warnings keep a commitment valid", () => {
    const { relevance: _r, ...noRelevance } = goodEnglish;
    const review = validateCommitment(noRelevance, { history: spans(5, 5) });
    expect(review.issues.map((i) => [i.code, i.severity])).toEqual([
      ["insufficient_history", "warning"],
      ["missing_relevance", "warning"],
    ]);
    expect(review.valid).toBe(true);
    expect(review.smart.relevant.pass).toBe(false);
    expect(review.smart.achievable.pass).toBe(false);
  });

  it("points issues at fields and names what was found", () => {
    const review = validateCommitment({ ...goodEnglish, title: "We reply promptly", statement: "Replies within 3 hours, the best in town." });
    expect(review.issues.map((i) => ({ code: i.code, path: i.path, found: i.params.found }))).toEqual([
      { code: "vague_wording", path: ["title"], found: "promptly" },
      { code: "statement_mismatch", path: ["statement"], found: "3 hours" },
      { code: "absolute_claim", path: ["statement"], found: "best" },
    ]);
    expect(review.issues[1]?.params).toMatchObject({ kind: "duration", value: 3 * 3_600_000, expected: 2 * 3_600_000 });
    expect(review.issues[1]?.message).toBe('the wording says "3 hours" but the standard targets 2 h');
  });

  it("renders messages in zh-CN on request, with the same codes, paths and params", () => {
    const input = { ...goodChinese, title: "我们会尽快接听，行业第一" };
    const en = validateCommitment(input);
    const zh = validateCommitment(input, { locale: "zh-CN" });
    expect(zh.issues.map(({ message: _m, ...rest }) => rest)).toEqual(en.issues.map(({ message: _m, ...rest }) => rest));
    expect(zh.issues.map((i) => i.message)).toEqual([
      "“尽快” 表述含糊：请改为具体时限（如“2小时内”）",
      "“第一” 属于绝对化用语：请删除或在 evidence 中附上依据（《广告法》第九条禁止使用绝对化用语）",
    ]);
  });

  it("states the observed rate and the sample size of an unachievable target", () => {
    const review = validateCommitment(goodEnglish, { history: spans(40, 30) });
    const issue = review.smart.achievable.issues[0];
    expect(issue?.params).toEqual({ observed: 0.75, sample: 40, met: 30, promised: 0.95 });
    expect(issue?.path).toEqual(["standard", "target"]);
    expect(issue?.message).toBe("history shows 75% of 40 cases meeting the target (30 met), below the promised 95%");
    expect(review.attainment).toEqual({ sample: 40, met: 30, rate: 0.75, promised: 0.95, sufficient: true });
  });

  it("accepts a defined commitment as well as its input", () => {
    expect(validateCommitment(defineCommitment(goodEnglish))).toEqual(validateCommitment(goodEnglish));
  });

  it("survives a JSON round trip", () => {
    const review = validateCommitment({ id: "draft", title: "尽快" }, { locale: "zh-CN" });
    expect(JSON.parse(JSON.stringify(review))).toEqual(review);
  });
});

describe("validateCommitment errors", () => {
  const thrown = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      if (isPledgeError(error)) return { code: error.code, issues: error.issues.map((i) => ({ code: i.code, path: i.path })) };
      throw error;
    }
    throw new Error("did not throw");
  };

  it("rejects input that is not a commitment (invalid_commitment, unknown keys named)", () => {
    expect(thrown(() => validateCommitment({ id: "x", titel: "typo" } as never))).toEqual({
      code: "invalid_commitment",
      issues: [{ code: "unknown_key", path: ["titel"] }],
    });
  });

  it("requires a calendar for a business-hours standard with { start, end } history", () => {
    const input = { ...goodEnglish, standard: { ...goodEnglish.standard, businessHours: true } };
    expect(thrown(() => validateCommitment(input, { history: spans(3, 3) }))).toEqual({
      code: "invalid_argument",
      issues: [{ code: "calendar_required", path: ["calendar"] }],
    });
    // { at, value } and { at, met } cases are already measured: no calendar needed.
    expect(validateCommitment(input, { history: [{ at: "2025-01-01T00:00:00Z", value: 60_000 }] }).attainment?.rate).toBe(1);
  });

  it("names every bad observation", () => {
    const history = [
      { start: "2025-01-01T10:00:00Z", end: "2025-01-01T09:00:00Z" },
      { start: "2025-01-01T10:00:00", end: "2025-01-01T11:00:00Z" },
      { at: "2025-01-01T10:00:00Z", met: "yes" },
    ];
    const result = thrown(() => validateCommitment(goodEnglish, { history: history as never }));
    expect(result.code).toBe("invalid_argument");
    expect(result.issues).toEqual([
      { code: "end_before_start", path: ["history", 0, "end"] },
      { code: "ambiguous_instant", path: ["history", 1, "start"] },
      { code: "invalid_type", path: ["history", 2, "met"] },
    ]);
  });

  it("rejects { start, end } history against a number target", () => {
    const input = { id: "csat", standard: { metric: "csat", target: 85, unit: "percent" } };
    expect(thrown(() => validateCommitment(input, { history: spans(1, 1) }))).toEqual({
      code: "invalid_argument",
      issues: [{ code: "observation_mismatch", path: ["history", 0] }],
    });
  });

  it("rejects bad options", () => {
    expect(thrown(() => validateCommitment(goodEnglish, { locale: "fr" as never })).code).toBe("invalid_argument");
    expect(thrown(() => validateCommitment(goodEnglish, { minSample: 0 })).issues).toEqual([{ code: "invalid_min_sample", path: ["minSample"] }]);
    expect(thrown(() => validateCommitment(goodEnglish, { wordLists: { vague: [""] } })).issues[0]?.path).toEqual(["wordLists", "vague", 0]);
  });
});
