// Turns a fold's cycles into the plain, JSON-safe report of docs/design.md §2.
import { formatInstant, MS_PER_DAY } from "../../core/index.js";
import type { SlaCycleReport, SlaEscalation, MetricReport, SlaMetricStatus, SlaReport, SlaWarning } from "../types.js";
import { reachInstant } from "../../calendar/internal/index.js";
import type { CompiledMetric } from "./compile.js";
import type { Cycle, FoldResult } from "./fold.js";

// A ticket's instants fall on a few days: keep each day's "YYYY-MM-DDT" (from core formatInstant)
// in a small direct-mapped cache and format only the time of day per instant. Same output as
// toISOString.
const DAY_SLOTS = 256;
const slotDay = new Float64Array(DAY_SLOTS).fill(NaN);
const slotPrefix: string[] = new Array<string>(DAY_SLOTS).fill("");
const TWO = Array.from({ length: 60 }, (_, n) => (n < 10 ? `0${n}` : `${n}`));
const THREE = Array.from({ length: 1000 }, (_, n) => `${n}`.padStart(3, "0"));

export function formatIso(ms: number): string {
  if (ms < 0 || ms >= 253_402_300_800_000) return formatInstant(ms);
  const day = Math.floor(ms / MS_PER_DAY);
  const slot = day & (DAY_SLOTS - 1);
  if (slotDay[slot] !== day) {
    slotDay[slot] = day;
    slotPrefix[slot] = formatInstant(day * MS_PER_DAY).slice(0, 11);
  }
  const prefix = slotPrefix[slot] as string;
  let rest = ms - day * MS_PER_DAY;
  const hour = Math.floor(rest / 3_600_000);
  rest -= hour * 3_600_000;
  const minute = Math.floor(rest / 60_000);
  rest -= minute * 60_000;
  const second = Math.floor(rest / 1000);
  return `${prefix}${TWO[hour]}:${TWO[minute]}:${TWO[second]}.${THREE[rest - second * 1000]}Z`;
}

const iso = (ms: number): string | null => (Number.isNaN(ms) ? null : formatIso(ms));

export function cycleStatus(cycle: Cycle): SlaMetricStatus {
  if (!Number.isNaN(cycle.breachedAt)) return "breached";
  if (!cycle.running) return "met";
  return cycle.paused ? "paused" : "running";
}

/** The due instant to report: the missed one once breached, else the projected one (null while paused). */
export function cycleDue(cycle: Cycle): number {
  if (!Number.isNaN(cycle.breachedAt)) return cycle.breachedAt;
  if (cycle.running) return cycle.paused ? NaN : cycle.openDue;
  // A stopped clock keeps the due it had when it stopped, projected from the stop.
  return reachInstant(cycle.target.measure, cycle.stoppedAt, cycle.counted, cycle.T, cycle.target.dueMode) ?? NaN;
}

// Most cycles fire nothing: share one frozen empty list instead of allocating two per cycle.
const NONE: readonly never[] = Object.freeze([]);

function cycleReport(metric: CompiledMetric, cycle: Cycle): SlaCycleReport {
  let warnings: SlaWarning[] | readonly never[] = NONE;
  let escalations: SlaEscalation[] | readonly never[] = NONE;
  const firings = cycle.firings.length > 1 ? [...cycle.firings].sort((a, b) => a.at - b.at) : cycle.firings;
  for (const firing of firings) {
    const threshold = metric.thresholds[firing.threshold];
    if (threshold === undefined) continue;
    if (threshold.type === "warning") {
      if (warnings === NONE) warnings = [];
      (warnings as SlaWarning[]).push({ kind: threshold.warningKind, value: threshold.value, firedAt: formatIso(firing.at) });
    } else {
      if (escalations === NONE) escalations = [];
      (escalations as SlaEscalation[]).push({ level: threshold.level, firedAt: formatIso(firing.at) });
    }
  }
  return {
    index: cycle.index,
    priority: cycle.priority,
    status: cycleStatus(cycle),
    paused: cycle.running && cycle.paused,
    businessHours: cycle.target.measure.business,
    target: cycle.T,
    elapsed: cycle.counted,
    remaining: cycle.T - cycle.counted,
    startedAt: formatIso(cycle.startedAt),
    dueAt: iso(cycleDue(cycle)),
    breachedAt: iso(cycle.breachedAt),
    completedAt: iso(cycle.stoppedAt),
    warnings,
    escalations,
  };
}

function notStarted(metric: CompiledMetric, priority: string | undefined): MetricReport {
  const target = priority === undefined ? metric.fallback : (metric.targets.get(priority) ?? metric.fallback);
  const ms = target?.fixedMs ?? null;
  return {
    id: metric.id,
    kind: metric.kind,
    ...(metric.name === undefined ? {} : { name: metric.name }),
    priority: priority ?? null,
    status: "not_started",
    paused: false,
    businessHours: target?.measure.business ?? true,
    target: ms,
    elapsed: 0,
    remaining: ms,
    startedAt: null,
    dueAt: null,
    breachedAt: null,
    completedAt: null,
    warnings: NONE,
    escalations: NONE,
    cycles: NONE,
    breachedCycles: 0,
  };
}

/** The report of a fold as of `now`. */
export function buildReport(policyId: string, fold: FoldResult, now: number, lenient: boolean): SlaReport {
  const metrics = fold.runs.map((run): MetricReport => {
    if (run.cycles.length === 0) return notStarted(run.metric, fold.priority);
    const cycles = run.cycles.map((cycle) => cycleReport(run.metric, cycle));
    let breachedCycles = 0;
    for (const cycle of cycles) if (cycle.status === "breached") breachedCycles++;
    const latest = cycles[cycles.length - 1] as SlaCycleReport;
    return {
      id: run.metric.id,
      kind: run.metric.kind,
      ...(run.metric.name === undefined ? {} : { name: run.metric.name }),
      priority: latest.priority,
      status: latest.status,
      paused: latest.paused,
      businessHours: latest.businessHours,
      target: latest.target,
      elapsed: latest.elapsed,
      remaining: latest.remaining,
      startedAt: latest.startedAt,
      dueAt: latest.dueAt,
      breachedAt: latest.breachedAt,
      completedAt: latest.completedAt,
      warnings: latest.warnings,
      escalations: latest.escalations,
      cycles,
      breachedCycles,
    };
  });
  const report: SlaReport = {
    policyId,
    evaluatedAt: formatIso(now),
    metrics,
    nextCheckAt: iso(fold.nextCheck),
  };
  return lenient ? { ...report, skipped: fold.issues } : report;
}
