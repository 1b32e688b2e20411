import { describe, expectTypeOf, it } from "vitest";
import type { Calendar, Issue } from "../../src/index.js";
import {
  decideRemedy,
  defineRemedyPolicy,
  isRemedyPolicy,
  safeDefineRemedyPolicy,
  type DecideRemedyOptions,
  type Money,
  type RemedyClaimWindowInput,
  type RemedyDecision,
  type RemedyGrantInput,
  type RemedyPolicy,
  type RemedyPolicyDefinition,
  type RemedyPolicyInput,
} from "../../src/remedy/index.js";

describe("remedy public types", () => {
  it("a compiled policy carries its kind and definition", () => {
    const policy = defineRemedyPolicy({ id: "p", facts: {}, rules: [{ id: "r", kind: "apology" }] });
    expectTypeOf(policy.kind).toEqualTypeOf<"pledgekit.remedy_policy">();
    expectTypeOf(policy.definition).toEqualTypeOf<RemedyPolicyDefinition>();
    expectTypeOf(decideRemedy(policy, {})).toEqualTypeOf<RemedyDecision>();
  });

  it("safeDefineRemedyPolicy narrows to the policy or the issues", () => {
    const result = safeDefineRemedyPolicy({ id: "p", facts: {}, rules: [{ id: "r", kind: "apology" }] });
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<RemedyPolicy>();
    else expectTypeOf(result.issues).toEqualTypeOf<readonly Issue[]>();
  });

  it("isRemedyPolicy is a type guard", () => {
    const value: unknown = null;
    if (isRemedyPolicy(value)) expectTypeOf(value).toEqualTypeOf<RemedyPolicy>();
  });

  it("JSON configs are assignable to the input type, with the new constructs", () => {
    expectTypeOf({
      id: "p",
      currency: "GBP",
      facts: { fare: { type: "money" as const }, n: { type: "number" as const } },
      rules: [{ id: "r", kind: "compensation" as const, amount: { sum: ["95", { percent: 50, of: "fare", divideBy: { fact: "n" } }] } }],
      minimumPayable: { gt: "1" },
    }).toExtend<RemedyPolicyInput>();
  });

  it("a claim window's calendar is JSON or a compiled Calendar", () => {
    expectTypeOf<Calendar>().toExtend<NonNullable<RemedyClaimWindowInput["calendar"]>>();
    expectTypeOf<{ timeZone: "UTC"; week: { mon: [["09:00", "17:00"]] } }>().toExtend<NonNullable<RemedyClaimWindowInput["calendar"]>>();
  });

  it("options take grants, strict and a pattern; totals are Money", () => {
    expectTypeOf<DecideRemedyOptions["history"]>().toEqualTypeOf<readonly RemedyGrantInput[] | undefined>();
    expectTypeOf<DecideRemedyOptions["strict"]>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<DecideRemedyOptions["pattern"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<RemedyDecision["totals"]>().toEqualTypeOf<readonly Money[]>();
  });
});
