import { calendarDefinition, isCalendar, toCalendar } from "../calendar/index.js";
import { coreMessages, createIssue, isPledgeError, PledgeError, type Issue, type IssuePath } from "../core/index.js";
import type { SlaPolicyInput } from "../sla/index.js";
import { compileCommitment } from "./internal/compile.js";
import { readOptions, readRecordOption } from "./internal/options.js";
import { commitmentMessages } from "./messages.js";
import type { CommitmentInput } from "./schemas.js";
import { slaKindOf } from "./slaKindOf.js";
import type { Commitment, CommitmentSlaKind, CommitmentToSlaPolicyOptions } from "./types.js";

/** A per-priority SLA target, as `SlaPolicyInput` writes it. */
interface SlaTarget {
  readonly target: string;
  readonly businessHours: boolean;
}

const fail = (issue: Issue): never => {
  throw new PledgeError("invalid_argument", [issue]);
};

/**
 * Turns time-limit commitments into an SLA policy input (the SLA policy JSON of `defineSlaPolicy`), so one definition drives
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
export function commitmentToSlaPolicy(commitments: readonly (CommitmentInput | Commitment)[], options: CommitmentToSlaPolicyOptions): SlaPolicyInput {
  readOptions(options);
  if (options === undefined) fail(createIssue(coreMessages, "missing_key", ["options"]));
  if (!Array.isArray(commitments)) fail(createIssue(coreMessages, "invalid_type", ["commitments"], { expected: "array", received: commitments }));
  if (typeof options.id !== "string" || options.id === "") {
    fail(createIssue(coreMessages, "invalid_type", ["id"], { expected: "a non-empty string", received: options.id }));
  }
  readRecordOption(options.kinds, ["kinds"]);
  readRecordOption(options.pauseOn, ["pauseOn"]);
  readRecordOption(options.meta, ["meta"]);
  for (const [metric, statuses] of Object.entries(options.pauseOn ?? {})) {
    if (!Array.isArray(statuses) || !statuses.every((status) => typeof status === "string")) {
      fail(createIssue(coreMessages, "invalid_type", ["pauseOn", metric], { expected: "an array of statuses", received: statuses }));
    }
  }
  const metrics = new Map<string, { kind: CommitmentSlaKind; targets: Record<string, SlaTarget>; sources: Record<string, string> }>();
  let needsCalendar = false;
  commitments.forEach((input, index) => {
    const commitment = compileCommitment(input, ["commitments", index], true);
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
      return fail(
        createIssue(commitmentMessages, "duplicate_sla_target", ["commitments", index], { first, second: commitment.id, metric: metricId, priority }),
      );
    }
    metric.targets[priority] = { target: target.iso, businessHours: commitment.standard.businessHours };
    metric.sources[priority] = commitment.id;
    metrics.set(metricId, metric);
    needsCalendar ||= commitment.standard.businessHours;
  });
  if (needsCalendar && options.calendar === undefined) {
    fail(createIssue(coreMessages, "calendar_required", ["calendar"], { what: "a commitment counts business hours" }));
  }
  const out: Record<string, unknown> = { id: options.id };
  if (options.calendar !== undefined) out.calendar = calendarJson(options.calendar, ["calendar"]);
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

// Validated here (invalid_calendar) so a bad calendar fails at conversion, not later in the SLA module.
function calendarJson(calendar: unknown, path: IssuePath): unknown {
  try {
    const compiled = toCalendar(calendar as Parameters<typeof toCalendar>[0]);
    return JSON.parse(JSON.stringify(isCalendar(calendar) ? calendarDefinition(compiled) : calendar)) as unknown;
  } catch (error) {
    if (!isPledgeError(error)) throw error;
    throw new PledgeError(
      error.code,
      error.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] })),
    );
  }
}
