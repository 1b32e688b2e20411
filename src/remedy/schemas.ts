import * as z from "zod";
import { CalendarSchema, isCalendar, type Calendar } from "../calendar/index.js";
import { addIssue, InstantInputSchema, MetaSchema, TimeZoneSchema } from "../core/index.js";
import { currencyExponent, MAX_DECIMAL_LENGTH, parseDecimal } from "./internal/money.js";

// The remedy rule language. Every construct is a strict JSON object (unknown keys are errors);
// recursive constructs (conditions, amounts) are single objects whose *form* is chosen by which key
// is present, so a typo is reported at its own key rather than as "matches no alternative".

/** A decimal amount or factor: a decimal string ("12.50", "0.5") or a finite number. */
export type DecimalInput = string | number;

const DecimalSchema = z
  .union([z.string(), z.number()])
  .superRefine((value, ctx) => {
    // Long digit strings cost quadratic time in BigInt: bounded here, before any parsing.
    if (typeof value === "string" && value.length > MAX_DECIMAL_LENGTH)
      addIssue(ctx, "decimal_too_long", [], { length: value.length, maximum: MAX_DECIMAL_LENGTH });
    else if (parseDecimal(value) === undefined) addIssue(ctx, "invalid_decimal", []);
  })
  .describe(`A decimal: a string such as "12.50" (at most ${MAX_DECIMAL_LENGTH} characters) or a finite number`);

/** An ISO 4217 currency code known to pledgekit's exponent table ("EUR", "CNY", "JPY"). */
const CurrencySchema = z
  .string()
  .superRefine((value, ctx) => {
    if (currencyExponent(value) === undefined) addIssue(ctx, "unknown_currency", []);
  })
  .describe("An ISO 4217 currency code");

/** A money value: `{ currency, amount }`, the amount in major units ("12.50"). */
export const MoneySchema = z.strictObject({ currency: CurrencySchema, amount: DecimalSchema });
export type MoneyInput = z.input<typeof MoneySchema>;

export const RoundingModeSchema = z
  .enum(["half_even", "half_up", "half_down", "floor", "ceiling", "truncate"])
  .describe("Rounding of each remedy's amount to whole minor units (half_up/half_down: ties away from/towards zero)");

const FactTypeSchema = z.enum(["number", "string", "boolean", "instant", "money"]);
export type FactType = z.output<typeof FactTypeSchema>;

/** A fact the policy reads, declared so that references can be checked when the policy is defined. */
export const RemedyFactSchema = z
  .strictObject({
    type: FactTypeSchema,
    label: z.string().optional(),
    description: z.string().optional(),
    /** number facts: the range a valid value lies in (inclusive); tier tables must cover it. */
    min: z.number().optional(),
    max: z.number().optional(),
    integer: z.boolean().optional(),
    /** string facts: the only accepted values; tier tables must cover all of them. */
    values: z.array(z.string()).min(1).optional(),
    /** money facts: the currency a value must be in (default: the policy's currency). */
    currency: CurrencySchema.optional(),
    /** Used when the fact is absent (number, string, boolean; money: a decimal in its currency). */
    default: z.union([z.number(), z.string(), z.boolean()]).optional(),
  })
  .describe("A declared fact");
export type RemedyFactInput = z.input<typeof RemedyFactSchema>;

// Size limits: far above real schedules (a dozen rules, a handful of bands), low enough that
// defining and deciding stay well under 50 ms whatever a hostile config holds.
/** Most rules, exclusions or versions in a policy. */
const MAX_RULES = 100;
/** Most options of a claimant's choice, or period caps. */
const MAX_OPTIONS = 20;
/** Most items of an `all`/`any`, or values of an `in`/`notIn`. */
const MAX_LIST = 500;

const ScalarSchema = z.union([z.number(), z.string(), z.boolean()]);

const COMPARISON_KEYS = ["gte", "gt", "lte", "lt", "eq", "ne", "in", "notIn"] as const;

const comparisonShape = {
  /** ≥ (inclusive lower bound) */
  gte: z.union([z.number(), z.string()]).optional(),
  /** > (exclusive lower bound) */
  gt: z.union([z.number(), z.string()]).optional(),
  /** ≤ (inclusive upper bound) */
  lte: z.union([z.number(), z.string()]).optional(),
  /** < (exclusive upper bound) */
  lt: z.union([z.number(), z.string()]).optional(),
  eq: ScalarSchema.optional(),
  ne: ScalarSchema.optional(),
  in: z.array(ScalarSchema).min(1).max(MAX_LIST).optional(),
  notIn: z.array(ScalarSchema).min(1).max(MAX_LIST).optional(),
};

/**
 * Comparisons on one fact, all of which must hold. Bounds are explicit: `gte`/`gt` and `lte`/`lt`.
 * Money bounds are decimals in the fact's currency; instant bounds are ISO instants with an offset.
 */
export const RemedyComparisonSchema = z.strictObject(comparisonShape).superRefine((value, ctx) => {
  if (!COMPARISON_KEYS.some((key) => value[key] !== undefined)) addIssue(ctx, "empty_comparison", []);
  checkBounds(value, ctx);
});
export type RemedyComparisonInput = z.input<typeof RemedyComparisonSchema>;

function checkBounds(value: Partial<Record<(typeof COMPARISON_KEYS)[number], unknown>>, ctx: z.RefinementCtx): void {
  if (value.gte !== undefined && value.gt !== undefined) addIssue(ctx, "conflicting_bounds", ["gt"], { keys: ["gte", "gt"] });
  if (value.lte !== undefined && value.lt !== undefined) addIssue(ctx, "conflicting_bounds", ["lt"], { keys: ["lte", "lt"] });
}

/** A condition over facts: exactly one of `all`, `any`, `not`, or `fact` with comparisons. */
export interface RemedyConditionInput {
  readonly all?: readonly RemedyConditionInput[] | undefined;
  readonly any?: readonly RemedyConditionInput[] | undefined;
  readonly not?: RemedyConditionInput | undefined;
  readonly fact?: string | undefined;
  readonly gte?: number | string | undefined;
  readonly gt?: number | string | undefined;
  readonly lte?: number | string | undefined;
  readonly lt?: number | string | undefined;
  readonly eq?: number | string | boolean | undefined;
  readonly ne?: number | string | boolean | undefined;
  readonly in?: readonly (number | string | boolean)[] | undefined;
  readonly notIn?: readonly (number | string | boolean)[] | undefined;
}

export const RemedyConditionSchema: z.ZodType<RemedyConditionInput, RemedyConditionInput> = z.lazy(() =>
  z
    .strictObject({
      all: z.array(RemedyConditionSchema).min(1).max(MAX_LIST).optional(),
      any: z.array(RemedyConditionSchema).min(1).max(MAX_LIST).optional(),
      not: RemedyConditionSchema.optional(),
      fact: z.string().min(1).optional(),
      ...comparisonShape,
    })
    .superRefine((value, ctx) => {
      const forms = (["all", "any", "not", "fact"] as const).filter((key) => value[key] !== undefined);
      const comparisons = COMPARISON_KEYS.filter((key) => value[key] !== undefined);
      if (forms.length === 0) {
        addIssue(ctx, "condition_form", comparisons.length > 0 ? [comparisons[0] as string] : [], { forms });
      } else if (forms.length > 1) addIssue(ctx, "condition_form", [forms[1] as string], { forms });
      else if (forms[0] === "fact" && comparisons.length === 0) addIssue(ctx, "empty_comparison", ["fact"]);
      else if (forms[0] !== "fact" && comparisons.length > 0) addIssue(ctx, "comparison_without_fact", [comparisons[0] as string]);
      checkBounds(value, ctx);
    }),
);

/** How a per-unit amount counts units of its fact beyond the grace. */
const UnitCountSchema = z.enum(["started", "completed"]);

/** One row of a tier table: the band of each key fact it covers (an omitted key matches any value). */
export interface RemedyTierRowInput {
  readonly id?: string | undefined;
  readonly label?: string | undefined;
  readonly when: Readonly<Record<string, RemedyComparisonInput>>;
  /** The amount in this band; omitted = no remedy in this band. */
  readonly amount?: RemedyAmountInput | undefined;
}

/**
 * A tier table keyed on one or more facts. Rows must never overlap; with `coverage: "complete"`
 * (the default) they must also leave no gap inside each key's range (the fact's declared
 * `min`/`max` or `values`, else the span of the bands).
 */
export interface RemedyTierTableInput {
  readonly keys: readonly string[];
  readonly coverage?: "complete" | "partial" | undefined;
  readonly rows: readonly RemedyTierRowInput[];
}

/** A divisor or extra factor read from a fact: `{ fact: "journeys" }` (a number or money fact). */
export interface RemedyFactOperandInput {
  readonly fact: string;
}

/**
 * An amount, in exactly one form:
 * - `"12.50"` / `12.5` / `{ fixed, currency? }`: a fixed amount (default currency: the rule's);
 * - `{ percent, of, times?, divideBy? }`: percent of a money fact; `{ multiple, of, times?, divideBy? }`:
 *   a multiple of a money fact. `times` multiplies by another fact and `divideBy` divides by a number or
 *   by a fact, exactly (rationals over bigint; the remedy is rounded once, at the end). Money stays
 *   money: a money `times` needs a money `divideBy` (loss × declared value ÷ full value);
 * - `{ sum: [...] }`: the sum of several amounts (£95 plus £45 per further complete 12 h);
 * - `{ per, of, unit?, grace?, count, maxUnits? }`: `per` for each started or completed `unit` of a
 *   number fact beyond `grace`;
 * - `{ min: [...] }` / `{ max: [...] }`: the smallest / largest of several amounts;
 * - `{ scale, factor, when?, reason? }`: a modifier, `scale × factor` when `when` holds;
 * - `{ tiers }`: the amount of the matching tier row.
 */
export type RemedyAmountInput = DecimalInput | RemedyAmountObjectInput;

export interface RemedyAmountObjectInput {
  readonly label?: string | undefined;
  readonly fixed?: DecimalInput | undefined;
  readonly currency?: string | undefined;
  readonly percent?: DecimalInput | undefined;
  readonly multiple?: DecimalInput | undefined;
  readonly of?: string | undefined;
  readonly times?: RemedyFactOperandInput | undefined;
  readonly divideBy?: DecimalInput | RemedyFactOperandInput | undefined;
  readonly sum?: readonly RemedyAmountInput[] | undefined;
  readonly per?: RemedyAmountInput | undefined;
  readonly unit?: DecimalInput | undefined;
  readonly grace?: DecimalInput | undefined;
  readonly count?: "started" | "completed" | undefined;
  readonly maxUnits?: number | undefined;
  readonly min?: readonly RemedyAmountInput[] | undefined;
  readonly max?: readonly RemedyAmountInput[] | undefined;
  readonly scale?: RemedyAmountInput | undefined;
  readonly factor?: DecimalInput | undefined;
  readonly when?: RemedyConditionInput | undefined;
  readonly reason?: string | undefined;
  readonly tiers?: RemedyTierTableInput | undefined;
}

const AMOUNT_FORMS = ["fixed", "percent", "multiple", "per", "sum", "min", "max", "scale", "tiers"] as const;
// Keys each form may carry besides its own; anything else is a mixed-up amount.
const FORM_KEYS: Readonly<Record<(typeof AMOUNT_FORMS)[number], readonly string[]>> = {
  fixed: ["currency"],
  percent: ["of", "times", "divideBy"],
  multiple: ["of", "times", "divideBy"],
  per: ["of", "unit", "grace", "count", "maxUnits"],
  sum: [],
  min: [],
  max: [],
  scale: ["factor", "when", "reason"],
  tiers: [],
};
const REQUIRED_KEYS: Readonly<Record<(typeof AMOUNT_FORMS)[number], readonly string[]>> = {
  fixed: [],
  percent: ["of"],
  multiple: ["of"],
  per: ["of", "count"],
  sum: [],
  min: [],
  max: [],
  scale: ["factor"],
  tiers: [],
};

const RemedyTierRowSchema: z.ZodType<RemedyTierRowInput, RemedyTierRowInput> = z.lazy(() =>
  z.strictObject({
    id: z.string().min(1).optional(),
    label: z.string().optional(),
    when: z.record(z.string(), RemedyComparisonSchema),
    amount: RemedyAmountSchema.optional(),
  }),
);

export const RemedyTierTableSchema: z.ZodType<RemedyTierTableInput, RemedyTierTableInput> = z.lazy(() =>
  z.strictObject({
    keys: z.array(z.string().min(1)).min(1),
    coverage: z.enum(["complete", "partial"]).optional(),
    rows: z.array(RemedyTierRowSchema).min(1).max(MAX_TIER_ROWS),
  }),
);

const FactOperandSchema = z.strictObject({ fact: z.string().min(1) }).describe("A number or money fact used as a factor or divisor");

const AmountObjectSchema: z.ZodType<RemedyAmountObjectInput, RemedyAmountObjectInput> = z.lazy(() =>
  z
    .strictObject({
      label: z.string().optional(),
      fixed: DecimalSchema.optional(),
      currency: CurrencySchema.optional(),
      percent: DecimalSchema.optional(),
      multiple: DecimalSchema.optional(),
      of: z.string().min(1).optional(),
      times: FactOperandSchema.optional(),
      divideBy: z.union([DecimalSchema, FactOperandSchema]).optional(),
      sum: z.array(RemedyAmountSchema).min(1).optional(),
      per: RemedyAmountSchema.optional(),
      unit: DecimalSchema.optional(),
      grace: DecimalSchema.optional(),
      count: UnitCountSchema.optional(),
      maxUnits: z.number().int().nonnegative().max(MAX_UNITS).optional(),
      min: z.array(RemedyAmountSchema).min(1).optional(),
      max: z.array(RemedyAmountSchema).min(1).optional(),
      scale: RemedyAmountSchema.optional(),
      factor: DecimalSchema.optional(),
      when: RemedyConditionSchema.optional(),
      reason: z.string().optional(),
      tiers: RemedyTierTableSchema.optional(),
    })
    .superRefine((value, ctx) => {
      const present = Object.keys(value).filter((key) => (value as Record<string, unknown>)[key] !== undefined && key !== "label");
      const forms = AMOUNT_FORMS.filter((form) => value[form] !== undefined);
      if (forms.length !== 1) {
        addIssue(ctx, "amount_form", forms.length > 1 ? [forms[1] as string] : present.length > 0 ? [present[0] as string] : [], { forms });
        return;
      }
      const form = forms[0] as (typeof AMOUNT_FORMS)[number];
      for (const key of present) {
        if (key !== form && !FORM_KEYS[form].includes(key)) addIssue(ctx, "amount_key", [key], { key, form });
      }
      for (const key of REQUIRED_KEYS[form]) {
        if ((value as Record<string, unknown>)[key] === undefined) addIssue(ctx, "amount_missing_key", [form], { key, form });
      }
    }),
);

export const RemedyAmountSchema: z.ZodType<RemedyAmountInput, RemedyAmountInput> = z.lazy(() => z.union([DecimalSchema, AmountObjectSchema]));

/** Most rows a tier table may have (real schedules have a dozen; the partition check is rows × bounds). */
const MAX_TIER_ROWS = 200;
/** Most units a per-unit amount or points rule may count (also the most points per unit). */
const MAX_UNITS = 1_000_000;
/** Longest claim window: ten years of days, or ten years of months. */
const MAX_WINDOW_DAYS = 3660;
export const MAX_WINDOW_MONTHS = 120;

/** What the customer receives. The first four are money; the rest are not. */
const RemedyKindSchema = z.enum(["compensation", "refund", "credit", "voucher", "apology", "free_service", "points", "replacement"]);
export type RemedyKind = z.output<typeof RemedyKindSchema>;
export const MONETARY_KINDS: readonly RemedyKind[] = ["compensation", "refund", "credit", "voucher"];

/** Points: a whole number, or so many points per started/completed unit of a number fact after a grace. */
const PointsSchema = z.union([
  z.number().int().nonnegative(),
  z.strictObject({
    per: z.number().int().nonnegative().max(MAX_UNITS),
    of: z.string().min(1),
    unit: DecimalSchema.optional(),
    grace: DecimalSchema.optional(),
    count: UnitCountSchema,
    maxUnits: z.number().int().nonnegative().max(MAX_UNITS).optional(),
  }),
]);
export type PointsInput = z.input<typeof PointsSchema>;

/** A reason not to grant (force majeure, customer-caused…), unless its carve-back holds. */
export const RemedyExclusionSchema = z.strictObject({
  id: z.string().min(1),
  reason: z.string().min(1),
  when: RemedyConditionSchema,
  /** Carve-back: the exclusion does not apply when this holds. */
  unless: RemedyConditionSchema.optional(),
  /** Policy-level exclusions only: the rules it applies to (default: all). */
  rules: z.array(z.string().min(1)).min(1).optional(),
});
export type RemedyExclusionInput = z.input<typeof RemedyExclusionSchema>;

/** A compiled calendar from `defineCalendar` (any copy of pledgekit), used as it is. */
const CompiledCalendarSchema = z
  .custom<Calendar>((value) => isCalendar(value))
  .meta({ not: {} }) // JSON cannot hold a compiled calendar: JSON Schema accepts only CalendarInput here
  .describe("A compiled Calendar");

/**
 * When an on-claim remedy can be claimed, relative to the instant fact `from` (the event). Calendar
 * days (in `timeZone`, else the calendar's zone, else UTC): open from the event (or from the start of
 * the `opensAfter`-th day after it) until the end of the `closesAfter`-th day after the event's local
 * date. Business days (of `calendar`, see pledgekit/calendar): open from the event (or the opening of
 * the `opensAfter`-th business day after it) until the close of business of the `closesAfter`-th
 * business day after the event's local date. Months (billing periods): open from the event until the
 * end of the `closesAfter`-th period after the one holding the event, a period running from day
 * `periodStartDay` (default 1: calendar months) of one month to the same day of the next, in the
 * window's zone; `closesAfter: 2` is "by the end of the second billing cycle after the incident".
 * A claim is in time when opensAt ≤ claim < closesAt.
 */
export const RemedyClaimWindowSchema = z.strictObject({
  from: z.string().min(1),
  closesAfter: z.number().int().nonnegative().max(MAX_WINDOW_DAYS),
  opensAfter: z.number().int().nonnegative().max(MAX_WINDOW_DAYS).optional(),
  unit: z.enum(["calendar_days", "business_days", "months"]).optional(),
  /** months: the day of the month each period starts on (1–28). */
  periodStartDay: z.number().int().min(1).max(28).optional(),
  timeZone: TimeZoneSchema.optional(),
  /** A CalendarInput or a compiled Calendar (reused as it is); required for business days. */
  calendar: z.union([CalendarSchema, CompiledCalendarSchema]).optional(),
});
export type RemedyClaimWindowInput = z.input<typeof RemedyClaimWindowSchema>;

const remedyShape = {
  label: z.string().optional(),
  instrument: z.string().min(1).optional(),
  /** free service / replacement: what is given. */
  item: z.string().min(1).optional(),
  quantity: z.number().int().positive().optional(),
  amount: RemedyAmountSchema.optional(),
  points: PointsSchema.optional(),
  floor: RemedyAmountSchema.optional(),
  cap: RemedyAmountSchema.optional(),
};

/** One alternative of a claimant's-choice rule. */
export const RemedyOptionSchema = z.strictObject({ id: z.string().min(1), kind: RemedyKindSchema, ...remedyShape });
export type RemedyOptionInput = z.input<typeof RemedyOptionSchema>;

/** A rule: when it applies, what it grants (or the alternatives the claimant chooses from), and how. */
export const RemedyRuleSchema = z.strictObject({
  id: z.string().min(1),
  kind: RemedyKindSchema.optional(),
  description: z.string().optional(),
  when: RemedyConditionSchema.optional(),
  currency: CurrencySchema.optional(),
  ...remedyShape,
  options: z.array(RemedyOptionSchema).min(2).max(MAX_OPTIONS).optional(),
  exclusions: z.array(RemedyExclusionSchema).max(MAX_RULES).optional(),
  delivery: z.enum(["automatic", "on_claim"]).optional(),
  claimWindow: RemedyClaimWindowSchema.optional(),
  meta: MetaSchema.optional(),
});
export type RemedyRuleInput = z.input<typeof RemedyRuleSchema>;

/** A cap on what a claimant may receive per period, counting earlier grants from `history`. */
export const RemedyPeriodCapSchema = z.strictObject({
  id: z.string().min(1),
  amount: DecimalSchema,
  currency: CurrencySchema.optional(),
  period: z.union([z.enum(["day", "month", "year"]), z.strictObject({ rollingDays: z.number().int().positive().max(MAX_WINDOW_DAYS) })]),
  timeZone: TimeZoneSchema.optional(),
  /** The rules whose grants count and are capped (default: every monetary rule). */
  rules: z.array(z.string().min(1)).min(1).optional(),
});
export type RemedyPeriodCapInput = z.input<typeof RemedyPeriodCapSchema>;

const MinimumPayableSchema = z.strictObject({ gte: DecimalSchema.optional(), gt: DecimalSchema.optional() }).superRefine((value, ctx) => {
  if ((value.gte === undefined) === (value.gt === undefined)) addIssue(ctx, "minimum_bounds", []);
});

const versionShape = {
  label: z.string().optional(),
  description: z.string().optional(),
  /** Where the schedule comes from: a statute, a published SLA… */
  source: z.string().optional(),
  currency: CurrencySchema.optional(),
  rounding: RoundingModeSchema.optional(),
  facts: z.record(z.string(), RemedyFactSchema),
  /** The instant fact that dates the incident (chooses the version; anchors period caps). Default "incidentAt" when declared. */
  incidentFact: z.string().min(1).optional(),
  /** The instant fact holding when the claim was made (default "claimedAt" when declared, else `now`). */
  claimFact: z.string().min(1).optional(),
  rules: z.array(RemedyRuleSchema).min(1).max(MAX_RULES),
  exclusions: z.array(RemedyExclusionSchema).max(MAX_RULES).optional(),
  stacking: z.enum(["sum", "highest", "first"]).optional(),
  periodCaps: z.array(RemedyPeriodCapSchema).max(MAX_OPTIONS).optional(),
  /**
   * The smallest total (in the policy's currency) that is paid: a decimal or `{ gte }` pays totals
   * from it up (inclusive); `{ gt }` pays only totals above it ("only if greater than $1").
   */
  minimumPayable: z.union([DecimalSchema, MinimumPayableSchema]).optional(),
  meta: MetaSchema.optional(),
};

/** One version of a policy inside `versions`: `version` and `effectiveFrom` are required there. */
export const RemedyPolicyVersionSchema = z.strictObject({
  version: z.string().min(1),
  effectiveFrom: InstantInputSchema,
  ...versionShape,
});
export type RemedyPolicyVersionInput = z.input<typeof RemedyPolicyVersionSchema>;

/** A single-version policy. */
export const SingleRemedyPolicySchema = z.strictObject({
  id: z.string().min(1),
  version: z.string().min(1).optional(),
  effectiveFrom: InstantInputSchema.optional(),
  ...versionShape,
});

/** A policy with several versions; a decision uses the version in force at the incident. */
export const VersionedRemedyPolicySchema = z.strictObject({
  id: z.string().min(1),
  label: z.string().optional(),
  versions: z.array(RemedyPolicyVersionSchema).min(1).max(MAX_RULES),
  meta: MetaSchema.optional(),
});

/** A remedy policy: one version, or `{ id, versions: [...] }`. */
export const RemedyPolicySchema = z.union([VersionedRemedyPolicySchema, SingleRemedyPolicySchema]);
export type RemedyPolicyInput = z.input<typeof RemedyPolicySchema>;
export type RemedyPolicyDefinition = z.output<typeof RemedyPolicySchema>;

/** An earlier grant, for per-period caps. */
export const RemedyGrantSchema = z.strictObject({
  /** The instant the grant counts at: normally its own incident's time, so it falls in that incident's period. */
  at: InstantInputSchema,
  amount: MoneySchema,
  ruleId: z.string().optional(),
  policyId: z.string().optional(),
});
export type RemedyGrantInput = z.input<typeof RemedyGrantSchema>;
