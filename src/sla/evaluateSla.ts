import { compiledPolicy } from "./internal/policy.js";
import { readNow, runTicket } from "./internal/evaluate.js";
import { buildReport } from "./internal/report.js";
import type { DateInput } from "../core/index.js";
import type { SlaEvaluateOptions, SlaReport, TicketEvent, SlaPolicy } from "./types.js";

/**
 * The SLA state of one ticket as of `now`, folded from its event log: per metric the status,
 * counted time, due instant, breach, fired warnings and escalations, every cycle, and the
 * `nextCheckAt` instant at which the report would next change. Events may come in any order;
 * events after `now` are ignored. A malformed or out-of-order event throws `PledgeError`
 * (`invalid_event`) naming its index, unless `lenient: true` skips it and lists it in `skipped`.
 *
 * @example
 * const report = evaluateSla(policy, [
 *   { type: "created", at: "2024-06-03T09:00:00+08:00", priority: "high" },
 *   { type: "agent_reply", at: "2024-06-03T10:30:00+08:00" },
 * ], "2024-06-03T12:00:00+08:00");
 * report.metrics[0]?.status; // "met"
 */
export function evaluateSla(policy: SlaPolicy, events: readonly TicketEvent[], now: DateInput, options: SlaEvaluateOptions = {}): SlaReport {
  const tables = compiledPolicy(policy);
  const at = readNow(now);
  const lenient = options.lenient === true;
  return buildReport(tables.id, runTicket(tables, events, at, lenient, false), at, lenient);
}
