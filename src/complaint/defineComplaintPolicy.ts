import { calendarDefinition, isCalendar, type Calendar } from "../calendar/index.js";
import { calendarMessages } from "../calendar/index.js";
import { isPledgeError, parseOrThrow, PledgeError } from "../core/index.js";
import { compilePolicy, type ComplaintPolicy } from "./internal/compile.js";
import { complaintMessages } from "./messages.js";
import { ComplaintPolicySchema, type ComplaintPolicyInput } from "./schemas.js";

const catalogue = { ...calendarMessages, ...complaintMessages };

/**
 * Validates a complaint policy (classes, customer stages, handling steps and transitions, handling
 * actions, escalation levels and rules, deadlines, business calendar) and compiles it into an
 * opaque, frozen value. `calendar` may be a `CalendarInput` or a compiled calendar. Throws
 * `PledgeError` code `invalid_policy` listing every problem (unknown keys, unknown step or class
 * references, duplicate ids, ambiguous transitions, day or business units without a calendar,
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
  const calendar = (input as { calendar?: unknown } | null)?.calendar;
  const withCalendar = isCalendar(calendar) ? { ...input, calendar: calendarDefinition(calendar) } : input;
  const definition = parseOrThrow(ComplaintPolicySchema, withCalendar, "invalid_policy", catalogue);
  try {
    return compilePolicy(structuredClone(definition));
  } catch (error) {
    // Calendar problems only found when compiling (a calendar that never opens) keep their path.
    if (isPledgeError(error) && error.code === "invalid_calendar") {
      throw new PledgeError("invalid_policy", error.issues.map((issue) => ({ ...issue, path: ["calendar", ...issue.path] })));
    }
    throw error;
  }
}
