import { coreMessages, createIssue, formatInstant, PledgeError, type DateInput, type Locale } from "../core/index.js";
import { compiled } from "./internal/compile.js";
import { deadlineKind } from "./internal/deadlines.js";
import { labelOf } from "./internal/labels.js";
import { checkState } from "./internal/state.js";
import { statusOf } from "./internal/status.js";
import type { ComplaintReport, ComplaintState, ComplaintPolicy } from "./types.js";
import { complaintInstant } from "./internal/instant.js";

const zeroes = (ids: readonly string[]): Record<string, number> => Object.fromEntries(ids.map((id) => [id, 0]));

/**
 * Figures over a set of complaints as of `now`: counts by class, by the highest stage each
 * reached on the customer's ladder, by current step and by peak escalation level; per deadline
 * the met, breached, lapsed and pending counts and the breach rate of a limit (breached ÷ decided,
 * where a clock still running past its due instant counts as breached; a window lapses, it is never
 * breached, so its rate is null); the most frequent root-cause tags. Every state is checked
 * (`invalid_state` naming `states[i].field`).
 *
 * @example
 * import { complaintReport, defaultComplaintPolicy, openComplaint } from "pledgekit/complaint";
 * const policy = defaultComplaintPolicy();
 * const states = [openComplaint(policy, { id: "C-1", receivedAt: "2024-10-08T01:00:00Z", class: "major" })];
 * complaintReport(policy, states, "2024-10-09T00:00:00Z").byClass.major; // 1
 */
export function complaintReport(
  policy: ComplaintPolicy,
  states: readonly ComplaintState[],
  now: DateInput,
  options: { readonly top?: number; readonly locale?: Locale } = {},
): ComplaintReport {
  const tables = compiled(policy);
  if (!Array.isArray(states)) {
    throw new PledgeError("invalid_argument", [
      createIssue(coreMessages, "invalid_type", ["states"], { expected: "an array of complaint states", received: states, receivedType: typeof states }),
    ]);
  }
  states.forEach((state, i) => checkState(tables, state, ["states", i]));
  const nowMs = complaintInstant(now, ["now"]);
  const locale = options?.locale ?? "en";
  const byClass = zeroes(tables.classes);
  const byStageReached = zeroes(tables.stages);
  const byStep = zeroes(tables.steps);
  const byPeakFunctional = zeroes(tables.functional);
  const byPeakHierarchical = zeroes(tables.hierarchical);
  const deadlines = tables.deadlines.map((d) => ({ id: d.id, kind: deadlineKind(d), applicable: 0, met: 0, breached: 0, lapsed: 0, pending: 0 }));
  const causes = new Map<string, number>();
  let open = 0;
  let reopened = 0;
  let satisfied = 0;
  let dissatisfied = 0;
  for (const state of states) {
    const status = statusOf(tables, state, Math.max(nowMs, Date.parse(state.updatedAt)), locale);
    byClass[state.class] = (byClass[state.class] ?? 0) + 1;
    byStageReached[state.peakStage] = (byStageReached[state.peakStage] ?? 0) + 1;
    byStep[state.step] = (byStep[state.step] ?? 0) + 1;
    byPeakFunctional[state.peakLevel.functional] = (byPeakFunctional[state.peakLevel.functional] ?? 0) + 1;
    byPeakHierarchical[state.peakLevel.hierarchical] = (byPeakHierarchical[state.peakLevel.hierarchical] ?? 0) + 1;
    if (status.open) open += 1;
    if (state.reopenCount > 0) reopened += 1;
    if (state.satisfied === true) satisfied += 1;
    if (state.satisfied === false) dissatisfied += 1;
    status.deadlines.forEach((d, i) => {
      const row = deadlines[i]!;
      if (d.status === "not_applicable") return;
      row.applicable += 1;
      if (d.status === "met") row.met += 1;
      else if (d.status === "breached") row.breached += 1;
      else if (d.status === "lapsed") row.lapsed += 1;
      else row.pending += 1;
    });
    for (const tag of state.rootCauses) causes.set(tag, (causes.get(tag) ?? 0) + 1);
  }
  const total = states.length;
  const rootCauseLabels = new Map((tables.def.rootCauses ?? []).map((r) => [r.id, r.label]));
  const topRootCauses = [...causes.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, options?.top ?? 5)
    .map(([id, count]) => ({ id, label: labelOf(rootCauseLabels.get(id), id, locale), count, share: count / total }));
  return {
    evaluatedAt: formatInstant(nowMs),
    total,
    open,
    closed: total - open,
    reopened,
    satisfied,
    dissatisfied,
    byClass,
    byStageReached,
    byStep,
    byPeakLevel: { functional: byPeakFunctional, hierarchical: byPeakHierarchical },
    deadlines: deadlines.map((d) => ({ ...d, breachRate: d.kind === "window" || d.met + d.breached === 0 ? null : d.breached / (d.met + d.breached) })),
    topRootCauses,
  };
}
