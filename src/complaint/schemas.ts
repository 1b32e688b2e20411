import * as z from "zod";
import { CalendarSchema } from "../calendar/index.js";
import { addIssue, DurationInputSchema, InstantInputSchema, MetaSchema } from "../core/index.js";

// ---------------------------------------------------------------------------------------------
// Building blocks

/** An identifier in a policy: letters, digits, `_ . : -`. */
export const ComplaintIdSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[A-Za-z0-9_.:-]+$/)
  .describe("An identifier: letters, digits, _ . : -");

/** A human label: plain text, or English with an optional Simplified Chinese twin. */
export const ComplaintLabelSchema = z
  .union([z.string().min(1), z.strictObject({ en: z.string().min(1), "zh-CN": z.string().min(1).optional() })])
  .describe('A label: "text" or { en, "zh-CN" }');

/** A class, stage or level of a policy: an id and an optional label. */
export const ComplaintItemSchema = z.strictObject({
  id: ComplaintIdSchema,
  label: ComplaintLabelSchema.optional(),
  description: z.string().optional(),
});

/** Every event type `applyComplaintEvent` understands. */
export const COMPLAINT_EVENT_TYPES = [
  "acknowledge",
  "assess",
  "investigate",
  "respond",
  "close",
  "reopen",
  "advance",
  "assign",
  "classify",
  "contact",
  "sentiment",
  "stage",
  "missed_commitment",
  "escalate",
  "de_escalate",
  "pause",
  "resume",
  "extend",
  "complete_action",
  "tag_root_cause",
  "tick",
] as const;
export type ComplaintEventType = (typeof COMPLAINT_EVENT_TYPES)[number];

/** The step-moving verbs of the default vocabulary; `advance` carries a custom verb instead. */
export const COMPLAINT_STEP_VERBS = ["acknowledge", "assess", "investigate", "respond", "close", "reopen"] as const;

/**
 * How long a deadline (or a time limit) runs. Exactly one unit:
 * `businessTime` (open time of the calendar), `elapsed` (wall-clock time), `businessDays`,
 * `calendarDays`, `weeks` or `months` (counted on local dates with the deadline's counting rules).
 */
export const DeadlineLengthSchema = z
  .union([
    z.strictObject({ businessTime: DurationInputSchema }),
    z.strictObject({ elapsed: DurationInputSchema }),
    z.strictObject({ businessDays: z.number().int().positive() }),
    z.strictObject({ calendarDays: z.number().int().positive() }),
    z.strictObject({ weeks: z.number().int().positive() }),
    z.strictObject({ months: z.number().int().positive() }),
  ])
  .describe("A deadline length: { businessTime } | { elapsed } | { businessDays } | { calendarDays } | { weeks } | { months }");

/** A time window for counting signals, in elapsed time: a duration or `{ days }` (24-hour days). */
export const ComplaintWindowSchema = z
  .union([z.strictObject({ days: z.number().positive() }), DurationInputSchema])
  .describe('A window of elapsed time: "PT72H", milliseconds, { hours } or { days }');

/** The regulators' counting rules for day-based deadlines. */
export const DeadlineCountingSchema = z.strictObject({
  /** `excluded` (default): day 1 is the day after the anchor; `included`: the anchor's own date is day 1. */
  firstDay: z.enum(["excluded", "included"]).optional(),
  /** `end_of_day`: due at the end of the last day; `close_of_business`: at the close of its last open period. */
  cutOff: z.enum(["end_of_day", "close_of_business"]).optional(),
  /** When the last day is not a business day, move it to the next business day. */
  rollForward: z.boolean().optional(),
  /** `next_business_day`: an anchor outside business hours counts as received at the next opening. */
  outsideHours: z.enum(["as_is", "next_business_day"]).optional(),
});

export const ComplaintDeadlineSchema = z.strictObject({
  id: ComplaintIdSchema,
  label: ComplaintLabelSchema.optional(),
  /** The step whose (first) entry starts the clock; the initial step starts it at receipt. */
  startOn: ComplaintIdSchema,
  /** Entering any of these steps stops the clock. */
  stopOn: z.array(ComplaintIdSchema).min(1),
  length: DeadlineLengthSchema,
  counting: DeadlineCountingSchema.optional(),
  /** Only complaints of these classes run this clock (default: every class). */
  classes: z.array(ComplaintIdSchema).min(1).optional(),
  /** `pause` events may stop the count (default true). */
  pausable: z.boolean().optional(),
  /** Approved extensions: how many, and the longest each may be (same unit as `length`). */
  extensions: z.strictObject({ max: z.number().int().positive(), maxLength: DeadlineLengthSchema.optional() }).optional(),
  /** What a reopened complaint does to a stopped clock: keep it stopped (default), resume it, or restart it. */
  onReopen: z.enum(["ignore", "resume", "restart"]).optional(),
  /** Status turns `at_risk` this much elapsed time before the due instant. */
  warnBefore: DurationInputSchema.optional(),
  /** Where the rule comes from (regulation, article), shown in docs and status. */
  source: z.string().optional(),
  meta: MetaSchema.optional(),
});

const LevelRef = ComplaintIdSchema;

export const ComplaintTriggerSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("repeated_contacts"), count: z.number().int().min(2), within: ComplaintWindowSchema }),
  z.strictObject({ kind: z.literal("sentiment"), atMost: z.number().min(-1).max(1) }),
  z.strictObject({ kind: z.literal("missed_commitment"), count: z.number().int().positive().optional() }),
  z.strictObject({ kind: z.literal("deadline_breached"), deadline: ComplaintIdSchema.optional() }),
  z.strictObject({ kind: z.literal("time_in_step"), step: ComplaintIdSchema, over: DeadlineLengthSchema }),
  z.strictObject({ kind: z.literal("open_for"), over: DeadlineLengthSchema }),
  z.strictObject({ kind: z.literal("class"), in: z.array(ComplaintIdSchema).min(1) }),
  z.strictObject({ kind: z.literal("stage"), atLeast: ComplaintIdSchema }),
  z.strictObject({ kind: z.literal("reopened"), count: z.number().int().positive().optional() }),
]);

export const ComplaintRuleActionSchema = z.strictObject({
  /** Move the customer's stage up to at least this stage. */
  stage: ComplaintIdSchema.optional(),
  /** Raise the functional level (L1/L2/L3…) to at least this level. */
  functional: LevelRef.optional(),
  /** Raise the hierarchical level (supervisor, manager…) to at least this level. */
  hierarchical: LevelRef.optional(),
  /** Reclassify the complaint. */
  class: ComplaintIdSchema.optional(),
  /** Raise the priority to at least this one (policy `priorities` order). */
  priority: ComplaintIdSchema.optional(),
  notify: z.array(ComplaintIdSchema).optional(),
  /** Assign to this owner or queue as primary owner. */
  assign: z.string().min(1).optional(),
  proposeRemedy: z.boolean().optional(),
});

export const ComplaintRuleSchema = z.strictObject({
  id: ComplaintIdSchema,
  label: ComplaintLabelSchema.optional(),
  /** One trigger, or several that must all hold. */
  when: z.union([ComplaintTriggerSchema, z.array(ComplaintTriggerSchema).min(1)]),
  then: ComplaintRuleActionSchema,
});

export const ComplaintStepSchema = z.strictObject({
  id: ComplaintIdSchema,
  label: ComplaintLabelSchema.optional(),
  description: z.string().optional(),
  /** A terminal step (closed): escalation rules are not evaluated there. */
  terminal: z.boolean().optional(),
});

export const ComplaintTransitionSchema = z.strictObject({
  from: z.union([ComplaintIdSchema, z.array(ComplaintIdSchema).min(1)]),
  /** The verb: one of the step verbs (acknowledge, assess, …) or a custom one sent with `advance`. */
  on: ComplaintIdSchema,
  to: ComplaintIdSchema,
});

export const ComplaintActionSchema = z.strictObject({
  id: ComplaintIdSchema,
  label: ComplaintLabelSchema.optional(),
  /** The step this handling action belongs to (done before leaving it when `requireChecklist`). */
  step: ComplaintIdSchema,
  /** Event types that complete the action by themselves (an `assign` completes "assign responsibility"). */
  completedBy: z.array(z.enum(COMPLAINT_EVENT_TYPES)).optional(),
});

export const ComplaintPolicySchema = z
  .strictObject({
    id: ComplaintIdSchema,
    label: ComplaintLabelSchema.optional(),
    /** Business calendar for business-time and day-counted deadlines (its zone defines the local dates). */
    calendar: CalendarSchema.optional(),
    classes: z.array(ComplaintItemSchema).min(1),
    initialClass: ComplaintIdSchema.optional(),
    /** The customer's escalation ladder, lowest first. */
    stages: z.array(ComplaintItemSchema).min(1),
    initialStage: ComplaintIdSchema.optional(),
    steps: z.array(ComplaintStepSchema).min(1),
    initialStep: ComplaintIdSchema.optional(),
    transitions: z.array(ComplaintTransitionSchema),
    actions: z.array(ComplaintActionSchema).optional(),
    requireChecklist: z.boolean().optional(),
    levels: z.strictObject({
      functional: z.array(ComplaintItemSchema).min(1),
      hierarchical: z.array(ComplaintItemSchema).min(1),
    }),
    /** Priorities, lowest first; rules only ever raise. */
    priorities: z.array(ComplaintIdSchema).min(1).optional(),
    rules: z.array(ComplaintRuleSchema).optional(),
    /** Entering these steps resets both levels to their first entry and re-arms the rules. */
    deEscalateOn: z.array(ComplaintIdSchema).optional(),
    deadlines: z.array(ComplaintDeadlineSchema).optional(),
    /** Root-cause taxonomy; when given, tags must come from it. */
    rootCauses: z.array(ComplaintItemSchema).optional(),
    meta: MetaSchema.optional(),
  })
  .superRefine((policy, ctx) => {
    // zod runs this even when other parts failed: read defensively.
    const ids = (list: unknown, path: string): Set<string> => {
      const seen = new Set<string>();
      if (!Array.isArray(list)) return seen;
      list.forEach((item: unknown, index) => {
        const id = (item as { id?: unknown } | null)?.id;
        if (typeof id !== "string") return;
        if (seen.has(id)) addIssue(ctx, "duplicate_id", [path, index, "id"], { id });
        seen.add(id);
      });
      return seen;
    };
    const classes = ids(policy.classes, "classes");
    const stages = ids(policy.stages, "stages");
    const steps = ids(policy.steps, "steps");
    const functional = ids(policy.levels?.functional, "levels");
    const hierarchical = ids(policy.levels?.hierarchical, "levels");
    const deadlines = ids(policy.deadlines, "deadlines");
    const rootCauses = ids(policy.rootCauses, "rootCauses");
    ids(policy.actions, "actions");
    ids(policy.rules, "rules");
    // Day and business units are counted on a calendar's local dates and open hours.
    const requireClock = (length: DeadlineLengthOutput | undefined, path: (string | number)[]): void => {
      if (length === undefined || length === null || typeof length !== "object" || policy.calendar !== undefined) return;
      const unit = lengthUnit(length);
      if (unit !== "elapsed" && unit !== undefined) addIssue(ctx, "deadline_calendar_required", path, { unit });
    };
    const check = (set: Set<string>, value: unknown, kind: string, path: (string | number)[]): void => {
      if (typeof value === "string" && !set.has(value)) addIssue(ctx, "unknown_reference", path, { kind, id: value });
    };
    check(classes, policy.initialClass, "class", ["initialClass"]);
    check(stages, policy.initialStage, "stage", ["initialStage"]);
    check(steps, policy.initialStep, "step", ["initialStep"]);
    const priorities = new Set(policy.priorities ?? []);
    (policy.transitions ?? []).forEach((t, i) => {
      const froms = Array.isArray(t?.from) ? t.from : [t?.from];
      froms.forEach((from, j) => check(steps, from, "step", Array.isArray(t?.from) ? ["transitions", i, "from", j] : ["transitions", i, "from"]));
      check(steps, t?.to, "step", ["transitions", i, "to"]);
    });
    // Two transitions from one step on one verb would make the machine ambiguous.
    const edges = new Set<string>();
    (policy.transitions ?? []).forEach((t, i) => {
      for (const from of Array.isArray(t?.from) ? t.from : [t?.from]) {
        const key = `${String(from)}\u0000${String(t?.on)}`;
        if (edges.has(key)) addIssue(ctx, "ambiguous_transition", ["transitions", i], { from, on: t?.on });
        edges.add(key);
      }
    });
    (policy.actions ?? []).forEach((a, i) => check(steps, a?.step, "step", ["actions", i, "step"]));
    (policy.deEscalateOn ?? []).forEach((s, i) => check(steps, s, "step", ["deEscalateOn", i]));
    (policy.deadlines ?? []).forEach((d, i) => {
      check(steps, d?.startOn, "step", ["deadlines", i, "startOn"]);
      requireClock(d?.length, ["deadlines", i, "length"]);
      (d?.stopOn ?? []).forEach((s, j) => check(steps, s, "step", ["deadlines", i, "stopOn", j]));
      (d?.classes ?? []).forEach((c, j) => check(classes, c, "class", ["deadlines", i, "classes", j]));
      const max = d?.extensions?.maxLength;
      if (max !== undefined && d?.length !== undefined && lengthUnit(max) !== lengthUnit(d.length)) {
        addIssue(ctx, "extension_unit_mismatch", ["deadlines", i, "extensions", "maxLength"], { expected: lengthUnit(d.length) });
      }
    });
    (policy.rules ?? []).forEach((rule, i) => {
      const triggers = Array.isArray(rule?.when) ? rule.when : [rule?.when];
      triggers.forEach((trigger, j) => {
        const at: (string | number)[] = Array.isArray(rule?.when) ? ["rules", i, "when", j] : ["rules", i, "when"];
        if (trigger === undefined || trigger === null) return;
        if (trigger.kind === "deadline_breached") check(deadlines, trigger.deadline, "deadline", [...at, "deadline"]);
        if (trigger.kind === "open_for") requireClock(trigger.over, [...at, "over"]);
        if (trigger.kind === "time_in_step") {
          check(steps, trigger.step, "step", [...at, "step"]);
          requireClock(trigger.over, [...at, "over"]);
        }
        if (trigger.kind === "class") trigger.in.forEach((c, k) => check(classes, c, "class", [...at, "in", k]));
        if (trigger.kind === "stage") check(stages, trigger.atLeast, "stage", [...at, "atLeast"]);
      });
      const then = rule?.then;
      if (then === undefined) return;
      check(stages, then.stage, "stage", ["rules", i, "then", "stage"]);
      check(functional, then.functional, "functional level", ["rules", i, "then", "functional"]);
      check(hierarchical, then.hierarchical, "hierarchical level", ["rules", i, "then", "hierarchical"]);
      check(classes, then.class, "class", ["rules", i, "then", "class"]);
      if (then.priority !== undefined) check(priorities, then.priority, "priority", ["rules", i, "then", "priority"]);
    });
    void rootCauses;
  });

/** The unit of a deadline length (`businessDays`, `weeks`, …). */
export function lengthUnit(length: DeadlineLengthOutput): DeadlineUnit {
  return Object.keys(length)[0] as DeadlineUnit;
}

/** A policy as users write it; `calendar` may also be a compiled calendar (`defineComplaintPolicy` only). */
export type ComplaintPolicyInput = z.input<typeof ComplaintPolicySchema>;
export type ComplaintPolicyDefinition = z.output<typeof ComplaintPolicySchema>;
export type ComplaintDeadlineInput = z.input<typeof ComplaintDeadlineSchema>;
export type ComplaintDeadlineDefinition = z.output<typeof ComplaintDeadlineSchema>;
export type DeadlineLengthInput = z.input<typeof DeadlineLengthSchema>;
export type DeadlineLengthOutput = z.output<typeof DeadlineLengthSchema>;
export type DeadlineCountingInput = z.input<typeof DeadlineCountingSchema>;
export type DeadlineUnit = "businessTime" | "elapsed" | "businessDays" | "calendarDays" | "weeks" | "months";
export type ComplaintRuleInput = z.input<typeof ComplaintRuleSchema>;
export type ComplaintTriggerInput = z.input<typeof ComplaintTriggerSchema>;
export type ComplaintLabelInput = z.input<typeof ComplaintLabelSchema>;

// ---------------------------------------------------------------------------------------------
// Events

const At = { at: InstantInputSchema };
const Text = z.string().min(1);

export const ComplaintEventSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("acknowledge"), ...At, note: Text.optional() }),
  z.strictObject({ type: z.literal("assess"), ...At, class: ComplaintIdSchema.optional(), note: Text.optional() }),
  z.strictObject({ type: z.literal("investigate"), ...At, note: Text.optional() }),
  z.strictObject({ type: z.literal("respond"), ...At, upheld: z.boolean().optional(), final: z.boolean().optional(), note: Text.optional() }),
  z.strictObject({ type: z.literal("close"), ...At, satisfied: z.boolean().optional(), note: Text.optional() }),
  z.strictObject({ type: z.literal("reopen"), ...At, reason: Text.optional() }),
  z.strictObject({ type: z.literal("advance"), ...At, action: ComplaintIdSchema, note: Text.optional() }),
  z.strictObject({ type: z.literal("assign"), ...At, owner: Text, role: z.enum(["primary", "secondary"]).optional() }),
  z.strictObject({ type: z.literal("classify"), ...At, class: ComplaintIdSchema }),
  z.strictObject({ type: z.literal("contact"), ...At, channel: Text.optional() }),
  z.strictObject({ type: z.literal("sentiment"), ...At, score: z.number().min(-1).max(1) }),
  z.strictObject({ type: z.literal("stage"), ...At, stage: ComplaintIdSchema }),
  z.strictObject({ type: z.literal("missed_commitment"), ...At, ref: Text.optional() }),
  z.strictObject({
    type: z.literal("escalate"),
    ...At,
    functional: ComplaintIdSchema.optional(),
    hierarchical: ComplaintIdSchema.optional(),
    reason: Text.optional(),
  }),
  z.strictObject({
    type: z.literal("de_escalate"),
    ...At,
    functional: ComplaintIdSchema.optional(),
    hierarchical: ComplaintIdSchema.optional(),
    reason: Text.optional(),
  }),
  z.strictObject({ type: z.literal("pause"), ...At, deadlines: z.array(ComplaintIdSchema).min(1).optional(), reason: Text.optional() }),
  z.strictObject({ type: z.literal("resume"), ...At, deadlines: z.array(ComplaintIdSchema).min(1).optional() }),
  z.strictObject({
    type: z.literal("extend"),
    ...At,
    deadline: ComplaintIdSchema,
    by: DeadlineLengthSchema,
    approvedBy: Text.optional(),
    reason: Text.optional(),
  }),
  z.strictObject({ type: z.literal("complete_action"), ...At, action: ComplaintIdSchema }),
  z.strictObject({ type: z.literal("tag_root_cause"), ...At, tags: z.array(ComplaintIdSchema).min(1) }),
  z.strictObject({ type: z.literal("tick"), ...At }),
]);

/** An event as a host sends it (`at` is any DateInput). */
export type ComplaintEventInput = z.input<typeof ComplaintEventSchema>;
export type ComplaintEvent = z.output<typeof ComplaintEventSchema>;

export const OpenComplaintInputSchema = z.strictObject({
  id: z.string().min(1),
  receivedAt: InstantInputSchema,
  class: ComplaintIdSchema.optional(),
  stage: ComplaintIdSchema.optional(),
  channel: z.string().min(1).optional(),
  customerTier: z.string().min(1).optional(),
  priority: ComplaintIdSchema.optional(),
  owner: z.string().min(1).optional(),
  meta: MetaSchema.optional(),
});
export type OpenComplaintInput = z.input<typeof OpenComplaintInputSchema>;
