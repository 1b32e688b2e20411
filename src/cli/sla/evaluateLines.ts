import { formatIssue, isPledgeError, type Issue, type Locale } from "../../index.js";
import { evaluateSla, type SlaPolicy, type TicketEvent } from "../../sla/index.js";
import { formatPath } from "../format.js";
import { say } from "../messages.js";
import type { BadLine } from "./protocol.js";

export interface LinesSettings {
  readonly policy: SlaPolicy;
  readonly now: string;
  readonly lenient: boolean;
  readonly strict: boolean;
  readonly locale: Locale;
}

export interface LinesOutcome {
  readonly out: string;
  readonly tickets: number;
  readonly bad: BadLine[];
  readonly stopped: boolean;
}

type Ticket = { readonly id: string | number | null; readonly events: readonly TicketEvent[] };

/**
 * Evaluates a run of NDJSON lines, one ticket per line: `[event, …]` or `{ "id", "events": [...] }`.
 * Each line gives one output line, `{"line","id","report"}` or `{"line","id","error"}`, so a caller
 * can join input and output by line number. Blank lines are skipped.
 */
export function evaluateLines(text: string, firstLine: number, settings: LinesSettings): LinesOutcome {
  const lines = text.split("\n");
  const out: string[] = [];
  const bad: BadLine[] = [];
  let tickets = 0;
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index] as string;
    const source = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (source.trim() === "") continue;
    const line = firstLine + index;
    tickets++;
    const result = evaluateLine(source, line, settings);
    out.push(result.record);
    if (result.issues === undefined) continue;
    bad.push({ line, text: describe(line, result.issues, settings.locale) });
    if (settings.strict) return { out: out.join(""), tickets, bad, stopped: true };
  }
  return { out: out.join(""), tickets, bad, stopped: false };
}

/** One line's output record, and its issues when it could not be evaluated. */
function evaluateLine(source: string, line: number, settings: LinesSettings): { record: string; issues?: readonly Issue[] } {
  const ticket = readTicket(source, settings.locale);
  if ("issues" in ticket) return { record: errorRecord(line, null, "invalid_line", ticket.issues), issues: ticket.issues };
  try {
    const report = evaluateSla(settings.policy, ticket.events, settings.now, { lenient: settings.lenient });
    return { record: `{"line":${line},"id":${JSON.stringify(ticket.id)},"report":${JSON.stringify(report)}}\n` };
  } catch (error) {
    if (!isPledgeError(error)) throw error;
    return { record: errorRecord(line, ticket.id, error.code, error.issues), issues: error.issues };
  }
}

function readTicket(source: string, locale: Locale): Ticket | { readonly issues: readonly Issue[] } {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { issues: [{ code: "invalid_json", path: [], message: say(locale, "notJson", detail), params: { detail } }] };
  }
  if (Array.isArray(value)) return { id: null, events: value as TicketEvent[] };
  if (typeof value === "object" && value !== null) {
    const { id = null, events, ...rest } = value as Record<string, unknown>;
    const unknown = Object.keys(rest);
    if (Array.isArray(events) && (id === null || typeof id === "string" || typeof id === "number") && unknown.length === 0) {
      return { id, events: events as TicketEvent[] };
    }
  }
  return { issues: [{ code: "invalid_line", path: [], message: say(locale, "notTicket"), params: {} }] };
}

function errorRecord(line: number, id: string | number | null, code: string, issues: readonly Issue[]): string {
  return `${JSON.stringify({ line, id, error: { code, issues } })}\n`;
}

function describe(line: number, issues: readonly Issue[], locale: Locale): string {
  const shown = issues.slice(0, 3).map((issue) => (issue.path.length === 0 ? "" : `${formatPath(issue.path)}: `) + formatIssue(issue, locale));
  const more = issues.length > shown.length ? ` (+${issues.length - shown.length})` : "";
  return `${say(locale, "line", line)}: ${shown.join("; ")}${more}`;
}
