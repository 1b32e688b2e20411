// Reads a ticket's event log into flat arrays (no per-event objects, no Dates) and orders it:
// by time, `created` first among equal times, otherwise input order (a stable sort).
import { coreMessages, createIssue, formatInstant, readInstantMs, toInstantMs, type Issue } from "../../core/index.js";
import { inSupportedRange } from "./range.js";
import { slaMessages } from "../messages.js";
import { AGENT_REPLY, CREATED, CUSTOMER_REPLY, EVENT_TYPE_NAMES, PRIORITY, REOPENED, RESOLVED, STATUS } from "./compile.js";

/** A ticket's events as parallel arrays, in the order the fold visits them. */
export interface EventLog {
  readonly count: number;
  /** Input indexes in processing order; null when the input order is already that order. */
  readonly order: readonly number[] | null;
  /** By input index: type code (-1 for a malformed event, skipped and listed in `issues`), epoch ms, and the status/priority text the event carries. */
  readonly types: readonly number[];
  readonly ats: readonly number[];
  readonly priorities: readonly (string | undefined)[];
  readonly statuses: readonly (string | undefined)[];
  readonly issues: readonly Issue[];
}

function typeCode(type: unknown): number {
  switch (type) {
    case "created":
      return CREATED;
    case "status":
      return STATUS;
    case "priority":
      return PRIORITY;
    case "agent_reply":
      return AGENT_REPLY;
    case "customer_reply":
      return CUSTOMER_REPLY;
    case "resolved":
      return RESOLVED;
    case "reopened":
      return REOPENED;
    default:
      return -1;
  }
}

// Fields each event type may carry besides type, at, and the user's own `id` and `meta`.
function fieldAllowed(code: number, key: string): boolean {
  switch (key) {
    case "type":
    case "at":
    case "id":
    case "meta":
      return true;
    case "priority":
      return code === CREATED || code === PRIORITY;
    case "status":
      return code === CREATED || code === STATUS;
    default:
      return false;
  }
}

const issue = (code: string, path: (string | number)[], params: Record<string, unknown>): Issue =>
  createIssue(code in slaMessages ? slaMessages : coreMessages, code, path, params);

function instantIssue(value: unknown, path: (string | number)[]): Issue {
  try {
    toInstantMs(value, path);
  } catch (error) {
    const first = (error as { issues?: readonly Issue[] }).issues?.[0];
    if (first !== undefined) return first;
  }
  return issue("invalid_instant", path, { received: value });
}

function textField(
  event: Record<string, unknown>,
  key: string,
  required: boolean,
  code: number,
  index: number,
  push: (problem: Issue) => void,
): string | undefined {
  const value = event[key];
  if (value === undefined && !required) return undefined;
  if (typeof value === "string" && value.length > 0) return value;
  push(issue("missing_event_field", ["events", index, key], { type: EVENT_TYPE_NAMES[code], key, received: value }));
  return undefined;
}

// Scratch arrays reused across calls: a log lives only for the synchronous fold that reads it.
const typesBuffer: number[] = [];
const atsBuffer: number[] = [];
const prioritiesBuffer: (string | undefined)[] = [];
const statusesBuffer: (string | undefined)[] = [];
const NO_ISSUES: readonly Issue[] = [];

/**
 * Validates every event's shape and orders the log. Shape problems are collected, never thrown.
 * The returned arrays are reused by the next call: consume the log before reading another.
 */
export function readEventLog(events: readonly unknown[]): EventLog {
  const count = events.length;
  const types = typesBuffer;
  const ats = atsBuffer;
  const priorities = prioritiesBuffer;
  const statuses = statusesBuffer;
  let issues: Issue[] | undefined;
  const push = (problem: Issue): void => {
    (issues ??= []).push(problem);
  };
  let sorted = true;
  let prevAt = -Infinity;
  for (let i = 0; i < count; i++) {
    const raw = events[i];
    const before = issues === undefined ? 0 : issues.length;
    priorities[i] = undefined;
    statuses[i] = undefined;
    let code = -1;
    // Malformed events sort last and are never visited.
    let at = Infinity;
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
      push(issue("invalid_event_shape", ["events", i], { received: raw }));
    } else {
      const event = raw as Record<string, unknown>;
      code = typeCode(event.type);
      if (code < 0) {
        push(issue("unknown_event_type", ["events", i, "type"], { received: event.type, values: EVENT_TYPE_NAMES }));
      } else {
        for (const key in event) {
          if (!fieldAllowed(code, key)) push(issue("unknown_event_field", ["events", i, key], { type: event.type, key }));
        }
        if (code === CREATED) {
          priorities[i] = textField(event, "priority", true, code, i, push);
          statuses[i] = textField(event, "status", false, code, i, push);
        } else if (code === PRIORITY) priorities[i] = textField(event, "priority", true, code, i, push);
        else if (code === STATUS) statuses[i] = textField(event, "status", true, code, i, push);
      }
      const ms = readInstantMs(event.at);
      if (ms === undefined) push(instantIssue(event.at, ["events", i, "at"]));
      else if (!inSupportedRange(ms)) push(issue("instant_out_of_range", ["events", i, "at"], { received: formatInstant(ms) }));
      else at = ms;
    }
    ats[i] = at;
    if (issues !== undefined && issues.length > before) {
      types[i] = -1;
      continue;
    }
    types[i] = code;
    // `created` must come first among equal times, so a `created` tying an earlier event needs the sort.
    if (at < prevAt || (at === prevAt && code === CREATED)) sorted = false;
    prevAt = at;
  }
  let order: number[] | null = null;
  if (!sorted) {
    order = Array.from({ length: count }, (_, i) => i);
    order.sort((a, b) => {
      const x = ats[a] as number;
      const y = ats[b] as number;
      if (x !== y) return x < y ? -1 : 1;
      const createdFirst = (types[a] === CREATED ? 0 : 1) - (types[b] === CREATED ? 0 : 1);
      return createdFirst !== 0 ? createdFirst : a - b;
    });
  }
  return { count, order, types, ats, priorities, statuses, issues: issues ?? NO_ISSUES };
}
