import { localDate } from "../../calendar/index.js";
import { formatInstant, type Locale } from "../../core/index.js";
import type { ComplaintDeadlineStatus, ComplaintState, ComplaintStatus } from "../types.js";
import type { CompiledComplaintPolicy } from "./compile.js";
import { clockDueMs, clockOf, deadlineApplies, deadlineKind, pausedMs, warnBeforeMs } from "./deadlines.js";
import { labelOf } from "./labels.js";
import { ruleSince, rulesActive } from "./rules.js";

/** The status of a checked state at `nowMs` (already moved up to the state's last event). */
export function statusOf(tables: CompiledComplaintPolicy, state: ComplaintState, nowMs: number, locale: Locale): ComplaintStatus {
  const pending: number[] = [];

  const deadlines: ComplaintDeadlineStatus[] = tables.deadlines.map((deadline) => {
    const kind = deadlineKind(deadline);
    const clock = clockOf(state, deadline.id);
    const applies = deadlineApplies(deadline, state);
    const paused = clock.pauses.some((p) => p.to === null);
    const due = clockDueMs(tables, deadline, clock, nowMs);
    const stopped = clock.stoppedAt === null ? null : Date.parse(clock.stoppedAt);
    // A limit missed is breached; a window missed has only lapsed.
    const missed = kind === "limit" ? "breached" : "lapsed";
    let status: ComplaintDeadlineStatus["status"];
    if (!applies) status = "not_applicable";
    else if (due === null) status = "not_started";
    else if (stopped !== null) status = stopped <= due ? "met" : missed;
    else if (nowMs > due) status = missed;
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
      kind,
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
