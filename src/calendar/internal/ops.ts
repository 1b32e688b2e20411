// Instant-level operations shared by the public functions (all in epoch milliseconds).
// Each is one or two searches on the engine's cumulative open time C or closed time K.

import { beyond, isCoveredDay } from "./calendar.js";
import { Pol, type Engine } from "./engine/index.js";

/** `t` when open, else the next opening; null when the calendar never opens again. */
export function nextOpenMs(engine: Engine, t: number): number | null {
  return engine.reach(Pol.Open, engine.cumulative(Pol.Open, t), true, t);
}

/** `t` when it lies in (open, close] of a period, else the previous close; null before the first period. */
export function prevCloseMs(engine: Engine, t: number): number | null {
  return engine.reach(Pol.Open, engine.cumulative(Pol.Open, t), false, t);
}

/** End of the period containing `t`, or of the next one when closed; null when it never closes. */
export function nextCloseMs(engine: Engine, t: number): number | null {
  const open = nextOpenMs(engine, t);
  if (open === null) return null;
  return engine.reach(Pol.Closed, engine.cumulative(Pol.Closed, open), true, open);
}

/** Start of the period containing `t` (`t` itself at an opening), else of the previous period. */
export function prevOpenMs(engine: Engine, t: number): number | null {
  const from = engine.isOpen(t) ? t : prevCloseMs(engine, t);
  if (from === null) return null;
  return engine.reach(Pol.Closed, engine.cumulative(Pol.Closed, from), false, from);
}

export type AtClose = "close" | "nextOpen";

/** `start` plus `ms` of open time (negative subtracts). Throws `beyond_calendar` when impossible. */
export function addMs(engine: Engine, start: number, ms: number, atClose: AtClose, what: string): number {
  if (ms < 0) return subtractMs(engine, start, -ms, atClose, what);
  if (ms === 0) return nextOpenMs(engine, start) ?? beyond(what);
  const reached = engine.reach(Pol.Open, engine.cumulative(Pol.Open, start) + ms, false, start) ?? beyond(what);
  if (atClose === "nextOpen" && !engine.isOpen(reached)) return nextOpenMs(engine, reached) ?? beyond(what);
  return reached;
}

/** `start` minus `ms` of open time: the latest instant with that much open time before `start`. */
export function subtractMs(engine: Engine, start: number, ms: number, atClose: AtClose, what: string): number {
  if (ms < 0) return addMs(engine, start, -ms, atClose, what);
  if (ms === 0) return prevCloseMs(engine, start) ?? beyond(what);
  return engine.reach(Pol.Open, engine.cumulative(Pol.Open, start) - ms, true, start) ?? beyond(what);
}

/** Business days n after (n < 0: before) day number d; throws `beyond_calendar` when there are none. */
export function addDays(engine: Engine, d: number, n: number, what: string): number {
  if (n === 0) return d;
  const target = n > 0 ? engine.businessDaysBefore(d + 1) + n : engine.businessDaysBefore(d) + n + 1;
  const x = engine.reachBusinessDays(target, d);
  return x === null || !isCoveredDay(x - 1) ? beyond(what, true) : x - 1;
}
