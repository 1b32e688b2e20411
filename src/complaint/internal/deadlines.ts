import { toDurationMs } from "../../core/index.js";
import type { ComplaintDeadlineDefinition, DeadlineLengthOutput } from "../schemas.js";
import type { ComplaintClockState, ComplaintState } from "../types.js";
import type { CompiledComplaintPolicy } from "./compile.js";

/** The end of `length` counted from `anchor` (no pauses, no extensions). */
export function lengthEndMs(policy: CompiledComplaintPolicy, anchor: number, length: DeadlineLengthOutput): number {
  void policy;
  if ("elapsed" in length) return anchor + toDurationMs(length.elapsed);
  throw new Error(`unit ${Object.keys(length)[0]} needs a calendar`);
}

/** Paused milliseconds of a clock up to `asOf` (an open pause counts until `asOf`). */
export function pausedMs(clock: ComplaintClockState, asOf: number): number {
  let total = 0;
  for (const pause of clock.pauses) {
    const from = Date.parse(pause.from);
    const to = pause.to === null ? asOf : Date.parse(pause.to);
    if (to > from) total += to - from;
  }
  return total;
}

/**
 * The due instant (last on-time instant) of a started clock: its length from the anchor, moved
 * out by paused time (an open pause counted up to `asOf`) and by approved extensions.
 */
export function clockDueMs(policy: CompiledComplaintPolicy, deadline: ComplaintDeadlineDefinition, clock: ComplaintClockState, asOf: number): number | null {
  if (clock.startedAt === null) return null;
  const end = clock.stoppedAt === null ? asOf : Math.min(asOf, Date.parse(clock.stoppedAt));
  let due = lengthEndMs(policy, Date.parse(clock.startedAt), deadline.length) + pausedMs(clock, end);
  for (const extension of clock.extensions) due = lengthEndMs(policy, due, extension.by);
  return due;
}

/** How long before its due instant a deadline turns `at_risk` (0 without `warnBefore`). */
export function warnBeforeMs(deadline: ComplaintDeadlineDefinition): number {
  return deadline.warnBefore === undefined ? 0 : toDurationMs(deadline.warnBefore);
}

/** True when a deadline runs for the complaint's current class. */
export function deadlineApplies(deadline: ComplaintDeadlineDefinition, state: ComplaintState): boolean {
  return deadline.classes === undefined || deadline.classes.includes(state.class);
}

/**
 * The instant a deadline turns breached (one millisecond after its due instant), or null when it
 * will not without a further event (not started, stopped in time, paused before its due instant).
 */
export function deadlineBreachInstant(policy: CompiledComplaintPolicy, deadline: ComplaintDeadlineDefinition, state: ComplaintState): number | null {
  const clock = state.clocks[deadline.id];
  if (clock === undefined || clock.startedAt === null || !deadlineApplies(deadline, state)) return null;
  const asOf = Date.parse(state.updatedAt);
  const due = clockDueMs(policy, deadline, clock, asOf);
  if (due === null) return null;
  if (clock.stoppedAt !== null) return Date.parse(clock.stoppedAt) > due ? due + 1 : null;
  const open = clock.pauses.find((p) => p.to === null);
  if (open !== undefined && Date.parse(open.from) <= due) return null;
  return due + 1;
}
