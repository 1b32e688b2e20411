import { formatInstant, toDurationMs } from "../../core/index.js";
import type { IssuePath } from "../../core/index.js";
import { lengthUnit, MAX_PAUSES_PER_CLOCK, type ComplaintEvent, type DeadlineLengthDefinition } from "../schemas.js";
import type { ComplaintClockState } from "../types.js";
import type { CompiledComplaintPolicy } from "./compile.js";
import { clockOf, deadlineApplies } from "./deadlines.js";
import { refuse, type Draft, type EffectSink } from "./draft.js";
import { fireRules, raiseLevel, raiseStage, remedyProposal } from "./rules.js";
import { complaintInstant } from "./instant.js";

const LADDERS = ["functional", "hierarchical"] as const;

function assertNever(value: never): never {
  throw new Error(`unhandled complaint event ${JSON.stringify(value)}`);
}

/** The verb a step-moving event carries (`advance` names its own). */
function verbOf(event: ComplaintEvent): string | null {
  switch (event.type) {
    case "acknowledge":
    case "assess":
    case "investigate":
    case "respond":
    case "close":
    case "reopen":
      return event.type;
    case "advance":
      return event.action;
    case "assign":
    case "classify":
    case "contact":
    case "sentiment":
    case "stage":
    case "missed_commitment":
    case "escalate":
    case "de_escalate":
    case "pause":
    case "resume":
    case "extend":
    case "complete_action":
    case "tag_root_cause":
    case "tick":
      return null;
    default:
      return assertNever(event);
  }
}

/** Applies a validated event to a draft in place; refusals throw (see `refuse`). */
export function applyToDraft(policy: CompiledComplaintPolicy, draft: Draft, event: ComplaintEvent, effects: EffectSink, path: IssuePath = ["event"]): void {
  const at = complaintInstant(event.at, [...path, "at"], "invalid_event");
  const atIso = formatInstant(at);
  if (at < Date.parse(draft.updatedAt)) refuse("event_out_of_order", ["at"], { at: atIso, updatedAt: draft.updatedAt });
  const from = draft.step;
  let detail: string | null = null;

  switch (event.type) {
    case "acknowledge":
    case "investigate":
    case "advance":
      detail = event.note ?? null;
      break;
    case "assess":
      detail = event.note ?? null;
      if (event.class !== undefined) reclassify(policy, draft, event.class, effects);
      break;
    case "respond":
      detail = event.note ?? null;
      draft.respondedAt = atIso;
      if (event.upheld !== undefined) draft.upheld = event.upheld;
      break;
    case "close":
      detail = event.note ?? null;
      if (event.satisfied !== undefined) draft.satisfied = event.satisfied;
      break;
    case "reopen":
      detail = event.reason ?? null;
      break;
    case "assign": {
      const role = event.role ?? "primary";
      if (role === "primary") draft.owners.primary = event.owner;
      else if (!draft.owners.secondary.includes(event.owner)) draft.owners.secondary.push(event.owner);
      effects.push({ type: "assign", owner: event.owner, role, ruleId: null });
      detail = `${role}: ${event.owner}`;
      break;
    }
    case "classify":
      reclassify(policy, draft, event.class, effects);
      detail = event.class;
      break;
    case "contact":
      draft.contacts.push(atIso);
      detail = event.channel ?? null;
      break;
    case "sentiment":
      draft.sentiment = event.score;
      detail = String(event.score);
      break;
    case "stage":
      setStage(policy, draft, event.stage, effects);
      detail = event.stage;
      break;
    case "missed_commitment":
      draft.missedCommitments.push({ at: atIso, ref: event.ref ?? null });
      detail = event.ref ?? null;
      break;
    case "escalate":
    case "de_escalate":
      changeLevels(policy, draft, event, effects);
      detail = event.reason ?? null;
      break;
    case "pause":
      pauseClocks(policy, draft, event.deadlines, atIso, event.reason ?? null, effects);
      detail = event.reason ?? null;
      break;
    case "resume":
      resumeClocks(policy, draft, event.deadlines, atIso, effects);
      break;
    case "extend":
      extendClock(policy, draft, event, atIso, effects);
      detail = `${event.deadline}: ${JSON.stringify(event.by)}`;
      break;
    case "complete_action":
      if (!policy.actions.has(event.action)) refuse("unknown_action", ["action"], { id: event.action, allowed: [...policy.actions.keys()] });
      if (draft.checklist[event.action] === undefined) draft.checklist[event.action] = atIso;
      detail = event.action;
      break;
    case "tag_root_cause":
      event.tags.forEach((tag, i) => {
        if (policy.rootCauses !== null && !policy.rootCauses.has(tag)) {
          refuse("unknown_root_cause", ["tags", i], { id: tag, allowed: [...policy.rootCauses] });
        }
        if (!draft.rootCauses.includes(tag)) draft.rootCauses.push(tag);
      });
      detail = event.tags.join(", ");
      break;
    case "tick":
      break;
    default:
      assertNever(event);
  }

  // Handling actions this kind of event completes by itself.
  for (const action of policy.actionsByEvent.get(event.type) ?? []) {
    if (draft.checklist[action.id] === undefined) draft.checklist[action.id] = atIso;
  }

  const verb = verbOf(event);
  if (verb !== null) {
    const to = policy.transitions.get(from)?.get(verb);
    if (to === undefined) {
      refuse("illegal_transition", ["type"], { step: from, action: verb, allowed: [...(policy.transitions.get(from)?.keys() ?? [])] });
    }
    if (policy.def.requireChecklist === true) {
      const pending = (policy.actionsByStep.get(from) ?? []).filter((a) => draft.checklist[a.id] === undefined).map((a) => a.id);
      if (pending.length > 0) refuse("checklist_incomplete", ["type"], { step: from, pending });
    }
    if (policy.terminal.has(from) && !policy.terminal.has(to)) {
      reopenClocks(policy, draft, at, effects);
      draft.reopenCount += 1;
      draft.closedAt = null;
    }
    enterStep(policy, draft, to, at, effects);
    if (event.type === "respond" && event.upheld === true) effects.push(remedyProposal(draft, "upheld", null));
  } else if (event.type === "missed_commitment") {
    effects.push(remedyProposal(draft, "missed_commitment", null));
  }

  draft.updatedAt = atIso;
  draft.history.push({ at: atIso, type: event.type, step: draft.step, from: draft.step === from ? null : from, detail });
  fireRules(policy, draft, at, effects);
}

function reclassify(policy: CompiledComplaintPolicy, draft: Draft, to: string, effects: EffectSink): void {
  if (!policy.classes.includes(to)) refuse("unknown_class", ["class"], { id: to, allowed: policy.classes });
  if (to === draft.class) return;
  effects.push({ type: "reclassify", from: draft.class, to, ruleId: null });
  draft.class = to;
}

function setStage(policy: CompiledComplaintPolicy, draft: Draft, stage: string, effects: EffectSink): void {
  const rank = policy.stageRank.get(stage);
  if (rank === undefined) refuse("unknown_stage", ["stage"], { id: stage, allowed: policy.stages });
  const current = policy.stageRank.get(draft.stage) ?? -1;
  if (rank > current) raiseStage(policy, draft, stage, null, effects);
  else if (rank < current) {
    effects.push({ type: "de_escalate", ladder: "stage", from: draft.stage, to: stage });
    draft.stage = stage;
  }
}

function changeLevels(
  policy: CompiledComplaintPolicy,
  draft: Draft,
  event: Extract<ComplaintEvent, { type: "escalate" | "de_escalate" }>,
  effects: EffectSink,
): void {
  if (event.type === "escalate" && policy.terminal.has(draft.step)) refuse("complaint_closed", ["type"], { step: draft.step });
  if (event.functional === undefined && event.hierarchical === undefined) refuse("nothing_to_change", [], {});
  for (const ladder of LADDERS) {
    const to = event[ladder];
    if (to === undefined) continue;
    const levels = policy[ladder];
    const rank = levels.indexOf(to);
    if (rank < 0) refuse("unknown_level", [ladder], { id: to, ladder, allowed: levels });
    const current = levels.indexOf(draft.level[ladder]);
    if (event.type === "escalate") {
      if (rank <= current) refuse("not_an_escalation", [ladder], { ladder, from: draft.level[ladder], to });
    } else if (rank >= current) refuse("not_a_de_escalation", [ladder], { ladder, from: draft.level[ladder], to });
  }
  for (const ladder of LADDERS) {
    const to = event[ladder];
    if (to === undefined) continue;
    if (event.type === "escalate") raiseLevel(policy, draft, ladder, to, null, effects);
    else {
      effects.push({ type: "de_escalate", ladder, from: draft.level[ladder], to });
      draft.level[ladder] = to;
    }
  }
}

/**
 * Moves the draft into `step`: clocks start and stop, de-escalation, closure bookkeeping. A clock
 * stops on entering the first of its `stopOn` steps or any step after it in the policy's `steps`
 * order, whichever path led there, and on entering a terminal step unless it survives closure.
 */
export function enterStep(policy: CompiledComplaintPolicy, draft: Draft, step: string, at: number, effects: EffectSink): void {
  const atIso = formatInstant(at);
  draft.step = step;
  draft.stepEnteredAt = atIso;
  const rank = policy.stepRank.get(step)!;
  const terminal = policy.terminal.has(step);
  for (const deadline of policy.deadlines) {
    const clock = clockOf(draft, deadline.id);
    const applies = deadlineApplies(deadline, draft);
    if (clock.startedAt === null && deadline.startOn === step) {
      draft.clocks[deadline.id] = { ...clock, startedAt: atIso };
      if (applies) effects.push({ type: "start_clock", deadline: deadline.id, at: atIso });
    }
    const current = clockOf(draft, deadline.id);
    const stops = rank >= policy.stopRank.get(deadline.id)! || (terminal && deadline.survivesClosure !== true);
    if (current.startedAt !== null && current.stoppedAt === null && stops) {
      draft.clocks[deadline.id] = { ...current, stoppedAt: atIso, pauses: closePauses(current.pauses, atIso) };
      if (applies) effects.push({ type: "stop_clock", deadline: deadline.id, at: atIso });
    }
  }
  if (terminal) draft.closedAt = atIso;
  if (policy.deEscalateOn.has(step)) deEscalate(policy, draft, atIso, effects);
}

/**
 * Levels go back to the first rung and the rules re-arm, so a reopened complaint can escalate
 * again. Priority is kept on purpose: it records how urgent the case became (rules only raise it),
 * and a reopened complaint carries on at that priority.
 */
function deEscalate(policy: CompiledComplaintPolicy, draft: Draft, atIso: string, effects: EffectSink): void {
  for (const ladder of LADDERS) {
    const base = policy[ladder][0]!;
    if (draft.level[ladder] !== base) {
      effects.push({ type: "de_escalate", ladder, from: draft.level[ladder], to: base });
      draft.level[ladder] = base;
    }
  }
  draft.firedRules = [];
  draft.rulesArmedAt = atIso;
}

function closePauses(pauses: readonly ComplaintClockState["pauses"][number][], atIso: string): ComplaintClockState["pauses"] {
  return pauses.map((p) => (p.to === null ? { ...p, to: atIso } : p));
}

/** A reopened complaint's stopped clocks, per each deadline's `onReopen`. */
function reopenClocks(policy: CompiledComplaintPolicy, draft: Draft, at: number, effects: EffectSink): void {
  const atIso = formatInstant(at);
  for (const deadline of policy.deadlines) {
    const clock = clockOf(draft, deadline.id);
    if (clock.stoppedAt === null) continue;
    const mode = deadline.onReopen ?? "ignore";
    if (mode === "ignore") continue;
    if (mode === "resume") {
      // The time it stood stopped does not count: it becomes a pause.
      const pauses = [...clock.pauses, { from: clock.stoppedAt, to: atIso, reason: "stopped" }];
      draft.clocks[deadline.id] = { ...clock, stoppedAt: null, pauses };
      if (deadlineApplies(deadline, draft)) effects.push({ type: "resume_clock", deadline: deadline.id, at: atIso });
    } else {
      draft.clocks[deadline.id] = { startedAt: atIso, stoppedAt: null, pauses: [], extensions: [], restarts: clock.restarts + 1 };
      if (deadlineApplies(deadline, draft)) effects.push({ type: "start_clock", deadline: deadline.id, at: atIso });
    }
  }
}

function knownDeadline(policy: CompiledComplaintPolicy, id: string, path: (string | number)[]): void {
  if (!policy.deadlineById.has(id)) refuse("unknown_deadline", path, { id, allowed: [...policy.deadlineById.keys()] });
}

function clockProblem(clock: ComplaintClockState): string | null {
  if (clock.startedAt === null) return "not started";
  if (clock.stoppedAt !== null) return "stopped";
  return null;
}

function pauseClocks(
  policy: CompiledComplaintPolicy,
  draft: Draft,
  ids: readonly string[] | undefined,
  atIso: string,
  reason: string | null,
  effects: EffectSink,
): void {
  const pausable = policy.deadlines.filter((d) => d.pausable === true);
  const targets = ids ?? pausable.filter((d) => clockProblem(clockOf(draft, d.id)) === null && !isPaused(clockOf(draft, d.id))).map((d) => d.id);
  if (targets.length === 0) refuse("nothing_to_pause", ["deadlines"], { pausable: pausable.map((d) => d.id) });
  targets.forEach((id, i) => {
    knownDeadline(policy, id, ["deadlines", i]);
    if (policy.deadlineById.get(id)!.pausable !== true) refuse("clock_not_pausable", ["deadlines", i], { deadline: id });
    const clock = clockOf(draft, id);
    const problem = clockProblem(clock) ?? (isPaused(clock) ? "already paused" : null);
    if (problem !== null) refuse("clock_not_running", ["deadlines", i], { deadline: id, reason: problem });
    if (clock.pauses.length >= MAX_PAUSES_PER_CLOCK) refuse("too_many_pauses", ["deadlines", i], { deadline: id, max: MAX_PAUSES_PER_CLOCK });
    draft.clocks[id] = { ...clock, pauses: [...clock.pauses, { from: atIso, to: null, reason }] };
    effects.push({ type: "pause_clock", deadline: id, at: atIso, reason });
  });
}

function isPaused(clock: ComplaintClockState): boolean {
  return clock.pauses.length > 0 && clock.pauses[clock.pauses.length - 1]!.to === null;
}

function resumeClocks(policy: CompiledComplaintPolicy, draft: Draft, ids: readonly string[] | undefined, atIso: string, effects: EffectSink): void {
  const targets = ids ?? policy.deadlines.filter((d) => isPaused(clockOf(draft, d.id))).map((d) => d.id);
  if (targets.length === 0) refuse("nothing_to_resume", ["deadlines"], { deadlines: policy.deadlines.map((d) => d.id) });
  targets.forEach((id, i) => {
    knownDeadline(policy, id, ["deadlines", i]);
    const clock = clockOf(draft, id);
    if (!isPaused(clock)) refuse("clock_not_paused", ["deadlines", i], { deadline: id });
    draft.clocks[id] = { ...clock, pauses: closePauses(clock.pauses, atIso) };
    effects.push({ type: "resume_clock", deadline: id, at: atIso });
  });
}

/** Compares two lengths of one unit. */
function lengthSize(length: DeadlineLengthDefinition): number {
  if ("businessTime" in length) return toDurationMs(length.businessTime);
  if ("elapsed" in length) return toDurationMs(length.elapsed);
  return Object.values(length)[0] as number;
}

/**
 * An approved extension, checked against the deadline's limits as data: how many, how long this
 * one (the n-th's own limit, else the common one) and how long all of them together.
 */
function extendClock(
  policy: CompiledComplaintPolicy,
  draft: Draft,
  event: Extract<ComplaintEvent, { type: "extend" }>,
  atIso: string,
  effects: EffectSink,
): void {
  knownDeadline(policy, event.deadline, ["deadline"]);
  const deadline = policy.deadlineById.get(event.deadline)!;
  const rules = deadline.extensions;
  if (rules === undefined) refuse("extension_not_allowed", ["deadline"], { deadline: deadline.id });
  const clock = clockOf(draft, deadline.id);
  const problem = clockProblem(clock);
  if (problem !== null) refuse("clock_not_running", ["deadline"], { deadline: deadline.id, reason: problem });
  if (clock.extensions.length >= rules.max) refuse("extension_limit", ["deadline"], { deadline: deadline.id, max: rules.max });
  if (lengthUnit(event.by) !== lengthUnit(deadline.length)) {
    refuse("extension_unit_mismatch", ["by"], { expected: lengthUnit(deadline.length) });
  }
  const nth = clock.extensions.length + 1;
  const maxLength = rules.maxLengths?.[nth - 1] ?? rules.maxLength;
  if (maxLength !== undefined && lengthSize(event.by) > lengthSize(maxLength)) {
    refuse("extension_too_long", ["by"], { deadline: deadline.id, nth, maxLength });
  }
  const total = clock.extensions.reduce((sum, e) => sum + lengthSize(e.by), lengthSize(event.by));
  if (rules.maxTotal !== undefined && total > lengthSize(rules.maxTotal)) {
    refuse("extension_total_exceeded", ["by"], { deadline: deadline.id, maxTotal: rules.maxTotal });
  }
  const extension = { at: atIso, by: event.by, approvedBy: event.approvedBy ?? null, reason: event.reason ?? null };
  draft.clocks[deadline.id] = { ...clock, extensions: [...clock.extensions, extension] };
  effects.push({ type: "extend_clock", deadline: deadline.id, at: atIso, by: event.by });
}
