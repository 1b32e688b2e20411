// The weekly template: the union of every weekday's opening intervals on a cyclic week of wall
// time, cut into local days, with prefix sums of open time, closed time and business days over a
// week. A run of ordinary days is then summed arithmetically (whole weeks × the week's total plus
// part of a week), and "the day where a running total reaches v" is a division.

import { MS_PER_DAY } from "../../../core/index.js";
import { mergePairs, pairsOf } from "./flat.js";

const DAY = MS_PER_DAY;
const WEEK = 7 * DAY;
/** Day number 3 (1970-01-04) is a Sunday: prefix sums run over weeks starting there. */
const SUNDAY = 3;

/** [start, end) in wall milliseconds from the owning date's midnight; end may pass 24:00 (overnight). */
export type WallInterval = readonly [number, number];

/** Prefix sums over one week from Sunday: `at[w]` is the total of weekdays before w; `at[7]` the week's. */
export interface WeekSums {
  readonly at: readonly [number, number, number, number, number, number, number, number];
  readonly week: number;
}

export interface Template {
  /** Per weekday (0 = Sunday): open wall intervals within that local day, flat, relative to its midnight. */
  readonly open: readonly (readonly number[])[];
  /** Per weekday: the closed gaps of that day. */
  readonly closed: readonly (readonly number[])[];
  /** Open time, closed time and business days per week. */
  readonly openSums: WeekSums;
  readonly closedSums: WeekSums;
  readonly daySums: WeekSums;
}

function sums(perDay: readonly number[]): WeekSums {
  const at: number[] = [0];
  let total = 0;
  for (let w = 0; w < 7; w++) {
    total += perDay[w] ?? 0;
    at.push(total);
  }
  return { at: at as unknown as WeekSums["at"], week: total };
}

/** The template of a week given per weekday (index 0 = Sunday). */
export function createTemplate(week: readonly (readonly WallInterval[])[]): Template {
  const raw: [number, number][] = [];
  week.forEach((list, w) => {
    for (const [s, e] of list) {
      const a = w * DAY + s;
      const b = w * DAY + e;
      if (b <= WEEK) raw.push([a, b]);
      else raw.push([a, WEEK], [0, b - WEEK]);
    }
  });
  const weekSet = pairsOf(mergePairs(raw));
  const open: number[][] = [];
  const closed: number[][] = [];
  const openTotals: number[] = [];
  for (let w = 0; w < 7; w++) {
    const lo = w * DAY;
    const hi = lo + DAY;
    const dayOpen: number[] = [];
    const dayClosed: number[] = [];
    let cursor = 0;
    let total = 0;
    for (const [a, b] of weekSet) {
      const s = Math.max(a, lo) - lo;
      const e = Math.min(b, hi) - lo;
      if (s >= e) continue;
      dayOpen.push(s, e);
      if (s > cursor) dayClosed.push(cursor, s);
      total += e - s;
      cursor = e;
    }
    if (cursor < DAY) dayClosed.push(cursor, DAY);
    open.push(dayOpen);
    closed.push(dayClosed);
    openTotals.push(total);
  }
  return {
    open,
    closed,
    openSums: sums(openTotals),
    closedSums: sums(openTotals.map((t) => DAY - t)),
    daySums: sums(week.map((list) => (list.length > 0 ? 1 : 0))),
  };
}

/** The weekly total counted over days before day number d (from an arbitrary, fixed origin). */
export function sumBefore(p: WeekSums, d: number): number {
  const k = Math.floor((d - SUNDAY) / 7);
  return k * p.week + p.at[d - SUNDAY - 7 * k]!;
}

/** Smallest day E with sumBefore(E) ≥ v (strict: > v). The week's total must be positive. */
export function dayReaching(p: WeekSums, v: number, strict: boolean): number {
  let k = Math.floor(v / p.week);
  let r = v - k * p.week;
  if (!strict && r === 0) {
    // Days with nothing to count at the end of the previous week may already reach v.
    k -= 1;
    r = p.week;
  }
  let j = 0;
  while (j < 7 && (strict ? p.at[j]! <= r : p.at[j]! < r)) j++;
  return SUNDAY + 7 * k + j;
}
