// Builds the explanation behind a report: per cycle, the counted, paused, closed and stopped
// periods (with totals), the changes that shaped them, and every threshold with its instant.
import { businessTimeBetween, openPeriods, type Calendar } from "../../calendar/index.js";
import { formatInstant, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, type Locale } from "../../core/index.js";
import { SLA_LABELS } from "../messages.js";
import type { SlaCycleExplanation, SlaExplanation, SlaMetricExplanation, SlaPeriod, SlaPeriodTotals, SlaReport, SlaThresholdExplanation } from "../types.js";
import { reachInstant } from "../../calendar/internal/index.js";
import type { CompiledMetric, CompiledPolicy } from "./compile.js";
import type { Cycle, FoldResult } from "./fold.js";
import { cycleDue, cycleStatus } from "./report.js";

const iso = (ms: number): string | null => (Number.isNaN(ms) ? null : formatInstant(ms));

// A cycle left running for years (a `now` far in the future) has millions of open periods: the
// explanation lists the first ones and says how many it left out; the totals stay exact.
const MAX_LISTED_PERIODS = 2_000;

function periodsOf(calendar: Calendar | null, cycle: Cycle): { periods: SlaPeriod[]; truncated: boolean } {
  const trace = cycle.trace;
  if (trace === null) return { periods: [], truncated: false };
  const out: SlaPeriod[] = [];
  let truncated = false;
  const push = (kind: SlaPeriod["kind"], start: number, end: number, priority: string | null, businessHours: boolean): void => {
    if (end <= start) return;
    if (out.length >= MAX_LISTED_PERIODS) truncated = true;
    else out.push({ kind, start: formatInstant(start), end: formatInstant(end), duration: end - start, priority, businessHours });
  };
  for (const segment of trace.counted) {
    if (segment.end <= segment.start) continue;
    if (!segment.business || calendar === null) {
      push("counted", segment.start, segment.end, segment.priority, segment.business);
      continue;
    }
    let cursor = segment.start;
    for (const period of openPeriods(calendar, segment.start, segment.end)) {
      if (out.length >= MAX_LISTED_PERIODS) {
        truncated = true;
        break;
      }
      const start = period.start.getTime();
      const end = period.end.getTime();
      push("closed", cursor, start, segment.priority, true);
      push("counted", start, end, segment.priority, true);
      cursor = end;
    }
    if (out.length < MAX_LISTED_PERIODS) push("closed", cursor, segment.end, segment.priority, true);
  }
  for (const pause of trace.paused) push("paused", pause.start, pause.end, null, cycle.target.measure.business);
  // Between a stop and the restart of a resumable clock (resolved … reopened) nothing counts.
  let stoppedAt = NaN;
  for (const change of trace.changes) {
    if (change.change === "stopped") stoppedAt = change.at;
    else if (change.change === "reopened" && !Number.isNaN(stoppedAt)) {
      push("stopped", stoppedAt, change.at, null, cycle.target.measure.business);
      stoppedAt = NaN;
    }
  }
  return { periods: out.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0)), truncated };
}

// Totals from the listed periods, or, when the list was cut short, from the cycle's segments and
// the calendar's cumulative open time (exact, and independent of how long the span is).
function totalsOf(calendar: Calendar | null, cycle: Cycle, periods: readonly SlaPeriod[], truncated: boolean): SlaPeriodTotals {
  const totals = { counted: 0, paused: 0, closed: 0, stopped: 0 };
  if (!truncated) {
    for (const period of periods) totals[period.kind] += period.duration;
    return totals;
  }
  const trace = cycle.trace;
  if (trace === null) return totals;
  for (const segment of trace.counted) {
    if (segment.end <= segment.start) continue;
    const counted = segment.business && calendar !== null ? businessTimeBetween(calendar, segment.start, segment.end) : segment.end - segment.start;
    totals.counted += counted;
    totals.closed += segment.end - segment.start - counted;
  }
  for (const pause of trace.paused) totals.paused += Math.max(0, pause.end - pause.start);
  let stoppedAt = NaN;
  for (const change of trace.changes) {
    if (change.change === "stopped") stoppedAt = change.at;
    else if (change.change === "reopened" && !Number.isNaN(stoppedAt)) {
      totals.stopped += change.at - stoppedAt;
      stoppedAt = NaN;
    }
  }
  return totals;
}

function thresholdsOf(metric: CompiledMetric, cycle: Cycle, now: number): SlaThresholdExplanation[] {
  const measure = cycle.target.measure;
  const counting = cycle.running && !cycle.paused;
  const out: SlaThresholdExplanation[] = [];
  metric.thresholds.forEach((threshold, k) => {
    const value = cycle.thetas[k] as number;
    const firings = cycle.firings.filter((firing) => firing.threshold === k);
    const last = firings[firings.length - 1];
    let at = last?.at ?? NaN;
    if (last === undefined && counting) {
      at = reachInstant(measure, now, cycle.counted, value, value === cycle.T ? cycle.target.dueMode : "nextOpen") ?? NaN;
    }
    out.push({
      kind: threshold.type,
      ...(threshold.type === "warning" ? { warning: threshold.warningKind, value: threshold.value } : { level: threshold.level }),
      threshold: value,
      at: iso(at),
      fired: last !== undefined,
    });
  });
  out.push({ kind: "due", threshold: cycle.T, at: iso(cycleDue(cycle)), fired: !Number.isNaN(cycle.breachedAt) });
  return out.sort((a, b) => a.threshold - b.threshold);
}

/** "7 h 30 min" / "7 小时 30 分钟" (days shown when over 24 h). */
function humanDuration(ms: number, locale: Locale): string {
  const sign = ms < 0 ? "-" : "";
  let rest = Math.abs(ms);
  const days = Math.floor(rest / MS_PER_DAY);
  rest -= days * MS_PER_DAY;
  const hours = Math.floor(rest / MS_PER_HOUR);
  rest -= hours * MS_PER_HOUR;
  const minutes = Math.round(rest / MS_PER_MINUTE);
  const zh = locale === "zh-CN";
  const parts: string[] = [];
  if (days > 0) parts.push(zh ? `${days} 天` : `${days} d`);
  if (hours > 0) parts.push(zh ? `${hours} 小时` : `${hours} h`);
  if (minutes > 0 || parts.length === 0) parts.push(zh ? `${minutes} 分钟` : `${minutes} min`);
  return sign + parts.join(" ");
}

function summaryOf(cycle: SlaCycleExplanation, locale: Locale): string {
  const labels = SLA_LABELS[locale];
  const d = (ms: number): string => humanDuration(ms, locale);
  const due = cycle.thresholds.find((t) => t.kind === "due")?.at ?? null;
  if (locale === "zh-CN") {
    return `${labels[cycle.status]}：计时 ${d(cycle.totals.counted)}，暂停 ${d(cycle.totals.paused)}，非营业时间 ${d(cycle.totals.closed)}${due === null ? "" : `；到期 ${due}`}`;
  }
  return `${labels[cycle.status]}: counted ${d(cycle.totals.counted)}, paused ${d(cycle.totals.paused)}, closed ${d(cycle.totals.closed)}${due === null ? "" : `; due ${due}`}`;
}

export function buildExplanation(policy: CompiledPolicy, fold: FoldResult, report: SlaReport, now: number, locale: Locale): SlaExplanation {
  const metrics = fold.runs.map((run, m): SlaMetricExplanation => {
    const cycles = run.cycles.map((cycle): SlaCycleExplanation => {
      const { periods, truncated } = periodsOf(policy.calendar, cycle);
      const partial = {
        index: cycle.index,
        status: cycleStatus(cycle),
        startedAt: formatInstant(cycle.startedAt),
        endedAt: iso(cycle.stoppedAt),
        periods,
        ...(truncated ? { periodsTruncated: true as const } : {}),
        totals: totalsOf(policy.calendar, cycle, periods, truncated),
        changes: (cycle.trace?.changes ?? []).map((change) => ({
          at: formatInstant(change.at),
          event: change.event,
          change: change.change,
          ...(change.priority === undefined ? {} : { priority: change.priority }),
        })),
        thresholds: thresholdsOf(run.metric, cycle, now),
        summary: "",
      };
      return { ...partial, summary: summaryOf(partial, locale) };
    });
    const totals = { counted: 0, paused: 0, closed: 0, stopped: 0 };
    for (const cycle of cycles) for (const key of ["counted", "paused", "closed", "stopped"] as const) totals[key] += cycle.totals[key];
    const metricReport = report.metrics[m];
    return {
      id: run.metric.id,
      kind: run.metric.kind,
      status: metricReport?.status ?? "not_started",
      cycles,
      totals,
    };
  });
  return { policyId: report.policyId, evaluatedAt: report.evaluatedAt, report, metrics };
}
