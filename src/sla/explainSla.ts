import type { DateInput } from "../core/index.js";
import { readNow, runTicket } from "./internal/evaluate.js";
import { buildExplanation } from "./internal/explain.js";
import { compiledPolicy } from "./internal/policy.js";
import { buildReport } from "./internal/report.js";
import type { SlaExplainOptions, SlaExplanation, TicketEvent, SlaPolicy } from "./types.js";

/**
 * Why a ticket is due when it is: the report of `evaluateSla` plus, per metric and cycle, the
 * counted, paused, closed (outside business hours) and stopped periods with their totals, the
 * changes each event made, and every warning, escalation and due instant with its threshold.
 *
 * @example
 * const explanation = explainSla(policy, events, "2024-06-17T17:00:00+08:00", { locale: "zh-CN" });
 * for (const metric of explanation.metrics) console.log(metric.id, metric.cycles.at(-1)?.summary);
 */
export function explainSla(policy: SlaPolicy, events: readonly TicketEvent[], now: DateInput, options: SlaExplainOptions = {}): SlaExplanation {
  const tables = compiledPolicy(policy);
  const at = readNow(now);
  const lenient = options.lenient === true;
  const fold = runTicket(tables, events, at, lenient, true);
  const report = buildReport(tables.id, fold, at, lenient);
  return buildExplanation(tables, fold, report, at, options.locale ?? "en");
}
