import { toSafe } from "../core/index.js";
import { defineInstrument } from "./defineInstrument.js";

/**
 * `defineInstrument` without throwing: `{ success: true, data }` or `{ success: false, issues }`
 * listing every problem found, for form builders and config editors.
 *
 * @example
 * const result = safeDefineInstrument({ scale: { min: 5, max: 1 }, dimensions: [] });
 * if (!result.success) console.log(result.issues.map((issue) => issue.code)); // ["invalid_scale", "too_small"]
 */
export const safeDefineInstrument = toSafe(defineInstrument);
