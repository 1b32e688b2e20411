import { localDate } from "../calendar/index.js";
import { formatInstant, toInstantMs, type DateInput, type Locale } from "../core/index.js";
import { compiled, type ComplaintPolicy } from "./internal/compile.js";
import { clockDueMs, clockOf, deadlineApplies, pausedMs, warnBeforeMs } from "./internal/deadlines.js";
import { labelOf } from "./internal/labels.js";
import { ruleSince, rulesActive } from "./internal/rules.js";
import { checkState } from "./internal/state.js";
import type { ComplaintDeadlineStatus, ComplaintState, ComplaintStatus } from "./types.js";

/**
 * Where a complaint stands at `now`: its stage, step and levels, the handling actions still open
 * in this step, every deadline with its due instant and status, the escalation rules that hold
 * now but have not fired yet (apply a `tick` event to fire them), and `nextCheckAt` — the earliest
 * instant strictly after `now` at which this status would change if no event arrives (a deadline
 * turning at risk or breached, a time-based rule coming due), or null. Same scheduler contract
 * as SLA reports: store it and re-evaluate the complaint then.
 *
 * A running deadline's `dueAt` already includes paused time and approved extensions; while a
 * clock is paused, `dueAt` is projected as if it resumed at `now`. A `now` earlier than the
 * state's last event is read as that event's instant (`evaluatedAt` says which was used).
 *
 * @example
 * import { complaintStatus, defaultComplaintPolicy, openComplaint } from "pledgekit/complaint";
 * const policy = defaultComplaintPolicy();
 * const state = openComplaint(policy, { id: "C-1", receivedAt: "2024-10-08T09:00:00+08:00" });
 * const status = complaintStatus(policy, state, "2024-10-08T10:00:00+08:00", { locale: "zh-CN" });
 * status.labels.step; // "已接收"
 */
export function complaintStatus(
  policy: ComplaintPolicy,
  state: ComplaintState,
  now: DateInput,
  options: { readonly locale?: Locale } = {},
): ComplaintStatus {
  const tables = compiled(policy);
  checkState(tables, state);
  const nowMs = Math.max(toInstantMs(now, ["now"]), Date.parse(state.updatedAt));
  const locale = options.locale ?? "en";
  const pending: number[] = [];

  const deadlines: ComplaintDeadlineStatus[] = tables.deadlines.map((deadline) => {
    const clock = clockOf(state, deadline.id);
    const applies = deadlineApplies(deadline, state);
    const paused = clock.pauses.some((p) => p.to === null);
    const due = clockDueMs(tables, deadline, clock, nowMs);
    const stopped = clock.stoppedAt === null ? null : Date.parse(clock.stoppedAt);
    let status: ComplaintDeadlineStatus["status"];
    if (!applies) status = "not_applicable";
    else if (due === null) status = "not_started";
    else if (stopped !== null) status = stopped <= due ? "met" : "breached";
    else if (nowMs > due) status = "breached";
    else if (paused) status = "paused";
    else {
      const warn = deadline.warnBefore === undefined ? null : due - warnBeforeMs(deadline);
      status = warn !== null && nowMs >= warn ? "at_risk" : "running";
      if (warn !== null && warn > nowMs) pending.push(warn);
      pending.push(due + 1);
    }
    return {
      id: deadline.id,
      label: labelOf(deadline.label, deadline.id, locale),
      status,
      startedAt: clock.startedAt,
      dueAt: due === null ? null : formatInstant(due),
      // The local date of the last on-time instant (a deadline due at 24:00 belongs to the day ending).
      dueDate: due === null || tables.calendar === null ? null : localDate(tables.calendar, due - 1),
      stoppedAt: clock.stoppedAt,
      breachedAt: status === "breached" && due !== null ? formatInstant(due) : null,
      remainingMs: due === null || stopped !== null ? null : due - nowMs,
      paused,
      pausedMs: pausedMs(clock, stopped ?? nowMs),
      extensions: clock.extensions.length,
      source: deadline.source ?? null,
    };
  });

  const escalationsDue: { ruleId: string; since: string | null }[] = [];
  if (rulesActive(tables, state)) {
    for (const rule of tables.rules) {
      if (state.firedRules.some((f) => f.ruleId === rule.id)) continue;
      const since = ruleSince(tables, rule, state, nowMs);
      if (since === null) continue;
      if (since <= nowMs) escalationsDue.push({ ruleId: rule.id, since: Number.isFinite(since) ? formatInstant(since) : null });
      else pending.push(since);
    }
  }

  const checklist = tables.actionsByStep.get(state.step) ?? [];
  const next = pending.filter((t) => t > nowMs).reduce((a, b) => Math.min(a, b), Infinity);
  const def = tables.def;
  return {
    evaluatedAt: formatInstant(nowMs),
    id: state.id,
    class: state.class,
    stage: state.stage,
    peakStage: state.peakStage,
    step: state.step,
    stepEnteredAt: state.stepEnteredAt,
    open: !tables.terminal.has(state.step),
    level: { ...state.level },
    priority: state.priority,
    pendingActions: checklist.filter((a) => state.checklist[a.id] === undefined).map((a) => a.id),
    deadlines,
    escalationsDue,
    nextCheckAt: Number.isFinite(next) ? formatInstant(next) : null,
    labels: {
      class: labelOf(def.classes.find((c) => c.id === state.class)?.label, state.class, locale),
      stage: labelOf(def.stages.find((s) => s.id === state.stage)?.label, state.stage, locale),
      step: labelOf(def.steps.find((s) => s.id === state.step)?.label, state.step, locale),
      functional: labelOf(def.levels.functional.find((l) => l.id === state.level.functional)?.label, state.level.functional, locale),
      hierarchical: labelOf(def.levels.hierarchical.find((l) => l.id === state.level.hierarchical)?.label, state.level.hierarchical, locale),
    },
  };
}
