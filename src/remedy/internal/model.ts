// The compiled, internal form of a remedy policy. Everything a decision needs is resolved here once:
// fact types, currencies, exact decimals as ratios (money amounts in minor units), tier tables.
import type { FactType, RemedyKind } from "../schemas.js";
import type { Calendar } from "../../calendar/index.js";
import type { Ratio, RoundingMode } from "./money.js";

export interface FactInfo {
  readonly name: string;
  readonly type: FactType;
  readonly label: string | undefined;
  readonly min: number | undefined;
  readonly max: number | undefined;
  readonly integer: boolean;
  readonly values: readonly string[] | undefined;
  /** money facts: the currency a value must be in. */
  readonly currency: string | undefined;
  readonly default: number | string | boolean | undefined;
}

/** One test on a fact. Numbers, money (major units) and instants (epoch ms) compare as ratios. */
export type Test =
  | { readonly op: "gte" | "gt" | "lte" | "lt"; readonly value: Ratio }
  | { readonly op: "eq" | "ne"; readonly value: Scalar }
  | { readonly op: "in" | "notIn"; readonly values: readonly Scalar[] };

export type Scalar = Ratio | string | boolean;

export interface FactTests {
  readonly fact: string;
  readonly tests: readonly Test[];
  /** The comparison as written, for explanations. */
  readonly source: Readonly<Record<string, unknown>>;
}

export type Condition =
  | { readonly kind: "all"; readonly items: readonly Condition[] }
  | { readonly kind: "any"; readonly items: readonly Condition[] }
  | { readonly kind: "not"; readonly item: Condition }
  | ({ readonly kind: "fact" } & FactTests);

export interface TierRow {
  readonly index: number;
  readonly id: string | undefined;
  readonly label: string | undefined;
  readonly bands: readonly FactTests[];
  readonly amount: Amount | undefined;
}

interface TierTable {
  readonly keys: readonly string[];
  readonly rows: readonly TierRow[];
}

export interface UnitCount {
  readonly fact: string;
  readonly unit: Ratio;
  readonly grace: Ratio;
  readonly count: "started" | "completed";
  readonly maxUnits: number | undefined;
}

/** A money fact, times another fact and divided by a constant or a fact: exact, rounded later. */
export interface Proportion {
  readonly fact: string;
  readonly times: string | undefined;
  readonly divideBy: Ratio | undefined;
  readonly divideByFact: string | undefined;
}

/** Amount nodes; money values are ratios of minor units of `currency`. */
export type Amount = { readonly currency: string; readonly label: string | undefined } & (
  | { readonly kind: "fixed"; readonly minor: Ratio }
  | ({ readonly kind: "percent"; readonly percent: Ratio } & Proportion)
  | ({ readonly kind: "multiple"; readonly factor: Ratio } & Proportion)
  | ({ readonly kind: "per"; readonly per: Amount } & UnitCount)
  | { readonly kind: "sum" | "min" | "max"; readonly items: readonly Amount[] }
  | { readonly kind: "scale"; readonly inner: Amount; readonly factor: Ratio; readonly when: Condition | undefined; readonly reason: string | undefined }
  | { readonly kind: "tiers"; readonly table: TierTable }
);

export type Points = { readonly kind: "fixed"; readonly points: number } | ({ readonly kind: "per"; readonly per: number } & UnitCount);

export interface Exclusion {
  readonly id: string;
  readonly reason: string;
  readonly when: Condition;
  readonly unless: Condition | undefined;
  readonly rules: readonly string[] | undefined;
}

export interface ClaimWindow {
  readonly from: string;
  readonly closesAfter: number;
  readonly opensAfter: number;
  readonly unit: "calendar_days" | "business_days" | "months";
  /** months: the day of the month each period starts on. */
  readonly periodStartDay: number;
  /** The business calendar, or for calendar days an always-open calendar in the window's zone. */
  readonly calendar: Calendar;
}

/** What a rule (or one option of a choice) grants. */
export interface Grantable {
  readonly kind: RemedyKind;
  readonly label: string | undefined;
  readonly instrument: string | undefined;
  readonly item: string | undefined;
  readonly quantity: number | undefined;
  readonly currency: string | undefined;
  readonly amount: Amount | undefined;
  readonly floor: Amount | undefined;
  readonly cap: Amount | undefined;
  readonly points: Points | undefined;
}

export interface Rule {
  readonly id: string;
  readonly label: string | undefined;
  readonly when: Condition | undefined;
  /** Undefined for a claimant's-choice rule. */
  readonly grant: Grantable | undefined;
  readonly options: readonly ({ readonly id: string } & Grantable)[];
  readonly exclusions: readonly Exclusion[];
  readonly delivery: "automatic" | "on_claim";
  readonly claimWindow: ClaimWindow | undefined;
}

export interface PeriodCap {
  readonly id: string;
  readonly currency: string;
  readonly minor: bigint;
  readonly period: "day" | "month" | "year" | { readonly rollingDays: number };
  readonly timeZone: string;
  readonly rules: readonly string[] | undefined;
}

export interface PolicyVersion {
  readonly version: string | undefined;
  readonly effectiveFromMs: number | undefined;
  readonly label: string | undefined;
  readonly source: string | undefined;
  readonly currency: string | undefined;
  readonly rounding: RoundingMode;
  readonly facts: ReadonlyMap<string, FactInfo>;
  readonly incidentFact: string | undefined;
  readonly claimFact: string | undefined;
  readonly rules: readonly Rule[];
  readonly exclusions: readonly Exclusion[];
  readonly stacking: "sum" | "highest" | "first";
  readonly periodCaps: readonly PeriodCap[];
  /** Totals are paid from `minor` up (inclusive) or only above it. */
  readonly minimumPayable: { readonly currency: string; readonly minor: bigint; readonly inclusive: boolean } | undefined;
}

export interface CompiledPolicy {
  readonly id: string;
  readonly label: string | undefined;
  /** Sorted by effectiveFrom; a single unversioned policy has one entry. */
  readonly versions: readonly PolicyVersion[];
  /** The fact dating the incident, shared by every version. */
  readonly incidentFact: string | undefined;
}
