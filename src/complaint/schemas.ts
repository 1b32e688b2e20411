import * as z from "zod";
import { CalendarSchema } from "../calendar/index.js";
import { addIssue, durationProblem, DurationInputSchema, InstantInputSchema, MetaSchema, toDurationMs } from "../core/index.js";

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
const ComplaintLabelSchema = z
  .union([z.string().min(1), z.strictObject({ en: z.string().min(1), "zh-CN": z.string().min(1).optional() })])
  .describe('A label: "text" or { en, "zh-CN" }');

/** A class, stage or level of a policy: an id and an optional label. */
const ComplaintItemSchema = z.strictObject({
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
 * The longest a deadline, extension or time limit may be: ten years in any unit. Longer spans are
 * data errors (a microsecond count passed as milliseconds, a typo) that would only fail at use.
 */
export const DEADLINE_LIMITS = {
  businessDays: 2_600,
  calendarDays: 3_660,
  weeks: 520,
  months: 120,
  /** Milliseconds (3,660 days), for `businessTime` and `elapsed`. */
  durationMs: 3_660 * 86_400_000,
} as const satisfies Record<string, number>;

/** A duration that is more than zero and at most `DEADLINE_LIMITS.durationMs`. */
const PositiveDurationSchema = DurationInputSchema.superRefine((value, ctx) => {
  if (durationProblem(value) !== undefined) return;
  const ms = toDurationMs(value);
  if (ms <= 0) addIssue(ctx, "length_not_positive", [], { received: value });
  else if (ms > DEADLINE_LIMITS.durationMs) addIssue(ctx, "length_too_long", [], { received: value, max: "3660 days" });
});

const dayCount = (max: number) => z.number().int().positive().max(max);

/**
 * How long a deadline (or a time limit) runs. Exactly one unit:
 * `businessTime` (open time of the calendar), `elapsed` (wall-clock time), `businessDays`,
 * `calendarDays`, `weeks` or `months` (counted on local dates with the deadline's counting rules).
 * Every length is more than zero and at most ten years (`DEADLINE_LIMITS`).
 */
export const DeadlineLengthSchema = z
  .union([
    z.strictObject({ businessTime: PositiveDurationSchema }),
    z.strictObject({ elapsed: PositiveDurationSchema }),
    z.strictObject({ businessDays: dayCount(DEADLINE_LIMITS.businessDays) }),
    z.strictObject({ calendarDays: dayCount(DEADLINE_LIMITS.calendarDays) }),
    z.strictObject({ weeks: dayCount(DEADLINE_LIMITS.weeks) }),
    z.strictObject({ months: dayCount(DEADLINE_LIMITS.months) }),
  ])
  .describe("A deadline length: { businessTime } | { elapsed } | { businessDays } | { calendarDays } | { weeks } | { months }");

/** A time window for counting signals, in elapsed time: a duration or `{ days }` (24-hour days). */
const ComplaintWindowSchema = z
  .union([z.strictObject({ days: z.number().positive().max(DEADLINE_LIMITS.calendarDays) }), PositiveDurationSchema])
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

/** What missing a deadline means: a `limit` is breached; a `window` only lapses. */
export const DEADLINE_KINDS = ["limit", "window"] as const;

export const ComplaintDeadlineSchema = z.strictObject({
  id: ComplaintIdSchema,
  label: ComplaintLabelSchema.optional(),
  /**
   * `limit` (default): a time limit; missing it is a breach (status `breached`, the
   * `deadline_breached` trigger). `window`: an option that ends (FCA DISP 1.5 summary resolution);
   * when it passes the status is `lapsed`, never a breach, and only `window_lapsed` rules react.
   */
  kind: z.enum(DEADLINE_KINDS).optional(),
  /** The step whose (first) entry starts the clock; the initial step starts it at receipt. */
  startOn: ComplaintIdSchema,
  /**
   * The clock stops on entering the first of these steps (in the policy's `steps` order) or any
   * step after it, whichever path reached it, and on entering any terminal step.
   */
  stopOn: z.array(ComplaintIdSchema).min(1),
  /** The clock keeps running when the complaint enters a terminal step (default false). */
  survivesClosure: z.boolean().optional(),
  length: DeadlineLengthSchema,
  counting: DeadlineCountingSchema.optional(),
  /** Only complaints of these classes run this clock (default: every class). */
  classes: z.array(ComplaintIdSchema).min(1).optional(),
  /** `pause` events may stop the count (default false: only where the rule says time is not counted). */
  pausable: z.boolean().optional(),
  /**
   * Approved extensions, checked when each is applied: how many (`max`), the longest any one may
   * be (`maxLength`), the longest the 1st, 2nd, … may be (`maxLengths`, in order), and the longest
   * all of them together may be (`maxTotal`). Lengths are in the deadline's own unit.
   */
  extensions: z
    .strictObject({
      max: z.number().int().positive().max(20),
      maxLength: DeadlineLengthSchema.optional(),
      maxLengths: z.array(DeadlineLengthSchema).min(1).max(20).optional(),
      maxTotal: DeadlineLengthSchema.optional(),
    })
    .optional(),
  /** What a reopened complaint does to a stopped clock: keep it stopped (default), resume it, or restart it. */
  onReopen: z.enum(["ignore", "resume", "restart"]).optional(),
  /** Status turns `at_risk` this much elapsed time before the due instant. */
  warnBefore: PositiveDurationSchema.optional(),
  /** Where the rule comes from (regulation, article), shown in docs and status. */
  source: z.string().optional(),
  meta: MetaSchema.optional(),
});

const LevelRef = ComplaintIdSchema;

const ComplaintTriggerSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("repeated_contacts"), count: z.number().int().min(2), within: ComplaintWindowSchema }),
  z.strictObject({ kind: z.literal("sentiment"), atMost: z.number().min(-1).max(1) }),
  z.strictObject({ kind: z.literal("missed_commitment"), count: z.number().int().positive().optional() }),
  z.strictObject({ kind: z.literal("deadline_breached"), deadline: ComplaintIdSchema.optional() }),
  z.strictObject({ kind: z.literal("window_lapsed"), deadline: ComplaintIdSchema.optional() }),
  z.strictObject({ kind: z.literal("time_in_step"), step: ComplaintIdSchema, over: DeadlineLengthSchema }),
  z.strictObject({ kind: z.literal("open_for"), over: DeadlineLengthSchema }),
  z.strictObject({ kind: z.literal("class"), in: z.array(ComplaintIdSchema).min(1) }),
  z.strictObject({ kind: z.literal("stage"), atLeast: ComplaintIdSchema }),
  z.strictObject({ kind: z.literal("reopened"), count: z.number().int().positive().optional() }),
]);

const ComplaintRuleActionSchema = z.strictObject({
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

const ComplaintStepSchema = z.strictObject({
  id: ComplaintIdSchema,
  label: ComplaintLabelSchema.optional(),
  description: z.string().optional(),
  /** A terminal step (closed): escalation rules are not evaluated there. */
  terminal: z.boolean().optional(),
});

const ComplaintTransitionSchema = z.strictObject({
  from: z.union([ComplaintIdSchema, z.array(ComplaintIdSchema).min(1)]),
  /** The verb: one of the step verbs (acknowledge, assess, …) or a custom one sent with `advance`. */
  on: ComplaintIdSchema,
  to: ComplaintIdSchema,
});

const ComplaintActionSchema = z.strictObject({
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
    const ids = (list: unknown, what: string, path: (string | number)[] = [what]): Set<string> => {
      const seen = new Set<string>();
      if (!Array.isArray(list)) return seen;
      list.forEach((item: unknown, index) => {
        const id = (item as { id?: unknown } | null)?.id;
        if (typeof id !== "string") return;
        if (seen.has(id)) addIssue(ctx, "duplicate_id", [...path, index, "id"], { id, what: `an id in ${what}` });
        seen.add(id);
      });
      return seen;
    };
    const classes = ids(policy.classes, "classes");
    const stages = ids(policy.stages, "stages");
    const steps = ids(policy.steps, "steps");
    const functional = ids(policy.levels?.functional, "levels.functional", ["levels", "functional"]);
    const hierarchical = ids(policy.levels?.hierarchical, "levels.hierarchical", ["levels", "hierarchical"]);
    const deadlines = ids(policy.deadlines, "deadlines");
    const rootCauses = ids(policy.rootCauses, "rootCauses");
    ids(policy.actions, "actions");
    ids(policy.rules, "rules");
    // Day and business units are counted on a calendar's local dates and open hours.
    const requireClock = (length: DeadlineLengthDefinition | undefined, path: (string | number)[]): void => {
      if (length === undefined || length === null || typeof length !== "object" || policy.calendar !== undefined) return;
      const unit = lengthUnit(length);
      if (unit !== "elapsed" && unit !== undefined)
        addIssue(ctx, "calendar_required", path, { what: `${unit} are counted on a business calendar's dates and hours` });
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
      const sameUnit = (other: DeadlineLengthDefinition | undefined, path: (string | number)[]): void => {
        if (other === undefined || other === null || d?.length === undefined || d.length === null) return;
        if (lengthUnit(other) !== lengthUnit(d.length))
          addIssue(ctx, "extension_unit_mismatch", ["deadlines", i, "extensions", ...path], { expected: lengthUnit(d.length) });
      };
      sameUnit(d?.extensions?.maxLength, ["maxLength"]);
      sameUnit(d?.extensions?.maxTotal, ["maxTotal"]);
      (d?.extensions?.maxLengths ?? []).forEach((m, j) => sameUnit(m, ["maxLengths", j]));
    });
    (policy.rules ?? []).forEach((rule, i) => {
      const triggers = Array.isArray(rule?.when) ? rule.when : [rule?.when];
      triggers.forEach((trigger, j) => {
        const at: (string | number)[] = Array.isArray(rule?.when) ? ["rules", i, "when", j] : ["rules", i, "when"];
        if (trigger === undefined || trigger === null) return;
        if (trigger.kind === "deadline_breached" || trigger.kind === "window_lapsed") check(deadlines, trigger.deadline, "deadline", [...at, "deadline"]);
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
export function lengthUnit(length: DeadlineLengthDefinition): DeadlineUnit {
  return Object.keys(length)[0] as DeadlineUnit;
}

/** A policy as users write it; `calendar` may also be a compiled calendar (`defineComplaintPolicy` only). */
export type ComplaintPolicyInput = z.input<typeof ComplaintPolicySchema>;
export type ComplaintPolicyDefinition = z.output<typeof ComplaintPolicySchema>;
export type ComplaintDeadlineInput = z.input<typeof ComplaintDeadlineSchema>;
export type ComplaintDeadlineDefinition = z.output<typeof ComplaintDeadlineSchema>;
export type DeadlineLengthInput = z.input<typeof DeadlineLengthSchema>;
export type DeadlineLengthDefinition = z.output<typeof DeadlineLengthSchema>;
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

// ---------------------------------------------------------------------------------------------
// Stored state

/** The most pauses one clock may hold; more is a tampered or runaway state (each costs work on every event). */
export const MAX_PAUSES_PER_CLOCK = 200;

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** An instant as `Date.prototype.toISOString()` writes it. */
const StoredInstantSchema = z.string().superRefine((value, ctx) => {
  if (!ISO_UTC.test(value) || !Number.isFinite(Date.parse(value))) addIssue(ctx, "invalid_stored_instant", [], { received: value });
});
const Nullable = <T extends z.ZodType>(schema: T) => z.union([schema, z.null()]);
const NullableText = Nullable(z.string());

const ComplaintClockStateSchema = z.strictObject({
  startedAt: Nullable(StoredInstantSchema),
  stoppedAt: Nullable(StoredInstantSchema),
  pauses: z.array(z.strictObject({ from: StoredInstantSchema, to: Nullable(StoredInstantSchema), reason: NullableText })).max(MAX_PAUSES_PER_CLOCK),
  extensions: z.array(z.strictObject({ at: StoredInstantSchema, by: DeadlineLengthSchema, approvedBy: NullableText, reason: NullableText })).max(20),
  restarts: z.number().int().min(0),
});

const LevelsSchema = z.strictObject({ functional: z.string(), hierarchical: z.string() });

/**
 * A stored `ComplaintState` as it comes back from a database: every field present with its type,
 * instants as `toISOString()` strings, events in time order. Every function that takes a state
 * checks it with this schema and refuses a tampered one with `invalid_state` naming the field.
 */
export const ComplaintStateSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    id: z.string().min(1),
    policyId: z.string().min(1),
    receivedAt: StoredInstantSchema,
    updatedAt: StoredInstantSchema,
    class: z.string(),
    stage: z.string(),
    peakStage: z.string(),
    step: z.string(),
    stepEnteredAt: StoredInstantSchema,
    level: LevelsSchema,
    peakLevel: LevelsSchema,
    priority: NullableText,
    channel: NullableText,
    customerTier: NullableText,
    owners: z.strictObject({ primary: NullableText, secondary: z.array(z.string()) }),
    sentiment: Nullable(z.number().min(-1).max(1)),
    contacts: z.array(StoredInstantSchema),
    missedCommitments: z.array(z.strictObject({ at: StoredInstantSchema, ref: NullableText })),
    checklist: z.record(z.string(), StoredInstantSchema),
    rootCauses: z.array(z.string()),
    clocks: z.record(z.string(), ComplaintClockStateSchema),
    firedRules: z.array(z.strictObject({ ruleId: z.string(), at: StoredInstantSchema, dueAt: Nullable(StoredInstantSchema) })),
    /** Absent in states stored before it existed (read as null). */
    rulesArmedAt: Nullable(StoredInstantSchema).optional(),
    reopenCount: z.number().int().min(0),
    respondedAt: Nullable(StoredInstantSchema),
    closedAt: Nullable(StoredInstantSchema),
    upheld: Nullable(z.boolean()),
    satisfied: Nullable(z.boolean()),
    history: z.array(z.strictObject({ at: StoredInstantSchema, type: z.string(), step: z.string(), from: NullableText, detail: NullableText })),
    meta: Nullable(z.record(z.string(), z.unknown())),
  })
  .superRefine((state, ctx) => {
    // Order facts the machine relies on (binary searches, "the open pause is the last one").
    const ordered = (a: unknown, b: unknown, path: (string | number)[]): void => {
      if (typeof a === "string" && typeof b === "string" && a > b) addIssue(ctx, "state_out_of_order", path, { before: a, after: b });
    };
    ordered(state.receivedAt, state.updatedAt, ["updatedAt"]);
    ordered(state.stepEnteredAt, state.updatedAt, ["stepEnteredAt"]);
    if (Array.isArray(state.contacts)) {
      for (let i = 1; i < state.contacts.length; i++) ordered(state.contacts[i - 1], state.contacts[i], ["contacts", i]);
    }
    for (const [id, clock] of Object.entries(state.clocks ?? {})) {
      const pauses = clock?.pauses ?? [];
      pauses.forEach((pause, i) => {
        if (pause?.to === null && i !== pauses.length - 1)
          addIssue(ctx, "state_out_of_order", ["clocks", id, "pauses", i, "to"], { before: pause.from, after: null });
        if (pause !== undefined) ordered(pause.from, pause.to, ["clocks", id, "pauses", i, "to"]);
        if (i > 0) ordered(pauses[i - 1]?.to, pause?.from, ["clocks", id, "pauses", i, "from"]);
      });
    }
  });
export type ComplaintStateInput = z.input<typeof ComplaintStateSchema>;
