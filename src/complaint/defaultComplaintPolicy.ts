import { defaultComplaintPolicyInput } from "./defaultComplaintPolicyInput.js";
import { defineComplaintPolicy } from "./defineComplaintPolicy.js";
import type { ComplaintPolicy } from "./types.js";

let cached: ComplaintPolicy | undefined;

/**
 * The compiled default policy (`defaultComplaintPolicyInput()` through `defineComplaintPolicy`).
 * It is immutable, so one compiled copy is shared.
 *
 * @example
 * import { defaultComplaintPolicy, openComplaint } from "pledgekit/complaint";
 * const state = openComplaint(defaultComplaintPolicy(), { id: "C-1", receivedAt: "2024-10-08T01:00:00Z" });
 */
export function defaultComplaintPolicy(): ComplaintPolicy {
  cached ??= defineComplaintPolicy(defaultComplaintPolicyInput());
  return cached;
}
