// Time-zone offsets without the host zone. Each zone's offset transitions are found once per
// ~398-day chunk of time (weekly samples, then a binary search to the second) and cached, so a
// lookup is a Map read plus a scan of a handful of transitions; `Intl` is only called while a
// chunk is first explored.
//
// Why not date-fns-tz `getTimezoneOffset`: it reads the Date's host-local fields (the host TZ
// leaks in) and answers for a wall time, not an instant. We use the same Intl technique
// (Intl formatting in the zone) directly on the instant.

import { MS_PER_DAY } from "./civil.js";

const CHUNK_MS = 2 ** 35; // ≈ 397.7 days
const SAMPLE_MS = 6 * MS_PER_DAY; // zones never change offset twice within 6 days

interface Chunk {
  /** Offset at the chunk's first instant. */
  readonly first: number;
  /** Instants at which the offset changes, ascending, and the offset from each one on. */
  readonly at: readonly number[];
  readonly offset: readonly number[];
}

interface ZoneCache {
  readonly format: Intl.DateTimeFormat;
  readonly chunks: Map<number, Chunk>;
  lastKey: number;
  last: Chunk | undefined;
}

const zones = new Map<string, ZoneCache>();
let intlCalls = 0;

/** How many times `Intl` has been asked for an offset in this process (lets tests count work). */
export function zoneLookupCount(): number {
  return intlCalls;
}

function zoneCache(zone: string): ZoneCache {
  let cache = zones.get(zone);
  if (cache === undefined) {
    // Only the offset, as "GMT+05:30" (seconds when the offset has them, "GMT" for zero): `format`
    // is over ten times cheaper than `formatToParts`, and no local fields need reassembling.
    const format = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" });
    cache = { format, chunks: new Map(), lastKey: Number.NaN, last: undefined };
    zones.set(zone, cache);
  }
  return cache;
}

const OFFSET = /GMT(?:([+-])(\d\d):(\d\d)(?::(\d\d))?)?$/;

// Offset (local − UTC, ms) at an instant, straight from Intl. Whole seconds.
function intlOffset(cache: ZoneCache, ms: number): number {
  intlCalls += 1;
  const text = cache.format.format(Math.floor(ms / 1000) * 1000);
  const m = OFFSET.exec(text);
  if (m === null) throw new Error(`pledgekit: unexpected offset format ${JSON.stringify(text)} (internal error)`);
  if (m[1] === undefined) return 0;
  const seconds = (Number(m[2]) * 60 + Number(m[3])) * 60 + Number(m[4] ?? 0);
  return (m[1] === "-" ? -seconds : seconds) * 1000;
}

function exploreChunk(cache: ZoneCache, key: number): Chunk {
  const start = key * CHUNK_MS;
  const end = start + CHUNK_MS;
  const first = intlOffset(cache, start);
  const at: number[] = [];
  const offset: number[] = [];
  let prevT = start;
  let prevO = first;
  while (prevT < end) {
    const t = Math.min(prevT + SAMPLE_MS, end);
    const o = t === end ? intlOffset(cache, end - 1000) : intlOffset(cache, t);
    if (o !== prevO) {
      // Binary search (whole seconds) for the first instant with the new offset.
      let lo = Math.floor(prevT / 1000);
      let hi = Math.floor((t === end ? end - 1000 : t) / 1000);
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (intlOffset(cache, mid * 1000) === prevO) lo = mid;
        else hi = mid;
      }
      at.push(hi * 1000);
      offset.push(intlOffset(cache, hi * 1000));
    }
    prevT = t;
    prevO = o;
  }
  return { first, at, offset };
}

function chunkOf(cache: ZoneCache, key: number): Chunk {
  if (key === cache.lastKey && cache.last !== undefined) return cache.last;
  let chunk = cache.chunks.get(key);
  if (chunk === undefined) {
    chunk = exploreChunk(cache, key);
    cache.chunks.set(key, chunk);
  }
  cache.lastKey = key;
  cache.last = chunk;
  return chunk;
}

/**
 * Offset of `zone` (local time − UTC, in milliseconds) at the instant `ms`, independent of the
 * host's time zone. Cached per zone and per transition: after the first lookups around a date,
 * this costs a Map read and a short scan.
 */
export function zoneOffset(zone: string, ms: number): number {
  return offsetIn(zoneCache(zone), ms);
}

/** `zoneOffset` bound to one zone (skips the zone-name lookup on hot paths). */
export function zoneOffsetLookup(zone: string): (ms: number) => number {
  const cache = zoneCache(zone);
  return (ms) => offsetIn(cache, ms);
}

function offsetIn(cache: ZoneCache, ms: number): number {
  const chunk = chunkOf(cache, Math.floor(ms / CHUNK_MS));
  let o = chunk.first;
  const { at, offset } = chunk;
  for (let i = 0; i < at.length; i++) {
    const t = at[i];
    if (t === undefined || ms < t) break;
    o = offset[i] ?? o;
  }
  return o;
}

/** Offset transitions of `zone` in [fromMs, toMs): `{ at, before, after }`, ascending. */
export function zoneTransitions(zone: string, fromMs: number, toMs: number): { readonly at: number; readonly before: number; readonly after: number }[] {
  const out: { at: number; before: number; after: number }[] = [];
  const cache = zoneCache(zone);
  for (let key = Math.floor(fromMs / CHUNK_MS); key * CHUNK_MS < toMs; key++) {
    const chunk = chunkOf(cache, key);
    let before = chunk.first;
    for (let i = 0; i < chunk.at.length; i++) {
      const t = chunk.at[i] ?? 0;
      const after = chunk.offset[i] ?? before;
      if (t >= fromMs && t < toMs) out.push({ at: t, before, after });
      before = after;
    }
  }
  return out;
}

/**
 * The instant of a wall-clock reading in `zone`, given as "local milliseconds" (the wall time's
 * fields read as if in UTC). A reading skipped by a DST gap moves forward by the gap; a repeated
 * one takes the earlier instant (Temporal's "compatible" disambiguation).
 */
export function wallToInstant(zone: string, wallMs: number): number {
  const before = zoneOffset(zone, wallMs - MS_PER_DAY);
  const after = zoneOffset(zone, wallMs + MS_PER_DAY);
  const t1 = wallMs - before;
  if (before === after) {
    if (zoneOffset(zone, t1) === before) return t1;
  }
  const t2 = wallMs - after;
  const ok1 = zoneOffset(zone, t1) === before;
  const ok2 = zoneOffset(zone, t2) === after;
  if (ok1 && ok2) return Math.min(t1, t2);
  if (ok1) return t1;
  if (ok2) return t2;
  // In a gap: read the wall time with the offset in force before it, i.e. forward by the gap.
  return t1;
}
