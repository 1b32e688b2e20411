import { isPolicy } from "./internal/policy.js";
import type { SlaPolicy } from "./types.js";

/**
 * True for a compiled policy from `defineSlaPolicy`, made by any copy of pledgekit (the ESM and CJS
 * builds side by side included); false for plain JSON and forged objects.
 *
 * @example
 * isSlaPolicy(defineSlaPolicy(input)); // true
 * isSlaPolicy(input); // false
 */
export function isSlaPolicy(value: unknown): value is SlaPolicy {
  return isPolicy(value);
}
