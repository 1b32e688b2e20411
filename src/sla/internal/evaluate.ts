// Shared by evaluateSla, explainSla and evaluateSlaBatch: argument checks, the fold, and the
// strict/lenient decision.
import { coreMessages, createIssue, formatInstant, formatValue, PledgeError, toInstantMs, type Issue } from "../../core/index.js";
import { slaMessages } from "../messages.js";
import type { CompiledPolicy } from "./compile.js";
import { readEventLog } from "./events.js";
import { foldTicket, type FoldResult } from "./fold.js";
import { inSupportedRange } from "./range.js";

/** Epoch ms of `now`, or a PledgeError naming the argument (also for an instant outside years 0002–9998). */
export function readNow(now: unknown): number {
  const ms = toInstantMs(now, ["now"]);
  if (inSupportedRange(ms)) return ms;
  throw new PledgeError("invalid_argument", [createIssue(slaMessages, "instant_out_of_range", ["now"], { received: formatInstant(ms) })]);
}

/** A JSON-lossless copy of an issue's params: NaN, Dates and the caller's own objects become text. */
function jsonSafe(value: unknown): unknown {
  if (typeof value === "string" || typeof value === "boolean" || value === null) return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : formatValue(value);
  if (Array.isArray(value) && value.every((item) => typeof item === "string")) return [...value];
  return formatValue(value);
}

function detachIssues(issues: readonly Issue[]): Issue[] {
  return issues.map((issue) => ({
    ...issue,
    path: [...issue.path],
    params: Object.fromEntries(Object.entries(issue.params).map(([key, value]) => [key, jsonSafe(value)])),
  }));
}

/** Folds one ticket's events; strict mode throws `invalid_event` listing every bad event. */
export function runTicket(policy: CompiledPolicy, events: unknown, now: number, lenient: boolean, trace: boolean): FoldResult {
  if (!Array.isArray(events)) {
    const issue: Issue = createIssue({ ...coreMessages, ...slaMessages }, "not_an_event_list", ["events"], { received: events });
    throw new PledgeError("invalid_argument", [issue]);
  }
  const fold = foldTicket(policy, readEventLog(events), now, trace);
  if (fold.issues.length === 0) return fold;
  const issues = detachIssues(fold.issues);
  if (!lenient) throw new PledgeError("invalid_event", issues);
  return { ...fold, issues };
}
