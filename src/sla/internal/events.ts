// Reads a ticket's event log into flat arrays (no per-event objects, no Dates) and orders it:
// by time, `created` first among equal times, otherwise input order (a stable sort).
import { coreMessages, createIssue, readInstantMs, toInstantMs, type Issue } from "../../core/index.js";
import { slaMessages } from "../messages.js";
import { AGENT_REPLY, CREATED, CUSTOMER_REPLY, EVENT_TYPE_NAMES, PRIORITY, REOPENED, RESOLVED, STATUS } from "./compile.js";

/** A ticket's events as parallel arrays, in the order the fold visits them. */
export interface EventLog {
  readonly count: number;
  /** Input indexes in processing order. */
  readonly order: readonly number[];
  /** By input index: type code, epoch ms, and the status/priority text the event carries. */
  readonly types: readonly number[];
  readonly ats: readonly number[];
  readonly priorities: readonly (string | undefined)[];
  readonly statuses: readonly (string | undefined)[];
  /** Input indexes of events with a malformed shape (skipped, and listed in `issues`). */
  readonly invalid: ReadonlySet<number>;
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

function textField(event: Record<string, unknown>, key: string, required: boolean, code: number, index: number, issues: Issue[]): string | undefined {
  const value = event[key];
  if (value === undefined && !required) return undefined;
  if (typeof value === "string" && value.length > 0) return value;
  issues.push(issue("missing_event_field", ["events", index, key], { type: EVENT_TYPE_NAMES[code], key, received: value }));
  return undefined;
}

/** Validates every event's shape and orders the log. Shape problems are collected, never thrown. */
export function readEventLog(events: readonly unknown[]): EventLog {
  const count = events.length;
  const types = new Array<number>(count);
  const ats = new Array<number>(count);
  const priorities = new Array<string | undefined>(count);
  const statuses = new Array<string | undefined>(count);
  const order = new Array<number>(count);
  const issues: Issue[] = [];
  const invalid = new Set<number>();
  let sorted = true;
  let prevAt = -Infinity;
  for (let i = 0; i < count; i++) {
    order[i] = i;
    const raw = events[i];
    const before = issues.length;
    let code = -1;
    // Malformed events sort last and are never visited.
    let at = Infinity;
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
      issues.push(issue("invalid_event_shape", ["events", i], { received: raw }));
    } else {
      const event = raw as Record<string, unknown>;
      code = typeCode(event.type);
      if (code < 0) {
        issues.push(issue("unknown_event_type", ["events", i, "type"], { received: event.type, values: EVENT_TYPE_NAMES }));
      } else {
        for (const key in event) {
          if (!fieldAllowed(code, key)) issues.push(issue("unknown_event_field", ["events", i, key], { type: event.type, key }));
        }
        if (code === CREATED) {
          priorities[i] = textField(event, "priority", true, code, i, issues);
          statuses[i] = textField(event, "status", false, code, i, issues);
        } else if (code === PRIORITY) priorities[i] = textField(event, "priority", true, code, i, issues);
        else if (code === STATUS) statuses[i] = textField(event, "status", true, code, i, issues);
      }
      const ms = readInstantMs(event.at);
      if (ms === undefined) issues.push(instantIssue(event.at, ["events", i, "at"]));
      else at = ms;
    }
    types[i] = code;
    ats[i] = at;
    if (issues.length > before) {
      invalid.add(i);
      continue;
    }
    // `created` must come first among equal times, so a `created` tying an earlier event needs the sort.
    if (at < prevAt || (at === prevAt && code === CREATED)) sorted = false;
    prevAt = at;
  }
  if (!sorted) {
    order.sort((a, b) => {
      const x = ats[a] as number;
      const y = ats[b] as number;
      if (x !== y) return x < y ? -1 : 1;
      const createdFirst = (types[a] === CREATED ? 0 : 1) - (types[b] === CREATED ? 0 : 1);
      return createdFirst !== 0 ? createdFirst : a - b;
    });
  }
  return { count, order, types, ats, priorities, statuses, invalid, issues };
}
