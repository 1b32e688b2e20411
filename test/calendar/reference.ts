// A slow, obviously-correct reference model of a business calendar: it enumerates every local day
// of a window, resolves each day's own intervals to instants, takes breaks out, and merges the
// result into a sorted list of open periods. Everything else is a walk over that list. The fast
// engine is checked against it on generated calendars.
import { zoneOffset } from "../../src/core/zones.js";
import type { CalendarInput } from "../../src/calendar/index.js";

const DAY = 86_400_000;
const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;

const time = (text: string): number => {
  const [h, m, s] = text.split(":").map(Number);
  return ((h ?? 0) * 3600 + (m ?? 0) * 60 + (s ?? 0)) * 1000;
};
const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY;
const dateOf = (d: number): string => new Date(d * DAY).toISOString().slice(0, 10);

/** Wall time (local ms) to instant, by trying every offset the zone has near it. */
export function resolveWall(zone: string, wall: number): number {
  const offsets = new Set<number>();
  for (let probe = wall - 30 * 3_600_000; probe <= wall + 30 * 3_600_000; probe += 3_600_000) offsets.add(zoneOffset(zone, probe));
  const valid = [...offsets].map((o) => wall - o).filter((t) => t + zoneOffset(zone, t) === wall);
  if (valid.length > 0) return Math.min(...valid);
  // A gap: read the wall time with the offset in force just before the transition.
  let t = wall - zoneOffset(zone, wall - 30 * 3_600_000);
  for (let probe = wall - 30 * 3_600_000; probe <= wall + 30 * 3_600_000; probe += 60_000) {
    if (probe + zoneOffset(zone, probe) > wall) {
      t = wall - zoneOffset(zone, probe - 60_000);
      break;
    }
  }
  return t;
}

export interface ReferenceModel {
  /** Merged open periods [start, end) covering the window, ascending. */
  readonly periods: readonly (readonly [number, number])[];
  readonly owns: (date: string) => boolean;
}

/** Builds the open periods of every day from `fromDate` to `toDate` (plus margins). */
export function referenceModel(input: CalendarInput, fromDate: string, toDate: string): ReferenceModel {
  const zone = input.timeZone;
  const holidays = new Set<number>();
  const yearly = new Set<string>();
  for (const h of input.holidays ?? []) {
    if (typeof h === "string") holidays.add(dayNumber(h));
    else if ("date" in h) holidays.add(dayNumber(h.date));
    else if ("from" in h) for (let d = dayNumber(h.from); d <= dayNumber(h.to); d++) holidays.add(d);
    else yearly.add(`${String(h.month).padStart(2, "0")}-${String(h.day).padStart(2, "0")}`);
  }
  const isHoliday = (d: number): boolean => holidays.has(d) || yearly.has(dateOf(d).slice(5));
  const hoursOf = (d: number): readonly (readonly string[])[] => {
    if (isHoliday(d)) return [];
    const special = input.specialDays?.[dateOf(d)];
    if (special !== undefined) return special;
    return input.week?.[WEEKDAYS[(((d + 4) % 7) + 7) % 7] as (typeof WEEKDAYS)[number]] ?? [];
  };
  const owned = (d: number): [number, number][] => {
    let pieces: [number, number][] = [];
    for (const [a = "", b = ""] of hoursOf(d)) {
      const s = time(a);
      let e = time(b);
      if (e <= s) e += DAY;
      const start = resolveWall(zone, d * DAY + s);
      const end = resolveWall(zone, d * DAY + e);
      if (start < end) pieces.push([start, end]);
    }
    for (const bd of [d, d + 1]) {
      for (const [a = "", b = ""] of input.breaks?.[dateOf(bd)] ?? []) {
        const cs = resolveWall(zone, bd * DAY + time(a));
        const ce = resolveWall(zone, bd * DAY + time(b));
        pieces = pieces.flatMap(([s, e]): [number, number][] => {
          if (ce <= s || cs >= e) return [[s, e]];
          const out: [number, number][] = [];
          if (s < cs) out.push([s, cs]);
          if (ce < e) out.push([ce, e]);
          return out;
        });
      }
    }
    return pieces;
  };
  const all: [number, number][] = [];
  for (let d = dayNumber(fromDate) - 3; d <= dayNumber(toDate) + 3; d++) all.push(...owned(d));
  all.sort((x, y) => x[0] - y[0]);
  const periods: [number, number][] = [];
  for (const [s, e] of all) {
    const last = periods[periods.length - 1];
    if (last !== undefined && s <= last[1]) last[1] = Math.max(last[1], e);
    else periods.push([s, e]);
  }
  return { periods, owns: (date) => owned(dayNumber(date)).length > 0 };
}

export const ref = {
  isOpen(m: ReferenceModel, t: number): boolean {
    return m.periods.some(([s, e]) => s <= t && t < e);
  },
  between(m: ReferenceModel, a: number, b: number): number {
    const [lo, hi, sign] = a <= b ? [a, b, 1] : [b, a, -1];
    let sum = 0;
    for (const [s, e] of m.periods) sum += Math.max(0, Math.min(e, hi) - Math.max(s, lo));
    return sum === 0 ? 0 : sign * sum;
  },
  nextOpen(m: ReferenceModel, t: number): number | undefined {
    for (const [s, e] of m.periods) if (t < e) return Math.max(s, t);
    return undefined;
  },
  nextClose(m: ReferenceModel, t: number): number | undefined {
    for (const [, e] of m.periods) if (t < e) return e;
    return undefined;
  },
  prevClose(m: ReferenceModel, t: number): number | undefined {
    for (let i = m.periods.length - 1; i >= 0; i--) {
      const [s, e] = m.periods[i] as [number, number];
      if (s < t) return Math.min(e, t);
    }
    return undefined;
  },
  add(m: ReferenceModel, t: number, d: number): number | undefined {
    let left = d;
    for (const [s, e] of m.periods) {
      if (e <= t) continue;
      const from = Math.max(s, t);
      if (e - from >= left) return from + left;
      left -= e - from;
    }
    return undefined;
  },
  subtract(m: ReferenceModel, t: number, d: number): number | undefined {
    let left = d;
    for (let i = m.periods.length - 1; i >= 0; i--) {
      const [s, e] = m.periods[i] as [number, number];
      if (s >= t) continue;
      const to = Math.min(e, t);
      if (to - s >= left) return to - left;
      left -= to - s;
    }
    return undefined;
  },
};
