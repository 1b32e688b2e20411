import type { CompiledValue, DateInput, Issue, Locale } from "../core/index.js";
import type { RemedyGrantInput, RemedyKind, RemedyPolicyDefinition } from "./schemas.js";

/** A money value in results: the amount always has exactly the currency's number of fraction digits. */
export interface Money {
  readonly currency: string;
  readonly amount: string;
}

/**
 * A compiled, immutable remedy policy from `defineRemedyPolicy`: `kind`, the validated `definition`
 * it came from (`defineRemedyPolicy(p.definition)` gives an equal policy), its id and versions.
 */
export interface RemedyPolicy extends CompiledValue<"pledgekit.remedy_policy", RemedyPolicyDefinition> {
  readonly id: string;
  /** The versions, oldest first (one entry for an unversioned policy). */
  readonly versions: readonly { readonly version: string | null; readonly effectiveFrom: string | null }[];
}

/** A decision's facts: numbers, strings, booleans, instants and money values `{ currency, amount }`. */
export type RemedyFacts = Readonly<
  Record<string, number | string | boolean | Date | Money | { readonly currency: string; readonly amount: string | number } | null | undefined>
>;

export interface DecideRemedyOptions {
  /** Earlier grants, for per-period caps. */
  readonly history?: readonly RemedyGrantInput[];
  /** When the decision is made; the claim instant of on-claim remedies when the facts carry none. */
  readonly now?: DateInput;
  /** The claimant's choice per claimant's-choice rule: `{ ruleId: optionId }`. */
  readonly choices?: Readonly<Record<string, string>>;
  /** Language of explanation messages (issues keep English messages; render them with `formatIssue`). */
  readonly locale?: Locale;
  /** date-fns pattern for the local times explanation messages print (default per locale, see `formatLocal`). */
  readonly pattern?: string;
  /** Throw a `PledgeError` (`invalid_argument`, path `["facts", name]`) for a fact given but invalid, instead of reporting it in `issues`. */
  readonly strict?: boolean;
}

/** What a remedy (or one option of a choice) gives. */
export interface RemedyContent {
  readonly label?: string;
  readonly amount?: Money;
  readonly points?: number;
  readonly item?: string;
  readonly quantity?: number;
  readonly instrument?: string;
}

/** One option of a claimant's-choice remedy still waiting for the choice. */
export interface RemedyChoiceOption extends RemedyContent {
  readonly optionId: string;
  readonly kind: RemedyKind;
}

/** A remedy the decision grants. `kind: "choice"` lists the options the claimant chooses from. */
export interface Remedy extends RemedyContent {
  readonly ruleId: string;
  readonly kind: RemedyKind | "choice";
  /** The option chosen, for a claimant's-choice rule. */
  readonly optionId?: string;
  /** Options of a choice not yet made. */
  readonly options?: readonly RemedyChoiceOption[];
  readonly delivery: "automatic" | "on_claim";
  /** For on-claim remedies with a window: claims are in time when opensAt ≤ claim < closesAt. */
  readonly claimWindow?: { readonly opensAt: string; readonly closesAt: string };
}

/** One line of the explanation: a stable code, the rule it is about, an English (or `locale`) message. */
export interface RemedyExplanationEntry {
  readonly code: string;
  readonly ruleId?: string;
  readonly message: string;
  readonly params: Readonly<Record<string, unknown>>;
}

export interface RemedyDecision {
  readonly policyId: string;
  /** The version applied (null when unversioned or when none was in force). */
  readonly version: string | null;
  /** True when at least one remedy (money, points, apology…) is granted or offered. */
  readonly eligible: boolean;
  readonly remedies: readonly Remedy[];
  /** One exact sum per currency of the money remedies (pending choices excluded), sorted by currency. */
  readonly totals: readonly Money[];
  /** Total points granted. */
  readonly points: number;
  /** Problems with the facts (`missing_fact`, `invalid_fact`, `unknown_fact`). */
  readonly issues: readonly Issue[];
  readonly explanation: readonly RemedyExplanationEntry[];
}
