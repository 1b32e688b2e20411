// The compiled business calendar and its arithmetic.
//
// Time is cut into local-day *slices* [midnight(D), midnight(D+1)) in the calendar's zone. A slice
// is *regular* when nothing special happens near it (no holiday, special day or break on D−2…D+1,
// no offset change within two days): its open time is then the weekly template shifted by the
// zone offset, and a run of regular days is summed arithmetically (whole weeks × week total + a
// partial week). Every other slice is evaluated explicitly once, when its year is first needed,
// and stored with its totals; long holiday ranges collapse into one closed run.
//
// Each year (local dates Jan 1–Dec 31) is a sorted list of segments (regular run | explicit day |
// closed run) with cumulative totals at their starts, and years carry cumulative totals from the
// first year built, so:
//   C(t)  = open time before t (from an arbitrary origin),  K(t) = t − C(t) (closed time),
//   B(D)  = business days before local date D,
// are O(log n) lookups, `between = C(b) − C(a)`, and every search ("the first instant where C
// reaches V") is a binary search over years and segments followed by a bounded scan of one slice.
// Whether an answer exists at all is decided from the rules (is the weekly part ever open/closed,
// where do the dated exceptions end), never by scanning.

import { civilFromDays, daysFromCivil, MS_PER_DAY, weekdayOfDayNumber } from "../../core/index.js";
import { wallToInstant, zoneOffsetLookup, zoneTransitions } from "../../core/index.js";

const DAY = MS_PER_DAY;
const WEEK = 7 * DAY;
/** Local years the engine covers. */
export const MIN_YEAR = 1;
export const MAX_YEAR = 9999;

/** [start, end) in wall milliseconds from the owning date's midnight; end may pass 24:00 (overnight). */
export type WallInterval = readonly [number, number];

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

// Segment kinds (plain numbers: enums cost a property read per use once transpiled per file).
const REGULAR = 0;
const EXPLICIT = 1;
const CLOSED = 2;
type Kind = typeof REGULAR | typeof EXPLICIT | typeof CLOSED;

/** Which cumulative quantity a search runs on: open time (C) or closed time (K). */
export const enum Pol {
  Open = 0,
  Closed = 1,
}

interface Year {
  readonly y: number;
  readonly firstDay: number;
  readonly endDay: number;
  readonly kind: Kind[];
  readonly startDay: number[];
  /** Open time before each segment start, relative to the year start. */
  readonly c0: number[];
  /** Instant of each segment's start (local midnight). */
  readonly m0: number[];
  /** Business days before each segment start, relative to the year start. */
  readonly b0: number[];
  /** Regular runs: the zone offset; others: 0. */
  readonly off: number[];
  /** Explicit days: open intervals as flat [s, e, s, e…] instants. */
  readonly ivs: (readonly number[] | undefined)[];
  /** Explicit days: whether the date owns open time. */
  readonly bd: boolean[];
  readonly openTotal: number;
  readonly bdTotal: number;
  readonly mEnd: number;
  cBase: number;
  bBase: number;
}

/** Work counters, for tests that check cost does not grow with the span. */
export interface EngineStats {
  yearsBuilt: number;
  slicesEvaluated: number;
}

export interface Engine {
  readonly rules: Rules;
  readonly stats: EngineStats;
  /** Cumulative open (Pol.Open) or closed (Pol.Closed) time at instant t. */
  cumulative(pol: Pol, t: number): number;
  /** Earliest instant u with F(u) ≥ V (strict: F(u) > V), or null when none exists. */
  reach(pol: Pol, v: number, strict: boolean, hint: number): number | null;
  isOpen(t: number): boolean;
  /** Business days before local date d. */
  businessDaysBefore(d: number): number;
  /** Smallest day X with B(X) ≥ target, or null. */
  reachBusinessDays(target: number, hintDay: number): number | null;
  /** Open intervals owned by local date d (after holidays, special days and breaks), flat instants. */
  ownedPieces(d: number): number[];
  /** Instant of a wall time: day number + ms after midnight. */
  wall(d: number, ms: number): number;
  /** Local date (day number) of an instant. */
  localDay(t: number): number;
}

// ---------------------------------------------------------------------------------------------

function mergeFlat(list: number[][]): number[] {
  list.sort((a, b) => (a[0] as number) - (b[0] as number));
  const out: number[] = [];
  for (const [s, e] of list as [number, number][]) {
    const n = out.length;
    if (n > 0 && s <= (out[n - 1] as number)) {
      if (e > (out[n - 1] as number)) out[n - 1] = e;
    } else out.push(s, e);
  }
  return out;
}

function subtractFlat(pieces: number[][], cut: number, cutEnd: number): number[][] {
  const out: number[][] = [];
  for (const [s, e] of pieces as [number, number][]) {
    if (cutEnd <= s || cut >= e) out.push([s, e]);
    else {
      if (s < cut) out.push([s, cut]);
      if (cutEnd < e) out.push([cutEnd, e]);
    }
  }
  return out;
}

export function createEngine(rules: Rules): Engine {
  const zone = rules.zone;
  const stats: EngineStats = { yearsBuilt: 0, slicesEvaluated: 0 };
  const offsetAt = zoneOffsetLookup(zone);

  // ---- weekly template: the union of every weekday's intervals on a cyclic week of wall time.
  const raw: number[][] = [];
  rules.week.forEach((list, w) => {
    for (const [s, e] of list) {
      const a = w * DAY + s;
      const b = w * DAY + e;
      if (b <= WEEK) raw.push([a, b]);
      else {
        raw.push([a, WEEK]);
        raw.push([0, b - WEEK]);
      }
    }
  });
  const weekSet = mergeFlat(raw);
  const openTpl: number[][] = [];
  const closedTpl: number[][] = [];
  const rate: [number[], number[]] = [[], []];
  for (let w = 0; w < 7; w++) {
    const lo = w * DAY;
    const hi = lo + DAY;
    const open: number[] = [];
    for (let i = 0; i < weekSet.length; i += 2) {
      const s = Math.max(weekSet[i] as number, lo);
      const e = Math.min(weekSet[i + 1] as number, hi);
      if (s < e) open.push(s - lo, e - lo);
    }
    const closed: number[] = [];
    let cursor = 0;
    let total = 0;
    for (let i = 0; i < open.length; i += 2) {
      if ((open[i] as number) > cursor) closed.push(cursor, open[i] as number);
      total += (open[i + 1] as number) - (open[i] as number);
      cursor = open[i + 1] as number;
    }
    if (cursor < DAY) closed.push(cursor, DAY);
    openTpl.push(open);
    closedTpl.push(closed);
    rate[0].push(total);
    rate[1].push(DAY - total);
  }
  const bdRate = rules.week.map((list) => (list.length > 0 ? 1 : 0));
  // Prefix sums over a week starting on Sunday (day number 3 = 1970-01-04 is a Sunday).
  const prefix = (r: number[]): number[] => {
    const p = [0];
    for (let i = 0; i < 7; i++) p.push((p[i] as number) + (r[i] as number));
    return p;
  };
  const pre: [number[], number[]] = [prefix(rate[0]), prefix(rate[1])];
  const bdPre = prefix(bdRate);
  const cumDays = (p: number[], d: number): number => {
    const k = Math.floor((d - 3) / 7);
    return k * (p[7] as number) + (p[d - 3 - 7 * k] as number);
  };
  /** Smallest day E with cum(E) ≥ v (strict: > v); the weekly total must be positive. */
  const invDays = (p: number[], v: number, strict: boolean): number => {
    const total = p[7] as number;
    let k = Math.floor(v / total);
    let r = v - k * total;
    if (!strict && r === 0) {
      // Days with nothing to count at the end of the previous week may already reach v.
      k -= 1;
      r = total;
    }
    let j = 0;
    while (strict ? (p[j] as number) <= r : (p[j] as number) < r) j++;
    return 3 + 7 * k + j;
  };

  // ---- what never ends: does the weekly part ever open / close / own a business day?
  const yearlyAll = rules.yearly.size >= 366;
  const periodicOpen = (pre[0][7] as number) > 0 && !yearlyAll;
  const periodicClosed = (pre[1][7] as number) > 0 || rules.yearly.size > 0;
  const periodicBd = (bdPre[7] as number) > 0 && !yearlyAll;

  // ---- dated exceptions: marked day ranges (a change on day E can alter slices E−1…E+2).
  const finiteMarks: number[][] = [];
  for (const d of rules.special.keys()) finiteMarks.push([d - 1, d + 3]);
  for (const d of rules.breaks.keys()) finiteMarks.push([d - 1, d + 3]);
  for (const [a, b] of rules.holidayRanges) finiteMarks.push([a - 1, b + 3]);
  const marks = mergeFlat(finiteMarks); // flat [a, bExclusive)
  let firstFinite = Number.POSITIVE_INFINITY;
  let lastFinite = Number.NEGATIVE_INFINITY;
  if (marks.length > 0) {
    firstFinite = civilFromDays(marks[0] as number).year;
    lastFinite = civilFromDays(marks[marks.length - 1] as number).year;
  }

  const ranges = rules.holidayRanges;
  const rangeIndex = (d: number): number => {
    // Index of the range containing d, or -1.
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = ranges[mid]!;
      if (d < r[0]) hi = mid - 1;
      else if (d > r[1]) lo = mid + 1;
      else return mid;
    }
    return -1;
  };
  const isYearly = (d: number): boolean => {
    if (rules.yearly.size === 0) return false;
    const { month, day } = civilFromDays(d);
    return rules.yearly.has(month * 32 + day);
  };
  const isHoliday = (d: number): boolean => rangeIndex(d) >= 0 || isYearly(d);

  const wall = (d: number, ms: number): number => wallToInstant(zone, d * DAY + ms);

  const owned = (d: number): readonly WallInterval[] =>
    isHoliday(d) ? [] : (rules.special.get(d) ?? rules.week[weekdayOfDayNumber(d)] ?? []);

  /** Open pieces owned by date d, resolved to instants, minus breaks on d and d + 1. */
  const ownedPieces = (d: number): number[] => {
    let pieces: number[][] = [];
    for (const [s, e] of owned(d)) {
      const a = wall(d, s);
      const b = wall(d, e);
      if (a < b) pieces.push([a, b]);
    }
    if (pieces.length === 0) return [];
    for (const bd of [d, d + 1]) {
      const list = rules.breaks.get(bd);
      if (list === undefined) continue;
      for (const [s, e] of list) pieces = subtractFlat(pieces, wall(bd, s), wall(bd, e));
    }
    return mergeFlat(pieces);
  };

  /** Open intervals of slice d (explicitly), flat instants, plus its bounds. */
  const evaluateSlice = (d: number, m0: number, m1: number): number[] => {
    stats.slicesEvaluated += 1;
    const all: number[][] = [];
    for (let e = d - 2; e <= d; e++) {
      const p = ownedPieces(e);
      for (let i = 0; i < p.length; i += 2) {
        const s = Math.max(p[i] as number, m0);
        const t = Math.min(p[i + 1] as number, m1);
        if (s < t) all.push([s, t]);
      }
    }
    return mergeFlat(all);
  };

  // ---- years, built lazily and kept contiguous so cumulative totals share one origin.
  const years = new Map<number, Year>();
  let loYear = 0;
  let hiYear = -1;

  const buildYear = (y: number): Year => {
    stats.yearsBuilt += 1;
    const firstDay = daysFromCivil(y, 1, 1);
    const endDay = daysFromCivil(y + 1, 1, 1);
    // Marked days of this year, as flat [a, bExclusive).
    const local: number[][] = [];
    for (let i = 0; i < marks.length; i += 2) {
      const a = marks[i] as number;
      const b = marks[i + 1] as number;
      if (b > firstDay && a < endDay) local.push([a, b]);
    }
    if (rules.yearly.size > 0) {
      for (let yy = y - 1; yy <= y + 1; yy++) {
        for (const key of rules.yearly) {
          const month = Math.floor(key / 32);
          const day = key % 32;
          if (day > 28 && day > daysInMonthOf(yy, month)) continue;
          const d = daysFromCivil(yy, month, day);
          if (d + 3 > firstDay && d - 1 < endDay) local.push([d - 1, d + 3]);
        }
      }
    }
    // Offset changes: only where a year is not entirely closed.
    const fullyClosed = (() => {
      const r = rangeIndex(firstDay - 2);
      return r >= 0 && (ranges[r] as readonly [number, number])[1] >= endDay;
    })();
    if (!fullyClosed) {
      for (const tr of zoneTransitions(zone, (firstDay - 3) * DAY, (endDay + 3) * DAY)) {
        const d1 = Math.floor((tr.at + Math.min(tr.before, tr.after)) / DAY);
        const d2 = Math.floor((tr.at + Math.max(tr.before, tr.after)) / DAY);
        local.push([d1 - 2, d2 + 3]);
      }
    }
    const marked = mergeFlat(local);

    const year: Year = {
      y,
      firstDay,
      endDay,
      kind: [],
      startDay: [],
      c0: [],
      m0: [],
      b0: [],
      off: [],
      ivs: [],
      bd: [],
      openTotal: 0,
      bdTotal: 0,
      mEnd: 0,
      cBase: 0,
      bBase: 0,
    };
    let c = 0;
    let b = 0;
    const pushRegular = (from: number, to: number): void => {
      const o = offsetAt((from + to) * (DAY / 2));
      year.kind.push(REGULAR);
      year.startDay.push(from);
      year.c0.push(c);
      year.m0.push(from * DAY - o);
      year.b0.push(b);
      year.off.push(o);
      year.ivs.push(undefined);
      year.bd.push(false);
      c += cumDays(pre[0], to) - cumDays(pre[0], from);
      b += cumDays(bdPre, to) - cumDays(bdPre, from);
    };
    let cursor = firstDay;
    let mid = wall(firstDay, 0);
    for (let i = 0; i < marked.length; i += 2) {
      const a = Math.max(marked[i] as number, firstDay);
      const z = Math.min(marked[i + 1] as number, endDay);
      if (a >= z) continue;
      if (cursor < a) {
        pushRegular(cursor, a);
        mid = wall(a, 0);
      }
      let d = a;
      while (d < z) {
        if (isHoliday(d - 2) && isHoliday(d - 1) && isHoliday(d)) {
          // A closed run: every slice from d while the holidays continue is empty.
          let g = d;
          while (g + 1 < z && isHoliday(g + 1)) {
            const r = rangeIndex(g + 1);
            g = r >= 0 ? Math.min((ranges[r] as readonly [number, number])[1], z - 1) : g + 1;
          }
          year.kind.push(CLOSED);
          year.startDay.push(d);
          year.c0.push(c);
          year.m0.push(mid);
          year.b0.push(b);
          year.off.push(0);
          year.ivs.push(undefined);
          year.bd.push(false);
          d = g + 1;
          mid = wall(d, 0);
          continue;
        }
        const next = wall(d + 1, 0);
        const ivs = evaluateSlice(d, mid, next);
        const isBd = ownedPieces(d).length > 0;
        year.kind.push(EXPLICIT);
        year.startDay.push(d);
        year.c0.push(c);
        year.m0.push(mid);
        year.b0.push(b);
        year.off.push(0);
        year.ivs.push(ivs);
        year.bd.push(isBd);
        for (let k = 0; k < ivs.length; k += 2) c += (ivs[k + 1] as number) - (ivs[k] as number);
        if (isBd) b += 1;
        d += 1;
        mid = next;
      }
      cursor = z;
    }
    if (cursor < endDay) pushRegular(cursor, endDay);
    const last = year.kind.length - 1;
    const mEnd =
      year.kind[last] === REGULAR ? endDay * DAY - (year.off[last] as number) : wall(endDay, 0);
    return Object.assign(year, { openTotal: c, bdTotal: b, mEnd });
  };

  const getYear = (y: number): Year => {
    const found = years.get(y);
    if (found !== undefined) return found;
    if (hiYear < loYear) {
      const year = buildYear(y);
      years.set(y, year);
      loYear = hiYear = y;
      return year;
    }
    while (hiYear < y) {
      const prev = years.get(hiYear) as Year;
      const year = buildYear(hiYear + 1);
      year.cBase = prev.cBase + prev.openTotal;
      year.bBase = prev.bBase + prev.bdTotal;
      years.set(++hiYear, year);
    }
    while (loYear > y) {
      const next = years.get(loYear) as Year;
      const year = buildYear(loYear - 1);
      year.cBase = next.cBase - year.openTotal;
      year.bBase = next.bBase - year.bdTotal;
      years.set(--loYear, year);
    }
    return years.get(y) as Year;
  };

  const segCount = (year: Year): number => year.kind.length;
  const segEndM = (year: Year, i: number): number => (i + 1 < segCount(year) ? (year.m0[i + 1] as number) : year.mEnd);
  const segEndC = (year: Year, i: number): number => (i + 1 < segCount(year) ? (year.c0[i + 1] as number) : year.openTotal);

  /** Index of the segment whose days contain d. */
  const segByDay = (year: Year, d: number): number => {
    let lo = 0;
    let hi = segCount(year) - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((year.startDay[mid] as number) <= d) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  let lastYear: Year | undefined;
  /** The year holding local day d (the last one used is kept: queries cluster). */
  const yearOfDay = (d: number): number => {
    const last = lastYear;
    if (last !== undefined && d >= last.firstDay && d < last.endDay) return last.y;
    const year = getYear(civilFromDays(d).year);
    lastYear = year;
    return year.y;
  };

  /** The year and segment whose slice range contains instant t. */
  // The last instant located: an add or a search right after a lookup at the same instant reuses it.
  let memoT = Number.NaN;
  let memo: { year: Year; i: number } | undefined;
  const locate = (t: number): { year: Year; i: number } => {
    if (t === memoT && memo !== undefined) return memo;
    memo = locateUncached(t);
    memoT = t;
    return memo;
  };
  const locateUncached = (t: number): { year: Year; i: number } => {
    const d0 = Math.floor((t + offsetAt(t)) / DAY);
    let year = getYear(yearOfDay(d0));
    let i = segByDay(year, d0);
    for (;;) {
      if (t < (year.m0[i] as number)) {
        if (i > 0) i -= 1;
        else {
          year = getYear(year.y - 1);
          i = segCount(year) - 1;
        }
      } else if (t >= segEndM(year, i)) {
        if (i + 1 < segCount(year)) i += 1;
        else {
          year = getYear(year.y + 1);
          i = 0;
        }
      } else return { year, i };
    }
  };

  /** Sum of pol-intervals of a flat list clipped to (-∞, t). */
  const partial = (list: readonly number[], base: number, t: number): number => {
    let sum = 0;
    for (let k = 0; k < list.length; k += 2) {
      const s = base + (list[k] as number);
      if (s >= t) break;
      sum += Math.min(base + (list[k + 1] as number), t) - s;
    }
    return sum;
  };

  const gapsOf = (ivs: readonly number[], m0: number, m1: number): number[] => {
    const out: number[] = [];
    let cursor = m0;
    for (let k = 0; k < ivs.length; k += 2) {
      if ((ivs[k] as number) > cursor) out.push(cursor, ivs[k] as number);
      cursor = ivs[k + 1] as number;
    }
    if (cursor < m1) out.push(cursor, m1);
    return out;
  };

  /** The open intervals of the slice holding t (relative to `base`), and the open time before that slice. */
  const sliceAt = (t: number): { list: readonly number[]; base: number; before: number } => {
    const { year, i } = locate(t);
    const before = year.cBase + (year.c0[i] as number);
    switch (year.kind[i]) {
      case REGULAR: {
        const o = year.off[i] as number;
        const d = Math.floor((t + o) / DAY);
        const run = cumDays(pre[0], d) - cumDays(pre[0], year.startDay[i] as number);
        return { list: openTpl[weekdayOfDayNumber(d)] as number[], base: d * DAY - o, before: before + run };
      }
      case EXPLICIT:
        return { list: year.ivs[i] as number[], base: 0, before };
      default:
        return { list: [], base: 0, before };
    }
  };

  const cumulativeOpen = (t: number): number => {
    const { list, base, before } = sliceAt(t);
    return before + partial(list, base, t);
  };

  const cumulative = (pol: Pol, t: number): number => {
    const c = cumulativeOpen(t);
    return pol === Pol.Open ? c : t - c;
  };

  const isOpen = (t: number): boolean => {
    const { list, base } = sliceAt(t);
    for (let k = 0; k < list.length; k += 2) {
      if (t < base + (list[k] as number)) return false;
      if (t < base + (list[k + 1] as number)) return true;
    }
    return false;
  };

  const fStart = (pol: Pol, year: Year, i: number): number => {
    const c = year.cBase + (year.c0[i] as number);
    return pol === Pol.Open ? c : (year.m0[i] as number) - c;
  };
  const fEnd = (pol: Pol, year: Year, i: number): number => {
    const c = year.cBase + segEndC(year, i);
    return pol === Pol.Open ? c : segEndM(year, i) - c;
  };
  const yearStartF = (pol: Pol, year: Year): number => fStart(pol, year, 0);
  const yearEndF = (pol: Pol, year: Year): number => fEnd(pol, year, segCount(year) - 1);
  const periodic = (pol: Pol): boolean => (pol === Pol.Open ? periodicOpen : periodicClosed);
  // An upper bound of what one year outside the dated exceptions can count (54 weeks, plus slack for
  // DST changes and yearly holidays): lets a search give up at once when even that rate cannot
  // reach the target before the years calendars cover run out.
  const yearCap = (pol: Pol): number => 54 * (pre[pol][7] as number) + 6 * 3_600_000 + rules.yearly.size * 2 * DAY;
  const outOfReach = (pol: Pol, gap: number, years: number, y: number): boolean =>
    (y > lastFinite + 1 || y < firstFinite - 1) && gap > years * yearCap(pol);

  const walk = (list: readonly number[], base: number, f: number, v: number, strict: boolean): number => {
    for (let k = 0; k < list.length; k += 2) {
      const s = base + (list[k] as number);
      const len = base + (list[k + 1] as number) - s;
      if (strict ? f + len > v : f + len >= v) return s + (v - f);
      f += len;
    }
    throw new Error("pledgekit: calendar search fell through a slice (internal error)");
  };

  const reach = (pol: Pol, v: number, strict: boolean, hint: number): number | null => {
    const near = locate(hint);
    const year = near.year;
    // Most searches end in the segment they start from (or the next one).
    if (!reaches(v, strict, fStart(pol, year, near.i)) && reaches(v, strict, fEnd(pol, year, near.i))) return within(pol, v, strict, year, near.i);
    const next = near.i + 1;
    if (next < segCount(year) && !reaches(v, strict, fStart(pol, year, next)) && reaches(v, strict, fEnd(pol, year, next))) return within(pol, v, strict, year, next);
    const found = findSegment(pol, v, strict, year);
    return found === null ? null : within(pol, v, strict, found.year, found.i);
  };

  /** The year and segment where F crosses v, by walking years then a binary search; null when none. */
  const findSegment = (pol: Pol, v: number, strict: boolean, start: Year): { year: Year; i: number } | null => {
    let year = start;
    let y = start.y;
    if (reaches(v, strict, yearStartF(pol, year))) {
      do {
        y -= 1;
        if (y < MIN_YEAR - 1 || (y < firstFinite - 1 && !periodic(pol))) return null;
        if (outOfReach(pol, yearStartF(pol, year) - v, y - MIN_YEAR + 2, y)) return null;
        year = getYear(y);
      } while (reaches(v, strict, yearStartF(pol, year)));
    } else {
      while (!reaches(v, strict, yearEndF(pol, year))) {
        y += 1;
        if (y > MAX_YEAR + 1 || (y > lastFinite + 1 && !periodic(pol))) return null;
        if (outOfReach(pol, v - yearEndF(pol, year), MAX_YEAR + 2 - y, y)) return null;
        year = getYear(y);
      }
    }
    // Smallest segment whose end satisfies.
    let lo = 0;
    let hi = segCount(year) - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (reaches(v, strict, fEnd(pol, year, mid))) hi = mid;
      else lo = mid + 1;
    }
    return { year, i: lo };
  };

  /** The instant where F reaches v inside segment i of `year` (F crosses v there). */
  const within = (pol: Pol, v: number, strict: boolean, year: Year, i: number): number => {
    const f0 = fStart(pol, year, i);
    switch (year.kind[i]) {
      case REGULAR: {
        const from = year.startDay[i] as number;
        const p = pre[pol] as number[];
        const e = invDays(p, v - f0 + cumDays(p, from), strict);
        const d = e - 1;
        const o = year.off[i] as number;
        const tpl = (pol === Pol.Open ? openTpl : closedTpl)[weekdayOfDayNumber(d)] as number[];
        return walk(tpl, d * DAY - o, f0 + cumDays(p, d) - cumDays(p, from), v, strict);
      }
      case EXPLICIT: {
        const ivs = year.ivs[i] as number[];
        const list = pol === Pol.Open ? ivs : gapsOf(ivs, year.m0[i] as number, segEndM(year, i));
        return walk(list, 0, f0, v, strict);
      }
      default:
        // A closed run: closed time grows one for one.
        return (year.m0[i] as number) + (v - f0);
    }
  };

  const businessDaysBefore = (d: number): number => {
    const year = getYear(yearOfDay(d));
    const i = segByDay(year, d);
    const b = year.bBase + (year.b0[i] as number);
    if (year.kind[i] === REGULAR) return b + cumDays(bdPre, d) - cumDays(bdPre, year.startDay[i] as number);
    return b;
  };

  const reachBusinessDays = (target: number, hintDay: number): number | null => {
    let y = yearOfDay(hintDay);
    let year = getYear(y);
    if (year.bBase >= target) {
      do {
        y -= 1;
        if (y < MIN_YEAR - 1 || (y < firstFinite - 1 && !periodicBd)) return null;
        year = getYear(y);
      } while (year.bBase >= target);
    } else {
      while (year.bBase + year.bdTotal < target) {
        y += 1;
        if (y > MAX_YEAR + 1 || (y > lastFinite + 1 && !periodicBd)) return null;
        year = getYear(y);
      }
    }
    // Smallest segment i whose end count reaches the target.
    const n = segCount(year);
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (year.bBase + (mid + 1 < n ? (year.b0[mid + 1] as number) : year.bdTotal) >= target) hi = mid;
      else lo = mid + 1;
    }
    const from = year.startDay[lo] as number;
    const b0 = year.bBase + (year.b0[lo] as number);
    if (year.kind[lo] === REGULAR) return invDays(bdPre, target - b0 + cumDays(bdPre, from), false);
    return from + 1; // an explicit business day: B(from + 1) reaches the target
  };

  const localDay = (t: number): number => Math.floor((t + offsetAt(t)) / DAY);

  return { rules, stats, cumulative, reach, isOpen, businessDaysBefore, reachBusinessDays, ownedPieces, wall, localDay };
}

// Module-level, not a closure per call: esbuild's keepNames makes per-call closures costly.
/** Whether a cumulative value f has reached v (strict: passed it). */
function reaches(v: number, strict: boolean, f: number): boolean {
  return strict ? f > v : f >= v;
}

function daysInMonthOf(year: number, month: number): number {
  return daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - daysFromCivil(year, month, 1);
}
