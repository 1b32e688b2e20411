import type { Calendar } from "../calendar/index.js";
import { definePolicy } from "./internal/compile.js";
import type { ComplaintPolicyInput } from "./schemas.js";
import type { ComplaintPolicy } from "./types.js";

/**
 * Validates a complaint policy (classes, customer stages, handling steps and transitions, handling
 * actions, escalation levels and rules, deadlines, business calendar) and compiles it into an
 * opaque, frozen value. `calendar` may be a `CalendarInput` or a compiled calendar, which is used
 * as it is, never recompiled. Throws `PledgeError` code `invalid_policy` listing every problem
 * (unknown keys, unknown step or class references, duplicate ids, ambiguous transitions, lengths
 * that are not positive or longer than ten years, day or business units without a calendar,
 * calendar problems under `calendar.…`).
 *
 * @example
 * import { defineComplaintPolicy, defaultComplaintPolicyInput } from "pledgekit/complaint";
 * const policy = defineComplaintPolicy(defaultComplaintPolicyInput());
 * policy.id; // "default"
 */
export function defineComplaintPolicy(
  input: ComplaintPolicyInput | (Omit<ComplaintPolicyInput, "calendar"> & { readonly calendar?: Calendar }),
): ComplaintPolicy {
  return definePolicy(input);
}
