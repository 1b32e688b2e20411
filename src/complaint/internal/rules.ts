import { formatInstant, MS_PER_DAY, toDurationMs } from "../../core/index.js";
import type { CompiledComplaintPolicy, CompiledRule, TriggerDefinition } from "./compile.js";
import type { Draft, EffectSink } from "./draft.js";
import { complaintWork } from "./cost.js";
import { deadlineBreachInstant, deadlineKind, lengthEndMs } from "./deadlines.js";
import type { ComplaintEffect, ComplaintState } from "../types.js";

type WindowDefinition = Extract<TriggerDefinition, { kind: "repeated_contacts" }>["within"];

function windowMs(window: WindowDefinition): number {
  if (typeof window === "object" && window !== null && "days" in window) return Math.round(window.days * MS_PER_DAY);
  return toDurationMs(window);
}

const NEVER = null;

/**
 * The instant from which a trigger holds, given the state as it is (no further events):
 * `-Infinity` when it holds whatever the time, a finite instant for a time-based trigger, or null
 * when it does not hold (and time alone will not make it hold).
 */
function triggerSince(policy: CompiledComplaintPolicy, trigger: TriggerDefinition, state: ComplaintState, at: number): number | null {
  switch (trigger.kind) {
    case "repeated_contacts": {
      const from = at - windowMs(trigger.within);
      const contacts = state.contacts;
      // Contacts are kept in time order: count those in (from, at] with two binary searches.
      const count = firstAfter(contacts, at) - firstAfter(contacts, from);
      return count >= trigger.count ? -Infinity : NEVER;
    }
    case "sentiment":
      return state.sentiment !== null && state.sentiment <= trigger.atMost ? -Infinity : NEVER;
    case "missed_commitment":
      return state.missedCommitments.length >= (trigger.count ?? 1) ? -Infinity : NEVER;
    case "class":
      return trigger.in.includes(state.class) ? -Infinity : NEVER;
    case "stage":
      return (policy.stageRank.get(state.stage) ?? -1) >= (policy.stageRank.get(trigger.atLeast) ?? Infinity) ? -Infinity : NEVER;
    case "reopened":
      return state.reopenCount >= (trigger.count ?? 1) ? -Infinity : NEVER;
    case "open_for":
      // The customer has been waiting since receipt (rules do not run once the complaint is closed).
      return lengthEndMs(policy, Date.parse(state.receivedAt), trigger.over);
    case "time_in_step":
      if (state.step !== trigger.step) return NEVER;
      return lengthEndMs(policy, Date.parse(state.stepEnteredAt), trigger.over);
    case "deadline_breached":
    case "window_lapsed": {
      // A limit is breached, a window lapses; each trigger hears only its own kind. A breach or
      // lapse from before the rules were last re-armed (closure) is old news after a reopen.
      const kind = trigger.kind === "deadline_breached" ? "limit" : "window";
      const armedAt = state.rulesArmedAt ?? null;
      const armed = armedAt === null ? -Infinity : Date.parse(armedAt);
      let earliest: number | null = NEVER;
      for (const deadline of policy.deadlines) {
        if (trigger.deadline !== undefined && deadline.id !== trigger.deadline) continue;
        if (deadlineKind(deadline) !== kind) continue;
        const breach = deadlineBreachInstant(policy, deadline, state);
        if (breach === null || breach <= armed) continue;
        if (earliest === null || breach < earliest) earliest = breach;
      }
      return earliest;
    }
  }
}

/** The index of the first instant in `sorted` (ISO strings in time order) later than `ms`. */
function firstAfter(sorted: readonly string[], ms: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    complaintWork.steps += 1;
    const mid = (lo + hi) >>> 1;
    if (Date.parse(sorted[mid]!) <= ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The instant from which every trigger of a rule holds, or null when it does not. */
export function ruleSince(policy: CompiledComplaintPolicy, rule: CompiledRule, state: ComplaintState, at: number): number | null {
  let since = -Infinity;
  for (const trigger of rule.triggers) {
    const t = triggerSince(policy, trigger, state, at);
    if (t === null) return null;
    if (t > since) since = t;
  }
  return since;
}

/** True when the complaint is in a step where escalation rules run. */
export function rulesActive(policy: CompiledComplaintPolicy, state: ComplaintState): boolean {
  return !policy.terminal.has(state.step);
}

/**
 * Fires every armed rule that holds at `at`, applying its actions to the draft. Rules can enable
 * each other (a reclassification makes a class rule hold), so this repeats until nothing fires.
 */
export function fireRules(policy: CompiledComplaintPolicy, draft: Draft, at: number, effects: EffectSink): void {
  if (!rulesActive(policy, draft)) return;
  const atIso = formatInstant(at);
  for (let round = 0; round <= policy.rules.length; round++) {
    let fired = false;
    for (const rule of policy.rules) {
      complaintWork.steps += 1;
      if (draft.firedRules.some((f) => f.ruleId === rule.id)) continue;
      const since = ruleSince(policy, rule, draft, at);
      if (since === null || since > at) continue;
      draft.firedRules.push({ ruleId: rule.id, at: atIso, dueAt: Number.isFinite(since) ? formatInstant(since) : null });
      applyRuleActions(policy, draft, rule, effects);
      fired = true;
    }
    if (!fired) return;
  }
}

function applyRuleActions(policy: CompiledComplaintPolicy, draft: Draft, rule: CompiledRule, effects: EffectSink): void {
  const then = rule.then;
  if (then.class !== undefined && then.class !== draft.class) {
    effects.push({ type: "reclassify", from: draft.class, to: then.class, ruleId: rule.id });
    draft.class = then.class;
  }
  if (then.stage !== undefined) raiseStage(policy, draft, then.stage, rule.id, effects);
  if (then.functional !== undefined) raiseLevel(policy, draft, "functional", then.functional, rule.id, effects);
  if (then.hierarchical !== undefined) raiseLevel(policy, draft, "hierarchical", then.hierarchical, rule.id, effects);
  if (then.priority !== undefined) {
    const current = draft.priority === null ? -1 : policy.priorities.indexOf(draft.priority);
    if (policy.priorities.indexOf(then.priority) > current) {
      effects.push({ type: "raise_priority", from: draft.priority, to: then.priority, ruleId: rule.id });
      draft.priority = then.priority;
    }
  }
  if (then.assign !== undefined) {
    draft.owners.primary = then.assign;
    effects.push({ type: "assign", owner: then.assign, role: "primary", ruleId: rule.id });
  }
  for (const role of then.notify ?? []) effects.push({ type: "notify", role, reason: rule.id, ruleId: rule.id });
  if (then.proposeRemedy === true) effects.push(remedyProposal(draft, "rule", rule.id));
}

/** Moves the stage up to `stage` when that is higher; records the peak. */
export function raiseStage(policy: CompiledComplaintPolicy, draft: Draft, stage: string, ruleId: string | null, effects: EffectSink): void {
  const rank = policy.stageRank.get(stage) ?? -1;
  if (rank <= (policy.stageRank.get(draft.stage) ?? -1)) return;
  effects.push({ type: "escalate", ladder: "stage", from: draft.stage, to: stage, ruleId });
  draft.stage = stage;
  if (rank > (policy.stageRank.get(draft.peakStage) ?? -1)) draft.peakStage = stage;
}

/** Raises a level ladder to `level` when that is higher; records the peak. */
export function raiseLevel(
  policy: CompiledComplaintPolicy,
  draft: Draft,
  ladder: "functional" | "hierarchical",
  level: string,
  ruleId: string | null,
  effects: EffectSink,
): void {
  const levels = policy[ladder];
  const rank = levels.indexOf(level);
  if (rank <= levels.indexOf(draft.level[ladder])) return;
  effects.push({ type: "escalate", ladder, from: draft.level[ladder], to: level, ruleId });
  draft.level[ladder] = level;
  if (rank > levels.indexOf(draft.peakLevel[ladder])) draft.peakLevel[ladder] = level;
}

/** The facts a remedy policy needs to evaluate this complaint (plain values only). */
export function remedyProposal(
  state: ComplaintState,
  reason: "missed_commitment" | "upheld" | "rule",
  ruleId: string | null,
): Extract<ComplaintEffect, { type: "propose_remedy_evaluation" }> {
  return {
    type: "propose_remedy_evaluation",
    reason,
    ruleId,
    facts: {
      complaintId: state.id,
      class: state.class,
      stage: state.stage,
      functionalLevel: state.level.functional,
      hierarchicalLevel: state.level.hierarchical,
      missedCommitments: state.missedCommitments.length,
      reopenCount: state.reopenCount,
      receivedAt: state.receivedAt,
      upheld: state.upheld === true,
    },
  };
}
