import { toSafe } from "../core/index.js";
import { defineCommitment } from "./defineCommitment.js";

/**
 * `defineCommitment` without throwing: `{ success: true, data }` or `{ success: false, issues }` with
 * every schema problem, for form builders and config editors.
 *
 * @example
 * import { safeDefineCommitment } from "pledgekit/commitment";
 * const result = safeDefineCommitment({ id: "c1", standrad: {} });
 * if (!result.success) result.issues[0]?.code; // "unknown_key"
 */
export const safeDefineCommitment = toSafe(defineCommitment);
