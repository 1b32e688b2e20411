import { toSafe } from "../core/index.js";
import { defineComplaintPolicy } from "./defineComplaintPolicy.js";

/**
 * The non-throwing twin of `defineComplaintPolicy`: `{ success: true, data }` or
 * `{ success: false, issues }` with every problem found (for policy editors and forms).
 *
 * @example
 * import { safeDefineComplaintPolicy } from "pledgekit/complaint";
 * const result = safeDefineComplaintPolicy({ id: "x", classes: [], stages: [], steps: [], transitions: [], levels: { functional: [], hierarchical: [] } });
 * if (!result.success) console.log(result.issues.map((issue) => issue.path.join(".")));
 */
export const safeDefineComplaintPolicy = toSafe(defineComplaintPolicy);
