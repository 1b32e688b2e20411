// Searches on the year tables. With C(t) the open time before instant t (from the tables' origin),
// K(t) = t − C(t) the closed time and B(D) the business days before local date D, every question is
// a lookup ("how much before t") or a search ("the first instant where C reaches v"). A search
// first finds the year by galloping then bisecting over year starts — each probe a bounded sum
// (see years.ts), never a walk over the years between — then bisects that year's segments and
// scans one slice.

import { civilFromDays, MS_PER_DAY, weekdayOfDayNumber } from "../../../core/index.js";
import type { Exceptions } from "./exceptions.js";
import { gapsOf } from "./flat.js";
import { dayReaching, sumBefore, type Template, type WeekSums } from "./template.js";
import { MAX_YEAR, MIN_YEAR, SegmentKind, type Year, type YearTables } from "./years.js";

const DAY = MS_PER_DAY;
const SLACK_PER_YEAR = 6 * 3_600_000; // DST changes move at most this much open time in a year

/** Which cumulative quantity a search runs on: open time (C) or closed time (K). */
export const enum Pol {
  Open = 0,
  Closed = 1,
}

export interface Search {
  cumulative(pol: Pol, t: number): number;
  reach(pol: Pol, v: number, strict: boolean, hint: number): number | null;
  isOpen(t: number): boolean;
  businessDaysBefore(d: number): number;
  reachBusinessDays(target: number, hintDay: number): number | null;
  localDay(t: number): number;
}

/** Whether a cumulative value f has reached v (strict: passed it). */
function reaches(v: number, strict: boolean, f: number): boolean {
  return strict ? f > v : f >= v;
}

export function createSearch(template: Template, ex: Exceptions, tables: YearTables, offsetAt: (t: number) => number): Search {
  const yearly = ex.rules.yearly.size;
  const everyDayHoliday = yearly >= 366;
  const periodic = [template.openSums.week > 0 && !everyDayHoliday, template.closedSums.week > 0 || yearly > 0];
  const periodicDays = template.daySums.week > 0 && !everyDayHoliday;
  const specials = ex.rules.special.size;
  // Upper bounds of what a span of years can count, so a search for more gives up at once.
  const capOpen = (years: number): number => years * Math.min(54 * template.openSums.week + SLACK_PER_YEAR, 367 * DAY) + specials * 2 * DAY;
  const capDays = (years: number): number => years * Math.min(54 * template.daySums.week, 367) + specials;

  let lastYear: Year | undefined;
  const yearOfDay = (d: number): Year => {
    const last = lastYear;
    if (last !== undefined && d >= last.firstDay && d < last.endDay) return last;
    const year = tables.year(Math.min(MAX_YEAR, Math.max(MIN_YEAR, civilFromDays(d).year)));
    lastYear = year;
    return year;
  };

  const segByDay = (year: Year, d: number): number => {
    let lo = 0;
    let hi = year.segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((year.segs[mid]?.startDay ?? 0) <= d) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const segEndM = (year: Year, i: number): number => year.segs[i + 1]?.m0 ?? year.mEnd;
  const segEndC = (year: Year, i: number): number => year.segs[i + 1]?.c0 ?? year.openTotal;

  // The last instant located: an add or a search right after a lookup at the same instant reuses it.
  let memoT = Number.NaN;
  let memoYear: Year | undefined;
  let memoI = 0;
  const locate = (t: number): Year => {
    if (t === memoT && memoYear !== undefined) return memoYear;
    const d = Math.floor((t + offsetAt(t)) / DAY);
    let year = yearOfDay(d);
    let i = segByDay(year, d);
    for (;;) {
      const seg = year.segs[i];
      if (seg !== undefined && t < seg.m0) {
        if (i > 0) i -= 1;
        else {
          year = tables.year(year.y - 1);
          i = year.segs.length - 1;
        }
      } else if (t >= segEndM(year, i)) {
        if (i + 1 < year.segs.length) i += 1;
        else {
          year = tables.year(year.y + 1);
          i = 0;
        }
      } else break;
    }
    memoT = t;
    memoYear = year;
    memoI = i;
    return year;
  };

  /** Open intervals (relative to `base`) of the slice holding t, and the open time before that slice. */
  let sliceList: readonly number[] = [];
  let sliceBase = 0;
  let sliceBefore = 0;
  const sliceAt = (t: number): void => {
    const year = locate(t);
    const seg = year.segs[memoI];
    if (seg === undefined) return;
    sliceBefore = year.cBase + seg.c0;
    if (seg.kind === SegmentKind.Regular) {
      const d = Math.floor((t + seg.off) / DAY);
      sliceBefore += sumBefore(template.openSums, d) - sumBefore(template.openSums, seg.startDay);
      sliceList = template.open[weekdayOfDayNumber(d)] ?? [];
      sliceBase = d * DAY - seg.off;
    } else {
      sliceList = seg.ivs;
      sliceBase = 0;
    }
  };

  const cumulativeOpen = (t: number): number => {
    sliceAt(t);
    let sum = sliceBefore;
    const list = sliceList;
    for (let k = 0; k + 1 < list.length; k += 2) {
      const s = sliceBase + (list[k] ?? 0);
      if (s >= t) break;
      sum += Math.min(sliceBase + (list[k + 1] ?? 0), t) - s;
    }
    return sum;
  };

  const cumulative = (pol: Pol, t: number): number => {
    const c = cumulativeOpen(t);
    return pol === Pol.Open ? c : t - c;
  };

  const isOpen = (t: number): boolean => {
    sliceAt(t);
    const list = sliceList;
    for (let k = 0; k + 1 < list.length; k += 2) {
      if (t < sliceBase + (list[k] ?? 0)) return false;
      if (t < sliceBase + (list[k + 1] ?? 0)) return true;
    }
    return false;
  };

  const fStart = (pol: Pol, year: Year, i: number): number => {
    const seg = year.segs[i];
    const c = year.cBase + (seg?.c0 ?? 0);
    return pol === Pol.Open ? c : (seg?.m0 ?? 0) - c;
  };
  const fEnd = (pol: Pol, year: Year, i: number): number => {
    const c = year.cBase + segEndC(year, i);
    return pol === Pol.Open ? c : segEndM(year, i) - c;
  };
  /** F at the start of year y, without building it. */
  const fYear = (pol: Pol, y: number): number => {
    const c = tables.before(y).open;
    return pol === Pol.Open ? c : tables.start(y) - c;
  };

  /**
   * The year y in [MIN_YEAR, MAX_YEAR] with F(start y) short of v and F(start y + 1) reaching it,
   * galloping from `from`; null when there is none. `f(y)` is F at the start of year y.
   */
  const findYear = (f: (y: number) => number, v: number, strict: boolean, from: number, up: boolean, limit: number): number | null => {
    if (up) {
      // Smallest y in (from, limit] whose start reaches v; the answer is y − 1.
      let lo = from; // start(lo) does not reach
      let step = 1;
      let hi = Math.min(limit, from + step);
      while (!reaches(v, strict, f(hi))) {
        if (hi >= limit) return null;
        lo = hi;
        step *= 2;
        hi = Math.min(limit, from + step);
      }
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (reaches(v, strict, f(mid))) hi = mid;
        else lo = mid;
      }
      return hi - 1;
    }
    // Largest y in [limit, from) whose start does not reach v.
    let hi = from; // start(hi) reaches
    let step = 1;
    let lo = Math.max(limit, from - step);
    while (reaches(v, strict, f(lo))) {
      if (lo <= limit) return null;
      hi = lo;
      step *= 2;
      lo = Math.max(limit, from - step);
    }
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (reaches(v, strict, f(mid))) hi = mid;
      else lo = mid;
    }
    return lo;
  };

  const walk = (list: readonly number[], base: number, f: number, v: number, strict: boolean): number => {
    for (let k = 0; k + 1 < list.length; k += 2) {
      const s = base + (list[k] ?? 0);
      const len = base + (list[k + 1] ?? 0) - s;
      if (strict ? f + len > v : f + len >= v) return s + (v - f);
      f += len;
    }
    throw new Error("pledgekit: calendar search fell through a slice (internal error)");
  };

  /** The instant where F reaches v inside segment i of `year` (F crosses v there). */
  const within = (pol: Pol, v: number, strict: boolean, year: Year, i: number): number => {
    const seg = year.segs[i];
    if (seg === undefined) throw new Error("pledgekit: calendar segment missing (internal error)");
    const f0 = fStart(pol, year, i);
    if (seg.kind === SegmentKind.Regular) {
      const p: WeekSums = pol === Pol.Open ? template.openSums : template.closedSums;
      const d = dayReaching(p, v - f0 + sumBefore(p, seg.startDay), strict) - 1;
      const tpl = (pol === Pol.Open ? template.open : template.closed)[weekdayOfDayNumber(d)] ?? [];
      return walk(tpl, d * DAY - seg.off, f0 + sumBefore(p, d) - sumBefore(p, seg.startDay), v, strict);
    }
    if (seg.kind === SegmentKind.Explicit) {
      return walk(pol === Pol.Open ? seg.ivs : gapsOf(seg.ivs, seg.m0, segEndM(year, i)), 0, f0, v, strict);
    }
    return seg.m0 + (v - f0); // a closed run: closed time grows one for one
  };

  const crosses = (pol: Pol, v: number, strict: boolean, year: Year, i: number): boolean =>
    i < year.segs.length && !reaches(v, strict, fStart(pol, year, i)) && reaches(v, strict, fEnd(pol, year, i));

  const reach = (pol: Pol, v: number, strict: boolean, hint: number): number | null => {
    let year = locate(hint);
    const near = memoI;
    // Most searches end in the segment they start from (or the next one).
    if (crosses(pol, v, strict, year, near)) return within(pol, v, strict, year, near);
    if (crosses(pol, v, strict, year, near + 1)) return within(pol, v, strict, year, near + 1);
    const up = !reaches(v, strict, fEnd(pol, year, year.segs.length - 1));
    if (up || reaches(v, strict, fStart(pol, year, 0))) {
      const grows = periodic[pol] ?? false;
      const gap = up ? v - fEnd(pol, year, year.segs.length - 1) : fStart(pol, year, 0) - v;
      const span = up ? MAX_YEAR - year.y : year.y - MIN_YEAR;
      if (gap > (pol === Pol.Open ? capOpen(span) : span * 367 * DAY)) return null;
      const limit = up ? upLimit(grows, year.y) : downLimit(grows, year.y);
      const y = findYear((yy) => fYear(pol, yy), v, strict, up ? year.y + 1 : year.y, up, limit);
      if (y === null || y < MIN_YEAR || y > MAX_YEAR) return null;
      year = tables.year(y);
    }
    // Smallest segment whose end satisfies.
    let lo = 0;
    let hi = year.segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (reaches(v, strict, fEnd(pol, year, mid))) hi = mid;
      else lo = mid + 1;
    }
    return within(pol, v, strict, year, lo);
  };

  // A quantity that the week does not grow stops growing after the last dated exception (and
  // before the first): the search need not look past it.
  const upLimit = (grows: boolean, y: number): number => (grows ? MAX_YEAR + 1 : Math.min(MAX_YEAR + 1, Math.max(y + 1, tables.lastDatedYear + 2)));
  const downLimit = (grows: boolean, y: number): number => (grows ? MIN_YEAR : Math.max(MIN_YEAR, Math.min(y, tables.firstDatedYear - 1)));

  const businessDaysBefore = (d: number): number => {
    const year = yearOfDay(d);
    const i = segByDay(year, d);
    const seg = year.segs[i];
    if (seg === undefined) return year.bBase;
    const b = year.bBase + seg.b0;
    if (seg.kind === SegmentKind.Regular) return b + sumBefore(template.daySums, d) - sumBefore(template.daySums, seg.startDay);
    return b;
  };

  const reachBusinessDays = (target: number, hintDay: number): number | null => {
    let year = yearOfDay(hintDay);
    const up = year.bBase + year.bdTotal < target;
    if (up || year.bBase >= target) {
      const gap = up ? target - year.bBase - year.bdTotal : year.bBase - target;
      const span = up ? MAX_YEAR - year.y : year.y - MIN_YEAR;
      if (gap > capDays(span)) return null;
      const limit = up ? upLimit(periodicDays, year.y) : downLimit(periodicDays, year.y);
      // F(y) = business days before year y; the target is reached within the year whose end reaches it.
      const y = findYear((yy) => tables.before(yy).days, target, false, up ? year.y + 1 : year.y, up, limit);
      if (y === null || y < MIN_YEAR || y > MAX_YEAR) return null;
      year = tables.year(y);
    }
    // Smallest segment i whose end count reaches the target.
    const n = year.segs.length;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (year.bBase + (year.segs[mid + 1]?.b0 ?? year.bdTotal) >= target) hi = mid;
      else lo = mid + 1;
    }
    const seg = year.segs[lo];
    if (seg === undefined) return null;
    if (seg.kind === SegmentKind.Regular) return dayReaching(template.daySums, target - year.bBase - seg.b0 + sumBefore(template.daySums, seg.startDay), false);
    return seg.startDay + 1; // an explicit business day: B(startDay + 1) reaches the target
  };

  const localDay = (t: number): number => Math.floor((t + offsetAt(t)) / DAY);

  return { cumulative, reach, isOpen, businessDaysBefore, reachBusinessDays, localDay };
}
