import { createIssue, isPledgeError, PledgeError, type DateInput } from "../core/index.js";
import { slaMessages } from "./messages.js";
import { readNow, runTicket } from "./internal/evaluate.js";
import { compiledPolicy } from "./internal/policy.js";
import { buildReport } from "./internal/report.js";
import type { SlaEvaluateOptions, SlaReport, TicketEvent, SlaPolicy } from "./types.js";

/**
 * Evaluates many tickets against one compiled policy as of one `now` (a dashboard, a nightly
 * recalculation): the policy and its calendar are compiled once, `now` is read once. Returns one
 * report per ticket, in order. In strict mode the first bad ticket throws `invalid_event` with
 * paths prefixed by the ticket's index (`tickets[12].events[3]`).
 *
 * @example
 * const reports = evaluateSlaBatch(policy, [ticketA.events, ticketB.events], new Date());
 * const breached = reports.filter((r) => r.metrics.some((m) => m.status === "breached")).length;
 */
export function evaluateSlaBatch(
  policy: SlaPolicy,
  tickets: readonly (readonly TicketEvent[])[],
  now: DateInput,
  options: SlaEvaluateOptions = {},
): SlaReport[] {
  const tables = compiledPolicy(policy);
  if (!Array.isArray(tickets)) {
    throw new PledgeError("invalid_argument", [
      createIssue(slaMessages, "not_a_ticket_list", ["tickets"], { received: typeof tickets === "object" && tickets !== null ? "an object" : tickets }),
    ]);
  }
  const at = readNow(now);
  const lenient = options.lenient === true;
  const reports = new Array<SlaReport>(tickets.length);
  for (let n = 0; n < tickets.length; n++) {
    try {
      reports[n] = buildReport(tables.id, runTicket(tables, tickets[n], at, lenient, false), at, lenient);
    } catch (error) {
      if (!isPledgeError(error)) throw error;
      throw new PledgeError(
        error.code,
        error.issues.map((issue) => ({ ...issue, path: ["tickets", n, ...issue.path] })),
      );
    }
  }
  return reports;
}
