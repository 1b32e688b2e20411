import { calendarDefinition } from "../calendar/index.js";
import type { Calendar } from "../calendar/index.js";
import { isCalendar } from "../calendar/index.js";
import type { CalendarInput } from "../calendar/index.js";
import { toCalendar } from "../calendar/index.js";
import { PledgeError } from "../core/index.js";
import type { Issue } from "../core/index.js";
import { createIssue } from "../core/index.js";
import { compileCommitment, type Commitment } from "./internal/compile.js";
import { commitmentMessages } from "./messages.js";
import type { SlaPolicyInput } from "../sla/index.js";
import type { CommitmentInput } from "./schemas.js";
import { slaKindOf, type CommitmentSlaKind } from "./slaKindOf.js";


/** A per-priority SLA target, as `SlaPolicyInput` writes it. */
interface SlaTarget {
  readonly target: string;
  readonly businessHours: boolean;
}

export interface CommitmentToSlaPolicyOptions {
  /** The policy id. */
  readonly id: string;
  /** The business calendar (JSON or from `defineCalendar`); required when a commitment counts business hours. */
  readonly calendar?: CalendarInput | Calendar;
  /** SLA kind for standards whose `metric` is not itself a kind: `{ "first reply": "first_response" }`. */
  readonly kinds?: Readonly<Record<string, CommitmentSlaKind>>;
  /** Statuses that pause a metric, by metric id: `{ resolution: ["pending_customer"] }`. */
  readonly pauseOn?: Readonly<Record<string, readonly string[]>>;
  readonly warnAt?: SlaPolicyInput["warnAt"];
  readonly warnBefore?: SlaPolicyInput["warnBefore"];
  readonly escalations?: SlaPolicyInput["escalations"];
  readonly onPriorityChange?: SlaPolicyInput["onPriorityChange"];
  readonly meta?: Readonly<Record<string, unknown>>;
}

const fail = (issue: Issue): never => {
  throw new PledgeError("invalid_argument", [issue]);
};

/**
 * Turns time-limit commitments into an SLA policy input (docs/design.md §2 JSON, for `defineSlaPolicy`), so one definition drives
 * both the customer-facing promise and the ticket timers. Each distinct `standard.metric` becomes
 * one SLA metric (id = the metric name); each commitment sets that metric's target for its
 * `standard.priority` (or `default`), as `{ target, businessHours }`. `meta.commitments` records
 * which commitment set which target. Throws `PledgeError` (`invalid_argument`) for a commitment that
 * is not a duration limit on an SLA kind (filter them with `slaKindOf`), for two commitments setting
 * the same metric and priority, and for business-hours commitments without `calendar`.
 *
 * @example
 * import { commitmentToSlaPolicy } from "pledgekit/commitment";
 * const policy = commitmentToSlaPolicy(
 *   [
 *     { id: "reply-vip", standard: { metric: "first_response", target: "PT1H", priority: "urgent" } },
 *     { id: "reply", standard: { metric: "first_response", target: "PT4H", businessHours: true } },
 *   ],
 *   { id: "from-commitments", calendar: { timeZone: "Asia/Shanghai", week: { mon: [["09:00", "18:00"]] } } },
 * );
 * policy.metrics[0]?.targets; // { urgent: { target: "PT1H", businessHours: false }, default: { target: "PT4H", businessHours: true } }
 */
export function commitmentToSlaPolicy(
  commitments: readonly (CommitmentInput | Commitment)[],
  options: CommitmentToSlaPolicyOptions,
): SlaPolicyInput {
  const metrics = new Map<string, { kind: CommitmentSlaKind; targets: Record<string, SlaTarget>; sources: Record<string, string> }>();
  let needsCalendar = false;
  commitments.forEach((input, index) => {
    const commitment = compileCommitment(input);
    const kind = slaKindOf(commitment, options.kinds);
    const target = commitment.standard.target;
    if (kind === undefined || target?.kind !== "duration") {
      return fail(createIssue(commitmentMessages, "not_sla_commitment", ["commitments", index], { id: commitment.id }));
    }
    const metricId = (commitment.definition.standard?.metric ?? kind).trim();
    const priority = commitment.definition.standard?.priority?.trim() || "default";
    const metric = metrics.get(metricId) ?? { kind, targets: {}, sources: {} };
    const first = metric.sources[priority];
    if (first !== undefined) {
      return fail(createIssue(commitmentMessages, "duplicate_sla_target", ["commitments", index], { first, second: commitment.id, metric: metricId, priority }));
    }
    metric.targets[priority] = { target: target.iso, businessHours: commitment.standard.businessHours };
    metric.sources[priority] = commitment.id;
    metrics.set(metricId, metric);
    needsCalendar ||= commitment.standard.businessHours;
  });
  if (needsCalendar && options.calendar === undefined) fail(createIssue(commitmentMessages, "calendar_required", ["calendar"]));

  const out: Record<string, unknown> = { id: options.id };
  if (options.calendar !== undefined) {
    // Validated here (invalid_calendar) so a bad calendar fails at conversion, not later in the SLA module.
    const calendar = isCalendar(options.calendar) ? calendarDefinition(options.calendar) : (toCalendar(options.calendar), options.calendar);
    out.calendar = JSON.parse(JSON.stringify(calendar)) as unknown;
  }
  out.metrics = [...metrics].map(([id, metric]) => {
    const pauseOn = options.pauseOn?.[id];
    return { id, kind: metric.kind, targets: metric.targets, ...(pauseOn === undefined ? {} : { pauseOn: [...pauseOn] }) };
  });
  for (const key of ["warnAt", "warnBefore", "escalations", "onPriorityChange"] as const) {
    if (options[key] !== undefined) out[key] = JSON.parse(JSON.stringify(options[key])) as unknown;
  }
  const sources = Object.fromEntries([...metrics].map(([id, metric]) => [id, { ...metric.sources }]));
  out.meta = { ...(options.meta ?? {}), commitments: sources };
  return out as unknown as SlaPolicyInput;
}
