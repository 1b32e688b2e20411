import type { Commitment } from "./internal/compile.js";
import { COMMITMENT_BRAND } from "./internal/brand.js";

/**
 * True for a value returned by `defineCommitment` (works across ESM/CommonJS copies of the library).
 *
 * @example
 * import { defineCommitment, isCommitment } from "pledgekit/commitment";
 * isCommitment(defineCommitment({ id: "c1" })); // true
 * isCommitment({ id: "c1" }); // false
 */
export function isCommitment(value: unknown): value is Commitment {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[COMMITMENT_BRAND] === true;
}
