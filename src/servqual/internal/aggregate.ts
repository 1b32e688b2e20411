// Every figure of a report in one pass over the answers. Each respondent's answers are read once and
// added to the accumulators of their group (a segment, or "no segment"), as running moments
// (Welford: count, mean, sum of squared deviations), which are exact enough for any data and need no
// second pass. The whole sample is the groups merged (Chan et al.), so segments cost nothing extra.
// Nothing per answer is stored: only each respondent's dimension gaps, for the weighted score.
import type {
  ServqualDimensionScore,
  ServqualImportance,
  ServqualItemScore,
  ServqualPriority,
  ServqualScores,
  ServqualServperf,
  ServqualZoneOfTolerance,
  ServqualZoneScore,
} from "../types.js";
import type { CompiledInstrument } from "./compile.js";
import type { ResponseData } from "./readResponses.js";
import { studentTQuantile } from "./stats.js";

export interface AggregateOptions {
  readonly minItemShare: number;
  /** Normalised fixed weights (option `weights`), or null to use the respondents' importance. */
  readonly weights: Float64Array | null;
}

/** Items a respondent must have answered for a dimension score: ⌈share · k⌉, at least 1. */
export function requiredItems(share: number, k: number): number {
  return Math.max(1, Math.ceil(share * k - 1e-9));
}

/** Running moments of `size` variables: count, mean and sum of squared deviations from the mean. */
interface Moments {
  readonly n: Float64Array;
  readonly mean: Float64Array;
  readonly m2: Float64Array;
}

const moments = (size: number): Moments => ({ n: new Float64Array(size), mean: new Float64Array(size), m2: new Float64Array(size) });

function push(m: Moments, at: number, x: number): void {
  const n = (m.n[at] as number) + 1;
  const mean = m.mean[at] as number;
  const delta = x - mean;
  const next = mean + delta / n;
  m.n[at] = n;
  m.mean[at] = next;
  m.m2[at] = (m.m2[at] as number) + delta * (x - next);
}

/** Adds the moments of `from` (all groups) into `into` at index `to + j`, for j < size. */
function mergeMoments(into: Moments, to: number, from: Moments, at: number, size: number): void {
  for (let j = 0; j < size; j++) {
    const nb = from.n[at + j] as number;
    if (nb === 0) continue;
    const na = into.n[to + j] as number;
    if (na === 0) {
      // A copy, bit for bit: a sample with one non-empty segment equals that segment's figures.
      into.n[to + j] = nb;
      into.mean[to + j] = from.mean[at + j] as number;
      into.m2[to + j] = from.m2[at + j] as number;
      continue;
    }
    const n = na + nb;
    const delta = (from.mean[at + j] as number) - (into.mean[to + j] as number);
    into.mean[to + j] = (into.mean[to + j] as number) + (delta * nb) / n;
    into.m2[to + j] = (into.m2[to + j] as number) + (from.m2[at + j] as number) + (delta * delta * na * nb) / n;
    into.n[to + j] = n;
  }
}

const ZONE_FIELDS = 7;

/** The accumulators of G groups (G = 1 for a merged whole sample). */
interface Sums {
  readonly groups: number;
  readonly respondents: Float64Array;
  readonly scored: Float64Array;
  /** Per item: gap P − E over paired answers, with plain sums of E and P for their means. */
  readonly itemGap: Moments;
  readonly itemSumE: Float64Array;
  readonly itemSumP: Float64Array;
  /** Per item: every answered P (SERVPERF). */
  readonly perf: Moments;
  /** Per dimension: respondents' mean gaps, with plain sums of their mean E and P. */
  readonly dimGap: Moments;
  readonly dimSumE: Float64Array;
  readonly dimSumP: Float64Array;
  readonly perfDim: Moments;
  /** Cronbach's alpha of E, P and the gaps: per item and per dimension total, over listwise-complete respondents. */
  readonly alphaItem: readonly [Moments, Moments, Moments];
  readonly alphaTotal: readonly [Moments, Moments, Moments];
  /** Zone of tolerance: per item and dimension n, Σadequate, Σdesired, Σperceived, inside, below, above. */
  readonly zoneItem: Float64Array | null;
  readonly zoneDim: Float64Array | null;
  /** Weighted score: Σ of respondents' weighted gaps and their count. */
  readonly weightedSum: Float64Array;
  readonly weightedN: Float64Array;
  /** Importance: Σ of the respondents' normalised allocations per dimension, and their count. */
  readonly importanceSum: Float64Array;
  readonly importanceN: Float64Array;
}

function sums(groups: number, K: number, D: number, zone: boolean): Sums {
  const G = groups;
  return {
    groups: G,
    respondents: new Float64Array(G),
    scored: new Float64Array(G),
    itemGap: moments(G * K),
    itemSumE: new Float64Array(G * K),
    itemSumP: new Float64Array(G * K),
    perf: moments(G * K),
    dimGap: moments(G * D),
    dimSumE: new Float64Array(G * D),
    dimSumP: new Float64Array(G * D),
    perfDim: moments(G * D),
    alphaItem: [moments(G * K), moments(G * K), moments(G * K)],
    alphaTotal: [moments(G * D), moments(G * D), moments(G * D)],
    zoneItem: zone ? new Float64Array(G * K * ZONE_FIELDS) : null,
    zoneDim: zone ? new Float64Array(G * D * ZONE_FIELDS) : null,
    weightedSum: new Float64Array(G),
    weightedN: new Float64Array(G),
    importanceSum: new Float64Array(G * D),
    importanceN: new Float64Array(G),
  };
}

function addZone(zone: Float64Array, at: number, a: number, d: number, pv: number): void {
  zone[at] = (zone[at] as number) + 1;
  zone[at + 1] = (zone[at + 1] as number) + a;
  zone[at + 2] = (zone[at + 2] as number) + d;
  zone[at + 3] = (zone[at + 3] as number) + pv;
  const where = pv < a ? 5 : pv > d ? 6 : 4;
  zone[at + where] = (zone[at + where] as number) + 1;
}

/** What one pass over the answers gives: each group's sums, and each respondent's dimension gaps. */
export interface Accumulated {
  readonly sums: Sums;
  /** rows × D respondent dimension gaps, NaN where the respondent has no score. */
  readonly rowGap: Float64Array;
}

/** The one pass over every answer. Answers outside the scale (NaN, a `missing` marker, a lenient skip) count as missing. */
export function accumulate(compiled: CompiledInstrument, data: ResponseData, minItemShare: number): Accumulated {
  const K = compiled.itemIds.length;
  const D = compiled.dimensionIds.length;
  const { rows, e, p, adequate, desired, segmentOf } = data;
  const G = data.segmentKeys.length + 1;
  const S = sums(G, K, D, adequate !== null && desired !== null);
  const { min, max, integer, reversed, dimensionItems, standaloneItems } = compiled;
  const flip = min + max;
  const valid = (v: number): boolean => v >= min && v <= max && (!integer || Math.floor(v) === v);
  const need = Int32Array.from(dimensionItems, (items) => requiredItems(minItemShare, items.length));
  let widest = 0;
  for (const items of dimensionItems) widest = Math.max(widest, items.length);
  // One respondent's answers to the current dimension, reverse-scored, NaN when missing.
  const rowE = new Float64Array(widest);
  const rowP = new Float64Array(widest);
  const rowGap = new Float64Array(rows * D).fill(Number.NaN);
  const [alphaItemE, alphaItemP, alphaItemG] = S.alphaItem;
  const [alphaTotalE, alphaTotalP, alphaTotalG] = S.alphaTotal;
  const { zoneItem, zoneDim } = S;

  for (let i = 0; i < rows; i++) {
    const g = segmentOf === null ? 0 : (segmentOf[i] as number) < 0 ? G - 1 : (segmentOf[i] as number);
    const gK = g * K;
    const gD = g * D;
    S.respondents[g] = (S.respondents[g] as number) + 1;
    let scoredHere = false;
    for (let d = 0; d < D; d++) {
      const items = dimensionItems[d] as Int32Array;
      const size = items.length;
      let paired = 0;
      let sumE = 0;
      let sumP = 0;
      let answeredE = 0;
      let totalE = 0;
      let answeredP = 0;
      let totalP = 0;
      let zoneN = 0;
      let zoneA = 0;
      let zoneD = 0;
      let zoneP = 0;
      for (let j = 0; j < size; j++) {
        const k = items[j] as number;
        let ev = (e[k] as ArrayLike<number>)[i] as number;
        let pv = (p[k] as ArrayLike<number>)[i] as number;
        if (valid(ev)) {
          if (reversed[k] === 1) ev = flip - ev;
          answeredE += 1;
          totalE += ev;
        } else ev = Number.NaN;
        if (valid(pv)) {
          if (reversed[k] === 1) pv = flip - pv;
          answeredP += 1;
          totalP += pv;
          push(S.perf, gK + k, pv);
          if (!Number.isNaN(ev)) {
            paired += 1;
            sumE += ev;
            sumP += pv;
            push(S.itemGap, gK + k, pv - ev);
            S.itemSumE[gK + k] = (S.itemSumE[gK + k] as number) + ev;
            S.itemSumP[gK + k] = (S.itemSumP[gK + k] as number) + pv;
          }
          if (zoneItem !== null) {
            let a = (adequate as readonly ArrayLike<number>[])[k]?.[i] as number;
            let de = (desired as readonly ArrayLike<number>[])[k]?.[i] as number;
            if (valid(a) && valid(de)) {
              if (reversed[k] === 1) {
                a = flip - a;
                de = flip - de;
              }
              addZone(zoneItem, (gK + k) * ZONE_FIELDS, a, de, pv);
              zoneN += 1;
              zoneA += a;
              zoneD += de;
              zoneP += pv;
            }
          }
        } else pv = Number.NaN;
        rowE[j] = ev;
        rowP[j] = pv;
      }
      const at = gD + d;
      if (paired >= (need[d] as number)) {
        const gap = (sumP - sumE) / paired;
        push(S.dimGap, at, gap);
        S.dimSumE[at] = (S.dimSumE[at] as number) + sumE / paired;
        S.dimSumP[at] = (S.dimSumP[at] as number) + sumP / paired;
        rowGap[i * D + d] = gap;
        scoredHere = true;
      }
      if (answeredP >= (need[d] as number)) push(S.perfDim, at, totalP / answeredP);
      // Alpha is listwise: only respondents who answered every item of the dimension count.
      if (answeredE === size) {
        for (let j = 0; j < size; j++) push(alphaItemE, gK + (items[j] as number), rowE[j] as number);
        push(alphaTotalE, at, totalE);
      }
      if (answeredP === size) {
        for (let j = 0; j < size; j++) push(alphaItemP, gK + (items[j] as number), rowP[j] as number);
        push(alphaTotalP, at, totalP);
      }
      if (paired === size) {
        for (let j = 0; j < size; j++) push(alphaItemG, gK + (items[j] as number), (rowP[j] as number) - (rowE[j] as number));
        push(alphaTotalG, at, sumP - sumE);
      }
      // A respondent's dimension zone: their mean levels over the items with all three answers.
      if (zoneDim !== null && zoneN >= (need[d] as number)) addZone(zoneDim, at * ZONE_FIELDS, zoneA / zoneN, zoneD / zoneN, zoneP / zoneN);
    }
    for (let j = 0; j < standaloneItems.length; j++) {
      const k = standaloneItems[j] as number;
      let ev = (e[k] as ArrayLike<number>)[i] as number;
      let pv = (p[k] as ArrayLike<number>)[i] as number;
      if (!valid(pv)) continue;
      if (reversed[k] === 1) pv = flip - pv;
      push(S.perf, gK + k, pv);
      if (valid(ev)) {
        if (reversed[k] === 1) ev = flip - ev;
        push(S.itemGap, gK + k, pv - ev);
        S.itemSumE[gK + k] = (S.itemSumE[gK + k] as number) + ev;
        S.itemSumP[gK + k] = (S.itemSumP[gK + k] as number) + pv;
      }
      if (zoneItem !== null) {
        let a = (adequate as readonly ArrayLike<number>[])[k]?.[i] as number;
        let de = (desired as readonly ArrayLike<number>[])[k]?.[i] as number;
        if (valid(a) && valid(de)) {
          if (reversed[k] === 1) {
            a = flip - a;
            de = flip - de;
          }
          addZone(zoneItem, (gK + k) * ZONE_FIELDS, a, de, pv);
        }
      }
    }
    if (scoredHere) S.scored[g] = (S.scored[g] as number) + 1;
  }
  return { sums: S, rowGap };
}

/** The groups' sums merged into one (the whole sample). */
export function mergeGroups(S: Sums, K: number, D: number): Sums {
  if (S.groups === 1) return S;
  const out = sums(1, K, D, S.zoneItem !== null);
  const addAll = (into: Float64Array, from: Float64Array, size: number): void => {
    for (let g = 0; g < S.groups; g++) for (let j = 0; j < size; j++) into[j] = (into[j] as number) + (from[g * size + j] as number);
  };
  addAll(out.respondents, S.respondents, 1);
  addAll(out.scored, S.scored, 1);
  addAll(out.itemSumE, S.itemSumE, K);
  addAll(out.itemSumP, S.itemSumP, K);
  addAll(out.dimSumE, S.dimSumE, D);
  addAll(out.dimSumP, S.dimSumP, D);
  if (out.zoneItem !== null && S.zoneItem !== null) addAll(out.zoneItem, S.zoneItem, K * ZONE_FIELDS);
  if (out.zoneDim !== null && S.zoneDim !== null) addAll(out.zoneDim, S.zoneDim, D * ZONE_FIELDS);
  for (let g = 0; g < S.groups; g++) {
    mergeMoments(out.itemGap, 0, S.itemGap, g * K, K);
    mergeMoments(out.perf, 0, S.perf, g * K, K);
    mergeMoments(out.dimGap, 0, S.dimGap, g * D, D);
    mergeMoments(out.perfDim, 0, S.perfDim, g * D, D);
    for (let c = 0; c < 3; c++) {
      mergeMoments(out.alphaItem[c] as Moments, 0, S.alphaItem[c] as Moments, g * K, K);
      mergeMoments(out.alphaTotal[c] as Moments, 0, S.alphaTotal[c] as Moments, g * D, D);
    }
  }
  return out;
}

/**
 * Importance and the weighted score, for every group and the whole sample. A respondent without an
 * allocation is weighted with the mean allocation of the sample being scored (their segment's, or
 * everyone's), so this runs after the groups are known: over the stored dimension gaps only.
 */
export function weigh(acc: Accumulated, whole: Sums, data: ResponseData, D: number, fixed: Float64Array | null): void {
  const { sums: S, rowGap } = acc;
  const { importance, segmentOf, rows } = data;
  const G = S.groups;
  if (importance !== null) {
    for (let i = 0; i < rows; i++) {
      if (Number.isNaN((importance[0] as Float64Array)[i] as number)) continue;
      const g = groupOf(segmentOf, i, G);
      S.importanceN[g] = (S.importanceN[g] as number) + 1;
      if (whole !== S) whole.importanceN[0] = (whole.importanceN[0] as number) + 1;
      for (let d = 0; d < D; d++) {
        const w = (importance[d] as Float64Array)[i] as number;
        S.importanceSum[g * D + d] = (S.importanceSum[g * D + d] as number) + w;
        if (whole !== S) whole.importanceSum[d] = (whole.importanceSum[d] as number) + w;
      }
    }
  }
  const fallback = (target: Sums, g: number): Float64Array | null => {
    if (fixed !== null) return fixed;
    const n = target.importanceN[g] as number;
    return n === 0 ? null : Float64Array.from({ length: D }, (_, d) => (target.importanceSum[g * D + d] as number) / n);
  };
  const groupFallback = Array.from({ length: G }, (_, g) => fallback(S, g));
  const wholeFallback = fallback(whole, 0);
  const score = (i: number, weights: Float64Array | null, own: boolean): number => {
    let weightSum = 0;
    let total = 0;
    for (let d = 0; d < D; d++) {
      const gap = rowGap[i * D + d] as number;
      if (Number.isNaN(gap)) continue;
      const w = own ? (((importance as readonly Float64Array[])[d] as Float64Array)[i] as number) : ((weights as Float64Array)[d] as number);
      weightSum += w;
      total += w * gap;
    }
    // Weights renormalise over the dimensions this respondent has a score for.
    return weightSum > 0 ? total / weightSum : Number.NaN;
  };
  for (let i = 0; i < rows; i++) {
    const g = groupOf(segmentOf, i, G);
    const own = fixed === null && importance !== null && !Number.isNaN((importance[0] as Float64Array)[i] as number);
    const groupWeights = own ? null : (groupFallback[g] ?? null);
    if (own || groupWeights !== null) {
      const x = score(i, groupWeights, own);
      if (!Number.isNaN(x)) {
        S.weightedSum[g] = (S.weightedSum[g] as number) + x;
        S.weightedN[g] = (S.weightedN[g] as number) + 1;
      }
    }
    if (whole === S) continue;
    const wholeWeights = own ? null : wholeFallback;
    if (own || wholeWeights !== null) {
      const x = score(i, wholeWeights, own);
      if (!Number.isNaN(x)) {
        whole.weightedSum[0] = (whole.weightedSum[0] as number) + x;
        whole.weightedN[0] = (whole.weightedN[0] as number) + 1;
      }
    }
  }
}

const groupOf = (segmentOf: Int32Array | null, i: number, G: number): number =>
  segmentOf === null ? 0 : (segmentOf[i] as number) < 0 ? G - 1 : (segmentOf[i] as number);

/** t(0.975, df), computed once per sample size: most items and dimensions of a report share one. */
type Quantiles = (df: number) => number;
function quantileMemo(): Quantiles {
  const known = new Map<number, number>();
  return (df) => {
    let t = known.get(df);
    if (t === undefined) {
      t = studentTQuantile(0.975, df);
      known.set(df, t);
    }
    return t;
  };
}

interface Summary {
  readonly n: number;
  readonly mean: number | null;
  readonly sd: number | null;
  readonly ci95: { readonly lower: number; readonly upper: number } | null;
}

function summary(t975: Quantiles, m: Moments, at: number): Summary {
  const n = m.n[at] as number;
  if (n === 0) return { n, mean: null, sd: null, ci95: null };
  const mean = m.mean[at] as number;
  if (n < 2) return { n, mean, sd: null, ci95: null };
  const sd = Math.sqrt((m.m2[at] as number) / (n - 1));
  const half = t975(n - 1) * (sd / Math.sqrt(n));
  return { n, mean, sd, ci95: { lower: mean - half, upper: mean + half } };
}

const nullable = (x: number): number | null => (Number.isFinite(x) ? x : null);

function meanOf(values: readonly (number | null)[]): number | null {
  let sum = 0;
  let n = 0;
  for (const value of values) {
    if (value !== null) {
      sum += value;
      n += 1;
    }
  }
  return n === 0 ? null : sum / n;
}

/** Cronbach's alpha from the sums of squared deviations (the (n − 1) divisors cancel). */
function alpha(items: Int32Array, itemM: Moments, totalM: Moments, gK: number, at: number): number | null {
  const k = items.length;
  const complete = totalM.n[at] as number;
  const totalSS = totalM.m2[at] as number;
  if (k < 2 || complete < 2 || !(totalSS > 0)) return null;
  let itemSS = 0;
  for (const item of items) itemSS += itemM.m2[gK + item] as number;
  return nullable((k / (k - 1)) * (1 - itemSS / totalSS));
}

/** The report of group `g` of `S`. */
export function scoresOf(compiled: CompiledInstrument, S: Sums, g: number, options: AggregateOptions): ServqualScores {
  const { instrument } = compiled;
  const K = compiled.itemIds.length;
  const D = compiled.dimensionIds.length;
  const gK = g * K;
  const gD = g * D;
  const t975 = quantileMemo();

  const items: ServqualItemScore[] = instrument.items.map((item, k) => {
    const gap = summary(t975, S.itemGap, gK + k);
    return {
      id: item.id,
      dimension: item.dimension,
      reversed: item.reversed,
      expectation: gap.n === 0 ? null : (S.itemSumE[gK + k] as number) / gap.n,
      perception: gap.n === 0 ? null : (S.itemSumP[gK + k] as number) / gap.n,
      gap: gap.mean,
      n: gap.n,
      sd: gap.sd,
      ci95: gap.ci95,
    };
  });

  const dimensions: ServqualDimensionScore[] = instrument.dimensions.map((dimension, d) => {
    const gap = summary(t975, S.dimGap, gD + d);
    const dItems = compiled.dimensionItems[d] as Int32Array;
    return {
      id: dimension.id,
      label: dimension.label,
      labels: dimension.labels,
      items: dimension.items,
      expectation: gap.n === 0 ? null : (S.dimSumE[gD + d] as number) / gap.n,
      perception: gap.n === 0 ? null : (S.dimSumP[gD + d] as number) / gap.n,
      gap: gap.mean,
      n: gap.n,
      sd: gap.sd,
      ci95: gap.ci95,
      alphaE: alpha(dItems, S.alphaItem[0], S.alphaTotal[0], gK, gD + d),
      alphaP: alpha(dItems, S.alphaItem[1], S.alphaTotal[1], gK, gD + d),
      alphaGap: alpha(dItems, S.alphaItem[2], S.alphaTotal[2], gK, gD + d),
    };
  });

  const importance = importanceOf(S, g, D, compiled.dimensionIds, options.weights);
  const weightedN = S.weightedN[g] as number;
  const inDimensions = items.filter((item) => item.dimension !== null);

  return {
    instrument: { id: instrument.id, version: instrument.version, scale: instrument.scale },
    respondents: S.respondents[g] as number,
    scored: S.scored[g] as number,
    minItemShare: options.minItemShare,
    items,
    dimensions,
    itemsById: Object.fromEntries(items.map((item) => [item.id, item])),
    dimensionsById: Object.fromEntries(dimensions.map((dimension) => [dimension.id, dimension])),
    overall: {
      unweighted: meanOf(dimensions.map((dimension) => dimension.gap)),
      // Standalone items stand outside every dimension, and outside the overall scores.
      itemMean: meanOf(inDimensions.map((item) => item.gap)),
      weighted: weightedN === 0 ? null : (S.weightedSum[g] as number) / weightedN,
      weightedN,
      expectation: meanOf(dimensions.map((dimension) => dimension.expectation)),
      perception: meanOf(dimensions.map((dimension) => dimension.perception)),
      importance: importance.importance,
    },
    servperf: servperfOf(compiled, S, g, t975),
    zoneOfTolerance: zoneOf(compiled, S, g),
    priorities: prioritiesOf(dimensions, importance.weightsUsed),
  };
}

function importanceOf(
  S: Sums,
  g: number,
  D: number,
  dimensionIds: readonly string[],
  fixed: Float64Array | null,
): { importance: ServqualImportance; weightsUsed: Float64Array | null } {
  const respondents = S.importanceN[g] as number;
  const record = (weights: Float64Array): Record<string, number> => Object.fromEntries(dimensionIds.map((id, d) => [id, weights[d] as number]));
  if (fixed !== null) return { importance: { source: "option", weights: record(fixed), respondents, filledWithMean: 0 }, weightsUsed: fixed };
  if (respondents === 0) return { importance: { source: "none", weights: null, respondents: 0, filledWithMean: 0 }, weightsUsed: null };
  const mean = Float64Array.from({ length: D }, (_, d) => (S.importanceSum[g * D + d] as number) / respondents);
  return {
    importance: { source: "respondents", weights: record(mean), respondents, filledWithMean: (S.respondents[g] as number) - respondents },
    weightsUsed: mean,
  };
}

// Decisions (ordering, shortfall) must not flip on the last bits of a sum, which depend on the
// order respondents were added in.
const EPSILON = 1e-12;

function prioritiesOf(dimensions: readonly ServqualDimensionScore[], weights: Float64Array | null): ServqualPriority[] {
  const D = dimensions.length;
  const entries = dimensions.flatMap((dimension, d) => {
    if (dimension.gap === null) return [];
    const importance = weights === null ? 1 / D : (weights[d] as number);
    return [
      {
        d,
        dimension: dimension.id,
        label: dimension.label,
        importance,
        gap: dimension.gap,
        weightedGap: importance * dimension.gap,
        shortfall: dimension.gap < -EPSILON,
      },
    ];
  });
  entries.sort((a, b) => (Math.abs(a.weightedGap - b.weightedGap) > EPSILON ? a.weightedGap - b.weightedGap : a.d - b.d));
  return entries.map(({ d: _d, ...entry }, i) => ({ rank: i + 1, ...entry }));
}

function servperfOf(compiled: CompiledInstrument, S: Sums, g: number, t975: Quantiles): ServqualServperf {
  const K = compiled.itemIds.length;
  const D = compiled.dimensionIds.length;
  const items = compiled.instrument.items.map((item, k) => {
    const s = summary(t975, S.perf, g * K + k);
    return { id: item.id, dimension: item.dimension, perception: s.mean, n: s.n, sd: s.sd };
  });
  const dimensions = compiled.instrument.dimensions.map((dimension, d) => {
    const s = summary(t975, S.perfDim, g * D + d);
    return { id: dimension.id, perception: s.mean, n: s.n, sd: s.sd, ci95: s.ci95 };
  });
  return { items, dimensions, overall: meanOf(dimensions.map((dimension) => dimension.perception)) };
}

function zoneScore(id: string, zone: Float64Array, index: number): ServqualZoneScore {
  const at = index * ZONE_FIELDS;
  const count = zone[at] as number;
  if (count === 0) return { id, adequate: null, desired: null, perception: null, msa: null, mss: null, n: 0, inside: null, below: null, above: null };
  const [sumA, sumD, sumP, inside, below, above] = [1, 2, 3, 4, 5, 6].map((f) => zone[at + f] as number) as [number, number, number, number, number, number];
  return {
    id,
    adequate: sumA / count,
    desired: sumD / count,
    perception: sumP / count,
    msa: (sumP - sumA) / count,
    mss: (sumP - sumD) / count,
    n: count,
    inside: inside / count,
    below: below / count,
    above: above / count,
  };
}

function zoneOf(compiled: CompiledInstrument, S: Sums, g: number): ServqualZoneOfTolerance | null {
  if (S.zoneItem === null || S.zoneDim === null) return null;
  const K = compiled.itemIds.length;
  const D = compiled.dimensionIds.length;
  const zoneItem = S.zoneItem;
  const zoneDim = S.zoneDim;
  const items = compiled.instrument.items.map((item, k) => ({ ...zoneScore(item.id, zoneItem, g * K + k), dimension: item.dimension }));
  if (items.every((item) => item.n === 0)) return null;
  return { items, dimensions: compiled.dimensionIds.map((id, d) => zoneScore(id, zoneDim, g * D + d)) };
}
