import { readFileSync } from "node:fs";
import {
  decideRemedy,
  defineRemedyPolicy,
  type DecideRemedyOptions,
  type RemedyFacts,
  type RemedyDecision,
  type RemedyPolicy,
} from "../../../src/remedy/index.js";

/** A policy from examples/remedies/, defined as a user would. */
export function loadPolicy(name: string): RemedyPolicy {
  return defineRemedyPolicy(JSON.parse(readFileSync(`examples/remedies/${name}.json`, "utf8")) as never);
}

/** The decision's amount for one rule ("none" when the rule granted nothing). */
export function amountOf(decision: RemedyDecision, ruleId: string): string {
  return decision.remedies.find((r) => r.ruleId === ruleId)?.amount?.amount ?? "none";
}

export function decide(policy: RemedyPolicy, facts: RemedyFacts, options?: DecideRemedyOptions): RemedyDecision {
  return decideRemedy(policy, facts, options);
}

export const codes = (decision: RemedyDecision): string[] => decision.explanation.map((e) => e.code);
