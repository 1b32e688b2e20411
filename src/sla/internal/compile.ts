// Compiles a parsed SLA policy into lookup tables the per-ticket fold can run without allocating.
import { toCalendar, type Calendar } from "../../calendar/index.js";
import { toDurationMs } from "../../core/index.js";
import { TICKET_EVENT_TYPES, type SlaPolicyDefinition, type TicketEventType } from "../schemas.js";
import { businessTime, WALL_TIME, type AtClose, type TimeMeasure } from "../../calendar/internal/index.js";

// Event types as small integers for the hot loop.
export const CREATED = 0;
export const STATUS = 1;
export const PRIORITY = 2;
export const AGENT_REPLY = 3;
export const CUSTOMER_REPLY = 4;
export const RESOLVED = 5;
export const REOPENED = 6;
// Codes are indexes into TICKET_EVENT_TYPES.
export const EVENT_TYPE_NAMES: readonly TicketEventType[] = TICKET_EVENT_TYPES;

type MetricKind = "first_response" | "next_reply" | "resolution" | "custom";
/** once: one cycle, never restarted; each: a new cycle per start; resume: one clock, resumed by a start. */
type CycleMode = "once" | "each" | "resume";
type PriorityChangeMode = "keep_elapsed" | "restart";

/** One warning or escalation; its counted-time threshold is `fraction · T + offset` (at least 0). */
export interface CompiledThreshold {
  readonly type: "warning" | "escalation";
  readonly warningKind: "fraction" | "before";
  /** The warning's value as the user wrote it: a fraction, or ms before breach. */
  readonly value: number;
  readonly level: number;
  readonly fraction: number;
  readonly offset: number;
}

/** A metric's target for one priority. `fixedMs` is null for business-day targets (known per start). */
export interface CompiledTarget {
  readonly fixedMs: number | null;
  readonly businessDays: number | null;
  readonly measure: TimeMeasure;
  readonly dueMode: AtClose;
  /** Thresholds' counted-time values, for fixed targets (null: known once the clock starts). */
  readonly thetas: readonly number[] | null;
}

/** Targets are equal when they have the same duration (or business days) on the same clock, under whatever key. */
export function sameTarget(a: CompiledTarget, b: CompiledTarget): boolean {
  return a.fixedMs === b.fixedMs && a.businessDays === b.businessDays && a.measure.business === b.measure.business;
}

/** A condition: per event type, a list of optional status/priority filters (any one matching). */
export type Matcher = readonly (readonly ConditionFilter[] | null)[];
interface ConditionFilter {
  readonly status: ReadonlySet<string> | null;
  readonly priority: ReadonlySet<string> | null;
}

export interface CompiledMetric {
  readonly id: string;
  readonly name: string | undefined;
  readonly kind: MetricKind;
  readonly targets: ReadonlyMap<string, CompiledTarget>;
  readonly fallback: CompiledTarget | undefined;
  readonly pauseOn: ReadonlySet<string> | null;
  readonly start: Matcher;
  readonly stop: Matcher;
  readonly cycles: CycleMode;
  /** next_reply: a new cycle needs an agent reply since the last one started. */
  readonly needsAgentReply: boolean;
  readonly thresholds: readonly CompiledThreshold[];
}

export interface CompiledPolicy {
  readonly id: string;
  readonly calendar: Calendar | null;
  readonly metrics: readonly CompiledMetric[];
  readonly onPriorityChange: PriorityChangeMode;
}

/** A threshold's counted-time value for target `T`. */
function thresholdValue(threshold: CompiledThreshold, T: number): number {
  return Math.max(0, Math.ceil(threshold.fraction * T + threshold.offset - 1e-6));
}

/** Threshold values for target `T`, by threshold index. */
export function thresholdTable(thresholds: readonly CompiledThreshold[], T: number): number[] {
  return thresholds.map((threshold) => thresholdValue(threshold, T));
}

function compileThresholds(source: {
  warnAt?: readonly number[] | undefined;
  warnBefore?: readonly unknown[] | undefined;
  escalations?: readonly { level: number; at?: number | undefined; after?: unknown }[] | undefined;
}): CompiledThreshold[] {
  const out: CompiledThreshold[] = [];
  for (const fraction of source.warnAt ?? []) {
    out.push({ type: "warning", warningKind: "fraction", value: fraction, level: 0, fraction, offset: 0 });
  }
  for (const before of source.warnBefore ?? []) {
    const ms = toDurationMs(before);
    out.push({ type: "warning", warningKind: "before", value: ms, level: 0, fraction: 1, offset: -ms });
  }
  for (const escalation of source.escalations ?? []) {
    if (escalation.at !== undefined) {
      out.push({ type: "escalation", warningKind: "fraction", value: escalation.at, level: escalation.level, fraction: escalation.at, offset: 0 });
    } else {
      const ms = toDurationMs(escalation.after);
      out.push({ type: "escalation", warningKind: "before", value: ms, level: escalation.level, fraction: 1, offset: ms });
    }
  }
  return out;
}

const BUILT_IN: Record<Exclude<MetricKind, "custom">, { start: TicketEventType[]; stop: TicketEventType[]; cycles: CycleMode }> = {
  first_response: { start: ["created"], stop: ["agent_reply", "resolved"], cycles: "once" },
  next_reply: { start: ["customer_reply"], stop: ["agent_reply", "resolved"], cycles: "each" },
  resolution: { start: ["created", "reopened"], stop: ["resolved"], cycles: "resume" },
};

const toSet = (value: string | readonly string[] | undefined): ReadonlySet<string> | null =>
  value === undefined ? null : new Set(typeof value === "string" ? [value] : value);

function compileMatcher(
  conditions: readonly { event: TicketEventType; status?: string | string[] | undefined; priority?: string | string[] | undefined }[],
): Matcher {
  const table: (ConditionFilter[] | null)[] = EVENT_TYPE_NAMES.map(() => null);
  for (const condition of conditions) {
    const code = EVENT_TYPE_NAMES.indexOf(condition.event);
    const filters = (table[code] ??= []);
    filters.push({ status: toSet(condition.status), priority: toSet(condition.priority) });
  }
  return table;
}

/** True when an event of type `code` with the ticket's status and priority after it matches. */
export function matches(matcher: Matcher, code: number, status: string | undefined, priority: string): boolean {
  const filters = matcher[code];
  if (filters === null || filters === undefined) return false;
  for (const filter of filters) {
    if (filter.status !== null && (status === undefined || !filter.status.has(status))) continue;
    if (filter.priority !== null && !filter.priority.has(priority)) continue;
    return true;
  }
  return false;
}

/**
 * Compiles a parsed policy, reusing `compiled` (the caller's compiled calendar) when given. Throws
 * what `toCalendar` throws for a calendar that cannot compile.
 */
export function compilePolicy(definition: SlaPolicyDefinition, compiled?: Calendar): CompiledPolicy {
  const calendar = compiled ?? (definition.calendar === undefined ? null : toCalendar(definition.calendar));
  const business = calendar === null ? null : businessTime(calendar);
  const policyThresholds = definition;
  const metrics = definition.metrics.map((metric): CompiledMetric => {
    const own = metric.warnAt !== undefined || metric.warnBefore !== undefined || metric.escalations !== undefined;
    const thresholds = compileThresholds(own ? metric : policyThresholds);
    const metricBusiness = metric.businessHours !== false;
    const targets = new Map<string, CompiledTarget>();
    for (const [priority, target] of Object.entries(metric.targets)) {
      let compiled: CompiledTarget;
      if (typeof target === "object" && "businessDays" in target) {
        // The schema refinement guarantees a calendar for business-time targets.
        compiled = { fixedMs: null, businessDays: target.businessDays, measure: business as TimeMeasure, dueMode: "close", thetas: null };
      } else {
        const isObject = typeof target === "object" && "target" in target;
        const ms = toDurationMs(isObject ? target.target : target);
        const useBusiness = isObject ? (target.businessHours ?? metricBusiness) : metricBusiness;
        const measure = useBusiness ? (business as TimeMeasure) : WALL_TIME;
        compiled = { fixedMs: ms, businessDays: null, measure, dueMode: "nextOpen", thetas: thresholdTable(thresholds, ms) };
      }
      targets.set(priority, compiled);
    }
    const shape =
      metric.kind === "custom"
        ? { start: metric.start, stop: metric.stop, cycles: metric.cycles ?? "each" }
        : {
            start: BUILT_IN[metric.kind].start.map((event) => ({ event })),
            stop: BUILT_IN[metric.kind].stop.map((event) => ({ event })),
            cycles: BUILT_IN[metric.kind].cycles,
          };
    return {
      id: metric.id,
      name: metric.name,
      kind: metric.kind,
      targets,
      fallback: targets.get("default"),
      pauseOn: metric.pauseOn === undefined || metric.pauseOn.length === 0 ? null : new Set(metric.pauseOn),
      start: compileMatcher(shape.start),
      stop: compileMatcher(shape.stop),
      cycles: shape.cycles,
      needsAgentReply: metric.kind === "next_reply",
      thresholds,
    };
  });
  return { id: definition.id, calendar, metrics, onPriorityChange: definition.onPriorityChange ?? "keep_elapsed" };
}
