import { PledgeError, createIssue, formatValue } from "../core/index.js";
import { accumulate, mergeGroups, scoresOf, weigh } from "./internal/aggregate.js";
import { compiledOf } from "./internal/compile.js";
import { parseOptions } from "./internal/options.js";
import { isColumns, readColumns } from "./internal/readColumns.js";
import { readResponses } from "./internal/readResponses.js";
import { servqualMessages } from "./messages.js";
import { ScoreServqualOptionsSchema, type ScoreServqualOptions } from "./schemas.js";
import type { Instrument, ServqualColumns, ServqualReport, ServqualResponse, ServqualSegment } from "./types.js";
/**
 * Scores a SERVQUAL survey. Gap = perception − expectation, after reverse-scoring the instrument's
 * reversed items (min + max − x). Item gap: mean over respondents who answered both E and P.
 * Dimension gap: each respondent's mean item gap over the items answered (needs at least
 * `minItemShare` of them, default half), averaged over respondents, with sd, a paired 95% t
 * interval and Cronbach's alpha of E and of P. `overall.unweighted` is the mean of the dimension
 * gaps, `overall.itemMean` the mean of the item gaps, `overall.weighted` the mean of each
 * respondent's importance-weighted dimension gaps (respondents without importance use the sample's
 * mean importance, as the report states). Also SERVPERF (perceptions only), the zone of tolerance
 * (when `adequate`/`desired` answers are given), an importance × gap priority list, and the same
 * scores per segment. Out-of-scale, non-integer or non-numeric answers throw `invalid_response`
 * (mode "strict", the default) or are skipped and listed in `issues` (mode "lenient").
 *
 * @example
 * const instrument = servqualInstrument({ version: "1991" });
 * const report = scoreServqual(instrument, [
 *   { segment: "web", expectations: { q1: 7, q2: 6 }, perceptions: { q1: 5, q2: 6 }, importance: { tangibles: 20, reliability: 30, responsiveness: 20, assurance: 15, empathy: 15 } },
 *   { segment: "phone", expectations: { q1: 6, q2: 6 }, perceptions: { q1: 6, q2: 4 } },
 * ]);
 * report.items[0].gap; // -1   (q1: mean of 5 − 7 and 6 − 6)
 * report.dimensions[0].gap; // -1 (tangibles, each respondent's mean of q1–q2)
 * report.segments.map((segment) => segment.key); // ["phone", "web"]
 */
export function scoreServqual(
  instrument: Instrument,
  responses: readonly ServqualResponse[] | ServqualColumns,
  options: ScoreServqualOptions = {},
): ServqualReport {
  const compiled = compiledOf(instrument);
  const parsed = parseOptions(ScoreServqualOptionsSchema, options);
  let data;
  if (Array.isArray(responses)) data = readResponses(compiled, responses, parsed.segmentBy);
  else if (isColumns(responses)) data = readColumns(compiled, responses);
  else {
    throw new PledgeError("invalid_argument", [
      createIssue(servqualMessages, "invalid_response", ["responses"], { respondent: "(all)", received: formatValue(responses) }),
    ]);
  }
  const weights = fixedWeights(compiled.dimensionIds, compiled.dimensionIndex, parsed.weights);
  // The error's message names the first few problems; `issues` keeps every one.
  if (data.issues.length > 0 && parsed.mode !== "lenient") throw new PledgeError("invalid_response", data.issues);

  const aggregateOptions = { minItemShare: parsed.minItemShare ?? 0.5, weights };
  const K = compiled.itemIds.length;
  const D = compiled.dimensionIds.length;
  const accumulated = accumulate(compiled, data, aggregateOptions.minItemShare);
  const whole = mergeGroups(accumulated.sums, K, D);
  weigh(accumulated, whole, data, D, weights);
  const segments: ServqualSegment[] = data.segmentKeys.map((key, g) => ({ key, report: scoresOf(compiled, accumulated.sums, g, aggregateOptions) }));
  return { ...scoresOf(compiled, whole, 0, aggregateOptions), segments, issues: data.issues };
}

function fixedWeights(
  dimensionIds: readonly string[],
  dimensionIndex: ReadonlyMap<string, number>,
  weights: Readonly<Record<string, number>> | undefined,
): Float64Array | null {
  if (weights === undefined) return null;
  const out = new Float64Array(dimensionIds.length);
  let total = 0;
  const issues = [];
  for (const [dimension, weight] of Object.entries(weights)) {
    const d = dimensionIndex.get(dimension);
    if (d === undefined) issues.push(createIssue(servqualMessages, "unknown_dimension", ["options", "weights", dimension], { dimension }));
    else {
      out[d] = weight;
      total += weight;
    }
  }
  if (issues.length === 0 && total === 0) issues.push(createIssue(servqualMessages, "weights_all_zero", ["options", "weights"]));
  if (issues.length > 0) throw new PledgeError("invalid_argument", issues);
  return out.map((weight) => weight / total);
}
