// A business calendar for the SLA reference model, enumerated day by day: each local date gets its
// own intervals (holidays > specialDays > week), resolved to instants, minus the breaks, then all
// pieces are merged into sorted open periods. Minute-free: everything is interval arithmetic on
// epoch milliseconds. Shares no code with src/ (nor with the calendar's own reference model).
import { DAY, localDayOf, wallToInstant } from "./zone.js";

/** The calendar JSON as CONTRACT §1 writes it (only what the model reads). */
export interface RefCalendarInput {
  readonly timeZone: string;
  readonly week?: Readonly<Record<string, readonly (readonly [string, string])[]>>;
  readonly holidays?: readonly (string | { date: string } | { from: string; to: string } | { month: number; day: number })[];
  readonly specialDays?: Readonly<Record<string, readonly (readonly [string, string])[]>>;
  readonly breaks?: Readonly<Record<string, readonly (readonly [string, string])[]>>;
}

export type Span = readonly [number, number];

const WEEKDAY_KEYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
/** How far the model looks before giving up (a calendar that never opens again). */
const MAX_DAYS = 3000;

const dayOfDate = (date: string): number => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY;
const dateOfDay = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);
/** "HH:MM" or "HH:MM:SS" as milliseconds after midnight ("24:00" = next midnight). */
const timeOfDay = (text: string): number => {
  const [h = 0, m = 0, s = 0] = text.split(":").map(Number);
  return ((h * 60 + m) * 60 + s) * 1000;
};

export interface RefCalendar {
  readonly zone: string;
  /** The i-th open period (merged, ascending) from the model's first day; undefined past the end. */
  period(i: number): Span | undefined;
  /** Pieces a local day owns (its intervals after breaks), as instants. */
  ownedPieces(day: number): Span[];
  localDay(t: number): number;
}

export function referenceCalendar(input: RefCalendarInput, from: number): RefCalendar {
  const zone = input.timeZone;
  const holidayDays = new Set<number>();
  const yearly = new Set<string>();
  for (const h of input.holidays ?? []) {
    if (typeof h === "string") holidayDays.add(dayOfDate(h));
    else if ("date" in h) holidayDays.add(dayOfDate(h.date));
    else if ("from" in h) for (let d = dayOfDate(h.from); d <= dayOfDate(h.to); d++) holidayDays.add(d);
    else yearly.add(`${String(h.month).padStart(2, "0")}-${String(h.day).padStart(2, "0")}`);
  }

  // Precedence: holidays > specialDays > week.
  function intervalsOf(day: number): readonly (readonly [string, string])[] {
    if (holidayDays.has(day) || yearly.has(dateOfDay(day).slice(5))) return [];
    const special = input.specialDays?.[dateOfDay(day)];
    if (special !== undefined) return special;
    const weekday = WEEKDAY_KEYS[(((day + 4) % 7) + 7) % 7] as string;
    return input.week?.[weekday] ?? [];
  }

  // Every interval belongs to the day it starts on; end <= start runs overnight. A DST-emptied
  // interval is dropped. Breaks of that day and the next remove their wall-clock range.
  const ownedCache = new Map<number, Span[]>();
  function ownedPieces(day: number): Span[] {
    const cached = ownedCache.get(day);
    if (cached !== undefined) return cached;
    let pieces: Span[] = [];
    for (const [a, b] of intervalsOf(day)) {
      const startWall = day * DAY + timeOfDay(a);
      let endWall = day * DAY + timeOfDay(b);
      if (endWall <= startWall) endWall += DAY;
      const start = wallToInstant(zone, startWall);
      const end = wallToInstant(zone, endWall);
      if (start < end) pieces.push([start, end]);
    }
    for (const breakDay of [day, day + 1]) {
      for (const [a, b] of input.breaks?.[dateOfDay(breakDay)] ?? []) {
        const cutStart = wallToInstant(zone, breakDay * DAY + timeOfDay(a));
        const cutEnd = wallToInstant(zone, breakDay * DAY + timeOfDay(b));
        const next: Span[] = [];
        for (const [s, e] of pieces) {
          if (cutEnd <= s || cutStart >= e) next.push([s, e]);
          else {
            if (s < cutStart) next.push([s, cutStart]);
            if (cutEnd < e) next.push([cutEnd, e]);
          }
        }
        pieces = next;
      }
    }
    ownedCache.set(day, pieces);
    return pieces;
  }

  // Periods of days [firstDay, lastDay], merged where they touch or overlap. A period ending before
  // `reliableUntil` cannot grow by days not yet enumerated (their pieces start after it).
  const firstDay = localDayOf(zone, from) - 3;
  let lastDay = firstDay + 30;
  let periods: [number, number][] = [];
  let reliableUntil = -Infinity;
  function enumerate(): void {
    const pieces: Span[] = [];
    for (let d = firstDay; d <= lastDay; d++) pieces.push(...ownedPieces(d));
    pieces.sort((x, y) => x[0] - y[0]);
    periods = [];
    for (const [s, e] of pieces) {
      const last = periods[periods.length - 1];
      if (last !== undefined && s <= last[1]) last[1] = Math.max(last[1], e);
      else periods.push([s, e]);
    }
    reliableUntil = wallToInstant(zone, lastDay * DAY);
  }
  enumerate();

  return {
    zone,
    ownedPieces,
    localDay: (t) => localDayOf(zone, t),
    period(i) {
      for (;;) {
        const p = periods[i];
        if (p !== undefined && p[1] < reliableUntil) return p;
        if (lastDay - firstDay >= MAX_DAYS) return p;
        lastDay = firstDay + Math.min(MAX_DAYS, (lastDay - firstDay) * 2);
        enumerate();
      }
    },
  };
}

/** A business day owns at least one open piece. */
export function isBusinessDay(cal: RefCalendar, day: number): boolean {
  return cal.ownedPieces(day).length > 0;
}

/**
 * The close of business of a `{ businessDays: n }` target started at `start`: the end of the last
 * piece owned by the n-th business day after the start's local date. For n = 0 that date itself,
 * unless it has no piece closing after `start` (then the next business day).
 */
export function businessDaysDue(cal: RefCalendar, start: number, n: number): number {
  let day = cal.localDay(start);
  let left = n;
  if (n === 0) {
    const own = cal.ownedPieces(day);
    const close = own[own.length - 1]?.[1];
    if (close !== undefined && close > start) return close;
    left = 1;
  }
  for (let guard = 0; guard < MAX_DAYS; guard++) {
    day += 1;
    if (isBusinessDay(cal, day) && --left === 0) {
      const own = cal.ownedPieces(day);
      return (own[own.length - 1] as Span)[1];
    }
  }
  throw new Error("reference: no business day within reach");
}
