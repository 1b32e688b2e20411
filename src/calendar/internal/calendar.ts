// The opaque Calendar value, its compilation from a definition, and argument readers shared by
// the public functions.

import {
  compiledRegistry,
  coreMessages,
  createIssue,
  parseDayNumber,
  parseOrThrow,
  parseTimeOfDay,
  PledgeError,
  toInstantMs,
  type CompiledValue,
  type IssuePath,
} from "../../core/index.js";
import { calendarMessages } from "../messages.js";
import { CalendarSchema, WEEKDAY_KEYS, type CalendarDefinition } from "../schemas.js";
import { createEngine, MAX_INSTANT, MIN_INSTANT, type Engine, type WallInterval } from "./engine/index.js";

/**
 * A compiled business calendar: opaque, immutable, created by `defineCalendar`. Pass it to the
 * calendar functions; read it back with `calendarTimeZone` / `calendarDefinition`.
 */
export interface Calendar extends CompiledValue<"pledgekit.calendar", CalendarDefinition> {
  readonly timeZone: string;
}

// Engines live in this copy's registry, out of reach of callers; a calendar made by another copy
// of pledgekit is adopted by compiling its definition once, and a forged one is refused.
const registry = compiledRegistry<Calendar, Engine>(
  "pledgekit.calendar",
  "a calendar from defineCalendar",
  (definition) => compileCalendar(parseOrThrow(CalendarSchema, definition, "invalid_calendar", calendarMessages)),
  ["calendar"],
);

const DAY_MS = 86_400_000;

function intervals(list: readonly (readonly [string, string])[] | undefined): WallInterval[] {
  const out: WallInterval[] = [];
  for (const [a, b] of list ?? []) {
    const s = parseTimeOfDay(a) as number;
    const e = parseTimeOfDay(b) as number;
    out.push([s, e <= s ? e + DAY_MS : e]);
  }
  return out.sort((x, y) => x[0] - y[0]);
}

// Freezes the parsed definition (zod built it fresh) but not `meta`, whose values are the user's own.
function deepFreeze<T>(value: T, skipMeta = false): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    for (const key of Object.keys(value)) {
      if (!(skipMeta && key === "meta")) deepFreeze((value as Record<string, unknown>)[key]);
    }
    Object.freeze(value);
  }
  return value;
}

/** Compiles a validated definition; throws `invalid_calendar` when it is never open. */
export function compileCalendar(definition: CalendarDefinition): Calendar {
  const week = WEEKDAY_KEYS.map((key) => intervals(definition.week?.[key]));
  const special = new Map<number, WallInterval[]>();
  for (const [date, list] of Object.entries(definition.specialDays ?? {})) special.set(parseDayNumber(date) as number, intervals(list));
  const breaks = new Map<number, WallInterval[]>();
  for (const [date, list] of Object.entries(definition.breaks ?? {})) breaks.set(parseDayNumber(date) as number, intervals(list));
  const rawRanges: [number, number][] = [];
  const yearly = new Set<number>();
  for (const holiday of definition.holidays ?? []) {
    if (typeof holiday === "string") {
      const d = parseDayNumber(holiday) as number;
      rawRanges.push([d, d]);
    } else if ("date" in holiday) {
      const d = parseDayNumber(holiday.date) as number;
      rawRanges.push([d, d]);
    } else if ("from" in holiday) {
      rawRanges.push([parseDayNumber(holiday.from) as number, parseDayNumber(holiday.to) as number]);
    } else yearly.add(holiday.month * 32 + holiday.day);
  }
  rawRanges.sort((a, b) => a[0] - b[0]);
  const holidayRanges: [number, number][] = [];
  for (const [a, b] of rawRanges) {
    const last = holidayRanges[holidayRanges.length - 1];
    if (last !== undefined && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else holidayRanges.push([a, b]);
  }
  const engine = createEngine({ zone: definition.timeZone, week, special, breaks, holidayRanges, yearly });

  const weeklyOpen = week.some((list) => list.length > 0) && yearly.size < 366;
  const specialOpen = [...special.entries()].some(([d, list]) => list.length > 0 && engine.ownedPieces(d).length > 0);
  if (!weeklyOpen && !specialOpen) {
    throw new PledgeError("invalid_calendar", [createIssue(calendarMessages, "no_open_time", [], {})]);
  }

  const calendar: Calendar = {
    kind: "pledgekit.calendar",
    timeZone: definition.timeZone,
    definition: deepFreeze(definition, true),
  };
  return registry.register(calendar, engine);
}

/** True for a compiled calendar (from this copy, or another copy whose definition compiles). */
export function isCalendarValue(value: unknown): value is Calendar {
  return registry.is(value);
}

/** The engine of a calendar argument; throws `invalid_argument` naming `path` otherwise. */
export function engineOf(cal: unknown, path: IssuePath = ["calendar"]): Engine {
  return registry.tables(cal, path);
}

/** `cal` as this copy's compiled calendar (adopting one from another copy); throws naming `path` otherwise. */
export function ownCalendar(cal: unknown, path: IssuePath = ["calendar"]): Calendar {
  return registry.own(cal, path);
}

const messages = { ...coreMessages, ...calendarMessages };
const FIRST_DAY = parseDayNumber("0002-01-01") ?? 0;
const LAST_DAY = parseDayNumber("9998-12-31") ?? 0;

/** Epoch ms of an instant argument within the covered years; throws `invalid_argument` otherwise. */
export function readInstant(input: unknown, path: IssuePath): number {
  const ms = toInstantMs(input, path);
  if (ms < MIN_INSTANT || ms > MAX_INSTANT) {
    throw new PledgeError("invalid_argument", [createIssue(calendarMessages, "out_of_range", path, { received: input })]);
  }
  return ms;
}

/** Day number of a "YYYY-MM-DD" argument; throws `invalid_argument` naming `path` otherwise. */
export function readDate(input: unknown, path: IssuePath): number {
  const d = typeof input === "string" ? parseDayNumber(input) : undefined;
  if (d === undefined) {
    throw new PledgeError("invalid_argument", [createIssue(messages, "invalid_date", path, { received: input })]);
  }
  if (d < FIRST_DAY || d > LAST_DAY) {
    throw new PledgeError("invalid_argument", [createIssue(calendarMessages, "out_of_range", path, { received: input })]);
  }
  return d;
}

/** A whole number argument; throws `invalid_argument` naming `path` otherwise. */
export function readInteger(input: unknown, path: IssuePath): number {
  if (typeof input !== "number" || !Number.isInteger(input)) {
    throw new PledgeError("invalid_argument", [createIssue(calendarMessages, "not_an_integer", path, { received: input })]);
  }
  return input;
}

/** Whether a day number lies in the accepted dates, 0002-01-01 to 9998-12-31. */
export function isCoveredDay(d: number): boolean {
  return d >= FIRST_DAY && d <= LAST_DAY;
}

/** Throws `beyond_calendar` for `what`. */
export function beyond(what: string, days = false): never {
  throw new PledgeError("beyond_calendar", [createIssue(calendarMessages, "beyond_calendar", [], { what, days })]);
}
