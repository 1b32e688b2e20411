// Interval lists as flat number arrays [s0, e0, s1, e1, …]: the engine's one representation of a
// set of half-open intervals, sorted and disjoint once merged.

/** Sorted, merged union of `[start, end)` pairs, as a flat list. Touching pairs merge. */
export function mergePairs(pairs: (readonly [number, number])[]): number[] {
  pairs.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  let end = Number.NEGATIVE_INFINITY;
  for (const [s, e] of pairs) {
    if (out.length > 0 && s <= end) {
      if (e > end) {
        end = e;
        out[out.length - 1] = e;
      }
    } else {
      out.push(s, e);
      end = e;
    }
  }
  return out;
}

/** `pairs` with `[cut, cutEnd)` removed. */
export function cutPairs(pairs: readonly (readonly [number, number])[], cut: number, cutEnd: number): [number, number][] {
  const out: [number, number][] = [];
  for (const [s, e] of pairs) {
    if (cutEnd <= s || cut >= e) out.push([s, e]);
    else {
      if (s < cut) out.push([s, cut]);
      if (cutEnd < e) out.push([cutEnd, e]);
    }
  }
  return out;
}

/** The pairs of a flat list. */
export function pairsOf(flat: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 0; k + 1 < flat.length; k += 2) out.push([flat[k] as number, flat[k + 1] as number]);
  return out;
}

/** The gaps of a flat list within [from, to). */
export function gapsOf(flat: readonly number[], from: number, to: number): number[] {
  const out: number[] = [];
  let cursor = from;
  for (const [s, e] of pairsOf(flat)) {
    if (s > cursor) out.push(cursor, s);
    cursor = e;
  }
  if (cursor < to) out.push(cursor, to);
  return out;
}

/** Total length of a flat list. */
export function lengthOf(flat: readonly number[]): number {
  let sum = 0;
  for (const [s, e] of pairsOf(flat)) sum += e - s;
  return sum;
}
