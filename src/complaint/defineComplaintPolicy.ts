import { parseOrThrow } from "../core/index.js";
import { compilePolicy, type ComplaintPolicy } from "./internal/compile.js";
import { complaintMessages } from "./messages.js";
import { ComplaintPolicySchema, type ComplaintPolicyInput } from "./schemas.js";

/**
 * Validates a complaint policy (classes, customer stages, handling steps and transitions, handling
 * actions, escalation levels and rules, deadlines) and compiles it into an opaque, frozen value.
 * Throws `PledgeError` code `invalid_policy` listing every problem (unknown keys, unknown step or
 * class references, duplicate ids, ambiguous transitions, day units without a calendar).
 *
 * @example
 * import { defineComplaintPolicy, defaultComplaintPolicyInput } from "pledgekit/complaint";
 * const policy = defineComplaintPolicy(defaultComplaintPolicyInput());
 * policy.id; // "default"
 */
export function defineComplaintPolicy(input: ComplaintPolicyInput): ComplaintPolicy {
  const definition = parseOrThrow(ComplaintPolicySchema, input, "invalid_policy", complaintMessages);
  return compilePolicy(structuredClone(definition));
}
