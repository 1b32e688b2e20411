// Hand-written public types of pledgekit/commitment: the compiled commitment, reviews, KPI reports
// and the options of the public functions. Types inferred from schemas live in schemas.ts.
import type { Calendar, CalendarInput } from "../calendar/index.js";
import type { CompiledValue, DateInput, IssuePath, Locale, MessageParams } from "../core/index.js";
import type { SlaPolicyInput } from "../sla/index.js";
import type { CommitmentComparison, CommitmentDefinition, KpiKind, Observation, WordListsInput } from "./schemas.js";

/** The target of a standard, resolved: a duration in ms, or a number with its unit (if any). */
export type CompiledTarget =
  | { readonly kind: "duration"; readonly ms: number; readonly iso: string }
  | { readonly kind: "number"; readonly value: number; readonly unit: string | undefined };

export interface CompiledStandard {
  readonly target: CompiledTarget | undefined;
  readonly comparison: CommitmentComparison;
  readonly businessHours: boolean;
  readonly attainment: number;
}

/**
 * A defined commitment: `{ kind: "pledgekit.commitment", definition, id, standard }`, frozen.
 * `defineCommitment(commitment.definition)` gives an equal value; a commitment made by another copy
 * of pledgekit (ESM beside CJS) is accepted everywhere.
 */
export interface Commitment extends CompiledValue<"pledgekit.commitment", CommitmentDefinition> {
  readonly id: string;
  /** The standard with defaults applied (comparison, businessHours, attainment). */
  readonly standard: CompiledStandard;
}

/**
 * The word lists behind the wording checks. Plain data: extend them with `extendWordLists`, or pass
 * your own lists in `validateCommitment(…, { wordLists })`. Matching is case-insensitive, NFKC
 * (full-width ＡＳＡＰ is ASAP), treats hyphens as spaces, matches English entries as whole words with
 * simple inflections (prompt → promptly, leading → leadings) and takes the longest entry at each
 * position, so an exemption or a longer entry wins over the shorter one it contains
 * (第一时间 is vague, 第一次 is exempt, 第一 alone is a claim).
 *
 * Sources: absolute terms follow the 《中华人民共和国广告法》 Art. 9 item 3 ban on "国家级、最高级、最佳等用语"
 * and the term lists regulators and platforms publish under it (最/第一/首/顶级/领先…); vague time
 * words follow the SMART guidance of the service-commitment sources (尽快、及时 standing in for a number);
 * English terms are their counterparts (ASA/CAP "puffery" and "best"/"No. 1" claims that need evidence).
 */
export interface WordLists {
  /** Vague time words standing in for a number: `vague_wording`. */
  readonly vague: readonly string[];
  /** Absolute claims that need `evidence`: `absolute_claim`. */
  readonly absolute: readonly string[];
  /** Usages that look like a listed word but are not one (第一次, "first reply"): never reported. */
  readonly exempt: readonly string[];
}

/** The SLA metric kinds a time-limit commitment can drive. */
export type CommitmentSlaKind = "first_response" | "next_reply" | "resolution";

export type CommitmentIssueSeverity = "error" | "warning";

/** One finding of `validateCommitment`; `message` is in the requested locale. */
export interface CommitmentIssue {
  readonly code: string;
  readonly severity: CommitmentIssueSeverity;
  readonly path: IssuePath;
  readonly message: string;
  readonly params: MessageParams;
}

export type SmartCriterion = "specific" | "measurable" | "achievable" | "relevant" | "timeBound";

/** What history told about achievability (present when history was given and could be measured). */
export interface CommitmentAttainment {
  /** Cases measured. */
  readonly sample: number;
  /** Cases that met the target. */
  readonly met: number;
  /** met / sample. */
  readonly rate: number;
  /** The attainment the commitment promises (`standard.attainment`, default 1). */
  readonly promised: number;
  /** Whether the sample reached `minSample`, so the rate was judged. */
  readonly sufficient: boolean;
}

export interface SmartResult {
  readonly pass: boolean;
  readonly issues: readonly CommitmentIssue[];
}

/** The result of `validateCommitment`. */
export interface CommitmentReview {
  /** False exactly when an issue has severity "error". */
  readonly valid: boolean;
  readonly smart: {
    readonly specific: SmartResult;
    readonly measurable: SmartResult;
    readonly achievable: SmartResult;
    readonly relevant: SmartResult;
    readonly timeBound: SmartResult;
  };
  readonly issues: readonly CommitmentIssue[];
  readonly attainment?: CommitmentAttainment;
}

export interface ValidateCommitmentOptions {
  /** Real cases, to judge achievability: `{ start, end }`, `{ at, value }` or `{ at, met }`. */
  readonly history?: readonly Observation[];
  /**
   * Business hours for a `businessHours` standard measured from `{ start, end }` history: calendar
   * JSON or a calendar from `defineCalendar` (reused as it is, never recompiled).
   */
  readonly calendar?: CalendarInput | Calendar;
  /** Language of the issue messages (default "en"). */
  readonly locale?: Locale;
  /** Fewer history cases than this only give `insufficient_history` (default 30). */
  readonly minSample?: number;
  /** Word lists for the wording checks; each list given replaces the default one. */
  readonly wordLists?: WordLists | WordListsInput;
}

export interface ComputeKpisOptions {
  /** Only outcomes at or after this instant count. */
  readonly from?: DateInput;
  /** Only outcomes before this instant count. */
  readonly to?: DateInput;
  /** Language of the default labels (default "en"). */
  readonly locale?: Locale;
}

/** One KPI over the period: baseline, target, actual and how far the target was reached. */
export interface KpiResult {
  readonly id: string;
  readonly kind: KpiKind;
  readonly label: string;
  /** "percent" (0–100), or "score" for a mean satisfaction score. */
  readonly unit: "percent" | "score";
  readonly comparison: CommitmentComparison;
  readonly baseline: number | null;
  readonly target: number;
  /** The measured value; null when no outcome in the period carries this KPI's field. */
  readonly actual: number | null;
  /** Outcomes measured. */
  readonly sample: number;
  /** Whether actual meets target under the comparison. */
  readonly met: boolean | null;
  /**
   * How much of the target was reached (1 = exactly on target, above 1 = better than target).
   * Higher-is-better: actual / target. Lower-is-better percentages (complaint rate): the
   * complement, (100 − actual) / (100 − target); lower-is-better scores: target / actual.
   */
  readonly attainment: number | null;
  /** Share of the way from baseline to target: (actual − baseline) / (target − baseline). */
  readonly progress: number | null;
  /** actual − baseline. */
  readonly change: number | null;
}

export interface KpiReport {
  readonly from: string | null;
  readonly to: string | null;
  readonly kpis: readonly KpiResult[];
}

export interface CommitmentToSlaPolicyOptions {
  /** The policy id. */
  readonly id: string;
  /** The business calendar (JSON or from `defineCalendar`); required when a commitment counts business hours. */
  readonly calendar?: CalendarInput | Calendar;
  /** SLA kind for standards whose `metric` is not itself a kind: `{ "first reply": "first_response" }`. */
  readonly kinds?: Readonly<Record<string, CommitmentSlaKind>>;
  /** Statuses that pause a metric, by metric id: `{ resolution: ["pending_customer"] }`. */
  readonly pauseOn?: Readonly<Record<string, readonly string[]>>;
  readonly warnAt?: SlaPolicyInput["warnAt"];
  readonly warnBefore?: SlaPolicyInput["warnBefore"];
  readonly escalations?: SlaPolicyInput["escalations"];
  readonly onPriorityChange?: SlaPolicyInput["onPriorityChange"];
  readonly meta?: Readonly<Record<string, unknown>>;
}
