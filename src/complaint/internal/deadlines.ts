// Deadline arithmetic for complaint clocks. Day units (business days, calendar days, weeks,
// months) are counted on the calendar's local dates with the regulators' counting rules, through
// the calendar's public functions; time units (business time, elapsed time) are counted with the
// paused-time clock in ./counted.ts.
import {
  addBusinessDays,
  businessDaysBetween,
  closeOfBusiness,
  isBusinessDay,
  isOpen,
  localDate,
  nextOpen,
  prevClose,
  startOfLocalDay,
  type Calendar,
} from "../../calendar/index.js";
import { civilFromDays, daysFromCivil, daysInMonth, formatDayNumber, parseDayNumber, toDurationMs } from "../../core/index.js";
import type { ComplaintDeadlineDefinition, DeadlineLengthDefinition } from "../schemas.js";
import type { ComplaintClockState, ComplaintState } from "../types.js";
import type { CompiledComplaintPolicy } from "./compile.js";
import { countedDeadline, type PausedInterval } from "./counted.js";
import { complaintWork } from "./cost.js";

type Counting = NonNullable<ComplaintDeadlineDefinition["counting"]>;
type DayUnit = "businessDays" | "calendarDays" | "weeks" | "months";

/** A deadline's length and counting rules, the part of a definition the arithmetic needs. */
interface Spec {
  readonly length: DeadlineLengthDefinition;
  readonly counting?: Counting | undefined;
}

/** The calendar behind day and business units; the schema guarantees one exists for them. */
function calendarOf(policy: CompiledComplaintPolicy): Calendar {
  if (policy.calendar === null) throw new Error("complaint policy without a calendar used a calendar unit");
  return policy.calendar;
}

const dateOf = (cal: Calendar, ms: number): number => parseDayNumber(localDate(cal, ms))!;
const text = formatDayNumber;

function addMonths(day: number, months: number): number {
  const { year, month, day: dom } = civilFromDays(day);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return daysFromCivil(y, m, Math.min(dom, daysInMonth(y, m)));
}

/** The local date `n` units after `day` (n ≥ 0), business days counted strictly after `day`. */
function addUnits(cal: Calendar, day: number, unit: DayUnit, n: number): number {
  switch (unit) {
    case "businessDays":
      return n === 0 ? day : parseDayNumber(addBusinessDays(cal, text(day), n))!;
    case "calendarDays":
      return day + n;
    case "weeks":
      return day + 7 * n;
    case "months":
      return addMonths(day, n);
  }
}

/** The last day of a count of `n` units from `first` (the anchor's date), per `firstDay`. */
function lastDay(cal: Calendar, first: number, unit: DayUnit, n: number, included: boolean): number {
  if (!included) return addUnits(cal, first, unit, n);
  // The anchor's own date is day 1 — for business days only when it is one.
  if (unit === "businessDays") return isBusinessDay(cal, text(first)) ? addUnits(cal, first, unit, n - 1) : addUnits(cal, first, unit, n);
  return addUnits(cal, first, unit, n) - 1;
}

/** The instant a last day ends: local midnight after it, or its close of business. */
function cutOffInstant(cal: Calendar, last: number, cutOff: "end_of_day" | "close_of_business"): number {
  const endOfDay = startOfLocalDay(cal, text(last + 1)).getTime();
  if (cutOff === "end_of_day") return endOfDay;
  // Not a business day and not rolled forward: the last close before the day ends.
  return (closeOfBusiness(cal, text(last)) ?? prevClose(cal, endOfDay) ?? new Date(endOfDay)).getTime();
}

function amountOf(length: DeadlineLengthDefinition): number {
  if ("businessTime" in length) return toDurationMs(length.businessTime);
  if ("elapsed" in length) return toDurationMs(length.elapsed);
  return Object.values(length)[0] as number;
}

/**
 * The due instant (last on-time instant) of a count started at `anchor`, with paused intervals
 * (sorted, ends resolved) and extensions (amounts in the same unit).
 *
 * Day units: the last day is the n-th unit after the anchor's local date (or counting the anchor's
 * date as day 1), moved out by the extensions and by the whole days each pause covered (business
 * days for business-day counts; a pause from Monday 10:00 to Wednesday 15:00 covers Monday and
 * Tuesday), rolled forward to a business day when asked, and cut off at the end of the day or at
 * its close of business.
 */
function dueInstant(
  policy: CompiledComplaintPolicy,
  spec: Spec,
  anchor: number,
  pauses: readonly PausedInterval[] = [],
  extensions: readonly DeadlineLengthDefinition[] = [],
): number {
  complaintWork.steps += 1 + pauses.length + extensions.length;
  const unit = Object.keys(spec.length)[0] as keyof DeadlineLengthDefinition & string;
  const total = amountOf(spec.length) + extensions.reduce((sum, e) => sum + amountOf(e), 0);
  if (unit === "elapsed") return countedDeadline(null, anchor, total, pauses);
  const cal = calendarOf(policy);
  if (unit === "businessTime") return countedDeadline(cal, anchor, total, pauses);

  const dayUnit = unit as DayUnit;
  const counting = spec.counting ?? {};
  const cutOff = counting.cutOff ?? (dayUnit === "businessDays" ? "close_of_business" : "end_of_day");
  const start = counting.outsideHours === "next_business_day" && !isOpen(cal, anchor) ? (nextOpen(cal, anchor)?.getTime() ?? anchor) : anchor;
  let last = lastDay(cal, dateOf(cal, start), dayUnit, amountOf(spec.length), counting.firstDay === "included");
  for (const extension of extensions) last = addUnits(cal, last, dayUnit, amountOf(extension));
  const finish = (day: number): number => {
    const rolled = counting.rollForward === true && !isBusinessDay(cal, text(day)) ? parseDayNumber(addBusinessDays(cal, text(day), 1))! : day;
    return cutOffInstant(cal, rolled, cutOff);
  };
  for (const pause of pauses) {
    // A pause that starts after the deadline has passed cannot save it.
    if (pause.from > finish(last)) break;
    const from = dateOf(cal, pause.from);
    const to = dateOf(cal, pause.to);
    const lost = dayUnit === "businessDays" ? businessDaysBetween(cal, text(from), text(to)) : to - from;
    if (lost > 0) last = dayUnit === "businessDays" ? addUnits(cal, last, dayUnit, lost) : last + lost;
  }
  return finish(last);
}

/** The end of `length` counted from `anchor` with default counting (rules' time limits). */
export function lengthEndMs(policy: CompiledComplaintPolicy, anchor: number, length: DeadlineLengthDefinition): number {
  return dueInstant(policy, { length }, anchor);
}

/** A clock's paused intervals in time order, an open one (or one cut by the stop) ending at `asOf`. */
function pausesOf(clock: ComplaintClockState, asOf: number): PausedInterval[] {
  return clock.pauses
    .map((p) => ({ from: Date.parse(p.from), to: p.to === null ? asOf : Date.parse(p.to) }))
    .filter((p) => p.to > p.from)
    .sort((a, b) => a.from - b.from);
}

/** Paused milliseconds of a clock up to `asOf` (an open pause counts until `asOf`). */
export function pausedMs(clock: ComplaintClockState, asOf: number): number {
  return pausesOf(clock, asOf).reduce((sum, p) => sum + (p.to - p.from), 0);
}

/**
 * The due instant of a started clock, with its pauses (an open pause projected as if the clock
 * resumed at `asOf`) and approved extensions; null before it starts.
 */
export function clockDueMs(policy: CompiledComplaintPolicy, deadline: ComplaintDeadlineDefinition, clock: ComplaintClockState, asOf: number): number | null {
  if (clock.startedAt === null) return null;
  const end = clock.stoppedAt === null ? asOf : Math.min(asOf, Date.parse(clock.stoppedAt));
  return dueInstant(
    policy,
    deadline,
    Date.parse(clock.startedAt),
    pausesOf(clock, end),
    clock.extensions.map((e) => e.by),
  );
}

/** A clock that has not started: what a deadline added to the policy after a state was stored reads as. */
const UNSTARTED_CLOCK: ComplaintClockState = Object.freeze({ startedAt: null, stoppedAt: null, pauses: [], extensions: [], restarts: 0 });

/** The clock of a deadline in a state (unstarted when the state predates the deadline). */
export function clockOf(state: ComplaintState, id: string): ComplaintClockState {
  return state.clocks[id] ?? UNSTARTED_CLOCK;
}

/** How long before its due instant a deadline turns `at_risk` (0 without `warnBefore`). */
export function warnBeforeMs(deadline: ComplaintDeadlineDefinition): number {
  return deadline.warnBefore === undefined ? 0 : toDurationMs(deadline.warnBefore);
}

/** True when a deadline runs for the complaint's current class. */
export function deadlineApplies(deadline: ComplaintDeadlineDefinition, state: ComplaintState): boolean {
  return deadline.classes === undefined || deadline.classes.includes(state.class);
}

/** `limit` unless the definition says `window`. */
export function deadlineKind(deadline: ComplaintDeadlineDefinition): "limit" | "window" {
  return deadline.kind ?? "limit";
}

// The due instant of a clock counting its closed pauses only, per clock object: clocks are
// replaced, never changed, so a clock untouched by an event is not counted again (the replay fold
// evaluates the deadline triggers after every event).
const settledDues = new WeakMap<ComplaintClockState, { readonly deadline: ComplaintDeadlineDefinition; readonly due: number }>();

function settledDue(policy: CompiledComplaintPolicy, deadline: ComplaintDeadlineDefinition, clock: ComplaintClockState): number {
  const cached = settledDues.get(clock);
  if (cached !== undefined && cached.deadline === deadline) return cached.due;
  const closed = clock.pauses.filter((p) => p.to !== null);
  const due = dueInstant(
    policy,
    deadline,
    Date.parse(clock.startedAt!),
    closed.map((p) => ({ from: Date.parse(p.from), to: Date.parse(p.to!) })).filter((p) => p.to > p.from),
    clock.extensions.map((e) => e.by),
  );
  settledDues.set(clock, { deadline, due });
  return due;
}

/**
 * The instant a deadline turns breached (a limit) or lapses (a window): one millisecond after its
 * due instant; null when it will not without a further event (not started, stopped in time, paused
 * before its due instant). A pause open since before the due instant holds the clock; one opened
 * after it changes nothing (it starts after the count ended), so the due instant of the closed
 * pauses decides both.
 */
export function deadlineBreachInstant(policy: CompiledComplaintPolicy, deadline: ComplaintDeadlineDefinition, state: ComplaintState): number | null {
  const clock = clockOf(state, deadline.id);
  if (clock.startedAt === null || !deadlineApplies(deadline, state)) return null;
  const due = settledDue(policy, deadline, clock);
  if (clock.stoppedAt !== null) return Date.parse(clock.stoppedAt) > due ? due + 1 : null;
  const last = clock.pauses[clock.pauses.length - 1];
  if (last !== undefined && last.to === null && Date.parse(last.from) <= due) return null;
  return due + 1;
}
