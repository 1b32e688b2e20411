import { describe, expect, it } from "vitest";
import { formatIssue, isPledgeError } from "../../src/index.js";
import { CommitmentSchema, defineCommitment, isCommitment, safeDefineCommitment } from "../../src/commitment/index.js";
import { goodChinese, goodEnglish } from "../fixtures/commitment-table.js";

const issuesOf = (input: unknown) => {
  const result = safeDefineCommitment(input as never);
  return result.success ? [] : result.issues.map((i) => ({ code: i.code, path: i.path }));
};

describe("defineCommitment", () => {
  it("returns a frozen commitment with the standard's defaults resolved", () => {
    const c = defineCommitment(goodEnglish);
    expect(isCommitment(c)).toBe(true);
    expect(Object.isFrozen(c) && Object.isFrozen(c.definition) && Object.isFrozen(c.definition.service)).toBe(true);
    expect(c.standard).toEqual({
      target: { kind: "duration", ms: 7_200_000, iso: "PT2H" },
      comparison: "at_most",
      businessHours: false,
      attainment: 0.95,
    });
    expect(defineCommitment({ id: "n", standard: { target: 85, unit: "percent" } }).standard).toEqual({
      target: { kind: "number", value: 85, unit: "percent" },
      comparison: "at_least",
      businessHours: false,
      attainment: 1,
    });
    expect(defineCommitment({ id: "o", standard: { target: { hours: 1, minutes: 30 } } }).standard.target).toEqual({
      kind: "duration",
      ms: 5_400_000,
      iso: "PT1H30M",
    });
  });

  it("never shares or freezes the caller's objects", () => {
    const input = structuredClone({ ...goodChinese, meta: { crm: { id: 7 } } });
    const before = structuredClone(input);
    const c = defineCommitment(input);
    expect(input).toEqual(before);
    expect(Object.isFrozen(input.meta.crm)).toBe(false);
    expect(c.definition.meta).toEqual({ crm: { id: 7 } });
    expect(c.definition.meta).not.toBe(input.meta);
  });

  it("passes a defined commitment through and accepts its definition again", () => {
    const c = defineCommitment(goodEnglish);
    expect(defineCommitment(c as never)).toBe(c);
    expect(defineCommitment(c.definition)).toEqual(c);
    expect(isCommitment(JSON.parse(JSON.stringify(c)))).toBe(false);
  });

  it("rejects unknown keys, naming them (a typo is never dropped)", () => {
    expect(issuesOf({ id: "x", standard: { metric: "m", taget: "PT1H" }, remedies: {} })).toEqual([
      { code: "unknown_key", path: ["standard", "taget"] },
      { code: "unknown_key", path: ["remedies"] },
    ]);
  });

  it("reports every problem at once", () => {
    expect(
      issuesOf({
        id: "",
        standard: { target: "P1D", attainment: 1.5, comparison: "about" },
        deadline: "2025-02-30",
        relevance: { servqualDimension: "speed" },
        validFrom: "2025-06-01",
        reviewBy: "2025-01-01",
      }).map((i) => `${i.code}@${i.path.join(".")}`),
    ).toEqual([
      "too_small@id",
      "duration_has_days@standard.target",
      "invalid_value@standard.comparison",
      "too_big@standard.attainment",
      "invalid_date@deadline",
      "invalid_value@relevance.servqualDimension",
    ]);
  });

  it("rejects a review date before the start of validity", () => {
    expect(issuesOf({ id: "x", validFrom: "2025-06-01", reviewBy: "2025-01-01" })).toEqual([{ code: "review_before_valid", path: ["reviewBy"] }]);
  });

  it("rejects non-positive durations and percentages outside 0–100", () => {
    expect(issuesOf({ id: "x", standard: { target: "PT0S" } })).toEqual([{ code: "non_positive_target", path: ["standard", "target"] }]);
    expect(issuesOf({ id: "x", standard: { target: 120, unit: "percent" } })).toEqual([{ code: "percent_out_of_range", path: ["standard", "target"] }]);
  });

  it("throws PledgeError invalid_commitment with messages in both locales", () => {
    try {
      defineCommitment({ id: "x", standard: { target: 120, unit: "percent" } });
      expect.unreachable();
    } catch (error) {
      expect(isPledgeError(error) && error.code).toBe("invalid_commitment");
      if (!isPledgeError(error)) return;
      expect(error.message).toBe("invalid_commitment: standard.target: 120 is not a percentage: expected 0 to 100");
      expect(formatIssue(error.issues[0]!, "zh-CN")).toBe("120 不是有效百分比：应在 0 到 100 之间");
    }
  });

  it("exports the zod schema users can reuse", () => {
    expect(CommitmentSchema.safeParse(goodEnglish).success).toBe(true);
  });
});
