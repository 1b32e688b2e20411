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
import type { FactInfo, FactTests, Scalar, TierRow } from "./model.js";
import { add, cmp, currencyExponent, div, floorRatio, formatRatio, mul, parseDecimal, pow10, ratio, sub, type Ratio } from "./money.js";

const MAX_CELLS = 200_000;
const OTHER = "\u0000other";

interface Sample {
  readonly value: Scalar;
  readonly text: string;
  /** Inside the key's range: an uncovered in-range cell is a gap. */
  readonly inRange: boolean;
}

/** The granularity of a key's values: whole numbers, whole milliseconds, minor units; undefined = any. */
function stepOf(info: FactInfo): Ratio | undefined {
  if (info.type === "instant" || (info.type === "number" && info.integer)) return ratio(1n);
  if (info.type === "money") return ratio(1n, pow10(currencyExponent(info.currency as string) as number));
  return undefined;
}

function orderedSamples(info: FactInfo, bands: readonly (FactTests | undefined)[]): Sample[] {
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
  const raw: { value: Ratio; text: string }[] = [];
  const first = unique[0];
  const last = unique[unique.length - 1];
  if (first === undefined || last === undefined) return [{ value: ratio(0n), text: `any ${info.name}`, inRange: true }];
  raw.push({ value: sub(first, step ?? ratio(1n)), text: `${info.name} < ${formatRatio(first)}` });
  unique.forEach((b, i) => {
    raw.push({ value: b, text: `${info.name} = ${formatRatio(b)}` });
    const next = unique[i + 1];
    if (next === undefined) return;
    const inside = step === undefined ? div(add(b, next), ratio(2n)) : mul(ratio(floorRatio(div(b, step)) + 1n), step);
    if (cmp(inside, next) < 0) raw.push({ value: inside, text: `${formatRatio(b)} < ${info.name} < ${formatRatio(next)}` });
  });
  raw.push({ value: add(last, step ?? ratio(1n)), text: `${info.name} > ${formatRatio(last)}` });
  // Without a declared range, the range is the span the rows cover along this key.
  const covers = (x: Ratio): boolean => bands.some((band) => band === undefined || passes(band.tests, x));
  const coveredIndexes = raw.map((sample, i) => (covers(sample.value) ? i : -1)).filter((i) => i >= 0);
  const lo = coveredIndexes[0] ?? 0;
  const hi = coveredIndexes[coveredIndexes.length - 1] ?? -1;
  return raw.map((sample, i) => ({
    ...sample,
    inRange:
      (declaredMin === undefined ? i >= lo : cmp(sample.value, declaredMin) >= 0) &&
      (declaredMax === undefined ? i <= hi : cmp(sample.value, declaredMax) <= 0),
  }));
}

function categoricalSamples(info: FactInfo, bands: readonly (FactTests | undefined)[]): Sample[] {
  if (info.type === "boolean") return [true, false].map((value) => ({ value, text: `${info.name} = ${value}`, inRange: true }));
  const listed = new Set<string>(info.values ?? []);
  for (const band of bands) {
    for (const test of band?.tests ?? []) {
      if ("value" in test && typeof test.value === "string") listed.add(test.value);
      if ("values" in test) for (const x of test.values) if (typeof x === "string") listed.add(x);
    }
  }
  const samples: Sample[] = [...listed].map((value) => ({ value, text: `${info.name} = ${JSON.stringify(value)}`, inRange: true }));
  // Undeclared values can still arrive: rows must not overlap on them, but need not cover them.
  if (info.values === undefined) samples.push({ value: OTHER, text: `${info.name} = any other value`, inRange: false });
  return samples;
}

export interface TierProblem {
  readonly code: "tier_overlap" | "tier_gap" | "tier_table_too_large";
  readonly path: IssuePath;
  readonly params: Record<string, unknown>;
}

/** Overlaps (always) and gaps (with complete coverage) of a table's rows, as issues under the table. */
export function checkTierPartition(keys: readonly FactInfo[], rows: readonly TierRow[], coverage: "complete" | "partial"): TierProblem[] {
  const bandOf = (row: TierRow, key: string): FactTests | undefined => row.bands.find((band) => band.fact === key);
  const axes = keys.map((info) => {
    const bands = rows.map((row) => bandOf(row, info.name));
    return info.type === "string" || info.type === "boolean" ? categoricalSamples(info, bands) : orderedSamples(info, bands);
  });
  const cells = axes.reduce((n, axis) => n * axis.length, 1);
  if (cells > MAX_CELLS) return [{ code: "tier_table_too_large", path: [], params: { cells } }];
  const problems: TierProblem[] = [];
  const overlaps = new Set<string>();
  let gaps = 0;
  const index = keys.map(() => 0);
  for (let cell = 0; cell < cells; cell++) {
    let rest = cell;
    for (let k = axes.length - 1; k >= 0; k--) {
      const size = (axes[k] as Sample[]).length;
      index[k] = rest % size;
      rest = Math.floor(rest / size);
    }
    const samples = axes.map((axis, k) => axis[index[k] as number] as Sample);
    const covering = rows.filter((row) =>
      keys.every((info, k) => {
        const band = bandOf(row, info.name);
        return band === undefined || passes(band.tests, (samples[k] as Sample).value);
      }),
    );
    const at = samples.map((sample) => sample.text).join(", ");
    if (covering.length > 1) {
      const [a, b] = covering as [TierRow, TierRow];
      const pair = `${a.index}:${b.index}`;
      if (!overlaps.has(pair)) {
        overlaps.add(pair);
        problems.push({ code: "tier_overlap", path: ["rows", b.index], params: { first: a.id ?? a.index, second: b.id ?? b.index, at } });
      }
    } else if (covering.length === 0 && coverage === "complete" && samples.every((sample) => sample.inRange) && gaps < 3) {
      gaps += 1;
      problems.push({ code: "tier_gap", path: ["rows"], params: { at } });
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
export function findTierRow(rows: readonly TierRow[], values: ReadonlyMap<string, Scalar>): { readonly row: TierRow | undefined; readonly missing: readonly string[] } {
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
