import type { Commitment } from "./types.js";
import { registry } from "./internal/compile.js";

/**
 * True for a value returned by `defineCommitment`, also one made by another copy of pledgekit
 * (the ESM and CommonJS builds side by side): that one is recognised by the shared protocol.
 *
 * @example
 * import { defineCommitment, isCommitment } from "pledgekit/commitment";
 * isCommitment(defineCommitment({ id: "c1" })); // true
 * isCommitment({ id: "c1" }); // false
 */
export function isCommitment(value: unknown): value is Commitment {
  return registry.is(value);
}
