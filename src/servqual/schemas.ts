import * as z from "zod";
import { addIssue, type JsonShaped, LocaleSchema, MetaSchema } from "../core/index.js";

// Bounds on everything that makes scoring work or figures grow, checked at definition and naming the path.
/** Largest |min| and |max| of a scale: sums over millions of answers stay finite and exact enough. */
export const MAX_SCALE_MAGNITUDE = 1_000_000;
/** Most dimensions, and most items in an instrument (dimensions and standalone items together). */
export const MAX_DIMENSIONS = 100;
export const MAX_ITEMS = 1_000;
/** Longest label and longest item wording (characters). */
export const MAX_LABEL_LENGTH = 200;
export const MAX_TEXT_LENGTH = 2_000;

// Ids become object keys in responses: keep them plain, printable and short.
const IdSchema = z
  .string()
  .min(1)
  .max(100)
  .refine((id) => id !== "__proto__", { message: "reserved_key", params: { pledgekitCode: "reserved_key" } })
  .describe("An item or dimension id");
const Label = z.string().min(1).max(MAX_LABEL_LENGTH);

const LabelSchema = z
  .union([Label, z.strictObject({ en: Label.optional(), "zh-CN": Label.optional() })])
  .describe('A label, or one per locale: { "en": "Speed", "zh-CN": "速度" }');

const ScaleSchema = z
  .strictObject({
    min: z.number().min(-MAX_SCALE_MAGNITUDE).max(MAX_SCALE_MAGNITUDE),
    max: z.number().min(-MAX_SCALE_MAGNITUDE).max(MAX_SCALE_MAGNITUDE),
    integer: z.boolean().optional().describe("Answers must be whole points (default true)"),
  })
  .superRefine((scale, ctx) => {
    if (typeof scale.min !== "number" || typeof scale.max !== "number") return;
    if (!(scale.min < scale.max)) addIssue(ctx, "invalid_scale", [], { min: scale.min, max: scale.max });
    if (scale.integer !== false) {
      if (!Number.isInteger(scale.min)) addIssue(ctx, "non_integer_scale", ["min"]);
      if (!Number.isInteger(scale.max)) addIssue(ctx, "non_integer_scale", ["max"]);
    }
  })
  .describe("The answer scale, e.g. { min: 1, max: 7 }");

/** A custom SERVQUAL-style instrument: scale, dimensions with their items, reverse-worded items. */
export const InstrumentSchema = z
  .strictObject({
    id: IdSchema.optional(),
    version: z.enum(["1988", "1991"]).optional().describe("The published SERVQUAL wording this instrument follows (set by servqualInstrument)"),
    locale: LocaleSchema.optional().describe("Language of the labels returned (default en)"),
    scale: ScaleSchema,
    dimensions: z
      .array(z.strictObject({ id: IdSchema, label: LabelSchema.optional(), items: z.array(IdSchema).min(1).max(MAX_ITEMS) }))
      .min(1)
      .max(MAX_DIMENSIONS),
    standalone: z
      .array(IdSchema)
      .max(MAX_ITEMS)
      .optional()
      .describe("Items outside any dimension (a cost or a language item): scored per item, left out of dimension and overall scores"),
    order: z
      .array(IdSchema)
      .max(MAX_ITEMS)
      .optional()
      .describe("The questionnaire's item order, every item once (default: dimension by dimension, then the standalone items)"),
    reversed: z.array(IdSchema).max(MAX_ITEMS).optional().describe("Negatively worded items, reverse-scored as min + max − x"),
    texts: z
      .record(IdSchema, z.strictObject({ expectation: z.string().max(MAX_TEXT_LENGTH).optional(), perception: z.string().max(MAX_TEXT_LENGTH).optional() }))
      .optional()
      .describe("Wording of the items, for reports and questionnaires"),
    meta: MetaSchema.optional(),
  })
  .superRefine((input, ctx) => {
    // zod runs this even when parts failed: check each piece defensively.
    const dimensions = Array.isArray(input.dimensions) ? input.dimensions : [];
    const seenDimensions = new Set<string>();
    const seenItems = new Set<string>();
    dimensions.forEach((dimension, d) => {
      if (typeof dimension?.id !== "string") return;
      if (seenDimensions.has(dimension.id)) addIssue(ctx, "duplicate_dimension", ["dimensions", d, "id"], { dimension: dimension.id });
      seenDimensions.add(dimension.id);
      (Array.isArray(dimension.items) ? dimension.items : []).forEach((item, i) => {
        if (typeof item !== "string") return;
        if (seenItems.has(item)) addIssue(ctx, "duplicate_item", ["dimensions", d, "items", i], { item });
        seenItems.add(item);
      });
    });
    const standalone = Array.isArray(input.standalone) ? input.standalone : [];
    standalone.forEach((item, i) => {
      if (typeof item !== "string") return;
      if (seenItems.has(item)) addIssue(ctx, "duplicate_item", ["standalone", i], { item });
      seenItems.add(item);
    });
    if (seenItems.size > MAX_ITEMS) addIssue(ctx, "too_many_items", ["dimensions"], { received: seenItems.size, maximum: MAX_ITEMS });
    if (Array.isArray(input.order)) {
      const placed = new Set<string>();
      input.order.forEach((item, i) => {
        if (typeof item !== "string") return;
        if (!seenItems.has(item)) addIssue(ctx, "unknown_item", ["order", i], { item });
        else if (placed.has(item)) addIssue(ctx, "duplicate_item", ["order", i], { item });
        placed.add(item);
      });
      const missing = [...seenItems].filter((item) => !placed.has(item));
      if (missing.length > 0) addIssue(ctx, "order_incomplete", ["order"], { items: missing.slice(0, 10), count: missing.length });
    }
    const reversed = Array.isArray(input.reversed) ? input.reversed : [];
    const seenReversed = new Set<string>();
    reversed.forEach((item, i) => {
      if (typeof item !== "string") return;
      if (!seenItems.has(item)) addIssue(ctx, "unknown_item", ["reversed", i], { item });
      else if (seenReversed.has(item)) addIssue(ctx, "duplicate_item", ["reversed", i], { item });
      seenReversed.add(item);
    });
    if (input.texts !== undefined && typeof input.texts === "object" && input.texts !== null) {
      for (const item of Object.keys(input.texts)) {
        if (!seenItems.has(item)) addIssue(ctx, "unknown_item", ["texts", item], { item });
      }
    }
  })
  .describe("A SERVQUAL-style instrument");

/** What users write: an instrument definition, as code or as JSON. */
export type InstrumentInput = JsonShaped<z.input<typeof InstrumentSchema>>;
/** A validated instrument definition: what `Instrument.definition` holds. */
export type InstrumentDefinition = z.output<typeof InstrumentSchema>;

/** Options of `servqualInstrument`. */
export const ServqualInstrumentOptionsSchema = z.strictObject({
  version: z.enum(["1988", "1991"]).optional().describe("1988: nine negatively worded items; 1991: all positive (default)"),
  locale: LocaleSchema.optional(),
});
export type ServqualInstrumentOptions = z.input<typeof ServqualInstrumentOptionsSchema>;

/** Options of `scoreServqual`. */
export const ScoreServqualOptionsSchema = z.strictObject({
  minItemShare: z
    .number()
    .min(0)
    .max(1)
    .optional()
    .describe("Share of a dimension's items a respondent must have answered for a dimension score (default 0.5)"),
  mode: z.enum(["strict", "lenient"]).optional().describe("strict (default) throws on invalid answers; lenient skips and reports them"),
  weights: z
    .record(IdSchema, z.number().finite().min(0))
    .optional()
    .describe("Fixed dimension weights for everyone, instead of each respondent's importance points"),
  segmentBy: IdSchema.optional().describe("Key of the response's segment object to group by"),
});
export type ScoreServqualOptions = z.input<typeof ScoreServqualOptionsSchema>;

const ChartWord = z.string().max(MAX_LABEL_LENGTH);

/** The words a chart prints; each given word replaces the chosen locale's. */
export const ServqualChartWordsSchema = z
  .strictObject({
    expectation: ChartWord.optional().describe('Legend entry of the expectation line (en: "Expectation (E)")'),
    perception: ChartWord.optional().describe('Legend entry of the perception line (en: "Perception (P)")'),
    gap: ChartWord.optional().describe('Axis title of the gap bars (en: "Gap (P − E)")'),
    radarTitle: ChartWord.optional().describe("Default title of the radar"),
    gapsTitle: ChartWord.optional().describe("Default title of the gap bars"),
    expectationShort: ChartWord.optional().describe('Mark before the expectation figure under a radar label (default "E")'),
    perceptionShort: ChartWord.optional().describe('Mark before the perception figure (default "P")'),
    missing: ChartWord.optional().describe('Shown for a missing figure (default "–")'),
  })
  .describe("The chart's own words, for a survey in any language");
export type ServqualChartWords = z.input<typeof ServqualChartWordsSchema>;

/** Options of `renderServqualChart`. */
export const ServqualChartOptionsSchema = z.strictObject({
  kind: z.enum(["radar", "gaps"]).optional().describe("radar: E vs P per dimension (default); gaps: bars of P − E"),
  locale: LocaleSchema.optional().describe("Language of the chart's own words when `words` does not give them (default en)"),
  title: z.string().max(MAX_LABEL_LENGTH).optional(),
  width: z.number().int().min(200).max(4000).optional(),
  height: z.number().int().min(150).max(4000).optional(),
  labels: z.record(IdSchema, z.string().max(MAX_LABEL_LENGTH)).optional().describe("Dimension labels overriding the report's"),
  words: ServqualChartWordsSchema.optional(),
  decimals: z.number().int().min(0).max(6).optional().describe("Decimals of the printed figures (default 2)"),
  decimalSeparator: z.string().min(1).max(3).optional().describe('Decimal separator of the printed figures (default ".")'),
  minusSign: z.string().min(1).max(3).optional().describe('Sign of negative figures (default "-"; "−" is U+2212)'),
});
export type ServqualChartOptions = z.input<typeof ServqualChartOptionsSchema>;

const ColumnPattern = z
  .string()
  .min(1)
  .max(100)
  .refine((pattern) => pattern.includes("{n}") !== pattern.includes("{id}"), { message: "invalid_pattern", params: { pledgekitCode: "invalid_pattern" } });

/** Options of `readServqualTable`: which columns hold which answers. */
export const ServqualTableOptionsSchema = z.strictObject({
  expectations: ColumnPattern.optional().describe('Columns of the expectations: "{n}" is the item\'s position, "{id}" its id (default "E{n}")'),
  perceptions: ColumnPattern.optional().describe('Columns of the perceptions (default "P{n}")'),
  adequate: ColumnPattern.optional().describe("Columns of the adequate (minimum) levels, three-column format"),
  desired: ColumnPattern.optional().describe("Columns of the desired levels, three-column format"),
  importance: ColumnPattern.optional().describe('Columns of importance points per dimension: "{id}" is the dimension id, "{n}" its position ("imp_{id}")'),
  id: z.string().min(1).max(100).optional().describe("The column holding respondent ids"),
  segment: z.string().min(1).max(100).optional().describe("The column holding each respondent's segment"),
});
export type ServqualTableOptions = z.input<typeof ServqualTableOptionsSchema>;
