import * as z from "zod";
import { CalendarSchema, type Calendar, type CalendarInput } from "../calendar/index.js";
import { addIssue, durationProblem, DurationInputSchema, type JsonShaped, MetaSchema, toDurationMs } from "../core/index.js";

/** The ticket event types an SLA policy understands. */
export const TICKET_EVENT_TYPES = ["created", "status", "priority", "agent_reply", "customer_reply", "resolved", "reopened"] as const;
export type TicketEventType = (typeof TICKET_EVENT_TYPES)[number];

const durationMs = (value: unknown): number | undefined => (durationProblem(value) === undefined ? toDurationMs(value) : undefined);

/** 100 years: the longest target, warning or escalation offset (every due then stays a valid Date). */
const MAX_DURATION_MS = 3_155_760_000_000;

const PositiveDurationSchema = DurationInputSchema.superRefine((value, ctx) => {
  const ms = durationMs(value);
  if (ms !== undefined && ms <= 0) addIssue(ctx, "non_positive_duration", []);
  if (ms !== undefined && !(ms <= MAX_DURATION_MS)) addIssue(ctx, "duration_too_long", [], { maximum: MAX_DURATION_MS });
});

const NonNegativeDurationSchema = DurationInputSchema.superRefine((value, ctx) => {
  const ms = durationMs(value);
  if (ms !== undefined && ms < 0) addIssue(ctx, "negative_duration", []);
  if (ms !== undefined && !(ms <= MAX_DURATION_MS)) addIssue(ctx, "duration_too_long", [], { maximum: MAX_DURATION_MS });
});

/**
 * A metric's target for one priority: an ISO duration (the metric's own clock), a duration with its
 * own clock (`businessHours: false` = wall-clock, 24/7), or `{ businessDays: n }` = due at the close of
 * business of the n-th business day after the start date (0 = the start date itself, or the next
 * business day when the start is after that day's close).
 */
export const SlaTargetSchema = z
  .union([
    PositiveDurationSchema,
    z.strictObject({ target: PositiveDurationSchema, businessHours: z.boolean().optional() }),
    z.strictObject({ businessDays: z.number().int().min(0).max(10_000) }),
  ])
  .describe('A target: "PT4H", { target: "PT4H", businessHours: false } or { businessDays: 3 }');

const StringOrStrings = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

/** A condition of a custom metric: an event type, optionally narrowed by the ticket's status or priority after it. */
export const SlaConditionSchema = z
  .strictObject({
    event: z.enum(TICKET_EVENT_TYPES),
    status: StringOrStrings.optional(),
    priority: StringOrStrings.optional(),
  })
  .describe('A custom metric condition, e.g. { event: "status", status: "acknowledged" }');

const FractionSchema = z.number().positive().max(1000);

/** An escalation level, at a fraction of the target (`at: 1` = at breach) or at time past breach (`after`). */
export const SlaEscalationSchema = z
  .strictObject({
    level: z.number().int().min(1),
    at: FractionSchema.optional(),
    after: NonNegativeDurationSchema.optional(),
    meta: MetaSchema.optional(),
  })
  .superRefine((value, ctx) => {
    if (typeof value !== "object" || value === null) return;
    if ((value.at === undefined) === (value.after === undefined)) addIssue(ctx, "escalation_needs_at_or_after", []);
  });

// At most 10 of each: a metric tracks its fired thresholds in one 32-bit mask.
const thresholdFields = {
  warnAt: z.array(FractionSchema).max(10).optional(),
  warnBefore: z.array(NonNegativeDurationSchema).max(10).optional(),
  escalations: z.array(SlaEscalationSchema).max(10).optional(),
};

const metricBase = {
  id: z.string().min(1),
  name: z.string().optional(),
  targets: z.record(z.string().min(1), SlaTargetSchema),
  businessHours: z.boolean().optional(),
  pauseOn: z.array(z.string().min(1)).optional(),
  ...thresholdFields,
  meta: MetaSchema.optional(),
};

/** One clock of a policy. Built-in kinds follow docs/design.md §2; `custom` takes its start/stop conditions as data. */
export const SlaMetricSchema = z.discriminatedUnion("kind", [
  z.strictObject({ ...metricBase, kind: z.literal("first_response") }),
  z.strictObject({ ...metricBase, kind: z.literal("next_reply") }),
  z.strictObject({ ...metricBase, kind: z.literal("resolution") }),
  z.strictObject({
    ...metricBase,
    kind: z.literal("custom"),
    start: z.array(SlaConditionSchema).min(1),
    stop: z.array(SlaConditionSchema).min(1),
    cycles: z.enum(["once", "each", "resume"]).optional(),
  }),
]);

function checkEscalationLevels(escalations: unknown, ctx: z.RefinementCtx, path: (string | number)[]): void {
  if (!Array.isArray(escalations)) return;
  const seen = new Set<unknown>();
  escalations.forEach((escalation: unknown, index) => {
    const level = (escalation as { level?: unknown } | null)?.level;
    if (level === undefined) return;
    if (seen.has(level)) addIssue(ctx, "duplicate_escalation_level", [...path, index, "level"], { level });
    seen.add(level);
  });
}

function usesBusinessTime(metric: Record<string, unknown>): boolean {
  const metricBusiness = metric.businessHours !== false;
  const targets = metric.targets;
  if (typeof targets !== "object" || targets === null) return false;
  return Object.values(targets).some((target: unknown) => {
    if (typeof target === "object" && target !== null && "businessDays" in target) return true;
    if (typeof target === "object" && target !== null && "target" in target) {
      return (target as { businessHours?: unknown }).businessHours ?? metricBusiness;
    }
    return metricBusiness;
  });
}

/**
 * An SLA policy: a business calendar, the metrics (clocks) it runs per ticket, warnings and
 * escalations, and what a priority change does. Plain JSON.
 */
export const SlaPolicySchema = z
  .strictObject({
    id: z.string().min(1),
    name: z.string().optional(),
    calendar: CalendarSchema.optional(),
    metrics: z.array(SlaMetricSchema).min(1),
    ...thresholdFields,
    onPriorityChange: z.enum(["keep_elapsed", "restart"]).optional(),
    meta: MetaSchema.optional(),
  })
  .superRefine((policy, ctx) => {
    // zod runs refinements even when other parts failed: read defensively.
    if (typeof policy !== "object" || policy === null) return;
    checkEscalationLevels(policy.escalations, ctx, ["escalations"]);
    if (!Array.isArray(policy.metrics)) return;
    const ids = new Set<unknown>();
    policy.metrics.forEach((metric: unknown, index) => {
      if (typeof metric !== "object" || metric === null) return;
      const m = metric as Record<string, unknown>;
      if (ids.has(m.id)) addIssue(ctx, "duplicate_metric_id", ["metrics", index, "id"], { id: m.id });
      ids.add(m.id);
      if (typeof m.targets === "object" && m.targets !== null && Object.keys(m.targets).length === 0) {
        addIssue(ctx, "empty_targets", ["metrics", index, "targets"]);
      }
      checkEscalationLevels(m.escalations, ctx, ["metrics", index, "escalations"]);
      if (policy.calendar === undefined && usesBusinessTime(m)) {
        addIssue(ctx, "missing_calendar", ["metrics", index], { metric: m.id });
      }
    });
  })
  .describe("An SLA policy (pledgekit/sla)");

/** What users write: the schema's input, whose `calendar` may also be a compiled `Calendar` (reused as it is). */
export type SlaPolicyInput = Omit<z.input<typeof SlaPolicySchema>, "calendar"> & { readonly calendar?: CalendarInput | Calendar | undefined };
export type SlaPolicyDefinition = z.output<typeof SlaPolicySchema>;

/**
 * A policy as TypeScript infers it from a JSON file (`import policy from "./policy.json"`) or an
 * untyped literal: `kind: string`, `string[][]` hours. Accepted too: validation is at run time.
 */
export type SlaPolicyJson = JsonShaped<SlaPolicyInput>;
export type SlaMetricInput = z.input<typeof SlaMetricSchema>;
export type SlaTargetInput = z.input<typeof SlaTargetSchema>;
export type SlaConditionInput = z.input<typeof SlaConditionSchema>;
export type SlaEscalationInput = z.input<typeof SlaEscalationSchema>;
