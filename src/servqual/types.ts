// Public data shapes of the servqual module: the instrument, responses and the report.
import type { CompiledValue, Issue, Locale } from "../core/index.js";
import type { InstrumentDefinition } from "./schemas.js";

/**
 * A compiled, frozen SERVQUAL instrument: `{ kind: "pledgekit.instrument", definition, … }` with the
 * dimensions and items spelled out. Create with `servqualInstrument` or `defineInstrument`;
 * `defineInstrument(instrument.definition)` gives an equal value, and an instrument made by another
 * copy of pledgekit (ESM beside CJS) is accepted everywhere.
 */
export interface Instrument extends CompiledValue<"pledgekit.instrument", InstrumentDefinition> {
  readonly id: string | null;
  /** "1988" / "1991" for the built-in scales, null for custom instruments. */
  readonly version: "1988" | "1991" | null;
  readonly locale: Locale;
  readonly scale: { readonly min: number; readonly max: number; readonly integer: boolean };
  readonly dimensions: readonly InstrumentDimension[];
  /** Every item in the questionnaire's order (`order`, or dimension by dimension, then standalone items). */
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
  /** The item's dimension, or null for a standalone item (scored alone, outside dimension and overall scores). */
  readonly dimension: string | null;
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
  /** Null for a standalone item. */
  readonly dimension: string | null;
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
  /**
   * Cronbach's alpha of the dimension's expectation items. Listwise: it counts the respondents who
   * answered every E item of the dimension (each column its own count), null below two items or two
   * such respondents.
   */
  readonly alphaE: number | null;
  /** Alpha of the perception items (respondents who answered every P item of the dimension). */
  readonly alphaP: number | null;
  /** Alpha of the item gaps P − E (respondents who answered both E and P of every item of the dimension). */
  readonly alphaGap: number | null;
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
  readonly items: readonly {
    readonly id: string;
    readonly dimension: string | null;
    readonly perception: number | null;
    readonly n: number;
    readonly sd: number | null;
  }[];
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
  readonly items: readonly (ServqualZoneScore & { readonly dimension: string | null })[];
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
  /** Every item, in the instrument's order. */
  readonly items: readonly ServqualItemScore[];
  readonly dimensions: readonly ServqualDimensionScore[];
  /** The same item scores by item id. */
  readonly itemsById: Readonly<Record<string, ServqualItemScore>>;
  /** The same dimension scores by dimension id. */
  readonly dimensionsById: Readonly<Record<string, ServqualDimensionScore>>;
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

/** One column of answers: a typed array (or a plain array) of numbers, one entry per respondent. */
export type ServqualColumn = Float64Array | Float32Array | Uint8Array | Int8Array | Uint16Array | Int16Array | Uint32Array | Int32Array | readonly number[];

/**
 * A survey as columns: per item id, one column of answers (NaN, or the `missing` value, for a missing
 * answer). Answers are read in place, never copied: a million respondents × 22 items of `Uint8Array`
 * columns take 44 MB. `readServqualTable` makes one from a wide CSV export.
 */
export interface ServqualColumns {
  /** Number of respondents; every column has this length. */
  readonly rows: number;
  readonly expectations: Readonly<Record<string, ServqualColumn>>;
  readonly perceptions: Readonly<Record<string, ServqualColumn>>;
  readonly adequate?: Readonly<Record<string, ServqualColumn>>;
  readonly desired?: Readonly<Record<string, ServqualColumn>>;
  /** Importance points per dimension id; a respondent whose points are all missing has no allocation. */
  readonly importance?: Readonly<Record<string, ServqualColumn>>;
  /** A segment key per respondent (null or undefined: no segment). */
  readonly segments?: readonly (string | null | undefined)[];
  /** Respondent ids, for messages. */
  readonly ids?: readonly (string | number)[];
  /** The value that marks a missing answer in integer columns (must lie outside the scale), besides NaN. */
  readonly missing?: number;
}

/** A wide survey table: CSV text, rows of cells whose first row is the header, or one object per row. */
export type ServqualTable =
  | string
  | readonly (readonly (string | number | null | undefined)[])[]
  | readonly Readonly<Record<string, string | number | null | undefined>>[];
