import * as z from "zod";
import { addIssue, daysInMonth, LocalDateSchema, MetaSchema, parseDayNumber, parseTimeOfDay, TimeOfDaySchema, TimeZoneSchema } from "../core/index.js";

const DAY_MS = 86_400_000;
// Bounds on what a definition may list, so compiling stays quick whatever arrives.
const MAX_INTERVALS = 288; // five-minute slots around the clock
const MAX_DATED = 20_000; // holidays, special days, breaks: 500 years of a busy public calendar
const MAX_NAME = 200;

// Input types are declared wider than the tuples the schemas check (validation is at run time
// anyway): TypeScript infers `[["09:00", "18:00"]]` as string[][], a JSON import likewise, and
// `as const` makes arrays readonly. Each must type-check as a `CalendarInput`.

/** One opening interval, `["09:00", "18:00"]`; an end at or before the start runs overnight. */
export const OpeningIntervalSchema: z.ZodType<[string, string], readonly string[]> = z
  .tuple([TimeOfDaySchema, TimeOfDaySchema])
  .describe('Opening interval ["HH:MM", "HH:MM"]; end <= start runs overnight into the next day; "24:00" = next midnight');

/** The opening intervals of one day. */
export const DayHoursSchema: z.ZodType<[string, string][], readonly (readonly string[])[]> = z
  .array(OpeningIntervalSchema)
  .max(MAX_INTERVALS)
  .describe("Opening intervals of one day; [] = closed");

const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
/** Weekday keys of `week`. */
export type Weekday = (typeof WEEKDAYS)[number];

export const WeekSchema = z
  .strictObject({
    mon: DayHoursSchema.optional(),
    tue: DayHoursSchema.optional(),
    wed: DayHoursSchema.optional(),
    thu: DayHoursSchema.optional(),
    fri: DayHoursSchema.optional(),
    sat: DayHoursSchema.optional(),
    sun: DayHoursSchema.optional(),
  })
  .describe("Weekly opening hours; an omitted day is closed");

const name = z.string().max(MAX_NAME).optional();

/** A holiday: a date, `{ date, name }`, an inclusive `{ from, to, name }` range, or a yearly `{ month, day, name }`. */
export const HolidaySchema = z
  .union([
    LocalDateSchema,
    z.strictObject({ date: LocalDateSchema, name }),
    z.strictObject({ from: LocalDateSchema, to: LocalDateSchema, name }),
    z.strictObject({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31), name }),
  ])
  .describe("A closed local date, a date range (inclusive) or a yearly date");

/** Opening hours by local date ("YYYY-MM-DD" keys). */
export const DatedHoursSchema: z.ZodType<Record<string, [string, string][]>, Readonly<Record<string, readonly (readonly string[])[]>>> = z
  .record(z.string(), DayHoursSchema)
  .refine((value) => Object.keys(value).length <= MAX_DATED, { params: { pledgekitCode: "too_many_dates", maximum: MAX_DATED } });

const HolidayListSchema: z.ZodType<z.output<typeof HolidaySchema>[], readonly z.input<typeof HolidaySchema>[]> = z.array(HolidaySchema).max(MAX_DATED);

/** A business calendar: opening hours in a time zone, with holidays, special days and breaks. */
export const CalendarSchema = z
  .strictObject({
    timeZone: TimeZoneSchema,
    name: z.string().max(MAX_NAME).optional(),
    week: WeekSchema.optional(),
    holidays: HolidayListSchema.optional(),
    specialDays: DatedHoursSchema.optional().describe("Hours replacing the week's on these dates ([] closes the date)"),
    breaks: DatedHoursSchema.optional().describe("Wall-clock time removed on these dates"),
    meta: MetaSchema.optional(),
  })
  .superRefine((value, ctx) => {
    // zod runs this even when parts failed: read defensively.
    const week = (value.week ?? {}) as Record<string, unknown>;
    for (const day of WEEKDAYS) checkDay(ctx, week[day], ["week", day]);
    checkDated(ctx, value.specialDays, "specialDays", false);
    checkDated(ctx, value.breaks, "breaks", true);
    if (Array.isArray(value.holidays)) {
      value.holidays.forEach((holiday, index) => {
        if (typeof holiday !== "object" || holiday === null) return;
        if ("from" in holiday) {
          const from = parseDayNumber(holiday.from);
          const to = parseDayNumber(holiday.to);
          if (from !== undefined && to !== undefined && from > to) {
            addIssue(ctx, "invalid_range", ["holidays", index, "to"], { from: holiday.from, to: holiday.to });
          }
        } else if ("month" in holiday && typeof holiday.month === "number" && typeof holiday.day === "number") {
          if (holiday.day > daysInMonth(2000, holiday.month)) {
            addIssue(ctx, "invalid_month_day", ["holidays", index, "day"], { month: holiday.month, day: holiday.day });
          }
        }
      });
    }
  });

type Ctx = Parameters<Parameters<typeof CalendarSchema.superRefine>[0]>[1];

function checkDated(ctx: Ctx, dated: unknown, key: string, isBreak: boolean): void {
  if (typeof dated !== "object" || dated === null) return;
  for (const date of Object.keys(dated)) {
    if (parseDayNumber(date) === undefined) addIssue(ctx, "invalid_date", [key, date], { received: date });
    const hours = (dated as Record<string, unknown>)[date];
    if (isBreak) checkBreaks(ctx, hours, [key, date]);
    else checkDay(ctx, hours, [key, date]);
  }
}

function readInterval(item: unknown): [number, number] | undefined {
  if (!Array.isArray(item) || item.length !== 2) return undefined;
  const [a, b] = item as unknown[];
  if (typeof a !== "string" || typeof b !== "string") return undefined;
  const s = parseTimeOfDay(a);
  const e = parseTimeOfDay(b);
  return s === undefined || e === undefined ? undefined : [s, e];
}

function checkDay(ctx: Ctx, hours: unknown, path: (string | number)[]): void {
  if (!Array.isArray(hours)) return;
  const spans: { s: number; e: number; index: number }[] = [];
  hours.forEach((item, index) => {
    const iv = readInterval(item);
    if (iv === undefined) return;
    const [s, e] = iv;
    if (s === e || (s === DAY_MS && e === 0)) {
      addIssue(ctx, "empty_interval", [...path, index], { received: item });
      return;
    }
    if (s === DAY_MS) {
      addIssue(ctx, "invalid_time", [...path, index, 0], { received: (item as string[])[0] });
      return;
    }
    spans.push({ s, e: e <= s ? e + DAY_MS : e, index });
  });
  spans.sort((x, y) => x.s - y.s);
  for (let i = 1; i < spans.length; i++) {
    const prev = spans[i - 1]!;
    const cur = spans[i]!;
    if (cur.s < prev.e) {
      addIssue(ctx, "overlapping_intervals", [...path, cur.index], { received: hours[cur.index], other: hours[prev.index] });
    }
  }
}

function checkBreaks(ctx: Ctx, hours: unknown, path: (string | number)[]): void {
  if (!Array.isArray(hours)) return;
  hours.forEach((item, index) => {
    const iv = readInterval(item);
    if (iv !== undefined && iv[1] <= iv[0]) addIssue(ctx, "invalid_break", [...path, index], { received: item });
  });
}

/** What users write: the input accepted by `defineCalendar`. */
export type CalendarInput = z.input<typeof CalendarSchema>;
/** A validated calendar definition (what `calendarDefinition` returns). */
export type CalendarDefinition = z.output<typeof CalendarSchema>;
/** One holiday entry of `CalendarInput.holidays`. */
export type HolidayInput = z.input<typeof HolidaySchema>;
/** Weekday keys in `week`, Sunday first (index = `Date#getUTCDay`). */
export const WEEKDAY_KEYS: readonly Weekday[] = WEEKDAYS;
