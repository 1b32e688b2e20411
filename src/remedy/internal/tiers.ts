// Tier tables: checking at definition time that rows never overlap and (with complete coverage)
// leave no gap, and finding the row that covers a decision's facts.
//
// The check is exact and finite: along each key, every bound any row mentions splits the line into
// points and open intervals; one sample per piece (the smallest representable value inside an open
// interval for integer facts, instants and money) stands for the whole piece, because no row can
// tell two values of one piece apart. Every combination of samples is then a cell, covered by 0, 1
// or several rows.
import type { IssuePath } from "../../core/index.js";
import { passes } from "./conditions.js";
import type { FactInfo, FactTests, Scalar, Test, TierRow } from "./model.js";
import { add, cmp, currencyExponent, div, floorRatio, formatRatio, mul, parseDecimal, pow10, ratio, sub, type Ratio } from "./money.js";

const MAX_CELLS = 200_000;
/** Most samples along one key (about two per distinct bound): a larger table is refused as too large. */
const MAX_AXIS = 1_000;
const OTHER = "\u0000other";

/** The granularity of a key's values: whole numbers, whole milliseconds, minor units; undefined = any. */
function stepOf(info: FactInfo): Ratio | undefined {
  if (info.type === "instant" || (info.type === "number" && info.integer)) return ratio(1n);
  if (info.type === "money") return ratio(1n, pow10(currencyExponent(info.currency as string) as number));
  return undefined;
}

interface Axis {
  readonly samples: readonly { readonly value: Scalar; readonly text: string }[];
  /** Ordered keys: the declared range, else the span the rows cover, decides what is in range. */
  readonly ordered: boolean;
  readonly declaredMin: Ratio | undefined;
  readonly declaredMax: Ratio | undefined;
  /** Categorical keys: whether each sample must be covered. */
  readonly required: readonly boolean[];
}

function orderedAxis(info: FactInfo, bands: readonly (FactTests | undefined)[]): Axis {
  const bounds: Ratio[] = [];
  for (const band of bands) {
    for (const test of band?.tests ?? []) {
      if ("value" in test && typeof test.value === "object") bounds.push(test.value);
      if ("values" in test) for (const x of test.values) if (typeof x === "object") bounds.push(x);
    }
  }
  const declaredMin = info.type === "money" ? ratio(0n) : info.min === undefined ? undefined : parseDecimal(info.min);
  const declaredMax = info.max === undefined ? undefined : parseDecimal(info.max);
  if (declaredMin !== undefined) bounds.push(declaredMin);
  if (declaredMax !== undefined) bounds.push(declaredMax);
  bounds.sort(cmp);
  const unique = bounds.filter((b, i) => i === 0 || cmp(b, bounds[i - 1] as Ratio) !== 0);
  const step = stepOf(info);
  const first = unique[0];
  const last = unique[unique.length - 1];
  if (first === undefined || last === undefined) {
    return { ordered: true, declaredMin: undefined, declaredMax: undefined, required: [], samples: [{ value: ratio(0n), text: `any ${info.name}` }] };
  }
  const samples: { value: Ratio; text: string }[] = [{ value: sub(first, step ?? ratio(1n)), text: `${info.name} < ${formatRatio(first)}` }];
  unique.forEach((b, i) => {
    samples.push({ value: b, text: `${info.name} = ${formatRatio(b)}` });
    const next = unique[i + 1];
    if (next === undefined) return;
    const inside = step === undefined ? div(add(b, next), ratio(2n)) : mul(ratio(floorRatio(div(b, step)) + 1n), step);
    if (cmp(inside, next) < 0) samples.push({ value: inside, text: `${formatRatio(b)} < ${info.name} < ${formatRatio(next)}` });
  });
  samples.push({ value: add(last, step ?? ratio(1n)), text: `${info.name} > ${formatRatio(last)}` });
  return { ordered: true, declaredMin, declaredMax, required: [], samples };
}

function categoricalAxis(info: FactInfo, bands: readonly (FactTests | undefined)[]): Axis {
  const axis = { ordered: false, declaredMin: undefined, declaredMax: undefined };
  if (info.type === "boolean") return { ...axis, samples: [true, false].map((value) => ({ value, text: `${info.name} = ${value}` })), required: [true, true] };
  const listed = new Set<string>(info.values ?? []);
  for (const band of bands) {
    for (const test of band?.tests ?? []) {
      if ("value" in test && typeof test.value === "string") listed.add(test.value);
      if ("values" in test) for (const x of test.values) if (typeof x === "string") listed.add(x);
    }
  }
  const samples = [...listed].map((value) => ({ value, text: `${info.name} = ${JSON.stringify(value)}` }));
  const required = samples.map(() => true);
  // Undeclared values can still arrive: rows must not overlap on them, but need not cover them.
  if (info.values === undefined) {
    samples.push({ value: OTHER, text: `${info.name} = any other value` });
    required.push(false);
  }
  return { ...axis, samples, required };
}

/**
 * A band's tests on an ordered key as a test on sample indexes. Samples are sorted and every bound
 * a test names is itself a sample, so comparing ranks is exact and costs no bigint arithmetic.
 */
function rankTest(tests: readonly Test[], samples: Axis["samples"]): (i: number) => boolean {
  const rankOf = (value: Scalar): number => {
    let lo = 0;
    let hi = samples.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = cmp((samples[mid] as { value: Ratio }).value, value as Ratio);
      if (c === 0) return mid;
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };
  const checks = tests.map((test): ((i: number) => boolean) => {
    switch (test.op) {
      case "gte": {
        const r = rankOf(test.value);
        return (i) => i >= r;
      }
      case "gt": {
        const r = rankOf(test.value);
        return (i) => i > r;
      }
      case "lte": {
        const r = rankOf(test.value);
        return (i) => i <= r;
      }
      case "lt": {
        const r = rankOf(test.value);
        return (i) => i < r;
      }
      case "eq": {
        const r = rankOf(test.value);
        return (i) => i === r;
      }
      case "ne": {
        const r = rankOf(test.value);
        return (i) => i !== r;
      }
      case "in": {
        const ranks = new Set(test.values.map(rankOf));
        return (i) => ranks.has(i);
      }
      case "notIn": {
        const ranks = new Set(test.values.map(rankOf));
        return (i) => !ranks.has(i);
      }
    }
  });
  return (i) => checks.every((check) => check(i));
}

export interface TierProblem {
  readonly code: "tier_overlap" | "tier_gap" | "tier_table_too_large";
  readonly path: IssuePath;
  readonly params: Record<string, unknown>;
}

/**
 * Overlaps (always) and gaps (with complete coverage) of a table's rows, as issues under the table.
 * Each sample of each key gets a bit set of the rows whose band admits it (rows × samples tests);
 * a cell's covering rows are the AND of its samples' sets, so walking the cells costs words, not
 * rows × keys comparisons.
 */
export function checkTierPartition(keys: readonly FactInfo[], rows: readonly TierRow[], coverage: "complete" | "partial"): TierProblem[] {
  const bandOf = (row: TierRow, key: string): FactTests | undefined => row.bands.find((band) => band.fact === key);
  const axes = keys.map((info) => {
    const bands = rows.map((row) => bandOf(row, info.name));
    return info.type === "string" || info.type === "boolean" ? categoricalAxis(info, bands) : orderedAxis(info, bands);
  });
  const cells = axes.reduce((n, axis) => n * axis.samples.length, 1);
  if (cells > MAX_CELLS || axes.some((axis) => axis.samples.length > MAX_AXIS)) return [{ code: "tier_table_too_large", path: [], params: { cells } }];
  const words = Math.ceil(rows.length / 32);
  const masks = keys.map((info, k) => {
    const axis = axes[k] as Axis;
    const masks = axis.samples.map(() => new Uint32Array(words));
    rows.forEach((row, r) => {
      const band = bandOf(row, info.name);
      const admits =
        band === undefined
          ? () => true
          : axis.ordered
            ? rankTest(band.tests, axis.samples)
            : (i: number) => passes(band.tests, (axis.samples[i] as { value: Scalar }).value);
      masks.forEach((mask, i) => {
        if (admits(i)) mask[r >>> 5] = (mask[r >>> 5] as number) | (1 << (r & 31));
      });
    });
    return masks;
  });
  const inRange = axes.map((axis, k) => {
    if (!axis.ordered) return axis.required;
    // Without a declared range, the range is the span the rows cover along this key.
    const covered = (masks[k] as Uint32Array[]).map((mask) => mask.some((word) => word !== 0));
    const lo = covered.indexOf(true);
    const hi = covered.lastIndexOf(true);
    return axis.samples.map(
      (sample, i) =>
        (axis.declaredMin === undefined ? lo >= 0 && i >= lo : cmp(sample.value as Ratio, axis.declaredMin) >= 0) &&
        (axis.declaredMax === undefined ? i <= hi : cmp(sample.value as Ratio, axis.declaredMax) <= 0),
    );
  });
  const problems: TierProblem[] = [];
  const overlaps = new Set<string>();
  let gaps = 0;
  const sizes = axes.map((axis) => axis.samples.length);
  const index = keys.map(() => 0);
  const at = (): string => axes.map((axis, k) => (axis.samples[index[k] as number] as { text: string }).text).join(", ");
  for (let cell = 0; cell < cells; cell++) {
    // Odometer over the axes: no division and no allocation per cell.
    for (let k = sizes.length - 1; cell > 0 && k >= 0; k--) {
      index[k] = (index[k] as number) + 1;
      if ((index[k] as number) < (sizes[k] as number)) break;
      index[k] = 0;
    }
    let first = -1;
    let second = -1;
    for (let w = 0; w < words && second < 0; w++) {
      let word = 0xffffffff;
      for (let k = 0; k < masks.length; k++) word &= ((masks[k] as Uint32Array[])[index[k] as number] as Uint32Array)[w] as number;
      while (word !== 0 && second < 0) {
        const row = w * 32 + (31 - Math.clz32(word & -word));
        if (first < 0) first = row;
        else second = row;
        word &= word - 1;
      }
    }
    if (second >= 0) {
      const a = rows[first] as TierRow;
      const b = rows[second] as TierRow;
      const pair = `${a.index}:${b.index}`;
      if (!overlaps.has(pair)) {
        overlaps.add(pair);
        problems.push({ code: "tier_overlap", path: ["rows", b.index], params: { first: a.id ?? a.index, second: b.id ?? b.index, at: at() } });
      }
    } else if (first < 0 && coverage === "complete" && gaps < 3 && inRange.every((flags, k) => flags[index[k] as number] === true)) {
      gaps += 1;
      problems.push({ code: "tier_gap", path: ["rows"], params: { at: at() } });
    }
  }
  return problems;
}

/**
 * The row covering `values` (one value per key; an absent key is a missing fact), three-valued: a
 * row whose bands all hold is the answer (rows never overlap, so no other row could hold for any
 * value of a missing fact); a band on a missing fact leaves its row undecided, and those facts are
 * reported only when no row holds. A row's omitted key matches any value, present or not.
 */
export function findTierRow(
  rows: readonly TierRow[],
  values: ReadonlyMap<string, Scalar>,
): { readonly row: TierRow | undefined; readonly missing: readonly string[] } {
  const missing = new Set<string>();
  for (const row of rows) {
    const unknown: string[] = [];
    let fails = false;
    for (const band of row.bands) {
      const value = values.get(band.fact);
      if (value === undefined) unknown.push(band.fact);
      else if (!passes(band.tests, value)) {
        fails = true;
        break;
      }
    }
    if (fails) continue;
    if (unknown.length === 0) return { row, missing: [] };
    for (const fact of unknown) missing.add(fact);
  }
  return { row: undefined, missing: [...missing] };
}
