import { isPolicy } from "./internal/compile.js";
import type { ComplaintPolicy } from "./types.js";

/**
 * True for a compiled complaint policy, whichever copy of pledgekit made it (ESM beside CJS, a
 * duplicated install); false for a plain `ComplaintPolicyInput` and anything else.
 *
 * @example
 * import { defaultComplaintPolicy, defaultComplaintPolicyInput, isComplaintPolicy } from "pledgekit/complaint";
 * isComplaintPolicy(defaultComplaintPolicy()); // true
 * isComplaintPolicy(defaultComplaintPolicyInput()); // false
 */
export function isComplaintPolicy(value: unknown): value is ComplaintPolicy {
  return isPolicy(value);
}
