// The compiled business calendar and its arithmetic, by job:
//   template.ts    the weekly template (open time per weekday, sums over weeks)
//   exceptions.ts  holidays, special days and breaks, resolved per local date
//   years.ts       year tables, and sums over any span of years without building it
//   search.ts      lookups and searches on them
// Whether an answer exists is decided from the rules and these sums, never by walking years.

import { zoneOffsetLookup } from "../../../core/index.js";
import { createExceptions, type EngineStats, type Rules } from "./exceptions.js";
import { createSearch, Pol } from "./search.js";
import { createTemplate } from "./template.js";
import { createYearTables, MAX_YEAR, MIN_YEAR } from "./years.js";

export { Pol, MAX_YEAR, MIN_YEAR, type EngineStats, type Rules };
export type { WallInterval } from "./template.js";

const yearStart = (year: number): number => new Date(0).setUTCFullYear(year, 0, 1);
/** The instants pledgekit accepts and returns: years 0002–9998 (UTC), a year inside what the engine covers. */
export const MIN_INSTANT = yearStart(MIN_YEAR + 1);
export const MAX_INSTANT = yearStart(MAX_YEAR) - 1;

export interface Engine {
  readonly rules: Rules;
  readonly stats: EngineStats;
  /** Cumulative open (Pol.Open) or closed (Pol.Closed) time at instant t. */
  cumulative(pol: Pol, t: number): number;
  /** Earliest instant u with F(u) ≥ V (strict: F(u) > V) within the accepted instants, or null. */
  reach(pol: Pol, v: number, strict: boolean, hint: number): number | null;
  isOpen(t: number): boolean;
  /** Business days before local date d. */
  businessDaysBefore(d: number): number;
  /** Smallest day X with B(X) ≥ target, or null. */
  reachBusinessDays(target: number, hintDay: number): number | null;
  /** Open intervals owned by local date d (after holidays, special days and breaks), flat instants. */
  ownedPieces(d: number): number[];
  /** Instant of a wall time: day number + ms after midnight. */
  wall(d: number, ms: number): number;
  /** Local date (day number) of an instant. */
  localDay(t: number): number;
}

export function createEngine(rules: Rules): Engine {
  const stats: EngineStats = { yearsBuilt: 0, slicesEvaluated: 0 };
  const template = createTemplate(rules.week);
  const exceptions = createExceptions(rules, stats);
  const tables = createYearTables(template, exceptions, stats);
  const search = createSearch(template, exceptions, tables, zoneOffsetLookup(rules.zone));
  return {
    rules,
    stats,
    cumulative: search.cumulative,
    reach: (pol, v, strict, hint) => {
      const u = search.reach(pol, v, strict, hint);
      return u === null || u < MIN_INSTANT || u > MAX_INSTANT ? null : u;
    },
    isOpen: search.isOpen,
    businessDaysBefore: search.businessDaysBefore,
    reachBusinessDays: search.reachBusinessDays,
    ownedPieces: exceptions.ownedPieces,
    wall: exceptions.wall,
    localDay: search.localDay,
  };
}
