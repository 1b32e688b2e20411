// Local dates and wall times of an IANA zone, read from the host's Intl data. Written for the
// complaint reference model only: it shares no code with src/ (no core helpers, no calendar).

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The wall clock of `ms` in `zone`, as if it were UTC (seconds precision; milliseconds kept). */
function wallAsUtc(zone: string, ms: number): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(zone).formatToParts(new Date(ms))) if (p.type !== "literal") parts[p.type] = Number(p.value);
  const second = Math.floor(ms / 1000) * 1000;
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!) + (ms - second);
}

/** The zone's UTC offset at `ms`, in milliseconds. */
export function offsetAt(zone: string, ms: number): number {
  return wallAsUtc(zone, ms) - ms;
}

/** A day as a count of days since 1970-01-01 (local dates only, no time). */
export type Day = number;

export const DAY_MS = 86_400_000;

export function dayOfText(text: string): Day {
  return Date.UTC(Number(text.slice(0, 4)), Number(text.slice(5, 7)) - 1, Number(text.slice(8, 10))) / DAY_MS;
}

export function textOfDay(day: Day): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: Day): number {
  return new Date(day * DAY_MS).getUTCDay();
}

/** The local date of instant `ms` in `zone`. */
export function localDay(zone: string, ms: number): Day {
  return Math.floor(wallAsUtc(zone, ms) / DAY_MS);
}

/**
 * The instant at which the wall clock of `zone` reads `minute` minutes after midnight of `day`.
 * The model's calendars only use wall times that exist exactly once (06:00–22:00 and midnight in
 * the zones it is run with), so two rounds of offset correction settle it.
 */
export function wallInstant(zone: string, day: Day, minute: number): number {
  const wall = day * DAY_MS + minute * 60_000;
  let guess = wall - offsetAt(zone, wall);
  guess = wall - offsetAt(zone, guess);
  return guess;
}
