// The SLA reference model: CONTRACT §2 written out as plainly as possible, slow on purpose. It
// replays a ticket's events into clock phases, lists the stretches in which each clock counts, and
// walks them millisecond-exact to find every due, breach, warning and escalation. Shares no code with
// src/: a reviewer reads it against the contract line by line.
import { businessDaysDue, referenceCalendar, type RefCalendar, type RefCalendarInput, type Span } from "./calendar.js";

// ---------------------------------------------------------------------------------------------
// Inputs (only what the model reads)

type Duration = number | string | { hours?: number; minutes?: number; seconds?: number; milliseconds?: number };
type TargetInput = Duration | { target: Duration; businessHours?: boolean } | { businessDays: number };
interface EscalationInput {
  level: number;
  at?: number;
  after?: Duration;
}
interface Thresholds {
  warnAt?: readonly number[];
  warnBefore?: readonly Duration[];
  escalations?: readonly EscalationInput[];
}
interface MetricInput extends Thresholds {
  id: string;
  kind: "first_response" | "next_reply" | "resolution";
  targets: Readonly<Record<string, TargetInput>>;
  businessHours?: boolean;
  pauseOn?: readonly string[];
}
export interface RefPolicyInput extends Thresholds {
  id: string;
  calendar?: RefCalendarInput;
  metrics: readonly MetricInput[];
  onPriorityChange?: "keep_elapsed" | "restart";
}
export interface RefEvent {
  type: "created" | "status" | "priority" | "agent_reply" | "customer_reply" | "resolved" | "reopened";
  at: number | string | Date;
  priority?: string;
  status?: string;
}

// ---------------------------------------------------------------------------------------------
// Durations and targets

/** A DurationInput in ms: a number, { hours, minutes, seconds, milliseconds }, or "PT#H#M#S". */
function durationMs(d: Duration): number {
  if (typeof d === "number") return d;
  if (typeof d === "object") return ((d.hours ?? 0) * 60 + (d.minutes ?? 0)) * 60_000 + (d.seconds ?? 0) * 1000 + (d.milliseconds ?? 0);
  const m = /^(-)?PT(?:([\d.]+)H)?(?:([\d.]+)M)?(?:([\d.]+)S)?$/.exec(d);
  if (m === null) throw new Error(`reference: unsupported duration ${d}`);
  const ms = Math.round((Number(m[2] ?? 0) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0)) * 1000);
  return m[1] === undefined ? ms : -ms;
}

/** A target: a duration on a clock (business or wall), or the close of the n-th business day. */
type Target =
  | { readonly ms: number; readonly business: boolean; readonly days?: undefined }
  | { readonly days: number; readonly business: true; readonly ms?: undefined };

function targetOf(metric: MetricInput, priority: string): Target {
  const raw = metric.targets[priority] ?? metric.targets.default;
  if (raw === undefined) throw new Error(`reference: no target for ${priority}`);
  if (typeof raw === "object" && "businessDays" in raw) return { days: raw.businessDays, business: true };
  if (typeof raw === "object" && "target" in raw) return { ms: durationMs(raw.target), business: raw.businessHours ?? metric.businessHours !== false };
  return { ms: durationMs(raw), business: metric.businessHours !== false };
}

/** "Same duration and same clock, under whatever key." */
const sameTarget = (a: Target, b: Target): boolean => a.ms === b.ms && a.days === b.days && a.business === b.business;

/** One warning or escalation, as a function of the target T: threshold = ceil(f·T + offset), ≥ 0. */
interface Threshold {
  readonly type: "warning" | "escalation";
  readonly kind: "fraction" | "before";
  readonly value: number;
  readonly level: number;
  readonly f: number;
  readonly offset: number;
}

function thresholdsOf(policy: RefPolicyInput, metric: MetricInput): Threshold[] {
  // A metric with any threshold setting of its own replaces the policy's three lists.
  const own = metric.warnAt !== undefined || metric.warnBefore !== undefined || metric.escalations !== undefined;
  const source: Thresholds = own ? metric : policy;
  const out: Threshold[] = [];
  for (const f of source.warnAt ?? []) out.push({ type: "warning", kind: "fraction", value: f, level: 0, f, offset: 0 });
  for (const d of source.warnBefore ?? []) out.push({ type: "warning", kind: "before", value: durationMs(d), level: 0, f: 1, offset: -durationMs(d) });
  for (const e of source.escalations ?? []) {
    if (e.at !== undefined) out.push({ type: "escalation", kind: "fraction", value: e.at, level: e.level, f: e.at, offset: 0 });
    else
      out.push({ type: "escalation", kind: "before", value: durationMs(e.after as Duration), level: e.level, f: 1, offset: durationMs(e.after as Duration) });
  }
  return out;
}

/** Counted time is whole milliseconds: a threshold of f·T is reached at ceil(f·T) (float noise aside). */
const thresholdValue = (h: Threshold, T: number): number => Math.max(0, Math.ceil(h.f * T + h.offset - 1e-6));

// ---------------------------------------------------------------------------------------------
// Replay: events → cycles, each with its live (not stopped) intervals, pauses and target phases

/** A stretch of a cycle under one target. `newRun`: the clock starts again from 0 here (start, restart). */
interface Phase {
  readonly from: number;
  readonly target: Target;
  readonly runStart: number;
  readonly newRun: boolean;
}

interface RefCycle {
  readonly index: number;
  readonly startedAt: number;
  priority: string;
  /** Half-open [start, end) intervals while started and not stopped; end null = still running. */
  readonly live: [number, number | null][];
  readonly pauses: [number, number | null][];
  readonly phases: Phase[];
}

const START = {
  first_response: ["created"],
  next_reply: ["customer_reply"],
  resolution: ["created", "reopened"],
} as const;
const STOP = {
  first_response: ["agent_reply", "resolved"],
  next_reply: ["agent_reply", "resolved"],
  resolution: ["resolved"],
} as const;

const ms = (at: RefEvent["at"]): number => (typeof at === "number" ? at : at instanceof Date ? at.getTime() : Date.parse(at));
const isLive = (c: RefCycle | undefined): boolean => c !== undefined && c.live[c.live.length - 1]?.[1] === null;
const isPaused = (c: RefCycle): boolean => c.pauses[c.pauses.length - 1]?.[1] === null;

function replay(policy: RefPolicyInput, metric: MetricInput, events: readonly RefEvent[], now: number): { cycles: RefCycle[]; priority: string | undefined } {
  const restartMode = policy.onPriorityChange === "restart";
  // Ordered by time; ties keep input order except that `created` goes first. Events after `now` are ignored.
  const ordered = events
    .map((e, i) => ({ e, i, t: ms(e.at) }))
    .sort((a, b) => a.t - b.t || (a.e.type === "created" ? 0 : 1) - (b.e.type === "created" ? 0 : 1) || a.i - b.i)
    .filter((x) => x.t <= now);
  const cycles: RefCycle[] = [];
  let status: string | undefined;
  let priority: string | undefined;
  let agentRepliedSinceLastCycle = false;
  const pauseOn = new Set(metric.pauseOn ?? []);

  const changePriority = (cycle: RefCycle, to: string, t: number): void => {
    const current = cycle.phases[cycle.phases.length - 1] as Phase;
    const target = targetOf(metric, to);
    cycle.priority = to;
    if (restartMode) cycle.phases.push({ from: t, target, runStart: t, newRun: true });
    else if (!sameTarget(target, current.target)) cycle.phases.push({ from: t, target, runStart: current.runStart, newRun: false });
  };
  const setPause = (cycle: RefCycle, paused: boolean, t: number): void => {
    if (paused && !isPaused(cycle)) cycle.pauses.push([t, null]);
    if (!paused && isPaused(cycle)) (cycle.pauses[cycle.pauses.length - 1] as [number, number | null])[1] = t;
  };

  for (const { e, t } of ordered) {
    const previousPriority = priority;
    if (e.type === "created") {
      status = e.status;
      priority = e.priority;
    }
    if (e.type === "status") status = e.status;
    if (e.type === "priority") priority = e.priority;
    if (priority === undefined) continue;
    let cycle = cycles[cycles.length - 1];
    // 1. A priority change applies to a running clock at its instant.
    if (e.type === "priority" && priority !== previousPriority && cycle !== undefined && isLive(cycle)) changePriority(cycle, priority, t);
    // 2. Stops.
    if (cycle !== undefined && isLive(cycle) && (STOP[metric.kind] as readonly string[]).includes(e.type)) {
      (cycle.live[cycle.live.length - 1] as [number, number | null])[1] = t;
      if (isPaused(cycle)) (cycle.pauses[cycle.pauses.length - 1] as [number, number | null])[1] = t;
    }
    if (e.type === "agent_reply") agentRepliedSinceLastCycle = true;
    // 3. Starts.
    if (!isLive(cycle) && (START[metric.kind] as readonly string[]).includes(e.type)) {
      if (cycle !== undefined && metric.kind === "resolution") {
        // `reopened` resumes the same clock; a priority change made while it was stopped applies now.
        cycle.live.push([t, null]);
        if (cycle.priority !== priority) changePriority(cycle, priority, t);
      } else if (cycle === undefined || (metric.kind === "next_reply" && agentRepliedSinceLastCycle)) {
        cycle = {
          index: cycles.length,
          startedAt: t,
          priority,
          live: [[t, null]],
          pauses: [],
          phases: [{ from: t, target: targetOf(metric, priority), runStart: t, newRun: true }],
        };
        cycles.push(cycle);
        agentRepliedSinceLastCycle = false;
      }
    }
    // 4. Pauses follow the status while the clock runs.
    if (cycle !== undefined && isLive(cycle)) setPause(cycle, status !== undefined && pauseOn.has(status), t);
  }
  return { cycles, priority };
}

// ---------------------------------------------------------------------------------------------
// Counting stretches: live, not paused, within the phase, and open (for a business clock)

interface Stretch {
  readonly start: number;
  readonly end: number;
  readonly phase: number;
}

/** [a, b) minus the given intervals (end null = forever). */
function subtract(a: number, b: number, cuts: readonly (readonly [number, number | null])[]): Span[] {
  let out: Span[] = [[a, b]];
  for (const [cs, ceRaw] of cuts) {
    const ce = ceRaw ?? Infinity;
    out = out.flatMap(([s, e]): Span[] => {
      if (ce <= s || cs >= e) return [[s, e]];
      const parts: Span[] = [];
      if (s < cs) parts.push([s, cs]);
      if (ce < e) parts.push([ce, e]);
      return parts;
    });
  }
  return out;
}

/** The instants of one phase at which the clock runs unpaused (open or not), merged where they touch. */
function phaseWindows(cycle: RefCycle, p: number): Span[] {
  const phase = cycle.phases[p] as Phase;
  const phaseEnd = cycle.phases[p + 1]?.from ?? Infinity;
  const windows: Span[] = [];
  for (const [ls, le] of cycle.live) {
    const s = Math.max(ls, phase.from);
    const e = Math.min(le ?? Infinity, phaseEnd);
    if (s < e) windows.push(...subtract(s, e, cycle.pauses));
  }
  const merged: [number, number][] = [];
  for (const [s, e] of windows) {
    const last = merged[merged.length - 1];
    if (last !== undefined && last[1] === s) last[1] = e;
    else merged.push([s, e]);
  }
  return merged;
}

/** The counting stretches of one phase, in order, merged where they touch; the last may be endless. */
function* phaseStretches(cycle: RefCycle, p: number, cal: RefCalendar | null): Generator<Stretch> {
  const phase = cycle.phases[p] as Phase;
  const windows = phaseWindows(cycle, p);
  const pieces = function* (): Generator<Span> {
    for (const [ws, we] of windows) {
      if (!phase.target.business) {
        yield [ws, we];
        continue;
      }
      const calendar = cal as RefCalendar;
      for (let i = 0; ; i++) {
        const period = calendar.period(i);
        if (period === undefined || period[0] >= we) break;
        const s = Math.max(period[0], ws);
        const e = Math.min(period[1], we);
        if (s < e) yield [s, e];
      }
    }
  };
  let pending: [number, number] | null = null;
  for (const [s, e] of pieces()) {
    if (pending !== null && pending[1] === s) pending[1] = e;
    else {
      if (pending !== null) yield { start: pending[0], end: pending[1], phase: p };
      pending = [s, e];
    }
  }
  if (pending !== null) yield { start: pending[0], end: pending[1], phase: p };
}

// ---------------------------------------------------------------------------------------------
// Evaluation of one cycle

interface Firing {
  readonly threshold: Threshold;
  readonly at: number;
}

interface CycleResult {
  readonly status: "running" | "paused" | "met" | "breached";
  readonly paused: boolean;
  readonly business: boolean;
  readonly target: number;
  readonly elapsed: number;
  readonly due: number | null;
  readonly breachedAt: number | null;
  readonly completedAt: number | null;
  readonly firings: readonly Firing[];
  /** Earliest instant after `now` at which this cycle's figures change (null: none). */
  readonly nextChange: number | null;
}

function evaluateCycle(cycle: RefCycle, thresholds: readonly Threshold[], cal: RefCalendar | null, now: number): CycleResult {
  const lastLive = cycle.live[cycle.live.length - 1] as [number, number | null];
  const running = lastLive[1] === null;
  const stoppedAt = lastLive[1];
  const pausedNow = running && isPaused(cycle);
  // The live interval an instant belongs to ends at its stop (or never, while running).
  // (a stop and a reopen at one instant leave the clock live across it).
  const liveEndAt = (t: number): number => {
    let end = -Infinity;
    for (const [s, e] of cycle.live) if (s <= t && t <= (e ?? Infinity)) end = e ?? Infinity;
    for (const [s, e] of cycle.live) if (s === end) end = e ?? Infinity;
    return end;
  };

  // T per phase; a business-day target counts business time from the run's start to its close.
  const targets = cycle.phases.map((phase) =>
    phase.target.days === undefined
      ? phase.target.ms
      : Math.max(0, counted(cal as RefCalendar, phase.runStart, businessDaysDue(cal as RefCalendar, phase.runStart, phase.target.days))),
  );

  let c = 0;
  let elapsed = 0;
  let fired = new Set<Threshold>();
  const firings: Firing[] = [];
  let nextChange: number | null = null;
  const pend = (t: number): void => {
    if (t > now && (nextChange === null || t < nextChange)) nextChange = t;
  };
  let due: number | null = null;
  let breachedAt: number | null = null;
  const lastPhase = cycle.phases.length - 1;

  for (let p = 0; p <= lastPhase; p++) {
    const phase = cycle.phases[p] as Phase;
    const phaseEnd = cycle.phases[p + 1]?.from ?? Infinity;
    const T = targets[p] as number;
    // The due of a business-day target is the close itself; otherwise a due reached exactly at a
    // closing instant moves to the next opening (the stretch is half-open).
    const dueAtClose = phase.target.days !== undefined;
    if (phase.newRun) {
      c = 0;
      elapsed = 0;
      fired = new Set();
    }
    // A business-day target is due at the close itself: the earliest instant at which c ≥ T while
    // the clock runs unpaused, open or not (a close inside a running window; the change instant of
    // a target already passed). A window ending exactly as c reaches T (a pause, a stop, a change
    // at the close) has not passed its due there.
    let phaseDue: number | null = dueAtClose ? dueAtCloseOf(phaseWindows(cycle, p), cal as RefCalendar, c, T) : null;
    // Thresholds whose next firing, after `now`, is known: the walk may stop once all are.
    const foreseen = new Set<Threshold>();
    for (const s of phaseStretches(cycle, p, cal)) {
      if (s.start > now && phaseDue !== null && thresholds.every((h) => fired.has(h) || foreseen.has(h) || thresholdValue(h, T) === T)) break;
      if (s.start > now + 400 * 86_400_000) break; // a clock this far out: nothing pending for the test
      // Thresholds other than T: the first counting instant with c ≥ θ.
      for (const h of thresholds) {
        const theta = thresholdValue(h, T);
        if (fired.has(h) || foreseen.has(h) || theta === T) continue;
        const t = s.start + Math.max(0, theta - c);
        if (t < s.end) {
          if (t <= now) {
            fired.add(h);
            firings.push({ threshold: h, at: t });
          } else {
            foreseen.add(h);
            pend(t);
          }
        }
      }
      if (phaseDue === null && !dueAtClose) {
        // Otherwise the due is the first counting (open) instant with c ≥ T.
        const t = s.start + Math.max(0, T - c);
        if (t < s.end) phaseDue = t;
      }
      if (s.start < now) elapsed = c + Math.min(s.end, now) - s.start;
      c += s.end - s.start;
    }
    // Thresholds equal to T: a warning fires at the due once the clock is still live there; an
    // escalation at T only once the cycle is breached (the clock still live one ms after the due).
    if (phaseDue !== null) {
      const d = phaseDue;
      const liveUntil = Math.min(liveEndAt(d), phaseEnd);
      const breached = d < liveUntil && d < now;
      if (p === lastPhase) {
        due = d;
        if (breached) breachedAt = d;
        else if (d < liveUntil) pend(d + 1);
      }
      for (const h of thresholds) {
        if (fired.has(h) || thresholdValue(h, T) !== T) continue;
        const fires = h.type === "warning" ? d < liveUntil && d <= now : breached;
        if (fires) {
          fired.add(h);
          firings.push({ threshold: h, at: d });
        } else if (p === lastPhase && d < liveUntil) pend(h.type === "warning" ? d : d + 1);
      }
    }
  }

  const T = targets[lastPhase] as number;
  const last = cycle.phases[lastPhase] as Phase;
  if (!running && breachedAt === null) {
    // A stopped clock keeps the due it had when it stopped: projected from the stop as if it ran on.
    due = projectDue(cal, last, stoppedAt as number, elapsed, T);
  }
  if (running && pausedNow && breachedAt === null) due = null;
  return {
    status: breachedAt !== null ? "breached" : !running ? "met" : pausedNow ? "paused" : "running",
    paused: pausedNow,
    business: last.target.business,
    target: T,
    elapsed,
    due,
    breachedAt,
    completedAt: stoppedAt,
    firings,
    nextChange,
  };
}

/** The first instant of the windows, closed or not, at which c (business time from `c0`) reaches T. */
function dueAtCloseOf(windows: readonly Span[], cal: RefCalendar, c0: number, T: number): number | null {
  let c = c0;
  for (const [ws, we] of windows) {
    if (c >= T) return ws;
    for (let i = 0; ; i++) {
      const p = cal.period(i);
      if (p === undefined || p[0] >= we) break;
      const s = Math.max(p[0], ws);
      const e = Math.min(p[1], we);
      if (s >= e) continue;
      if (c + (e - s) >= T && s + (T - c) < we) return s + (T - c);
      c += e - s;
    }
  }
  return null;
}

/** Business (open) time in [a, b). */
function counted(cal: RefCalendar, a: number, b: number): number {
  let sum = 0;
  for (let i = 0; ; i++) {
    const p = cal.period(i);
    if (p === undefined || p[0] >= b) return sum;
    sum += Math.max(0, Math.min(p[1], b) - Math.max(p[0], a));
  }
}

/** The due of a clock that had counted `c` at `stop` and ran on from there under the last phase. */
function projectDue(cal: RefCalendar | null, phase: Phase, stop: number, c: number, T: number): number | null {
  const atClose = phase.target.days !== undefined;
  if (!phase.target.business) return stop + Math.max(0, T - c);
  if (c >= T && atClose) return stop;
  let counted = c;
  for (let i = 0; ; i++) {
    const p = (cal as RefCalendar).period(i);
    if (p === undefined) return null;
    if (p[1] <= stop) continue;
    const s = Math.max(p[0], stop);
    const t = s + Math.max(0, T - counted);
    if (t < p[1] || (atClose && t === p[1])) return t;
    counted += p[1] - s;
  }
}

// ---------------------------------------------------------------------------------------------
// The report

const iso = (t: number | null): string | null => (t === null ? null : new Date(t).toISOString());

export function referenceEvaluate(policy: RefPolicyInput, events: readonly RefEvent[], now: number) {
  const created = events.filter((e) => e.type === "created").map((e) => ms(e.at));
  const cal = policy.calendar === undefined ? null : referenceCalendar(policy.calendar, Math.min(now, ...created));
  let nextCheck: number | null = null;
  const metrics = policy.metrics.map((metric) => {
    const thresholds = thresholdsOf(policy, metric);
    const { cycles, priority } = replay(policy, metric, events, now);
    if (cycles.length === 0) {
      const raw = priority === undefined ? metric.targets.default : (metric.targets[priority] ?? metric.targets.default);
      const target = raw === undefined ? undefined : targetOf(metric, priority ?? "default");
      const targetMs = target?.ms ?? null;
      return {
        id: metric.id,
        kind: metric.kind,
        priority: priority ?? null,
        status: "not_started",
        paused: false,
        businessHours: target?.business ?? true,
        target: targetMs,
        elapsed: 0,
        remaining: targetMs,
        startedAt: null,
        dueAt: null,
        breachedAt: null,
        completedAt: null,
        warnings: [],
        escalations: [],
        cycles: [],
        breachedCycles: 0,
      };
    }
    const reports = cycles.map((cycle) => {
      const r = evaluateCycle(cycle, thresholds, cal, now);
      if (r.nextChange !== null && (nextCheck === null || r.nextChange < nextCheck)) nextCheck = r.nextChange;
      const byTime = [...r.firings].sort((a, b) => a.at - b.at);
      return {
        index: cycle.index,
        priority: cycle.priority,
        status: r.status,
        paused: r.paused,
        businessHours: r.business,
        target: r.target,
        elapsed: r.elapsed,
        remaining: r.target - r.elapsed,
        startedAt: iso(cycle.startedAt),
        dueAt: iso(r.due),
        breachedAt: iso(r.breachedAt),
        completedAt: iso(r.completedAt),
        warnings: byTime
          .filter((f) => f.threshold.type === "warning")
          .map((f) => ({ kind: f.threshold.kind, value: f.threshold.value, firedAt: iso(f.at) as string })),
        escalations: byTime.filter((f) => f.threshold.type === "escalation").map((f) => ({ level: f.threshold.level, firedAt: iso(f.at) as string })),
      };
    });
    const latest = reports[reports.length - 1] as (typeof reports)[number];
    const { index: _index, ...figures } = latest;
    return { id: metric.id, kind: metric.kind, ...figures, cycles: reports, breachedCycles: reports.filter((r) => r.status === "breached").length };
  });
  return { evaluatedAt: new Date(now).toISOString(), metrics, nextCheckAt: iso(nextCheck) };
}
