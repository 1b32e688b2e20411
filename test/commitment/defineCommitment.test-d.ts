// JSON configs type-check: what TypeScript infers for an imported .json file or a literal held in a
// variable (strings for the enums, mutable arrays) is a valid CommitmentInput (issue 16 #2).
import { describe, expectTypeOf, it } from "vitest";
import { defineCommitment, validateCommitment, type Commitment, type CommitmentInput, type CommitmentReview } from "../../src/commitment/index.js";
import config from "./fixtures/commitment.json";

describe("defineCommitment input types", () => {
  it("accepts an imported JSON file", () => {
    expectTypeOf(config).toMatchTypeOf<CommitmentInput>();
    expectTypeOf(defineCommitment(config)).toEqualTypeOf<Commitment>();
    expectTypeOf(validateCommitment(config)).toEqualTypeOf<CommitmentReview>();
  });

  it("accepts literals held in variables, with widened strings and arrays", () => {
    const comparison = "at_least" as string;
    const needs = ["speed"];
    expectTypeOf({ id: "x", standard: { target: 85, unit: "percent", comparison }, relevance: { needs } }).toMatchTypeOf<CommitmentInput>();
    expectTypeOf({ id: "x", evidence: ["a"] } as const).toMatchTypeOf<CommitmentInput>();
  });

  it("still refuses what is no commitment at all", () => {
    expectTypeOf({ title: "no id" }).not.toMatchTypeOf<CommitmentInput>();
    expectTypeOf({ id: "x", standard: { target: true } }).not.toMatchTypeOf<CommitmentInput>();
  });
});
