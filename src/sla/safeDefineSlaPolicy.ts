import { toSafe } from "../core/index.js";
import { defineSlaPolicy } from "./defineSlaPolicy.js";

/**
 * `defineSlaPolicy` without throwing: `{ success: true, data }` or `{ success: false, issues }`
 * listing every problem found (for config editors and form builders).
 *
 * @example
 * const result = safeDefineSlaPolicy({ id: "p", metrics: [] });
 * if (!result.success) console.log(result.issues.map((issue) => issue.path.join(".")));
 */
export const safeDefineSlaPolicy = toSafe(defineSlaPolicy);
