import type { Locale } from "../core/index.js";
import { compiled } from "./internal/compile.js";
import { labelOf } from "./internal/labels.js";
import type { ComplaintPolicy, ComplaintPolicyLabels } from "./types.js";

/**
 * The labels of a policy's classes, stages, steps, handling actions, levels, rules, deadlines and
 * root causes in `locale` (falling back to English, then to the id), for pick lists and reports.
 *
 * @example
 * import { complaintPolicyLabels, defaultComplaintPolicy } from "pledgekit/complaint";
 * complaintPolicyLabels(defaultComplaintPolicy(), "zh-CN").stages.explicit_grumble; // "显化抱怨"
 */
export function complaintPolicyLabels(policy: ComplaintPolicy, locale: Locale = "en"): ComplaintPolicyLabels {
  const def = compiled(policy).def;
  const map = (items: readonly { readonly id: string; readonly label?: Parameters<typeof labelOf>[0] }[] | undefined): Record<string, string> =>
    Object.fromEntries((items ?? []).map((item) => [item.id, labelOf(item.label, item.id, locale)]));
  return {
    policy: labelOf(def.label, def.id, locale),
    classes: map(def.classes),
    stages: map(def.stages),
    steps: map(def.steps),
    actions: map(def.actions),
    functional: map(def.levels.functional),
    hierarchical: map(def.levels.hierarchical),
    rules: map(def.rules),
    deadlines: map(def.deadlines),
    rootCauses: map(def.rootCauses),
  };
}
