// The SLA fold: one pass over a ticket's ordered events, running every metric's clocks. Each clock
// is a sequence of counted segments; thresholds (warnings, escalations, the due instant) are
// evaluated per segment in the metric's own time, so the result depends only on the events and
// `now` — recalculating is the same as calculating.
import type { Calendar } from "../../calendar/index.js";
import { createIssue, formatInstant, type Issue } from "../../core/index.js";
import { slaMessages } from "../messages.js";
import type { SlaChange } from "../types.js";
import { businessDaysEnd, reachInstant, type TimeMeasure } from "../../calendar/internal/index.js";
import {
  AGENT_REPLY,
  CREATED,
  EVENT_TYPE_NAMES,
  matches,
  PRIORITY,
  sameTarget,
  STATUS,
  thresholdTable,
  type CompiledMetric,
  type CompiledPolicy,
  type CompiledTarget,
} from "./compile.js";
import type { EventLog } from "./events.js";

/** A warning or escalation that fired: the threshold's index in the metric's list, and when. */
interface Firing {
  readonly threshold: number;
  readonly at: number;
}

/** What explainSla needs beyond the report: the segments and pauses behind every figure. */
interface CycleTrace {
  readonly counted: { start: number; end: number; priority: string; business: boolean }[];
  readonly paused: { start: number; end: number }[];
  readonly changes: { at: number; event: number; change: TraceChange; priority?: string }[];
}
type TraceChange = SlaChange["change"];

/** One cycle of a metric, as the fold leaves it at `now`. Instants are epoch ms; NaN = none. */
export interface Cycle {
  readonly index: number;
  readonly startedAt: number;
  priority: string;
  target: CompiledTarget;
  /** Target in ms for the current run. */
  T: number;
  thetas: readonly number[];
  /** When the current run began (the start, or the last restart): business-day targets count from it. */
  runStart: number;
  /** Counted time at `segFrom` while a segment is open, else the total so far. */
  counted: number;
  segFrom: number;
  running: boolean;
  paused: boolean;
  pausedSince: number;
  stoppedAt: number;
  breachedAt: number;
  /** Bit k set = threshold k fired in the current run (a policy has at most 30 thresholds). */
  fired: number;
  firings: Firing[];
  /** Due instant of the open segment at `now` (NaN unless running and counting at `now`). */
  openDue: number;
  trace: CycleTrace | null;
}

interface MetricRun {
  readonly metric: CompiledMetric;
  readonly cycles: Cycle[];
  agentReplied: boolean;
}

export interface FoldResult {
  readonly runs: readonly MetricRun[];
  /** The ticket's priority as of `now` (undefined before `created`). */
  readonly priority: string | undefined;
  readonly createdAt: number;
  /** Earliest instant strictly after `now` at which the report changes (NaN: none). */
  readonly nextCheck: number;
  /** Events that were skipped: malformed ones and those breaking the ordering rules. */
  readonly issues: readonly Issue[];
}

// Calendar operations made by folds so far: the cost law (test/hostile/sla.test.ts) checks that one
// evaluation makes a number of them bounded by its events and thresholds, whatever `now` is.
let calendarCalls = 0;
export const calendarCallCount = (): number => calendarCalls;

function lookupTarget(metric: CompiledMetric, priority: string): CompiledTarget | undefined {
  return metric.targets.get(priority) ?? metric.fallback;
}

function targetMs(policy: CompiledPolicy, target: CompiledTarget, from: number): number {
  if (target.fixedMs !== null) return target.fixedMs;
  calendarCalls += 2;
  return Math.max(0, target.measure.between(from, businessDaysEnd(policy.calendar as Calendar, from, target.businessDays as number)));
}

function applyTarget(policy: CompiledPolicy, metric: CompiledMetric, cycle: Cycle, target: CompiledTarget, from: number): void {
  cycle.target = target;
  cycle.T = targetMs(policy, target, from);
  cycle.thetas = target.thetas ?? thresholdTable(metric.thresholds, cycle.T);
}

/**
 * Evaluates the counted segment `[a, b)` of a cycle that had counted `cycle.counted` at `a` and
 * `c1` at `b`: fires the thresholds it reaches and detects a breach. `open` = the segment is still
 * running at `b` = now: then a threshold firing exactly at `now` is listed, and the first pending
 * change (a firing, or a breach one millisecond after the due) is returned (NaN when none).
 *
 * Thresholds are independent: each is decided on its own instant, whatever the order of their
 * values (a threshold already passed after a priority change fires at the next opening, while a
 * business-day due fires at the change itself). A threshold equal to T fires at the due; an
 * escalation there is listed only once the cycle is breached, i.e. the clock ran past the due.
 */
function evaluateSegment(metric: CompiledMetric, cycle: Cycle, a: number, b: number, c1: number, open: boolean): number {
  const measure: TimeMeasure = cycle.target.measure;
  const c0 = cycle.counted;
  const T = cycle.T;
  let pending = NaN;
  const later = (at: number): void => {
    if (Number.isNaN(pending) || at < pending) pending = at;
  };
  // The due as seen from this segment: the missed one once breached, else where c reaches T.
  const reachable = open || T <= c1;
  calendarCalls += 1 + cycle.thetas.length;
  const due = !Number.isNaN(cycle.breachedAt) ? cycle.breachedAt : reachable ? reachInstant(measure, a, c0, T, cycle.target.dueMode) : null;
  const { thetas } = cycle;
  for (let k = 0; k < thetas.length; k++) {
    if ((cycle.fired & (1 << k)) !== 0) continue;
    const theta = thetas[k] as number;
    if (!open && theta > c1) continue;
    const atDue = theta === T;
    const at = atDue ? due : reachInstant(measure, a, c0, theta, "nextOpen");
    if (at === null) continue;
    const waitsForBreach = atDue && metric.thresholds[k]?.type === "escalation";
    if (waitsForBreach ? at < b : open ? at <= b : at < b) {
      cycle.fired |= 1 << k;
      cycle.firings.push({ threshold: k, at });
    } else if (open) later(waitsForBreach ? at + 1 : at);
  }
  if (Number.isNaN(cycle.breachedAt) && due !== null) {
    if (due < b) cycle.breachedAt = due;
    else if (open) {
      cycle.openDue = due;
      // The cycle turns breached one millisecond after its last on-time instant.
      later(due + 1);
    }
  }
  return pending;
}

function closeSegment(metric: CompiledMetric, cycle: Cycle, b: number): void {
  const a = cycle.segFrom;
  if (Number.isNaN(a)) return;
  calendarCalls++;
  const c1 = cycle.counted + (b > a ? cycle.target.measure.between(a, b) : 0);
  if (b > a) evaluateSegment(metric, cycle, a, b, c1, false);
  cycle.trace?.counted.push({ start: a, end: b, priority: cycle.priority, business: cycle.target.measure.business });
  cycle.counted = c1;
  cycle.segFrom = NaN;
}

function openSegment(cycle: Cycle, at: number): void {
  if (cycle.running && !cycle.paused) cycle.segFrom = at;
}

function setPaused(metric: CompiledMetric, cycle: Cycle, paused: boolean, at: number, event: number): void {
  if (cycle.paused === paused) return;
  if (paused) {
    closeSegment(metric, cycle, at);
    cycle.paused = true;
    cycle.pausedSince = at;
    cycle.trace?.changes.push({ at, event, change: "paused" });
  } else {
    cycle.paused = false;
    cycle.trace?.paused.push({ start: cycle.pausedSince, end: at });
    cycle.pausedSince = NaN;
    cycle.trace?.changes.push({ at, event, change: "resumed" });
    openSegment(cycle, at);
  }
}

function changePriority(policy: CompiledPolicy, metric: CompiledMetric, cycle: Cycle, priority: string, at: number, event: number): void {
  const target = lookupTarget(metric, priority) as CompiledTarget;
  const restart = policy.onPriorityChange === "restart";
  if (!restart && sameTarget(target, cycle.target)) {
    cycle.priority = priority;
    cycle.trace?.changes.push({ at, event, change: "priority_kept", priority });
    return;
  }
  closeSegment(metric, cycle, at);
  cycle.priority = priority;
  // The status follows the target in force: a breach is re-decided against the new due instant
  // (escalations that fired stay in the history).
  cycle.breachedAt = NaN;
  if (restart) {
    cycle.counted = 0;
    cycle.runStart = at;
    cycle.fired = 0;
  }
  applyTarget(policy, metric, cycle, target, cycle.runStart);
  cycle.trace?.changes.push({ at, event, change: restart ? "priority_restarted" : "priority_kept", priority });
  openSegment(cycle, at);
}

/** Runs every metric of `policy` over the ordered `log` up to `now`. */
export function foldTicket(policy: CompiledPolicy, log: EventLog, now: number, trace: boolean): FoldResult {
  let issues: Issue[] | undefined;
  const report = (problem: Issue): void => {
    (issues ??= [...log.issues]).push(problem);
  };
  const runs: MetricRun[] = policy.metrics.map((metric) => ({ metric, cycles: [], agentReplied: false }));
  let createdIndex = -1;
  let createdAt = NaN;
  let status: string | undefined;
  let priority = "";
  const { order, types, ats, count } = log;
  for (let n = 0; n < count; n++) {
    const i = order === null ? n : (order[n] as number);
    const code = types[i] as number;
    if (code < 0) continue; // malformed: already reported
    const at = ats[i] as number;
    if (at > now) break;
    // Ordering rules and priorities without a target: the event is skipped and reported.
    if (createdIndex < 0 && code !== CREATED) {
      report(createIssue(slaMessages, "event_before_created", ["events", i], { index: i, type: EVENT_TYPE_NAMES[code], at: formatInstant(at) }));
      continue;
    }
    if (code === CREATED && createdIndex >= 0) {
      report(createIssue(slaMessages, "duplicate_created", ["events", i], { index: i, first: createdIndex }));
      continue;
    }
    let newPriority = priority;
    if (code === CREATED || code === PRIORITY) {
      newPriority = log.priorities[i] as string;
      let missing: MetricRun | undefined;
      for (const run of runs) if (missing === undefined && lookupTarget(run.metric, newPriority) === undefined) missing = run;
      if (missing !== undefined) {
        report(
          createIssue(slaMessages, "no_target_for_priority", ["events", i, "priority"], {
            index: i,
            priority: newPriority,
            metric: missing.metric.id,
          }),
        );
        continue;
      }
    }
    if (code === CREATED) {
      createdIndex = i;
      createdAt = at;
      status = log.statuses[i];
    } else if (code === STATUS) status = log.statuses[i];
    const priorityChanged = code === PRIORITY && newPriority !== priority;
    priority = newPriority;

    for (const run of runs) {
      const metric = run.metric;
      let cycle = run.cycles[run.cycles.length - 1];
      if (priorityChanged && cycle?.running) changePriority(policy, metric, cycle, priority, at, i);
      if (cycle?.running && matches(metric.stop, code, status, priority)) {
        closeSegment(metric, cycle, at);
        if (cycle.paused) cycle.trace?.paused.push({ start: cycle.pausedSince, end: at });
        cycle.running = false;
        cycle.paused = false;
        cycle.pausedSince = NaN;
        cycle.stoppedAt = at;
        cycle.trace?.changes.push({ at, event: i, change: "stopped" });
      }
      if (code === AGENT_REPLY) run.agentReplied = true;
      const shouldPause = metric.pauseOn !== null && status !== undefined && metric.pauseOn.has(status);
      if ((cycle === undefined || !cycle.running) && matches(metric.start, code, status, priority)) {
        if (cycle !== undefined && metric.cycles === "resume") {
          // One clock for the whole ticket: carry on counting from where it stopped.
          cycle.running = true;
          cycle.stoppedAt = NaN;
          cycle.paused = shouldPause;
          cycle.pausedSince = shouldPause ? at : NaN;
          cycle.trace?.changes.push({ at, event: i, change: "reopened" });
          // A priority change while stopped takes effect as the clock resumes.
          if (cycle.priority !== priority) changePriority(policy, metric, cycle, priority, at, i);
          openSegment(cycle, at);
        } else if (cycle === undefined || (metric.cycles === "each" && (!metric.needsAgentReply || run.agentReplied))) {
          const target = lookupTarget(metric, priority) as CompiledTarget;
          cycle = {
            index: run.cycles.length,
            startedAt: at,
            priority,
            target,
            T: 0,
            thetas: [],
            runStart: at,
            counted: 0,
            segFrom: NaN,
            running: true,
            paused: shouldPause,
            pausedSince: shouldPause ? at : NaN,
            stoppedAt: NaN,
            breachedAt: NaN,
            fired: 0,
            firings: [],
            openDue: NaN,
            trace: trace ? { counted: [], paused: [], changes: [{ at, event: i, change: "started" }] } : null,
          };
          applyTarget(policy, metric, cycle, target, at);
          run.cycles.push(cycle);
          run.agentReplied = false;
          openSegment(cycle, at);
        }
      }
      if (cycle?.running) setPaused(metric, cycle, shouldPause, at, i);
    }
  }

  // As of `now`: evaluate every open segment and find the next instant the report would change.
  let nextCheck = NaN;
  for (const run of runs) {
    const cycle = run.cycles[run.cycles.length - 1];
    if (cycle === undefined || !cycle.running) continue;
    if (cycle.paused) {
      cycle.trace?.paused.push({ start: cycle.pausedSince, end: now });
      continue;
    }
    const a = cycle.segFrom;
    calendarCalls++;
    const c1 = cycle.counted + (now > a ? cycle.target.measure.between(a, now) : 0);
    const pending = evaluateSegment(run.metric, cycle, a, now, c1, true);
    cycle.trace?.counted.push({ start: a, end: now, priority: cycle.priority, business: cycle.target.measure.business });
    cycle.counted = c1;
    cycle.segFrom = NaN;
    if (!Number.isNaN(pending) && (Number.isNaN(nextCheck) || pending < nextCheck)) nextCheck = pending;
  }
  return { runs, priority: createdIndex < 0 ? undefined : priority, createdAt, nextCheck, issues: issues ?? log.issues };
}
