import { defineCalendar, type Calendar } from "../../calendar/index.js";
import { createIssue, PledgeError } from "../../core/index.js";
import { complaintMessages } from "../messages.js";
import { deepFreeze } from "./draft.js";
import type {
  ComplaintDeadlineDefinition,
  ComplaintPolicyDefinition,
  ComplaintEventType,
} from "../schemas.js";

type RuleDefinition = NonNullable<ComplaintPolicyDefinition["rules"]>[number];
type ActionDefinition = NonNullable<ComplaintPolicyDefinition["actions"]>[number];
export type TriggerDefinition = Extract<RuleDefinition["when"], { kind: string }>;

/**
 * A compiled complaint policy: what `defineComplaintPolicy` returns. Opaque: read `id` and
 * `definition` (the validated input, frozen); everything else is internal.
 */
export interface ComplaintPolicy {
  readonly kind: "complaint_policy";
  readonly id: string;
  readonly definition: ComplaintPolicyDefinition;
}

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
  readonly rootCauses: ReadonlySet<string> | null;
  readonly calendar: Calendar | null;
}

const compiledPolicies = new WeakMap<object, CompiledComplaintPolicy>();

/** Default priority ladder when a policy lists none. */
export const DEFAULT_PRIORITIES = ["low", "normal", "high", "urgent"] as const;

/** Builds the lookup tables of a validated definition and wraps them in an opaque policy. */
export function compilePolicy(def: ComplaintPolicyDefinition): ComplaintPolicy {
  const tables = buildTables(def);
  const policy: ComplaintPolicy = Object.freeze({ kind: "complaint_policy", id: def.id, definition: deepFreeze(def) });
  compiledPolicies.set(policy, tables);
  return policy;
}

function buildTables(def: ComplaintPolicyDefinition): CompiledComplaintPolicy {
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
    rootCauses: def.rootCauses === undefined ? null : new Set(def.rootCauses.map((r) => r.id)),
    calendar: def.calendar === undefined ? null : defineCalendar(def.calendar),
  };
}

/** The compiled tables of a policy, or a `PledgeError` when `policy` did not come from `defineComplaintPolicy`. */
export function compiled(policy: ComplaintPolicy): CompiledComplaintPolicy {
  if (typeof policy !== "object" || policy === null) throw notAPolicy();
  const found = compiledPolicies.get(policy);
  if (found !== undefined) return found;
  // CommonJS builds hold one module copy per entry point: a policy defined through `pledgekit`
  // and used through `pledgekit/complaint` is recompiled once from its frozen, validated definition.
  if (policy.kind === "complaint_policy" && Object.isFrozen(policy.definition)) {
    const tables = buildTables(policy.definition);
    compiledPolicies.set(policy, tables);
    return tables;
  }
  throw notAPolicy();
}

function notAPolicy(): PledgeError {
  return new PledgeError("invalid_argument", [createIssue(complaintMessages, "not_a_complaint_policy", ["policy"], {})]);
}

