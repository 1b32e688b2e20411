// Shared by evaluateSla, explainSla and evaluateSlaBatch: argument checks, the fold, and the
// strict/lenient decision.
import { coreMessages, createIssue, PledgeError, toInstantMs, type Issue } from "../../core/index.js";
import { slaMessages } from "../messages.js";
import type { CompiledPolicy } from "./compile.js";
import { readEventLog } from "./events.js";
import { foldTicket, type FoldResult } from "./fold.js";

/** Epoch ms of `now`, or a PledgeError naming the argument. */
export function readNow(now: unknown): number {
  return toInstantMs(now, ["now"]);
}

/** Folds one ticket's events; strict mode throws `invalid_event` listing every bad event. */
export function runTicket(policy: CompiledPolicy, events: unknown, now: number, lenient: boolean, trace: boolean): FoldResult {
  if (!Array.isArray(events)) {
    const issue: Issue = createIssue({ ...coreMessages, ...slaMessages }, "not_an_event_list", ["events"], { received: events });
    throw new PledgeError("invalid_argument", [issue]);
  }
  const fold = foldTicket(policy, readEventLog(events), now, trace);
  if (!lenient && fold.issues.length > 0) throw new PledgeError("invalid_event", fold.issues);
  return fold;
}
