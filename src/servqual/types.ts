// Public data shapes of the servqual module: the instrument, responses and the report.
import type { Issue, Locale } from "../core/index.js";

/** A compiled, frozen SERVQUAL instrument. Plain readable data; create with `servqualInstrument` or `defineInstrument`. */
export interface Instrument {
  readonly id: string | null;
  /** "1988" / "1991" for the built-in scales, null for custom instruments. */
  readonly version: "1988" | "1991" | null;
  readonly locale: Locale;
  readonly scale: { readonly min: number; readonly max: number; readonly integer: boolean };
  readonly dimensions: readonly InstrumentDimension[];
  readonly items: readonly InstrumentItem[];
  /** Ids of reverse-scored (negatively worded) items. */
  readonly reversed: readonly string[];
  readonly meta?: Readonly<Record<string, unknown>>;
}

export interface InstrumentDimension {
  readonly id: string;
  /** Label in the instrument's locale. */
  readonly label: string;
  readonly labels: Readonly<Record<Locale, string>>;
  readonly items: readonly string[];
}

export interface InstrumentItem {
  readonly id: string;
  readonly dimension: string;
  readonly reversed: boolean;
  /** The expectation statement, when the instrument has wording. */
  readonly expectation: string | null;
  /** The perception statement, when the instrument has wording. */
  readonly perception: string | null;
}

/** Answers per item id; null or a missing key is a missing answer. */
export type ServqualAnswers = Readonly<Record<string, number | null | undefined>>;

/** One respondent's questionnaire. */
export interface ServqualResponse {
  readonly id?: string | number;
  /** A group key (channel, region, quarter), or several keys picked with the `segmentBy` option. */
  readonly segment?: string | Readonly<Record<string, string>>;
  readonly expectations: ServqualAnswers;
  readonly perceptions: ServqualAnswers;
  /** Three-column format: the minimum acceptable service level. */
  readonly adequate?: ServqualAnswers;
  /** Three-column format: the desired service level. */
  readonly desired?: ServqualAnswers;
  /** Points per dimension id, normally 100 split over the dimensions. */
  readonly importance?: Readonly<Record<string, number>>;
}

/** A 95% confidence interval. */
export interface ServqualInterval {
  readonly lower: number;
  readonly upper: number;
}

export interface ServqualItemScore {
  readonly id: string;
  readonly dimension: string;
  readonly reversed: boolean;
  /** Mean expectation (after reverse-scoring) over the n respondents who answered both E and P. */
  readonly expectation: number | null;
  readonly perception: number | null;
  /** Mean of P − E over those respondents (= perception − expectation). */
  readonly gap: number | null;
  readonly n: number;
  /** Sample standard deviation (n − 1) of the respondents' gaps. */
  readonly sd: number | null;
  readonly ci95: ServqualInterval | null;
}

export interface ServqualDimensionScore {
  readonly id: string;
  readonly label: string;
  readonly labels: Readonly<Record<Locale, string>>;
  readonly items: readonly string[];
  /** Mean over respondents of each respondent's mean expectation over the dimension's answered items. */
  readonly expectation: number | null;
  readonly perception: number | null;
  /** Mean over respondents of each respondent's mean item gap (= perception − expectation). */
  readonly gap: number | null;
  /** Respondents with a score: those who answered at least `minItemShare` of the items. */
  readonly n: number;
  readonly sd: number | null;
  /** gap ± t(0.975, n − 1) · sd / √n (paired: built from per-respondent gaps). */
  readonly ci95: ServqualInterval | null;
  /** Cronbach's alpha of the expectation items (respondents who answered them all). */
  readonly alphaE: number | null;
  readonly alphaP: number | null;
}

export interface ServqualImportance {
  /** Where the weights came from: respondents' points, the `weights` option, or none given. */
  readonly source: "respondents" | "option" | "none";
  /** Normalised weights (sum 1): the option's, or the mean of the respondents' normalised allocations. */
  readonly weights: Readonly<Record<string, number>> | null;
  /** Respondents who gave a usable importance allocation. */
  readonly respondents: number;
  /** Respondents scored with the sample's mean weights because they gave none. */
  readonly filledWithMean: number;
}

export interface ServqualOverall {
  /** Mean of the dimension gaps. */
  readonly unweighted: number | null;
  /** Mean of the item gaps. */
  readonly itemMean: number | null;
  /** Mean over respondents of Σ wᵈ·gapᵈ (weights normalised; renormalised over a respondent's scored dimensions). */
  readonly weighted: number | null;
  /** Respondents in the weighted mean. */
  readonly weightedN: number;
  /** Mean of the dimension expectations / perceptions. */
  readonly expectation: number | null;
  readonly perception: number | null;
  readonly importance: ServqualImportance;
}

/** Perceptions-only scores (Cronin & Taylor 1992): every answered P counts, E or not. */
export interface ServqualServperf {
  readonly items: readonly { readonly id: string; readonly dimension: string; readonly perception: number | null; readonly n: number; readonly sd: number | null }[];
  readonly dimensions: readonly {
    readonly id: string;
    readonly perception: number | null;
    readonly n: number;
    readonly sd: number | null;
    readonly ci95: ServqualInterval | null;
  }[];
  /** Mean of the dimension perceptions. */
  readonly overall: number | null;
}

/** Zone-of-tolerance figures of one item or dimension (three-column format). */
export interface ServqualZoneScore {
  readonly id: string;
  readonly adequate: number | null;
  readonly desired: number | null;
  readonly perception: number | null;
  /** Measure of service adequacy: P − adequate. */
  readonly msa: number | null;
  /** Measure of service superiority: P − desired. */
  readonly mss: number | null;
  /** Respondents with adequate, desired and perceived answers. */
  readonly n: number;
  /** Share of those respondents whose perception lies within [adequate, desired]. */
  readonly inside: number | null;
  /** Share below adequate / above desired. */
  readonly below: number | null;
  readonly above: number | null;
}

export interface ServqualZoneOfTolerance {
  readonly items: readonly (ServqualZoneScore & { readonly dimension: string })[];
  readonly dimensions: readonly ServqualZoneScore[];
}

/** One entry of the importance × gap priority list; most urgent first. */
export interface ServqualPriority {
  readonly rank: number;
  readonly dimension: string;
  readonly label: string;
  /** Normalised weight (sum 1 over the dimensions). */
  readonly importance: number;
  readonly gap: number;
  /** importance × gap: the more negative, the sooner to fix. */
  readonly weightedGap: number;
  /** True when the dimension falls short of expectations (gap < 0). */
  readonly shortfall: boolean;
}

/** Scores of one sample (the whole survey, or one segment). */
export interface ServqualScores {
  readonly instrument: { readonly id: string | null; readonly version: "1988" | "1991" | null; readonly scale: Instrument["scale"] };
  /** Responses in this sample. */
  readonly respondents: number;
  /** Respondents with at least one dimension score. */
  readonly scored: number;
  readonly minItemShare: number;
  readonly items: readonly ServqualItemScore[];
  readonly dimensions: readonly ServqualDimensionScore[];
  readonly overall: ServqualOverall;
  readonly servperf: ServqualServperf;
  /** Null when no respondent gave adequate and desired answers. */
  readonly zoneOfTolerance: ServqualZoneOfTolerance | null;
  readonly priorities: readonly ServqualPriority[];
}

export interface ServqualSegment {
  readonly key: string;
  readonly report: ServqualScores;
}

/** The result of `scoreServqual`: the whole sample's scores, per-segment scores, and the answer problems found. */
export interface ServqualReport extends ServqualScores {
  /** One entry per segment key, sorted by key; empty when no response has a segment. */
  readonly segments: readonly ServqualSegment[];
  /** Answers skipped in lenient mode (strict mode throws them), with respondent and item. */
  readonly issues: readonly Issue[];
}
