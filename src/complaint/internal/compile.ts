import { calendarDefinition, calendarMessages, isCalendar, toCalendar, type Calendar } from "../../calendar/index.js";
import { compiledRegistry, isPledgeError, parseOrThrow, PledgeError } from "../../core/index.js";
import { complaintMessages } from "../messages.js";
import { deepFreeze } from "./draft.js";
import { ComplaintPolicySchema, type ComplaintDeadlineDefinition, type ComplaintPolicyDefinition, type ComplaintEventType } from "../schemas.js";
import type { ComplaintPolicy } from "../types.js";

type RuleDefinition = NonNullable<ComplaintPolicyDefinition["rules"]>[number];
type ActionDefinition = NonNullable<ComplaintPolicyDefinition["actions"]>[number];
export type TriggerDefinition = Extract<RuleDefinition["when"], { kind: string }>;

export interface CompiledRule {
  readonly id: string;
  readonly triggers: readonly TriggerDefinition[];
  readonly then: RuleDefinition["then"];
}

/** Lookup tables built once per policy. */
export interface CompiledComplaintPolicy {
  readonly def: ComplaintPolicyDefinition;
  readonly classes: readonly string[];
  readonly stages: readonly string[];
  readonly stageRank: ReadonlyMap<string, number>;
  readonly steps: readonly string[];
  readonly terminal: ReadonlySet<string>;
  readonly initialStep: string;
  readonly initialStage: string;
  readonly initialClass: string;
  /** step → verb → target step */
  readonly transitions: ReadonlyMap<string, ReadonlyMap<string, string>>;
  readonly actions: ReadonlyMap<string, ActionDefinition>;
  readonly actionsByStep: ReadonlyMap<string, readonly ActionDefinition[]>;
  readonly actionsByEvent: ReadonlyMap<ComplaintEventType, readonly ActionDefinition[]>;
  readonly functional: readonly string[];
  readonly hierarchical: readonly string[];
  readonly priorities: readonly string[];
  readonly rules: readonly CompiledRule[];
  readonly deEscalateOn: ReadonlySet<string>;
  readonly deadlines: readonly ComplaintDeadlineDefinition[];
  readonly deadlineById: ReadonlyMap<string, ComplaintDeadlineDefinition>;
  /** deadline id → the rank (in `steps` order) from which entering a step stops its clock. */
  readonly stopRank: ReadonlyMap<string, number>;
  /** step id → its rank in `steps` order. */
  readonly stepRank: ReadonlyMap<string, number>;
  readonly rootCauses: ReadonlySet<string> | null;
  readonly calendar: Calendar | null;
}

const catalogue = { ...calendarMessages, ...complaintMessages };

const registry = compiledRegistry<ComplaintPolicy, CompiledComplaintPolicy>(
  "pledgekit.complaint_policy",
  "a policy from defineComplaintPolicy",
  (definition) => definePolicy(definition),
  ["policy"],
);

/** Default priority ladder when a policy lists none. */
const DEFAULT_PRIORITIES = ["low", "normal", "high", "urgent"] as const;

/**
 * Validates and compiles a policy. A compiled calendar in `calendar` is used as it is (its
 * definition is what the policy's definition records); a `CalendarInput` is compiled once.
 */
export function definePolicy(input: unknown): ComplaintPolicy {
  const given = (input as { calendar?: unknown } | null)?.calendar;
  const compiledCalendar = isCalendar(given) ? given : null;
  const json = compiledCalendar === null ? input : { ...(input as object), calendar: calendarDefinition(compiledCalendar) };
  const def = deepFreeze(structuredClone(parseOrThrow(ComplaintPolicySchema, json, "invalid_policy", catalogue)));
  let calendar: Calendar | null;
  try {
    calendar = compiledCalendar ?? (def.calendar === undefined ? null : toCalendar(def.calendar));
  } catch (error) {
    // Calendar problems only found when compiling (a calendar that never opens) keep their path.
    if (isPledgeError(error) && error.code === "invalid_calendar") {
      throw new PledgeError(
        "invalid_policy",
        error.issues.map((issue) => ({ ...issue, path: ["calendar", ...issue.path] })),
      );
    }
    throw error;
  }
  const policy: ComplaintPolicy = { kind: "pledgekit.complaint_policy", id: def.id, definition: def };
  return registry.register(policy, buildTables(def, calendar));
}

/** True for a compiled complaint policy (from any copy of pledgekit). */
export function isPolicy(value: unknown): value is ComplaintPolicy {
  return registry.is(value);
}

function buildTables(def: ComplaintPolicyDefinition, calendar: Calendar | null): CompiledComplaintPolicy {
  const transitions = new Map<string, Map<string, string>>();
  for (const step of def.steps) transitions.set(step.id, new Map());
  for (const t of def.transitions) {
    for (const from of Array.isArray(t.from) ? t.from : [t.from]) transitions.get(from)?.set(t.on, t.to);
  }
  const actions = def.actions ?? [];
  const actionsByStep = new Map<string, ActionDefinition[]>();
  const actionsByEvent = new Map<ComplaintEventType, ActionDefinition[]>();
  for (const action of actions) {
    actionsByStep.set(action.step, [...(actionsByStep.get(action.step) ?? []), action]);
    for (const type of action.completedBy ?? []) actionsByEvent.set(type, [...(actionsByEvent.get(type) ?? []), action]);
  }
  const deadlines = def.deadlines ?? [];
  const stepRank = new Map(def.steps.map((step, i) => [step.id, i]));
  const stopRank = new Map(deadlines.map((d) => [d.id, Math.min(...d.stopOn.map((step) => stepRank.get(step)!))]));
  return {
    def,
    classes: def.classes.map((c) => c.id),
    stages: def.stages.map((s) => s.id),
    stageRank: new Map(def.stages.map((s, i) => [s.id, i])),
    steps: def.steps.map((s) => s.id),
    terminal: new Set(def.steps.filter((s) => s.terminal === true).map((s) => s.id)),
    initialStep: def.initialStep ?? def.steps[0]!.id,
    initialStage: def.initialStage ?? def.stages[0]!.id,
    initialClass: def.initialClass ?? def.classes[0]!.id,
    transitions,
    actions: new Map(actions.map((a) => [a.id, a])),
    actionsByStep,
    actionsByEvent,
    functional: def.levels.functional.map((l) => l.id),
    hierarchical: def.levels.hierarchical.map((l) => l.id),
    priorities: def.priorities ?? [...DEFAULT_PRIORITIES],
    rules: (def.rules ?? []).map((rule) => ({
      id: rule.id,
      triggers: Array.isArray(rule.when) ? rule.when : [rule.when],
      then: rule.then,
    })),
    deEscalateOn: new Set(def.deEscalateOn ?? []),
    deadlines,
    deadlineById: new Map(deadlines.map((d) => [d.id, d])),
    stopRank,
    stepRank,
    rootCauses: def.rootCauses === undefined ? null : new Set(def.rootCauses.map((r) => r.id)),
    calendar,
  };
}

/** The compiled tables of a policy, or a `PledgeError` naming `path` when it did not come from `defineComplaintPolicy`. */
export function compiled(policy: unknown, path: (string | number)[] = ["policy"]): CompiledComplaintPolicy {
  return registry.tables(policy, path);
}
