import { toSafe } from "../core/index.js";
import { defineRemedyPolicy } from "./defineRemedyPolicy.js";

/**
 * `defineRemedyPolicy` without throwing: `{ success: true, data }` or `{ success: false, issues }`
 * with every problem found, for policy editors and forms.
 *
 * @category Remedy
 * @example
 * import { safeDefineRemedyPolicy } from "pledgekit/remedy";
 * const result = safeDefineRemedyPolicy({ id: "p", currency: "EUR", facts: {}, rules: [{ id: "r", kind: "refund", amount: "12.505" }] });
 * if (!result.success) console.log(result.issues[0]?.path); // ["rules", 0, "amount"]
 */
export const safeDefineRemedyPolicy = toSafe(defineRemedyPolicy);
