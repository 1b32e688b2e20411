// Every figure of a report, computed from the response matrices for one sample of rows.
import type { Instrument } from "../types.js";
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
import type { ResponseMatrix } from "./readResponses.js";
import { studentTQuantile, type SampleSummary } from "./stats.js";

export interface AggregateOptions {
  readonly minItemShare: number;
  /** Normalised fixed weights (option `weights`), or null to use the respondents' importance. */
  readonly weights: Float64Array | null;
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

/** Items a respondent must have answered for a dimension score: ⌈share · k⌉, at least 1. */
export function requiredItems(share: number, k: number): number {
  return Math.max(1, Math.ceil(share * k - 1e-9));
}

export function aggregate(compiled: CompiledInstrument, data: ResponseMatrix, rowList: Int32Array, options: AggregateOptions): ServqualScores {
  const { instrument } = compiled;
  const K = compiled.itemIds.length;
  const D = compiled.dimensionIds.length;
  const n = rowList.length;
  const need = Int32Array.from(compiled.dimensionItems, (items) => requiredItems(options.minItemShare, items.length));
  // Both passes walk the matrices row by row (the memory order), never column by column.
  const pass = firstPass(compiled, data, rowList, need);
  const t975 = quantileMemo();
  const deviations = secondPass(compiled, data, rowList, pass);

  const items: ServqualItemScore[] = instrument.items.map((item, k) => {
    const count = pass.itemN[k] as number;
    const gap = fromMoments(t975, count, pass.itemSumP[k]! - pass.itemSumE[k]!, deviations.itemGapSS[k] as number);
    return {
      id: item.id,
      dimension: item.dimension,
      reversed: item.reversed,
      expectation: count === 0 ? null : (pass.itemSumE[k] as number) / count,
      perception: count === 0 ? null : (pass.itemSumP[k] as number) / count,
      gap: gap.mean,
      n: count,
      sd: gap.sd,
      ci95: gap.ci95,
    };
  });

  const dimensions: ServqualDimensionScore[] = instrument.dimensions.map((dimension, d) => {
    let count = 0;
    let sumE = 0;
    let sumP = 0;
    let sumGap = 0;
    for (let i = 0; i < n; i++) {
      const g = pass.dimGap[i * D + d] as number;
      if (g === g) {
        count += 1;
        sumE += pass.dimE[i * D + d] as number;
        sumP += pass.dimP[i * D + d] as number;
        sumGap += g;
      }
    }
    const mean = sumGap / count;
    let ss = 0;
    for (let i = 0; i < n; i++) {
      const g = pass.dimGap[i * D + d] as number;
      if (g === g) ss += (g - mean) * (g - mean);
    }
    const gap = fromMoments(t975, count, sumGap, ss);
    return {
      id: dimension.id,
      label: dimension.label,
      labels: dimension.labels,
      items: dimension.items,
      expectation: count === 0 ? null : sumE / count,
      perception: count === 0 ? null : sumP / count,
      gap: gap.mean,
      n: count,
      sd: gap.sd,
      ci95: gap.ci95,
      alphaE: alphaFromMoments(compiled, d, pass.completeE[d] as number, deviations.alphaItemSSE, deviations.alphaTotalSSE[d] as number),
      alphaP: alphaFromMoments(compiled, d, pass.completeP[d] as number, deviations.alphaItemSSP, deviations.alphaTotalSSP[d] as number),
    };
  });

  const { importance, weightsUsed } = importanceOf(data.importance, rowList, D, compiled.dimensionIds, options.weights);
  const weighted = weightedScore(pass.dimGap, n, D, rowList, data.importance, weightsUsed, options.weights !== null);

  return {
    instrument: { id: instrument.id, version: instrument.version, scale: instrument.scale },
    respondents: n,
    scored: pass.scored,
    minItemShare: options.minItemShare,
    items,
    dimensions,
    overall: {
      unweighted: meanOf(dimensions.map((dimension) => dimension.gap)),
      itemMean: meanOf(items.map((item) => item.gap)),
      weighted: weighted.n === 0 ? null : weighted.mean,
      weightedN: weighted.n,
      expectation: meanOf(dimensions.map((dimension) => dimension.expectation)),
      perception: meanOf(dimensions.map((dimension) => dimension.perception)),
      importance,
    },
    servperf: servperfOf(compiled, pass, deviations, n, t975),
    zoneOfTolerance: pass.zone === null ? null : zoneOf(compiled, pass.zone),
    priorities: prioritiesOf(dimensions, weightsUsed),
  };
}

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

/** Mean, sample sd and t interval from a count, a sum and the sum of squared deviations. */
function fromMoments(t975: Quantiles, n: number, sum: number, ss: number): SampleSummary {
  if (n === 0) return { n, mean: null, sd: null, ci95: null };
  const mean = sum / n;
  if (n < 2) return { n, mean, sd: null, ci95: null };
  const sd = Math.sqrt(ss / (n - 1));
  const half = t975(n - 1) * (sd / Math.sqrt(n));
  return { n, mean, sd, ci95: { lower: mean - half, upper: mean + half } };
}

interface ZoneSums {
  /** Per item: n, Σadequate, Σdesired, Σperceived, inside, below, above. */
  readonly item: Float64Array;
  readonly dimension: Float64Array;
}

interface FirstPass {
  readonly itemN: Float64Array;
  readonly itemSumE: Float64Array;
  readonly itemSumP: Float64Array;
  /** Per-respondent dimension means, n × D; NaN when the respondent answered too few items. */
  readonly dimE: Float64Array;
  readonly dimP: Float64Array;
  readonly dimGap: Float64Array;
  readonly scored: number;
  /** Respondents who answered every E (P) item of each dimension, and their per-item and total sums. */
  readonly completeE: Float64Array;
  readonly completeP: Float64Array;
  readonly alphaItemSumE: Float64Array;
  readonly alphaItemSumP: Float64Array;
  readonly alphaTotalSumE: Float64Array;
  readonly alphaTotalSumP: Float64Array;
  /** SERVPERF: every answered P. */
  readonly perfItemN: Float64Array;
  readonly perfItemSum: Float64Array;
  readonly perfDim: Float64Array;
  readonly zone: ZoneSums | null;
}

const ZONE_FIELDS = 7;

function firstPass(compiled: CompiledInstrument, data: ResponseMatrix, rowList: Int32Array, need: Int32Array): FirstPass {
  const K = compiled.itemIds.length;
  const D = compiled.dimensionIds.length;
  const n = rowList.length;
  const { e, p, adequate, desired } = data;
  const { dimensionItems } = compiled;
  const itemN = new Float64Array(K);
  const itemSumE = new Float64Array(K);
  const itemSumP = new Float64Array(K);
  const dimE = new Float64Array(n * D).fill(Number.NaN);
  const dimP = new Float64Array(n * D).fill(Number.NaN);
  const dimGap = new Float64Array(n * D).fill(Number.NaN);
  const completeE = new Float64Array(D);
  const completeP = new Float64Array(D);
  const alphaItemSumE = new Float64Array(K);
  const alphaItemSumP = new Float64Array(K);
  const alphaTotalSumE = new Float64Array(D);
  const alphaTotalSumP = new Float64Array(D);
  const perfItemN = new Float64Array(K);
  const perfItemSum = new Float64Array(K);
  const perfDim = new Float64Array(n * D).fill(Number.NaN);
  const zone = adequate !== null && desired !== null ? { item: new Float64Array(K * ZONE_FIELDS), dimension: new Float64Array(D * ZONE_FIELDS) } : null;
  let scored = 0;

  for (let i = 0; i < n; i++) {
    const base = (rowList[i] as number) * K;
    let scoredHere = false;
    for (let d = 0; d < D; d++) {
      const dItems = dimensionItems[d] as Int32Array;
      let paired = 0;
      let sumE = 0;
      let sumP = 0;
      let answeredE = 0;
      let totalE = 0;
      let answeredP = 0;
      let totalP = 0;
      for (let j = 0; j < dItems.length; j++) {
        const k = dItems[j] as number;
        const ev = e[base + k] as number;
        const pv = p[base + k] as number;
        if (ev === ev) {
          answeredE += 1;
          totalE += ev;
        }
        if (pv === pv) {
          answeredP += 1;
          totalP += pv;
          perfItemN[k] = (perfItemN[k] as number) + 1;
          perfItemSum[k] = (perfItemSum[k] as number) + pv;
          if (ev === ev) {
            paired += 1;
            sumE += ev;
            sumP += pv;
            itemN[k] = (itemN[k] as number) + 1;
            itemSumE[k] = (itemSumE[k] as number) + ev;
            itemSumP[k] = (itemSumP[k] as number) + pv;
          }
        }
      }
      const at = i * D + d;
      if (paired >= (need[d] as number)) {
        dimE[at] = sumE / paired;
        dimP[at] = sumP / paired;
        dimGap[at] = (sumP - sumE) / paired;
        scoredHere = true;
      }
      if (answeredP >= (need[d] as number)) perfDim[at] = totalP / answeredP;
      if (answeredE === dItems.length) addComplete(e, base, dItems, totalE, d, completeE, alphaTotalSumE, alphaItemSumE);
      if (answeredP === dItems.length) addComplete(p, base, dItems, totalP, d, completeP, alphaTotalSumP, alphaItemSumP);
      if (zone !== null) zoneRow(zone, adequate as Float64Array, desired as Float64Array, p, base, dItems, d, need[d] as number);
    }
    if (scoredHere) scored += 1;
  }
  return {
    itemN,
    itemSumE,
    itemSumP,
    dimE,
    dimP,
    dimGap,
    scored,
    completeE,
    completeP,
    alphaItemSumE,
    alphaItemSumP,
    alphaTotalSumE,
    alphaTotalSumP,
    perfItemN,
    perfItemSum,
    perfDim,
    zone,
  };
}

function addZone(sums: Float64Array, at: number, a: number, d: number, pv: number): void {
  sums[at] = (sums[at] as number) + 1;
  sums[at + 1] = (sums[at + 1] as number) + a;
  sums[at + 2] = (sums[at + 2] as number) + d;
  sums[at + 3] = (sums[at + 3] as number) + pv;
  const where = pv < a ? 5 : pv > d ? 6 : 4;
  sums[at + where] = (sums[at + where] as number) + 1;
}

function zoneRow(zone: ZoneSums, adequate: Float64Array, desired: Float64Array, p: Float64Array, base: number, dItems: Int32Array, d: number, need: number): void {
  let count = 0;
  let sumA = 0;
  let sumD = 0;
  let sumP = 0;
  for (let j = 0; j < dItems.length; j++) {
    const k = dItems[j] as number;
    const a = adequate[base + k] as number;
    const de = desired[base + k] as number;
    const pv = p[base + k] as number;
    if (a === a && de === de && pv === pv) {
      addZone(zone.item, k * ZONE_FIELDS, a, de, pv);
      count += 1;
      sumA += a;
      sumD += de;
      sumP += pv;
    }
  }
  // A respondent's dimension zone: their mean levels over the items with all three answers.
  if (count >= need) addZone(zone.dimension, d * ZONE_FIELDS, sumA / count, sumD / count, sumP / count);
}

// Alpha uses listwise-complete rows: count them and sum each item and the row total (first pass)…
function addComplete(matrix: Float64Array, base: number, dItems: Int32Array, total: number, d: number, complete: Float64Array, totalSum: Float64Array, itemSum: Float64Array): void {
  complete[d] = (complete[d] as number) + 1;
  totalSum[d] = (totalSum[d] as number) + total;
  for (let j = 0; j < dItems.length; j++) {
    const k = dItems[j] as number;
    itemSum[k] = (itemSum[k] as number) + (matrix[base + k] as number);
  }
}

// … then their squared deviations from those means (second pass).
function addDeviations(matrix: Float64Array, base: number, dItems: Int32Array, totalDeviation: number, d: number, totalSS: Float64Array, itemMean: Float64Array, itemSS: Float64Array): void {
  totalSS[d] = (totalSS[d] as number) + totalDeviation * totalDeviation;
  for (let j = 0; j < dItems.length; j++) {
    const k = dItems[j] as number;
    const dx = (matrix[base + k] as number) - (itemMean[k] as number);
    itemSS[k] = (itemSS[k] as number) + dx * dx;
  }
}

interface SecondPass {
  readonly itemGapSS: Float64Array;
  readonly alphaItemSSE: Float64Array;
  readonly alphaItemSSP: Float64Array;
  readonly alphaTotalSSE: Float64Array;
  readonly alphaTotalSSP: Float64Array;
  readonly perfItemSS: Float64Array;
}

// Squared deviations from the first pass's means: two-pass variances stay exact-ish for any data.
function secondPass(compiled: CompiledInstrument, data: ResponseMatrix, rowList: Int32Array, pass: FirstPass): SecondPass {
  const K = compiled.itemIds.length;
  const D = compiled.dimensionIds.length;
  const n = rowList.length;
  const { e, p } = data;
  const { dimensionItems } = compiled;
  const gapMean = new Float64Array(K);
  const perfMean = new Float64Array(K);
  const alphaMeanE = new Float64Array(K);
  const alphaMeanP = new Float64Array(K);
  const totalMeanE = new Float64Array(D);
  const totalMeanP = new Float64Array(D);
  for (let k = 0; k < K; k++) {
    gapMean[k] = ((pass.itemSumP[k] as number) - (pass.itemSumE[k] as number)) / (pass.itemN[k] as number);
    perfMean[k] = (pass.perfItemSum[k] as number) / (pass.perfItemN[k] as number);
  }
  for (let d = 0; d < D; d++) {
    totalMeanE[d] = (pass.alphaTotalSumE[d] as number) / (pass.completeE[d] as number);
    totalMeanP[d] = (pass.alphaTotalSumP[d] as number) / (pass.completeP[d] as number);
    for (const k of dimensionItems[d] as Int32Array) {
      alphaMeanE[k] = (pass.alphaItemSumE[k] as number) / (pass.completeE[d] as number);
      alphaMeanP[k] = (pass.alphaItemSumP[k] as number) / (pass.completeP[d] as number);
    }
  }
  const itemGapSS = new Float64Array(K);
  const perfItemSS = new Float64Array(K);
  const alphaItemSSE = new Float64Array(K);
  const alphaItemSSP = new Float64Array(K);
  const alphaTotalSSE = new Float64Array(D);
  const alphaTotalSSP = new Float64Array(D);
  for (let i = 0; i < n; i++) {
    const base = (rowList[i] as number) * K;
    for (let d = 0; d < D; d++) {
      const dItems = dimensionItems[d] as Int32Array;
      let answeredE = 0;
      let answeredP = 0;
      let totalE = 0;
      let totalP = 0;
      for (let j = 0; j < dItems.length; j++) {
        const k = dItems[j] as number;
        const ev = e[base + k] as number;
        const pv = p[base + k] as number;
        if (ev === ev) {
          answeredE += 1;
          totalE += ev;
        }
        if (pv === pv) {
          answeredP += 1;
          totalP += pv;
          const dp = pv - (perfMean[k] as number);
          perfItemSS[k] = (perfItemSS[k] as number) + dp * dp;
          if (ev === ev) {
            const dg = pv - ev - (gapMean[k] as number);
            itemGapSS[k] = (itemGapSS[k] as number) + dg * dg;
          }
        }
      }
      if (answeredE === dItems.length) addDeviations(e, base, dItems, totalE - (totalMeanE[d] as number), d, alphaTotalSSE, alphaMeanE, alphaItemSSE);
      if (answeredP === dItems.length) addDeviations(p, base, dItems, totalP - (totalMeanP[d] as number), d, alphaTotalSSP, alphaMeanP, alphaItemSSP);
    }
  }
  return { itemGapSS, alphaItemSSE, alphaItemSSP, alphaTotalSSE, alphaTotalSSP, perfItemSS };
}

/** Cronbach's alpha from sums of squared deviations (the (n − 1) divisors cancel). */
function alphaFromMoments(compiled: CompiledInstrument, d: number, complete: number, itemSS: Float64Array, totalSS: number): number | null {
  const dItems = compiled.dimensionItems[d] as Int32Array;
  const k = dItems.length;
  if (k < 2 || complete < 2 || !(totalSS > 0)) return null;
  let sumItemSS = 0;
  for (const item of dItems) sumItemSS += itemSS[item] as number;
  return nullable((k / (k - 1)) * (1 - sumItemSS / totalSS));
}

function importanceOf(
  matrix: Float64Array,
  rowList: Int32Array,
  D: number,
  dimensionIds: readonly string[],
  fixed: Float64Array | null,
): { importance: ServqualImportance; weightsUsed: Float64Array | null } {
  let respondents = 0;
  const sums = new Float64Array(D);
  for (let i = 0; i < rowList.length; i++) {
    const base = (rowList[i] as number) * D;
    if (matrix[base] !== matrix[base]) continue;
    respondents += 1;
    for (let d = 0; d < D; d++) sums[d] = (sums[d] as number) + (matrix[base + d] as number);
  }
  const record = (weights: Float64Array): Record<string, number> =>
    Object.fromEntries(dimensionIds.map((id, d) => [id, weights[d] as number]));
  if (fixed !== null) {
    return { importance: { source: "option", weights: record(fixed), respondents, filledWithMean: 0 }, weightsUsed: fixed };
  }
  if (respondents === 0) {
    return { importance: { source: "none", weights: null, respondents: 0, filledWithMean: 0 }, weightsUsed: null };
  }
  const mean = sums.map((sum) => sum / respondents);
  return {
    importance: { source: "respondents", weights: record(mean), respondents, filledWithMean: rowList.length - respondents },
    weightsUsed: mean,
  };
}

function weightedScore(
  dimGap: Float64Array,
  n: number,
  D: number,
  rowList: Int32Array,
  importance: Float64Array,
  fallback: Float64Array | null,
  fixed: boolean,
): { mean: number; n: number } {
  if (fallback === null) return { mean: Number.NaN, n: 0 };
  let sum = 0;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const own = (rowList[i] as number) * D;
    const useOwn = !fixed && importance[own] === importance[own];
    let weightSum = 0;
    let score = 0;
    for (let d = 0; d < D; d++) {
      const g = dimGap[i * D + d] as number;
      if (g !== g) continue;
      const w = useOwn ? (importance[own + d] as number) : (fallback[d] as number);
      weightSum += w;
      score += w * g;
    }
    // Weights renormalise over the dimensions this respondent has a score for.
    if (weightSum > 0) {
      sum += score / weightSum;
      count += 1;
    }
  }
  return { mean: sum / count, n: count };
}

// Decisions (ordering, shortfall) must not flip on the last bits of a sum, which depend on the
// order respondents were added in.
const EPSILON = 1e-12;

function prioritiesOf(dimensions: readonly ServqualDimensionScore[], weights: Float64Array | null): ServqualPriority[] {
  const D = dimensions.length;
  const entries = dimensions.flatMap((dimension, d) => {
    if (dimension.gap === null) return [];
    const importance = weights === null ? 1 / D : (weights[d] as number);
    return [{ d, dimension: dimension.id, label: dimension.label, importance, gap: dimension.gap, weightedGap: importance * dimension.gap, shortfall: dimension.gap < -EPSILON }];
  });
  entries.sort((a, b) => (Math.abs(a.weightedGap - b.weightedGap) > EPSILON ? a.weightedGap - b.weightedGap : a.d - b.d));
  return entries.map(({ d: _d, ...entry }, i) => ({ rank: i + 1, ...entry }));
}

function servperfOf(compiled: CompiledInstrument, pass: FirstPass, deviations: SecondPass, n: number, t975: Quantiles): ServqualServperf {
  const D = compiled.dimensionIds.length;
  const items = compiled.instrument.items.map((item, k) => {
    const count = pass.perfItemN[k] as number;
    const summary = fromMoments(t975, count, pass.perfItemSum[k] as number, deviations.perfItemSS[k] as number);
    return { id: item.id, dimension: item.dimension, perception: summary.mean, n: count, sd: summary.sd };
  });
  const dimensions = compiled.instrument.dimensions.map((dimension, d) => {
    let count = 0;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const x = pass.perfDim[i * D + d] as number;
      if (x === x) {
        count += 1;
        sum += x;
      }
    }
    let ss = 0;
    for (let i = 0; i < n; i++) {
      const x = pass.perfDim[i * D + d] as number;
      if (x === x) ss += (x - sum / count) * (x - sum / count);
    }
    const summary = fromMoments(t975, count, sum, ss);
    return { id: dimension.id, perception: summary.mean, n: count, sd: summary.sd, ci95: summary.ci95 };
  });
  return { items, dimensions, overall: meanOf(dimensions.map((dimension) => dimension.perception)) };
}

function zoneScore(id: string, sums: Float64Array, index: number): ServqualZoneScore {
  const at = index * ZONE_FIELDS;
  const count = sums[at] as number;
  if (count === 0) return { id, adequate: null, desired: null, perception: null, msa: null, mss: null, n: 0, inside: null, below: null, above: null };
  const [sumA, sumD, sumP, inside, below, above] = [1, 2, 3, 4, 5, 6].map((f) => sums[at + f] as number) as [number, number, number, number, number, number];
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

function zoneOf(compiled: CompiledInstrument, zone: ZoneSums): ServqualZoneOfTolerance | null {
  const items = compiled.itemIds.map((id, k) => ({
    ...zoneScore(id, zone.item, k),
    dimension: compiled.dimensionIds[compiled.itemDimension[k] as number] as string,
  }));
  if (items.every((item) => item.n === 0)) return null;
  return { items, dimensions: compiled.dimensionIds.map((id, d) => zoneScore(id, zone.dimension, d)) };
}
