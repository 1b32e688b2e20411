import { definePolicy } from "./internal/policy.js";
import type { SlaPolicyInput, SlaPolicyJson } from "./schemas.js";
import type { SlaPolicy } from "./types.js";

/**
 * Validates and compiles an SLA policy: its business calendar (JSON, or a compiled `Calendar`
 * reused as it is), metrics (clocks), targets per priority, pause statuses, warnings and
 * escalations. Compile once, evaluate many tickets. Throws `PledgeError` (`invalid_policy`) listing
 * every problem, each with its path.
 *
 * @example
 * const policy = defineSlaPolicy({
 *   id: "standard",
 *   calendar: { timeZone: "Asia/Shanghai", week: { mon: [["09:00", "18:00"]], tue: [["09:00", "18:00"]] } },
 *   metrics: [{ id: "first_response", kind: "first_response", targets: { high: "PT2H", default: "PT8H" } }],
 *   warnAt: [0.75],
 * });
 */
export function defineSlaPolicy(input: SlaPolicyInput | SlaPolicyJson): SlaPolicy {
  return definePolicy(input);
}
