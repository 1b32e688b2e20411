// A slow, obviously-correct model of complaint deadline arithmetic, written from
// docs/guides/regulatory-deadlines.md ("Counting rules", "Paused intervals", "Approved
// extensions") and docs/concepts/complaints.md. It walks local dates one by one and shares no code
// with src/. A reviewer checks each numbered step below against those pages.
//
// Scope: calendars of weekly hours, holidays and special days, with intervals inside one day
// (no overnight shifts, no breaks), in zones whose midnight always exists.
import { DAY_MS, dayOfText, localDay, wallInstant, weekdayOf, type Day } from "./zone.js";

/** A business calendar as the model sees it: hours are [startMinute, endMinute) of the local day. */
export interface RefCalendar {
  readonly zone: string;
  /** Index 0 = Sunday … 6 = Saturday. */
  readonly week: readonly (readonly (readonly [number, number])[])[];
  readonly holidays: ReadonlySet<Day>;
  readonly special: ReadonlyMap<Day, readonly (readonly [number, number])[]>;
}

export type RefDayUnit = "businessDays" | "calendarDays" | "weeks" | "months";
export type RefUnit = RefDayUnit | "businessTime" | "elapsed";

export interface RefCounting {
  readonly firstDay: "excluded" | "included";
  readonly cutOff: "end_of_day" | "close_of_business";
  readonly rollForward: boolean;
  readonly outsideHours: "as_is" | "next_business_day";
}

export interface RefDeadline {
  readonly unit: RefUnit;
  /** Days, weeks or months for day units; milliseconds for `businessTime` and `elapsed`. */
  readonly amount: number;
  /** Counting rules with the documented defaults already filled in. */
  readonly counting: RefCounting;
}

/** A paused interval [from, to) in epoch milliseconds. */
export interface RefPause {
  readonly from: number;
  readonly to: number;
}

/** The documented defaults: first day excluded, close of business for business days, end of day otherwise. */
export function withDefaults(unit: RefUnit, counting: Partial<RefCounting>): RefCounting {
  return {
    firstDay: counting.firstDay ?? "excluded",
    cutOff: counting.cutOff ?? (unit === "businessDays" ? "close_of_business" : "end_of_day"),
    rollForward: counting.rollForward ?? false,
    outsideHours: counting.outsideHours ?? "as_is",
  };
}

// ---------------------------------------------------------------------------------------------
// The calendar, day by day

/** Open intervals of a local date as instants: special days replace the week, holidays close. */
export function openIntervals(cal: RefCalendar, day: Day): [number, number][] {
  if (cal.holidays.has(day)) return [];
  const hours = cal.special.get(day) ?? cal.week[weekdayOf(day)] ?? [];
  return hours.map(([s, e]) => [wallInstant(cal.zone, day, s), wallInstant(cal.zone, day, e)]);
}

export function isBusinessDay(cal: RefCalendar, day: Day): boolean {
  return openIntervals(cal, day).length > 0;
}

function isOpenAt(cal: RefCalendar, ms: number): boolean {
  return openIntervals(cal, localDay(cal.zone, ms)).some(([s, e]) => s <= ms && ms < e);
}

/** The first opening at or after `ms` (looked for within ten years). */
function nextOpening(cal: RefCalendar, ms: number): number {
  for (let day = localDay(cal.zone, ms); day < localDay(cal.zone, ms) + 3660; day++) {
    for (const [s] of openIntervals(cal, day)) if (s >= ms) return s;
  }
  throw new Error("reference: calendar never opens");
}

/** The n-th business day strictly after `day` (n ≥ 1); `day` itself for n = 0. */
function nthBusinessDayAfter(cal: RefCalendar, day: Day, n: number): Day {
  let d = day;
  for (let found = 0; found < n; ) {
    d += 1;
    if (isBusinessDay(cal, d)) found += 1;
  }
  return d;
}

function addMonthsClamped(day: Day, months: number): Day {
  const date = new Date(day * DAY_MS);
  const index = date.getUTCFullYear() * 12 + date.getUTCMonth() + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const lastOfMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(date.getUTCDate(), lastOfMonth)) / DAY_MS;
}

/** `n` units after `day`: business days strictly after it, calendar days, weeks, calendar months (clamped). */
function unitsAfter(cal: RefCalendar, day: Day, unit: RefDayUnit, n: number): Day {
  if (unit === "businessDays") return nthBusinessDayAfter(cal, day, n);
  if (unit === "calendarDays") return day + n;
  if (unit === "weeks") return day + 7 * n;
  return addMonthsClamped(day, n);
}

// ---------------------------------------------------------------------------------------------
// Day units

/**
 * The due instant (last on-time instant) of a day-counted deadline:
 * 1. the start is the anchor, or with `outsideHours: next_business_day` and an anchor outside open
 *    hours, the next opening; its local date is the first date;
 * 2. `firstDay: excluded`: the last day is `amount` units after the first date; `included`: the
 *    first date is day 1 (for business days only when it is one), so one day earlier;
 * 3. each extension counts on from the current last day, in the deadline's unit;
 * 4. each pause, in time order, unless it starts after the deadline as it stands, moves the last
 *    day out by the whole days it covered: the dates from its start's date up to (not including)
 *    its end's date, counting only business days for a business-day deadline;
 * 5. `rollForward`: a last day that is not a business day becomes the next business day;
 * 6. the deadline ends at local midnight after the last day (`end_of_day`) or at the end of that
 *    day's last open interval (`close_of_business`; on a closed day, the last close before midnight).
 */
export function dayUnitDue(cal: RefCalendar, deadline: RefDeadline, anchor: number, pauses: readonly RefPause[], extensions: readonly number[]): number {
  const unit = deadline.unit as RefDayUnit;
  const c = deadline.counting;
  const start = c.outsideHours === "next_business_day" && !isOpenAt(cal, anchor) ? nextOpening(cal, anchor) : anchor;
  const first = localDay(cal.zone, start);

  let last: Day;
  if (c.firstDay === "excluded") last = unitsAfter(cal, first, unit, deadline.amount);
  else if (unit === "businessDays")
    last = isBusinessDay(cal, first) ? nthBusinessDayAfter(cal, first, deadline.amount - 1) : nthBusinessDayAfter(cal, first, deadline.amount);
  else last = unitsAfter(cal, first, unit, deadline.amount) - 1;

  for (const extra of extensions) last = unitsAfter(cal, last, unit, extra);

  const finish = (day: Day): number => {
    const rolled = c.rollForward && !isBusinessDay(cal, day) ? nthBusinessDayAfter(cal, day, 1) : day;
    const midnight = wallInstant(cal.zone, rolled + 1, 0);
    if (c.cutOff === "end_of_day") return midnight;
    for (let d = rolled; d > rolled - 3660; d--) {
      const open = openIntervals(cal, d);
      if (open.length > 0) return open[open.length - 1]![1];
    }
    return midnight;
  };

  for (const pause of [...pauses].sort((a, b) => a.from - b.from)) {
    if (pause.to <= pause.from) continue;
    if (pause.from > finish(last)) break;
    const from = localDay(cal.zone, pause.from);
    const to = localDay(cal.zone, pause.to);
    let covered = 0;
    for (let d = from; d < to; d++) if (unit !== "businessDays" || isBusinessDay(cal, d)) covered += 1;
    if (covered > 0) last = unit === "businessDays" ? nthBusinessDayAfter(cal, last, covered) : last + covered;
  }
  return finish(last);
}

/** The last day a day-counted deadline was due, as its `dueDate` reads (the day its due instant ends). */
export function dueDateOf(cal: RefCalendar, due: number): string {
  return new Date(localDay(cal.zone, due - 1) * DAY_MS).toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// Time units

/** Subtracts the paused intervals from [s, e). */
function unpaused(s: number, e: number, pauses: readonly RefPause[]): [number, number][] {
  let pieces: [number, number][] = [[s, e]];
  for (const p of pauses) {
    pieces = pieces.flatMap(([a, b]): [number, number][] => {
      if (p.to <= a || p.from >= b) return [[a, b]];
      const out: [number, number][] = [];
      if (p.from > a) out.push([a, p.from]);
      if (p.to < b) out.push([p.to, b]);
      return out;
    });
  }
  return pieces;
}

/**
 * The instant at which `amount` of counted time has passed since the anchor: open time of the
 * calendar (`businessTime`) or every millisecond (`elapsed`), paused intervals not counted. A
 * business-time count that ends exactly at a closing instant is due at the next opening.
 */
export function timeUnitDue(
  cal: RefCalendar | null,
  deadline: RefDeadline,
  anchor: number,
  pauses: readonly RefPause[],
  extensions: readonly number[],
): number {
  const amount = deadline.amount + extensions.reduce((a, b) => a + b, 0);
  if (deadline.unit === "elapsed") {
    // Walk the pauses in order: each one that starts before the count ends pushes it out.
    let due = anchor + amount;
    for (const p of [...pauses].sort((a, b) => a.from - b.from)) {
      if (p.from >= due) break;
      due += Math.max(0, p.to - Math.max(p.from, anchor));
    }
    return due;
  }
  if (cal === null) throw new Error("reference: business time without a calendar");
  let counted = 0;
  for (let day = localDay(cal.zone, anchor); day < localDay(cal.zone, anchor) + 3660; day++) {
    for (const [s0, e0] of openIntervals(cal, day)) {
      const s = Math.max(s0, anchor);
      if (e0 <= s) continue;
      for (const [a, b] of unpaused(s, e0, pauses)) {
        if (counted + (b - a) >= amount) {
          const reached = a + (amount - counted);
          // Ending on a closing instant (not inside open time) means the next opening.
          return reached === e0 && !isOpenAt(cal, reached) ? nextOpening(cal, reached) : reached;
        }
        counted += b - a;
      }
    }
  }
  throw new Error("reference: business time beyond ten years");
}

/** The due instant of any deadline. */
export function referenceDue(
  cal: RefCalendar | null,
  deadline: RefDeadline,
  anchor: number,
  pauses: readonly RefPause[],
  extensions: readonly number[],
): number {
  if (deadline.unit === "elapsed" || deadline.unit === "businessTime") return timeUnitDue(cal, deadline, anchor, pauses, extensions);
  if (cal === null) throw new Error("reference: day units without a calendar");
  return dayUnitDue(cal, deadline, anchor, pauses, extensions);
}

export { dayOfText };
