import type { CompiledValue, Issue, Locale } from "../core/index.js";
import type { Calendar } from "../calendar/index.js";
import type { SlaPolicyDefinition, TicketEventType } from "./schemas.js";

/** A validated, compiled SLA policy (from `defineSlaPolicy`). Immutable; reuse it for every ticket. */
export interface SlaPolicy extends CompiledValue<"pledgekit.sla_policy", SlaPolicyDefinition> {
  readonly id: string;
  /** The compiled business calendar, or null when every metric counts wall-clock time. */
  readonly calendar: Calendar | null;
}

/** A ticket event. `at` is a Date, epoch milliseconds or an ISO string with an offset. */
export type TicketEvent =
  | {
      readonly type: "created";
      readonly at: Date | number | string;
      readonly priority: string;
      readonly status?: string;
      readonly id?: string | number;
      readonly meta?: Readonly<Record<string, unknown>>;
    }
  | {
      readonly type: "status";
      readonly at: Date | number | string;
      readonly status: string;
      readonly id?: string | number;
      readonly meta?: Readonly<Record<string, unknown>>;
    }
  | {
      readonly type: "priority";
      readonly at: Date | number | string;
      readonly priority: string;
      readonly id?: string | number;
      readonly meta?: Readonly<Record<string, unknown>>;
    }
  | {
      readonly type: "agent_reply" | "customer_reply" | "resolved" | "reopened";
      readonly at: Date | number | string;
      readonly id?: string | number;
      readonly meta?: Readonly<Record<string, unknown>>;
    };

export type { TicketEventType };

/** Where a metric's clock stands. `breached` wins over `paused` (then `paused: true` alongside). */
export type SlaMetricStatus = "not_started" | "running" | "paused" | "met" | "breached";

export type SlaMetricKind = "first_response" | "next_reply" | "resolution" | "custom";

/** A warning that fired: at a fraction of the target, or at `value` ms before breach. */
export interface SlaWarning {
  readonly kind: "fraction" | "before";
  readonly value: number;
  readonly firedAt: string;
}

/** An escalation level that fired. */
export interface SlaEscalation {
  readonly level: number;
  readonly firedAt: string;
}

/** The figures of one clock cycle (and, for a metric, of its latest cycle). Durations in ms, instants ISO. */
export interface SlaCycleFigures {
  /** The priority whose target is in force (the ticket's priority for a metric not started). */
  readonly priority: string | null;
  readonly status: SlaMetricStatus;
  /** True while the ticket's status is in the metric's `pauseOn` (also when breached). */
  readonly paused: boolean;
  /** True when the target counts business time, false for wall-clock (24/7). */
  readonly businessHours: boolean;
  /** Target in ms; null before a business-day target's start is known. */
  readonly target: number | null;
  /** Counted time up to `now` or the stop (since the last restart, under `restart`). */
  readonly elapsed: number;
  /** `target − elapsed`, negative once over; null when `target` is. */
  readonly remaining: number | null;
  readonly startedAt: string | null;
  /** The last on-time instant; null while paused or not started; for a stopped clock, the due it had. */
  readonly dueAt: string | null;
  readonly breachedAt: string | null;
  readonly completedAt: string | null;
  readonly warnings: readonly SlaWarning[];
  readonly escalations: readonly SlaEscalation[];
}

export interface SlaCycleReport extends SlaCycleFigures {
  readonly index: number;
}

/** One metric as of `now`: its latest cycle's figures, every cycle, and how many breached. */
export interface MetricReport extends SlaCycleFigures {
  readonly id: string;
  readonly kind: SlaMetricKind;
  readonly name?: string;
  readonly cycles: readonly SlaCycleReport[];
  readonly breachedCycles: number;
}

/** The SLA state of one ticket as of `evaluatedAt`. */
export interface SlaReport {
  readonly policyId: string;
  readonly evaluatedAt: string;
  readonly metrics: readonly MetricReport[];
  /** Earliest instant strictly after `now` at which this report would change if no event arrives. */
  readonly nextCheckAt: string | null;
  /** With `lenient: true`: the events that were skipped, as issues naming each event's index. */
  readonly skipped?: readonly Issue[];
}

/** Options of evaluateSla, explainSla and evaluateSlaBatch. */
export interface SlaEvaluateOptions {
  /** Skip malformed or out-of-order events and list them in `skipped`, instead of throwing. */
  readonly lenient?: boolean;
}

/** A stretch of a cycle: counted time, a pause, closed hours inside a running business clock, or a stop before a reopen. */
export interface SlaPeriod {
  readonly kind: "counted" | "paused" | "closed" | "stopped";
  readonly start: string;
  readonly end: string;
  /** Wall-clock milliseconds. */
  readonly duration: number;
  /** The priority in force (counted and closed periods). */
  readonly priority: string | null;
  readonly businessHours: boolean;
}

/** Wall-clock milliseconds per period kind; `counted` equals the counted time. */
export interface SlaPeriodTotals {
  readonly counted: number;
  readonly paused: number;
  readonly closed: number;
  readonly stopped: number;
}

/** Something an event did to a cycle. `event` is the event's index in the input. */
export interface SlaChange {
  readonly at: string;
  readonly event: number;
  readonly change: "started" | "stopped" | "paused" | "resumed" | "priority_kept" | "priority_restarted" | "reopened";
  readonly priority?: string;
}

/** A warning, escalation or the due instant of a cycle: its counted-time threshold and instant. */
export interface SlaThresholdExplanation {
  readonly kind: "warning" | "escalation" | "due";
  readonly warning?: "fraction" | "before";
  readonly value?: number;
  readonly level?: number;
  /** Counted milliseconds at which it fires (the target, for `due`). */
  readonly threshold: number;
  /** When it fired, or will fire if the clock keeps running (null while paused or stopped). */
  readonly at: string | null;
  /** True once fired (for `due`: once breached). */
  readonly fired: boolean;
}

export interface SlaCycleExplanation {
  readonly index: number;
  readonly status: SlaMetricStatus;
  readonly startedAt: string;
  readonly endedAt: string | null;
  /** Chronological periods from the start to the stop (or `now`); at most the first 2,000. */
  readonly periods: readonly SlaPeriod[];
  /** Present (true) when the cycle had more than 2,000 periods and only the first were listed; `totals` still cover all. */
  readonly periodsTruncated?: true;
  readonly totals: SlaPeriodTotals;
  readonly changes: readonly SlaChange[];
  readonly thresholds: readonly SlaThresholdExplanation[];
  /** One line for an agent, in the chosen locale. */
  readonly summary: string;
}

export interface SlaMetricExplanation {
  readonly id: string;
  readonly kind: SlaMetricKind;
  readonly status: SlaMetricStatus;
  readonly cycles: readonly SlaCycleExplanation[];
  readonly totals: SlaPeriodTotals;
}

/** The report plus the periods behind every figure. */
export interface SlaExplanation {
  readonly policyId: string;
  readonly evaluatedAt: string;
  readonly report: SlaReport;
  readonly metrics: readonly SlaMetricExplanation[];
}

/** Options of explainSla. */
export interface SlaExplainOptions extends SlaEvaluateOptions {
  /** Language of the `summary` lines (default "en"). */
  readonly locale?: Locale;
}

/** Options of `renderSlaTimeline`. */
export interface SlaTimelineOptions {
  /** Zone of the axis labels, normally the policy calendar's (default "UTC"). */
  readonly timeZone?: string;
  readonly locale?: Locale;
  /** Metric ids to draw (default: all). */
  readonly metrics?: readonly string[];
  /** Total width in pixels (default 900). */
  readonly width?: number;
  /** A title above the chart. */
  readonly title?: string;
  /** date-fns pattern of the axis and "due" labels (default "MM-dd HH:mm"), in `locale`. */
  readonly pattern?: string;
}
