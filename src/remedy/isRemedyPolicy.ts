import { remedyPolicies } from "./internal/registry.js";
import type { RemedyPolicy } from "./types.js";

/**
 * True for a compiled remedy policy (from `defineRemedyPolicy`, by any copy of pledgekit); false
 * for a plain `RemedyPolicyInput` and anything else.
 *
 * @category Remedy
 * @example
 * import { defineRemedyPolicy, isRemedyPolicy } from "pledgekit/remedy";
 * const input = { id: "p", facts: {}, rules: [{ id: "sorry", kind: "apology" }] } as const;
 * isRemedyPolicy(input); // false
 * isRemedyPolicy(defineRemedyPolicy(input)); // true
 */
export function isRemedyPolicy(value: unknown): value is RemedyPolicy {
  return remedyPolicies.is(value);
}
