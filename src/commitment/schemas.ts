import * as z from "zod";
import { addIssue, type JsonShaped, DurationInputSchema, InstantInputSchema, LocalDateSchema, MetaSchema } from "../core/index.js";
import { isDurationInput, toDurationMs } from "../core/index.js";

/** How a measured value is compared with the target. */
export const CommitmentComparisonSchema = z
  .enum(["at_most", "at_least", "less_than", "more_than"])
  .describe("at_most: value <= target; at_least: value >= target; less_than: <; more_than: >");
export type CommitmentComparison = z.output<typeof CommitmentComparisonSchema>;

/** The five SERVQUAL dimensions a commitment can serve. */
const CommitmentServqualDimensionSchema = z.enum(["tangibles", "reliability", "responsiveness", "assurance", "empathy"]);

// Bounds on everything that makes a review's work grow: the wording checks scan every character,
// so a 10 MB title is refused at definition, naming its path, instead of being scanned.
/** Longest title, service, remedy or relevance text, and longest id (characters). */
export const MAX_COMMITMENT_TEXT = 1_000;
/** Longest `statement` (characters). */
export const MAX_COMMITMENT_STATEMENT = 5_000;
/** Most entries in `relevance.needs` and `evidence`. */
export const MAX_COMMITMENT_LIST = 100;
/** Longest word-list entry (characters) and most entries per word list. */
export const MAX_WORD_LENGTH = 100;
export const MAX_WORD_LIST = 2_000;

const text = z.string().max(MAX_COMMITMENT_TEXT);
const textList = z.array(text).max(MAX_COMMITMENT_LIST);

/** A service standard: metric, target (a duration, or a number with a unit), comparison, attainment. */
export const CommitmentStandardSchema = z
  .strictObject({
    metric: text.optional().describe("What is measured; SLA metric kinds (first_response, next_reply, resolution) are natural names"),
    target: z
      .union([z.number(), DurationInputSchema])
      .optional()
      .describe('A duration ("PT2H", { hours: 2 }) for time limits, or a number with `unit` (85 with unit "percent")'),
    unit: text.optional().describe("Unit of a number target: percent, count, score, …"),
    comparison: CommitmentComparisonSchema.optional().describe("Default at_most for durations, at_least for numbers"),
    businessHours: z.boolean().optional().describe("A duration target counts business time (default false: wall-clock time)"),
    attainment: z.number().min(0).max(1).optional().describe("Share of cases that must meet the target (default 1)"),
    priority: text.optional().describe("The ticket priority this standard applies to, for commitmentToSlaPolicy (default: any)"),
  })
  .superRefine((standard, ctx) => {
    const { target, unit } = standard;
    // A plain number is a number target (with `unit`); durations are written as ISO text or an object.
    if (typeof target === "number") {
      if (!Number.isFinite(target)) addIssue(ctx, "invalid_number", ["target"], { received: target });
      else if (unit === "percent" && (target < 0 || target > 100)) {
        addIssue(ctx, "percent_out_of_range", ["target"], { received: target, what: "target", minimum: 0, maximum: 100 });
      }
    } else if (target !== undefined && isDurationInput(target) && toDurationMs(target) <= 0) {
      addIssue(ctx, "non_positive_target", ["target"], { received: target });
    }
  });

export const CommitmentSchema = z
  .strictObject({
    id: z.string().min(1).max(MAX_COMMITMENT_TEXT).describe("Stable identifier, also the SLA metric id when converted"),
    title: text.optional().describe("Customer-facing wording"),
    statement: z.string().max(MAX_COMMITMENT_STATEMENT).optional().describe("Longer customer-facing text"),
    service: z
      .strictObject({
        content: text.optional().describe("Which service is promised (服务内容)"),
        channel: text.optional(),
        scope: text.optional(),
      })
      .optional(),
    standard: CommitmentStandardSchema.optional(),
    deadline: LocalDateSchema.optional().describe("For goals: the date by which the standard must hold"),
    remedy: z
      .strictObject({
        policy: text.optional().describe("Id of a remedy policy (pledgekit/remedy)"),
        description: text.optional().describe("What the customer gets when the commitment is missed (服务保证)"),
      })
      .optional(),
    relevance: z
      .strictObject({
        needs: textList.optional().describe("Customer needs this answers: survey findings, complaint themes"),
        servqualDimension: CommitmentServqualDimensionSchema.optional(),
        kpi: text.optional(),
      })
      .optional(),
    evidence: textList.optional().describe("Sources backing any absolute claim in the wording"),
    validFrom: LocalDateSchema.optional(),
    reviewBy: LocalDateSchema.optional(),
    meta: MetaSchema.optional(),
  })
  .superRefine((commitment, ctx) => {
    const { validFrom, reviewBy } = commitment;
    if (typeof validFrom === "string" && typeof reviewBy === "string" && reviewBy < validFrom) {
      addIssue(ctx, "review_before_valid", ["reviewBy"], { received: reviewBy, validFrom });
    }
  })
  .describe("A service commitment (服务承诺): content, standard, time limit, remedy, wording");

/** What users write: a commitment definition or draft (every field but `id` optional). */
export type CommitmentInput = JsonShaped<z.input<typeof CommitmentSchema>>;
/** A commitment definition after parsing: what `Commitment.definition` holds. */
export type CommitmentDefinition = z.output<typeof CommitmentSchema>;
export type CommitmentStandardInput = z.input<typeof CommitmentStandardSchema>;

/** One real case: a measured span, a measured number (durations in ms), or a pass/fail outcome. */
export const SpanObservationSchema = z.strictObject({ start: InstantInputSchema, end: InstantInputSchema, id: z.string().optional() });
export const ValueObservationSchema = z.strictObject({ at: InstantInputSchema, value: z.number(), id: z.string().optional() });
export const MetObservationSchema = z.strictObject({ at: InstantInputSchema, met: z.boolean(), id: z.string().optional() });
export const ObservationSchema = z.union([SpanObservationSchema, ValueObservationSchema, MetObservationSchema]);
export type Observation = z.input<typeof ObservationSchema>;

/** Word lists for the wording checks; each given list replaces the default one. */
const wordList = z.array(z.string().min(1).max(MAX_WORD_LENGTH)).max(MAX_WORD_LIST);
export const WordListsSchema = z.strictObject({
  vague: wordList.optional(),
  absolute: wordList.optional(),
  exempt: wordList.optional(),
});
export type WordListsInput = z.input<typeof WordListsSchema>;

/** The KPIs `computeKpis` knows how to measure. */
export const KpiKindSchema = z.enum(["commitment_compliance", "first_contact_resolution", "complaint_rate", "satisfaction"]);
export type KpiKind = z.output<typeof KpiKindSchema>;

/** A KPI with its baseline and target, in percent (or in score points for a mean satisfaction score). */
export const KpiDefinitionSchema = z.strictObject({
  id: z.string().min(1).max(MAX_COMMITMENT_TEXT),
  kind: KpiKindSchema,
  label: text.optional(),
  target: z.number().finite(),
  baseline: z.number().finite().optional(),
  comparison: CommitmentComparisonSchema.optional().describe("Default at_most for complaint_rate, at_least otherwise"),
  commitment: z.string().optional().describe("commitment_compliance: only outcomes for this commitment id"),
  satisfaction: z
    .strictObject({
      measure: z.enum(["share_satisfied", "mean"]).optional().describe("Default share_satisfied (CSAT %)"),
      satisfiedAt: z.number().optional().describe("Lowest score counted as satisfied (default 4, on a 1–5 scale)"),
    })
    .optional(),
  meta: MetaSchema.optional(),
});
export type KpiDefinitionInput = z.input<typeof KpiDefinitionSchema>;

/** One case (contact, ticket, order or survey answer) over the period; each KPI reads the fields it needs. */
export const KpiOutcomeSchema = z.strictObject({
  at: InstantInputSchema,
  commitment: z.string().optional().describe("Which commitment `commitmentMet` refers to"),
  commitmentMet: z.boolean().optional(),
  firstContactResolved: z.boolean().optional(),
  complaint: z.boolean().optional().describe("This case led to a complaint (complaint rate = complaints / cases)"),
  satisfaction: z.number().optional().describe("A survey score"),
});
export type KpiOutcome = z.input<typeof KpiOutcomeSchema>;
