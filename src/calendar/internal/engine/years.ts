// Year tables. Each local year (Jan 1–Dec 31 in the calendar's zone) is a sorted list of segments —
// a run of ordinary days (the weekly template shifted by one zone offset), an explicit day (its
// open intervals evaluated once), or a closed run (inside a long holiday range) — with open time
// and business days counted at each segment's start.
//
// Years are built only where a question lands. What lies between is summed without building it:
// - a year inside a holiday range counts nothing;
// - a *quiet* year (no dated exception near it, and a zone whose offsets follow fixed rules then:
//   before 1800, or from 2038 on, or always for UTC / Etc zones) counts exactly what any other quiet
//   year of the same type does (weekday of Jan 1 and leap or not: the weekly template, the yearly
//   holidays and rule-based DST changes all repeat with it), so a span of quiet years is the count
//   of each type (from the 400-year Gregorian cycle) times one representative year of that type;
// - other years (dated exceptions, the zone's irregular history 1800–2037) are built one by one,
//   and there are only as many as the rules and that history hold.
// So the open time or business days before any year costs a bounded amount of work, whatever the span.

import { civilFromDays, daysFromCivil, isLeapYear, MS_PER_DAY, weekdayOfDayNumber, zoneOffsetLookup, zoneTransitions } from "../../../core/index.js";
import type { EngineStats, Exceptions } from "./exceptions.js";
import { lengthOf, mergePairs, pairsOf } from "./flat.js";
import { sumBefore, type Template } from "./template.js";

const DAY = MS_PER_DAY;

/** Local years the engine covers (instants are accepted in years 0002–9998: a year's margin for any offset). */
export const MIN_YEAR = 1;
export const MAX_YEAR = 9999;

// Before this year and from the zone's stable year on, offsets follow fixed rules (or never change).
const PAST_STABLE = 1800;
const FUTURE_STABLE = 2038;
// Zones whose database lists predicted (not rule-based) changes after 2037: Morocco's and
// Palestine's Ramadan-dependent DST, computed ahead to 2087.
const LATE_STABLE: Readonly<Record<string, number>> = {
  "Africa/Casablanca": 2088,
  "Africa/El_Aaiun": 2088,
  "Asia/Gaza": 2088,
  "Asia/Hebron": 2088,
};
const FIXED_ZONE = /^(?:UTC|UCT|GMT|GMT[+-]?0|Greenwich|Universal|Zulu|Etc\/.+)$/;

export const enum SegmentKind {
  Regular = 0,
  Explicit = 1,
  Closed = 2,
}

export interface Segment {
  readonly kind: SegmentKind;
  readonly startDay: number;
  /** Open time before the segment, from the year's start. */
  readonly c0: number;
  /** Instant of the segment's start (a local midnight). */
  readonly m0: number;
  /** Business days before the segment, from the year's start. */
  readonly b0: number;
  /** Regular runs: the zone offset throughout the run. */
  readonly off: number;
  /** Explicit days: open intervals, flat instants. */
  readonly ivs: readonly number[];
  /** Explicit days: whether the date owns open time. */
  readonly bd: boolean;
}

export interface Year {
  readonly y: number;
  readonly firstDay: number;
  readonly endDay: number;
  readonly segs: readonly Segment[];
  readonly openTotal: number;
  readonly bdTotal: number;
  /** Instant of the year's end (the next year's first midnight). */
  readonly mEnd: number;
  /** Open time and business days before the year, from the engine's origin. */
  readonly cBase: number;
  readonly bBase: number;
}

type Raw = Omit<Year, "cBase" | "bBase">;

interface Totals {
  open: number;
  days: number;
}

export interface YearTables {
  /** Year y, built, with its bases. */
  year(y: number): Year;
  /** Open time and business days before local year y (same origin as `Year.cBase`). */
  before(y: number): Totals;
  /** Instant of local midnight at the start of year y. */
  start(y: number): number;
  /** The last and first local years a dated exception touches (±Infinity when there are none). */
  readonly lastDatedYear: number;
  readonly firstDatedYear: number;
}

// Year types: weekday of Jan 1 × leap. Counts per type over the 400-year Gregorian cycle.
const TYPES = 14;
const typeOf = (y: number): number => weekdayOfDayNumber(daysFromCivil(y, 1, 1)) * 2 + (isLeapYear(y) ? 1 : 0);
let typePrefix: number[][] | undefined;
function typeCountsBefore(y: number): number[] {
  if (typePrefix === undefined) {
    typePrefix = [new Array<number>(TYPES).fill(0)];
    for (let p = 0; p < 400; p++) {
      const row = [...(typePrefix[p] ?? [])];
      row[typeOf(p)] = (row[typeOf(p)] ?? 0) + 1;
      typePrefix.push(row);
    }
  }
  const cycles = Math.floor(y / 400);
  const full = typePrefix[400] ?? [];
  const part = typePrefix[y - cycles * 400] ?? [];
  return part.map((n, t) => n + cycles * (full[t] ?? 0));
}

export function createYearTables(template: Template, ex: Exceptions, stats: EngineStats): YearTables {
  const zone = ex.rules.zone;
  const fixed = FIXED_ZONE.test(zone);
  const offsetAt = zoneOffsetLookup(zone);
  const fixedOffset = fixed ? offsetAt(0) : 0;
  const futureStable = LATE_STABLE[zone] ?? FUTURE_STABLE;
  const marks = ex.marks;

  const firstDayOf = (y: number): number => daysFromCivil(y, 1, 1);
  const yearOfDay = (d: number): number => civilFromDays(d).year;

  /** Index (even) of the first mark ending after day d, or marks.length. */
  const markFrom = (d: number): number => {
    let lo = 0;
    let hi = marks.length / 2;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((marks[2 * mid + 1] ?? 0) > d) hi = mid;
      else lo = mid + 1;
    }
    return 2 * lo;
  };
  const isDated = (y: number): boolean => {
    const i = markFrom(firstDayOf(y));
    return i < marks.length && (marks[i] ?? 0) < firstDayOf(y + 1);
  };
  /** The exclusive end of the run of closed years starting at y, or undefined when y is not closed. */
  const closedRunEnd = (y: number): number | undefined => {
    const end = ex.holidayRangeEnd(firstDayOf(y) - 2);
    if (end === undefined || end < firstDayOf(y + 1)) return undefined;
    return Math.max(y + 1, yearOfDay(end));
  };
  const unstable = (y: number): boolean => !fixed && y >= PAST_STABLE && y < futureStable;
  /** 0 = quiet future (or a fixed zone), 1 = quiet past. */
  const regimeOf = (y: number): number => (fixed || y >= futureStable ? 0 : 1);

  // ---- building one year
  const buildRaw = (y: number): Raw => {
    stats.yearsBuilt += 1;
    const firstDay = firstDayOf(y);
    const endDay = firstDayOf(y + 1);
    const local: [number, number][] = [];
    for (let i = markFrom(firstDay); i < marks.length && (marks[i] ?? endDay) < endDay; i += 2) {
      local.push([marks[i] ?? 0, marks[i + 1] ?? 0]);
    }
    local.push(...ex.yearlyMarks(y, firstDay, endDay));
    if (!fixed && closedRunEnd(y) === undefined) {
      for (const tr of zoneTransitions(zone, (firstDay - 3) * DAY, (endDay + 3) * DAY)) {
        const d1 = Math.floor((tr.at + Math.min(tr.before, tr.after)) / DAY);
        const d2 = Math.floor((tr.at + Math.max(tr.before, tr.after)) / DAY);
        local.push([d1 - 2, d2 + 3]);
      }
    }
    const segs: Segment[] = [];
    let c = 0;
    let b = 0;
    const regular = (from: number, to: number): void => {
      const off = fixed ? fixedOffset : offsetAt((from + to) * (DAY / 2));
      segs.push({ kind: SegmentKind.Regular, startDay: from, c0: c, m0: from * DAY - off, b0: b, off, ivs: [], bd: false });
      c += sumBefore(template.openSums, to) - sumBefore(template.openSums, from);
      b += sumBefore(template.daySums, to) - sumBefore(template.daySums, from);
    };
    let cursor = firstDay;
    let mid = ex.wall(firstDay, 0);
    for (const [from, to] of pairsOf(mergePairs(local))) {
      const a = Math.max(from, firstDay);
      const z = Math.min(to, endDay);
      if (a >= z) continue;
      if (cursor < a) {
        regular(cursor, a);
        mid = ex.wall(a, 0);
      }
      let d = a;
      while (d < z) {
        if (ex.isHoliday(d - 2) && ex.isHoliday(d - 1) && ex.isHoliday(d)) {
          // A closed run: every slice from d while the holidays continue is empty.
          let g = d;
          while (g + 1 < z && ex.isHoliday(g + 1)) g = Math.min(ex.holidayRangeEnd(g + 1) ?? g + 1, z - 1);
          segs.push({ kind: SegmentKind.Closed, startDay: d, c0: c, m0: mid, b0: b, off: 0, ivs: [], bd: false });
          d = g + 1;
          mid = ex.wall(d, 0);
          continue;
        }
        const next = ex.wall(d + 1, 0);
        const ivs = ex.slice(d, mid, next);
        const bd = ex.ownedPieces(d).length > 0;
        segs.push({ kind: SegmentKind.Explicit, startDay: d, c0: c, m0: mid, b0: b, off: 0, ivs, bd });
        c += lengthOf(ivs);
        if (bd) b += 1;
        d += 1;
        mid = next;
      }
      cursor = z;
    }
    if (cursor < endDay) regular(cursor, endDay);
    const last = segs[segs.length - 1];
    const mEnd = last !== undefined && last.kind === SegmentKind.Regular ? endDay * DAY - last.off : ex.wall(endDay, 0);
    return { y, firstDay, endDay, segs, openTotal: c, bdTotal: b, mEnd };
  };

  const raws = new Map<number, Raw>();
  const raw = (y: number): Raw => {
    let r = raws.get(y);
    if (r === undefined) {
      r = buildRaw(y);
      raws.set(y, r);
    }
    return r;
  };

  // ---- representative quiet years, one per regime and type (null: none in range)
  interface Rep {
    readonly open: number;
    readonly days: number;
    /** Offset at the year's first midnight. */
    readonly jan1: number;
  }
  const reps = new Map<number, Rep | null>();
  const quiet = (y: number, regime: number): boolean =>
    y >= MIN_YEAR && y <= MAX_YEAR && !unstable(y) && regimeOf(y) === regime && closedRunEnd(y) === undefined && !isDated(y);
  const rep = (regime: number, type: number): Rep | null => {
    const key = regime * TYPES + type;
    let found = reps.get(key);
    if (found !== undefined) return found;
    found = null;
    const from = regime === 0 ? (fixed ? 2001 : futureStable) : PAST_STABLE - 1;
    const step = regime === 0 ? 1 : -1;
    for (let k = 0, y = from; k < 800; k++, y += step) {
      if (typeOf(y) !== type || !quiet(y, regime)) continue;
      const r = raw(y);
      found = { open: r.openTotal, days: r.bdTotal, jan1: r.firstDay * DAY - (r.segs[0]?.m0 ?? 0) };
      break;
    }
    reps.set(key, found);
    return found;
  };

  /** Totals of the quiet years [a, b) of one regime, or undefined when a type has no representative. */
  const quietSum = (regime: number, a: number, b: number): Totals | undefined => {
    const hi = typeCountsBefore(b);
    const lo = typeCountsBefore(a);
    const out: Totals = { open: 0, days: 0 };
    for (let t = 0; t < TYPES; t++) {
      const n = (hi[t] ?? 0) - (lo[t] ?? 0);
      if (n === 0) continue;
      const r = rep(regime, t);
      if (r === null) return undefined;
      out.open += n * r.open;
      out.days += n * r.days;
    }
    return out;
  };

  /** The first year ≥ y that is not quiet (dated, closed or unstable), at most MAX_YEAR + 1. */
  const nextNotQuiet = (y: number): number => {
    let next = MAX_YEAR + 1;
    if (!fixed && y < PAST_STABLE) next = PAST_STABLE;
    const i = markFrom(firstDayOf(y));
    if (i < marks.length) next = Math.min(next, Math.max(y, yearOfDay(marks[i] ?? 0)));
    return next;
  };

  /** Open time and business days in years [a, b). */
  const sum = (a: number, b: number): Totals => {
    const out: Totals = { open: 0, days: 0 };
    let y = a;
    while (y < b) {
      const closedEnd = closedRunEnd(y);
      if (closedEnd !== undefined) {
        y = Math.min(b, closedEnd);
        continue;
      }
      if (unstable(y) || isDated(y)) {
        const r = raw(y);
        out.open += r.openTotal;
        out.days += r.bdTotal;
        y += 1;
        continue;
      }
      const end = Math.min(b, Math.max(y + 1, nextNotQuiet(y)));
      const part = quietSum(regimeOf(y), y, end);
      if (part === undefined) {
        const r = raw(y);
        out.open += r.openTotal;
        out.days += r.bdTotal;
        y += 1;
      } else {
        out.open += part.open;
        out.days += part.days;
        y = end;
      }
    }
    return out;
  };

  // Bases share one origin: the first year asked for.
  let origin: number | undefined;
  const bases = new Map<number, Totals>();
  const before = (y: number): Totals => {
    let found = bases.get(y);
    if (found !== undefined) return found;
    if (origin === undefined) origin = y;
    if (y >= origin) found = sum(origin, y);
    else {
      const s = sum(y, origin);
      found = { open: -s.open, days: -s.days };
    }
    bases.set(y, found);
    return found;
  };

  const years = new Map<number, Year>();
  const year = (y: number): Year => {
    let found = years.get(y);
    if (found === undefined) {
      const base = before(y);
      found = { ...raw(y), cBase: base.open, bBase: base.days };
      years.set(y, found);
    }
    return found;
  };

  const start = (y: number): number => {
    const known = raws.get(y);
    if (known !== undefined) return known.segs[0]?.m0 ?? ex.wall(known.firstDay, 0);
    if (fixed) return firstDayOf(y) * DAY - fixedOffset;
    const regime = regimeOf(y);
    if (quiet(y, regime)) {
      const r = rep(regime, typeOf(y));
      if (r !== null) return firstDayOf(y) * DAY - r.jan1;
    }
    return ex.wall(firstDayOf(y), 0);
  };

  return {
    year,
    before,
    start,
    lastDatedYear: marks.length > 0 ? yearOfDay(marks[marks.length - 1] ?? 0) : Number.NEGATIVE_INFINITY,
    firstDatedYear: marks.length > 0 ? yearOfDay(marks[0] ?? 0) : Number.POSITIVE_INFINITY,
  };
}
