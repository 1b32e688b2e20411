// fast-check arbitraries for business calendars: zones with DST (incl. Lord Howe's 30-minute
// shift and Santiago's midnight changes) and half-hour zones, weekly hours with several intervals,
// overnight shifts and "24:00", holidays (dates, ranges, yearly), special days and breaks.
import fc from "fast-check";
import type { CalendarInput } from "../../src/calendar/index.js";

export const ZONES = [
  "UTC",
  "America/New_York",
  "Europe/London",
  "Australia/Lord_Howe",
  "America/Santiago",
  "Asia/Kolkata",
  "Asia/Shanghai",
  "America/St_Johns",
  "Asia/Kathmandu",
] as const;

const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
const pad = (n: number): string => String(n).padStart(2, "0");
/** A wall time on a 30-minute grid (with 00:00–24:00 both possible). */
const clock = (halfHours: number): string => `${pad(Math.floor(halfHours / 2))}:${halfHours % 2 === 0 ? "00" : "30"}`;

/** One day's intervals: sorted grid points paired up; the last may run overnight. */
export const dayHoursArb: fc.Arbitrary<[string, string][]> = fc
  .record({
    points: fc.uniqueArray(fc.integer({ min: 0, max: 48 }), { minLength: 0, maxLength: 4 }),
    overnight: fc.option(fc.record({ start: fc.integer({ min: 30, max: 47 }), end: fc.integer({ min: 0, max: 16 }) }), { freq: 3 }),
  })
  .map(({ points, overnight }) => {
    const sorted = [...points].sort((a, b) => a - b);
    const out: [string, string][] = [];
    let last = -1;
    for (let i = 0; i + 1 < sorted.length; i += 2) {
      out.push([clock(sorted[i] as number), clock(sorted[i + 1] as number)]);
      last = sorted[i + 1] as number;
    }
    if (overnight !== null && overnight.start >= last && overnight.start < 48) out.push([clock(overnight.start), clock(overnight.end)]);
    return out;
  });

const dateArb = (fromDay: number, days: number): fc.Arbitrary<string> =>
  fc.integer({ min: 0, max: days - 1 }).map((i) => new Date((fromDay + i) * 86_400_000).toISOString().slice(0, 10));

/** The window generated dates and instants fall in: both 2024 DST changes of every zone listed. */
export const WINDOW = { from: "2024-02-20", to: "2024-11-20", fromMs: Date.UTC(2024, 1, 20), toMs: Date.UTC(2024, 10, 20) } as const;
const FIRST_DAY = WINDOW.fromMs / 86_400_000;
const WINDOW_DAYS = (WINDOW.toMs - WINDOW.fromMs) / 86_400_000;

const holidayArb = fc.oneof(
  dateArb(FIRST_DAY, WINDOW_DAYS),
  dateArb(FIRST_DAY, WINDOW_DAYS).map((date) => ({ date, name: "Holiday" })),
  fc.tuple(dateArb(FIRST_DAY, WINDOW_DAYS), fc.integer({ min: 0, max: 9 })).map(([from, n]) => ({
    from,
    to: new Date(Date.parse(`${from}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10),
  })),
  fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) }),
);

const breakArb: fc.Arbitrary<[string, string][]> = fc
  .tuple(fc.integer({ min: 0, max: 46 }), fc.integer({ min: 1, max: 8 }))
  .map(([start, length]) => [[clock(start), clock(Math.min(48, start + length))]]);

/** A valid calendar with some open time every week. */
export const calendarArb: fc.Arbitrary<CalendarInput> = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    days: fc.tuple(...WEEKDAYS.map(() => dayHoursArb)),
    holidays: fc.array(holidayArb, { maxLength: 5 }),
    specialDays: fc.array(fc.tuple(dateArb(FIRST_DAY, WINDOW_DAYS), dayHoursArb), { maxLength: 4 }),
    breaks: fc.array(fc.tuple(dateArb(FIRST_DAY, WINDOW_DAYS), breakArb), { maxLength: 4 }),
  })
  .filter(({ days }) => days.some((list) => list.length > 0))
  .map(({ timeZone, days, holidays, specialDays, breaks }) => {
    const week: Record<string, [string, string][]> = {};
    WEEKDAYS.forEach((key, i) => {
      const list = days[i] as [string, string][];
      if (list.length > 0) week[key] = list;
    });
    const input: CalendarInput = { timeZone, week, holidays };
    if (specialDays.length > 0) input.specialDays = Object.fromEntries(specialDays);
    if (breaks.length > 0) input.breaks = Object.fromEntries(breaks);
    return input;
  });

/** Instants in the window, half of them within a day of a 2024/2025 DST change somewhere. */
const DST_DAYS = ["2024-03-10", "2024-03-31", "2024-04-06", "2024-04-07", "2024-09-08", "2024-10-06", "2024-10-27", "2024-11-03"];
export const instantArb: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: WINDOW.fromMs, max: WINDOW.toMs }).map((ms) => ms - (ms % 60_000)),
  fc
    .tuple(fc.constantFrom(...DST_DAYS), fc.integer({ min: -36 * 60, max: 36 * 60 }))
    .map(([day, minutes]) => Date.parse(`${day}T00:00:00Z`) + minutes * 60_000),
);

/** Business durations up to 60 hours, on a one-minute grid (sometimes odd milliseconds). */
export const durationArb: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: 1, max: 60 * 60 }).map((minutes) => minutes * 60_000),
  fc.integer({ min: 1, max: 60 * 3_600_000 }),
);

/** Any instant the calendar accepts (years 0002–9998), most of them far from the generated window. */
export const farInstantArb: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(9998, 11, 31) }),
  fc.integer({ min: new Date(0).setUTCFullYear(2, 0, 2), max: Date.UTC(2023, 0, 1) }),
  fc.constantFrom(Date.UTC(9998, 11, 31, 12), new Date(0).setUTCFullYear(2, 0, 2)),
);
