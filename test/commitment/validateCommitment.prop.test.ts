import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defineCommitment, validateCommitment, type CommitmentInput, type CommitmentReview } from "../../src/commitment/index.js";
import { commitmentDraft, metHistory, spanHistory } from "../arbitraries/commitment.js";

const RUNS = { numRuns: 200 };

function valueAt(input: unknown, path: readonly (string | number)[]): unknown {
  let current = input;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

// Every field a review can point at, as written in CommitmentSchema.
const SCHEMA_PATHS = new Set([
  "title",
  "statement",
  "service.content",
  "standard.metric",
  "standard.target",
  "standard.unit",
  "deadline",
  "remedy",
  "relevance",
]);
const ABOUT_PRESENT_VALUE = new Set(["vague_wording", "absolute_claim", "statement_mismatch", "unachievable_target", "insufficient_history"]);
const blank = (value: unknown): boolean =>
  value === undefined ||
  (typeof value === "string" && value.trim() === "") ||
  (typeof value === "object" && value !== null && Object.values(value).every(blank)) ||
  (Array.isArray(value) && value.every(blank));

const withoutEvidence = (input: CommitmentInput): CommitmentInput => {
  const { evidence: _e, ...rest } = input;
  return rest;
};
const codesAndPaths = (review: CommitmentReview) => review.issues.map(({ message: _m, ...rest }) => rest);

describe("validateCommitment properties", () => {
  it("is deterministic: equal inputs give deep-equal reviews, and reviews survive a JSON round trip", () => {
    fc.assert(
      fc.property(commitmentDraft, (input) => {
        const review = validateCommitment(input);
        expect(validateCommitment(structuredClone(input))).toEqual(review);
        expect(JSON.parse(JSON.stringify(review))).toEqual(review);
      }),
      RUNS,
    );
  });

  it("is idempotent: reviewing the defined commitment, or a definition defined again, gives the same review", () => {
    fc.assert(
      fc.property(commitmentDraft, (input) => {
        const defined = defineCommitment(input);
        expect(defineCommitment(defined.definition)).toEqual(defined);
        expect(validateCommitment(defined)).toEqual(validateCommitment(input));
        expect(validateCommitment(defineCommitment(defined.definition))).toEqual(validateCommitment(defined));
      }),
      RUNS,
    );
  });

  it("every issue path points at a field of the commitment: present for findings, absent or blank for missing_*", () => {
    fc.assert(
      fc.property(commitmentDraft, metHistory, (input, history) => {
        const review = validateCommitment(input, { history, minSample: 20 });
        for (const issue of review.issues) {
          expect(SCHEMA_PATHS).toContain(issue.path.join("."));
          const value = valueAt(input, issue.path);
          if (ABOUT_PRESENT_VALUE.has(issue.code)) expect(blank(value), issue.code).toBe(false);
          else if (issue.code === "missing_target" && issue.path[1] === "unit") expect(blank(value)).toBe(true);
          else expect(blank(value), `${issue.code} at ${issue.path.join(".")}`).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("adding evidence removes absolute_claim and nothing else", () => {
    fc.assert(
      fc.property(commitmentDraft, (input) => {
        const bare = withoutEvidence(input);
        const without = validateCommitment(bare);
        const withEvidence = validateCommitment({ ...bare, evidence: ["2024 national customer-satisfaction index, rank 1"] });
        expect(codesAndPaths(withEvidence)).toEqual(codesAndPaths(without).filter((issue) => issue.code !== "absolute_claim"));
      }),
      RUNS,
    );
  });

  it("valid is false exactly when an issue is an error; the SMART buckets and missing_remedy partition the issues", () => {
    fc.assert(
      fc.property(commitmentDraft, (input) => {
        const review = validateCommitment(input);
        expect(review.valid).toBe(review.issues.every((issue) => issue.severity !== "error"));
        const bucketed = Object.values(review.smart).flatMap((bucket) => {
          expect(bucket.pass).toBe(bucket.issues.length === 0);
          return bucket.issues;
        });
        const rest = review.issues.filter((issue) => !bucketed.includes(issue));
        expect(rest.every((issue) => issue.code === "missing_remedy")).toBe(true);
        expect(bucketed.length + rest.length).toBe(review.issues.length);
      }),
      RUNS,
    );
  });

  it("the locale changes messages only", () => {
    fc.assert(
      fc.property(commitmentDraft, (input) => {
        expect(codesAndPaths(validateCommitment(input, { locale: "zh-CN" }))).toEqual(codesAndPaths(validateCommitment(input)));
      }),
      RUNS,
    );
  });

  it("never mutates its input", () => {
    fc.assert(
      fc.property(commitmentDraft, metHistory, (input, history) => {
        const before = structuredClone({ input, history });
        validateCommitment(input, { history, minSample: 10 });
        expect({ input, history }).toEqual(before);
      }),
      RUNS,
    );
  });

  it("attainment is the share of cases within the target, and unachievable_target appears exactly when it falls short", () => {
    fc.assert(
      fc.property(spanHistory, fc.constantFrom(0.5, 0.8, 0.95, 1), (history, promised) => {
        const review = validateCommitment(
          { id: "r", standard: { metric: "first_response", target: "PT4H", attainment: promised } },
          { history, minSample: 20 },
        );
        const met = history.filter((o) => Date.parse(o.end) - Date.parse(o.start) <= 4 * 3_600_000).length;
        if (history.length > 0)
          expect(review.attainment).toEqual({ sample: history.length, met, rate: met / history.length, promised, sufficient: history.length >= 20 });
        const codes = review.smart.achievable.issues.map((i) => i.code);
        if (history.length < 20) expect(codes).toEqual(["insufficient_history"]);
        else expect(codes).toEqual(met / history.length < promised ? ["unachievable_target"] : []);
      }),
      RUNS,
    );
  });
});
