// Exception days: holidays (dated ranges and yearly dates), special days and breaks, resolved to
// the open pieces each local date owns, and the day ranges they disturb. A change on date E can
// alter the slices E−1…E+2 (overnight intervals reach into the next day, breaks into the day
// before's overnight period), so each exception marks [E−1, E+3).

import { civilFromDays, daysFromCivil, daysInMonth, weekdayOfDayNumber, wallToInstant, MS_PER_DAY } from "../../../core/index.js";
import { cutPairs, mergePairs } from "./flat.js";
import type { WallInterval } from "./template.js";

const DAY = MS_PER_DAY;

/** The calendar's rules after validation, in numbers. */
export interface Rules {
  readonly zone: string;
  /** Index 0 = Sunday, as `weekdayOfDayNumber`. */
  readonly week: readonly (readonly WallInterval[])[];
  readonly special: ReadonlyMap<number, readonly WallInterval[]>;
  readonly breaks: ReadonlyMap<number, readonly WallInterval[]>;
  /** Closed date ranges [from, to] (inclusive day numbers), sorted and merged. */
  readonly holidayRanges: readonly (readonly [number, number])[];
  /** Yearly holidays as month * 32 + day. */
  readonly yearly: ReadonlySet<number>;
}

/** Work counters, for tests that check cost does not grow with the span. */
export interface EngineStats {
  yearsBuilt: number;
  slicesEvaluated: number;
}

export interface Exceptions {
  readonly rules: Rules;
  /** Day ranges disturbed by dated exceptions, flat [from, toExclusive), sorted and merged. */
  readonly marks: readonly number[];
  isHoliday(d: number): boolean;
  /** The last day of the holiday range holding d, or undefined. */
  holidayRangeEnd(d: number): number | undefined;
  /** Day ranges disturbed by yearly holidays in local year y (and its neighbours' edges), as pairs. */
  yearlyMarks(y: number, firstDay: number, endDay: number): [number, number][];
  /** Instant of a wall time: day number + ms after midnight. */
  wall(d: number, ms: number): number;
  /** Open intervals owned by local date d (after holidays, special days and breaks), flat instants. */
  ownedPieces(d: number): number[];
  /** Open intervals of the slice of local date d, [m0, m1), flat instants. */
  slice(d: number, m0: number, m1: number): number[];
}

export function createExceptions(rules: Rules, stats: EngineStats): Exceptions {
  const zone = rules.zone;
  const ranges = rules.holidayRanges;

  const rangeAt = (d: number): readonly [number, number] | undefined => {
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = ranges[mid];
      if (r === undefined) return undefined;
      if (d < r[0]) hi = mid - 1;
      else if (d > r[1]) lo = mid + 1;
      else return r;
    }
    return undefined;
  };
  const isYearly = (d: number): boolean => {
    if (rules.yearly.size === 0) return false;
    const { month, day } = civilFromDays(d);
    return rules.yearly.has(month * 32 + day);
  };
  const isHoliday = (d: number): boolean => rangeAt(d) !== undefined || isYearly(d);

  const marked: [number, number][] = [];
  for (const d of rules.special.keys()) marked.push([d - 1, d + 3]);
  for (const d of rules.breaks.keys()) marked.push([d - 1, d + 3]);
  for (const [a, b] of ranges) marked.push([a - 1, b + 3]);
  const marks = mergePairs(marked);

  const wall = (d: number, ms: number): number => wallToInstant(zone, d * DAY + ms);

  const owned = (d: number): readonly WallInterval[] => (isHoliday(d) ? [] : (rules.special.get(d) ?? rules.week[weekdayOfDayNumber(d)] ?? []));

  const ownedPieces = (d: number): number[] => {
    let pieces: [number, number][] = [];
    for (const [s, e] of owned(d)) {
      const a = wall(d, s);
      const b = wall(d, e);
      if (a < b) pieces.push([a, b]);
    }
    if (pieces.length === 0) return [];
    for (const day of [d, d + 1]) {
      for (const [s, e] of rules.breaks.get(day) ?? []) pieces = cutPairs(pieces, wall(day, s), wall(day, e));
    }
    return mergePairs(pieces);
  };

  const slice = (d: number, m0: number, m1: number): number[] => {
    stats.slicesEvaluated += 1;
    const all: [number, number][] = [];
    for (let e = d - 2; e <= d; e++) {
      const p = ownedPieces(e);
      for (let k = 0; k + 1 < p.length; k += 2) {
        const s = Math.max(p[k] ?? m1, m0);
        const t = Math.min(p[k + 1] ?? m0, m1);
        if (s < t) all.push([s, t]);
      }
    }
    return mergePairs(all);
  };

  const yearlyMarks = (y: number, firstDay: number, endDay: number): [number, number][] => {
    const out: [number, number][] = [];
    for (let yy = y - 1; yy <= y + 1; yy++) {
      for (const key of rules.yearly) {
        const month = Math.floor(key / 32);
        const day = key % 32;
        if (day > daysInMonth(yy, month)) continue;
        const d = daysFromCivil(yy, month, day);
        if (d + 3 > firstDay && d - 1 < endDay) out.push([d - 1, d + 3]);
      }
    }
    return out;
  };

  return {
    rules,
    marks,
    isHoliday,
    holidayRangeEnd: (d) => rangeAt(d)?.[1],
    yearlyMarks,
    wall,
    ownedPieces,
    slice,
  };
}
