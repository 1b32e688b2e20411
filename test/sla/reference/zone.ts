// Time-zone arithmetic for the SLA reference model, straight from Intl: the offset of a zone at an
// instant, a local wall time turned into an instant (DST gap: forward by the gap; overlap: the
// earlier instant), and the local date of an instant. Shares no code with src/.

const HOUR = 3_600_000;
export const DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, number>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The zone's offset at `t`, read from Intl (whole seconds). */
function rawOffset(zone: string, t: number): number {
  const whole = Math.floor(t / 1000) * 1000;
  const parts: Record<string, number> = {};
  for (const part of formatter(zone).formatToParts(whole)) if (part.type !== "literal") parts[part.type] = Number(part.value);
  const wall = Date.UTC(
    parts.year as number,
    (parts.month as number) - 1,
    parts.day as number,
    parts.hour as number,
    parts.minute as number,
    parts.second as number,
  );
  return wall - whole;
}

/**
 * Milliseconds to add to a UTC instant to read the zone's wall clock at that instant. An hour whose
 * first and last second have the same offset has it throughout (zones change at most once an hour):
 * that answer is kept per hour; an hour with a change is read exactly.
 */
export function offsetAt(zone: string, t: number): number {
  const hour = Math.floor(t / HOUR);
  const key = `${zone}|${hour}`;
  const cached = offsets.get(key);
  if (cached !== undefined) return cached;
  const first = rawOffset(zone, hour * HOUR);
  if (first !== rawOffset(zone, hour * HOUR + HOUR - 1000)) return rawOffset(zone, t);
  if (offsets.size > 1_000_000) offsets.clear();
  offsets.set(key, first);
  return first;
}

/**
 * The instant of wall time `wall` (local milliseconds since 1970-01-01 00:00 local). Tries the
 * offsets in force a day before and a day after; an existing wall time matches one of them (the
 * earlier instant when both match: an overlap). None matching is a gap: reading the wall time with
 * the offset from before the change moves it forward by the gap.
 */
export function wallToInstant(zone: string, wall: number): number {
  const before = offsetAt(zone, wall - DAY);
  const after = offsetAt(zone, wall + DAY);
  const candidates = [wall - before, wall - after].filter((t) => offsetAt(zone, t) === wall - t);
  if (candidates.length > 0) return Math.min(...candidates);
  return wall - before;
}

/** Day number (days since 1970-01-01) of the local date at instant `t`. */
export function localDayOf(zone: string, t: number): number {
  return Math.floor((t + offsetAt(zone, t)) / DAY);
}

export const HOUR_MS = HOUR;
