import * as z from "zod";
import { parseDayNumber } from "./civil.js";
import { durationProblem } from "./durations.js";
import { PledgeError, type SafeResult } from "./errors.js";
import type { Issue } from "./issues.js";
import { coreMessages, createIssue, renderMessage, type MessageCatalogue } from "./messages.js";
import { readInstantMs } from "./instants.js";
import { isValidTimeZone, timeZoneProblem } from "./zoneNames.js";

// Custom refinements carry our own issue code in params so the bridge below can keep it.
const CODE_PARAM = "pledgekitCode";

/** Adds an issue with our own `code` from inside a zod `superRefine`. `path` is relative to the refined value. */
export function addIssue(
  ctx: { addIssue: (issue: never) => void },
  code: string,
  path: readonly (string | number)[],
  params: Readonly<Record<string, unknown>> = {},
): void {
  const issue = { code: "custom", message: code, path: [...path], params: { ...params, [CODE_PARAM]: code } };
  (ctx.addIssue as (raw: typeof issue) => void)(issue);
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return undefined;
    if (!Object.hasOwn(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (value instanceof Date) return "Date";
  return typeof value;
}

type ZodIssue = z.core.$ZodIssue;

function convert(issue: ZodIssue, input: unknown, catalogue: MessageCatalogue, out: Issue[]): void {
  const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
  const received = valueAt(input, issue.path);
  const push = (code: string, params: Record<string, unknown>, at = path): void => {
    const fallback = typeof issue.message === "string" && issue.message !== code ? issue.message : code;
    out.push({ code, path: at, message: renderMessage(catalogue, code, params, "en", fallback), params });
  };
  switch (issue.code) {
    case "unrecognized_keys":
      for (const key of issue.keys) push("unknown_key", { key }, [...path, key]);
      return;
    case "invalid_type": {
      const exists = path.length === 0 || hasPath(input, issue.path);
      if (!exists) push("missing_key", { expected: issue.expected });
      else push("invalid_type", { expected: issue.expected, received, receivedType: describeType(received) });
      return;
    }
    case "too_small":
      push("too_small", {
        minimum: toJsonNumber(issue.minimum),
        inclusive: issue.inclusive ?? true,
        origin: issue.origin,
        received: sizeOf(received, issue.origin),
      });
      return;
    case "too_big":
      push("too_big", {
        maximum: toJsonNumber(issue.maximum),
        inclusive: issue.inclusive ?? true,
        origin: issue.origin,
        received: sizeOf(received, issue.origin),
      });
      return;
    case "invalid_value":
      push("invalid_value", { values: issue.values.map((x) => (typeof x === "bigint" ? Number(x) : x)), received });
      return;
    case "invalid_format":
      push("invalid_format", { format: issue.format, received });
      return;
    case "invalid_union": {
      // Report the branch that got furthest into the value: its issues are the useful ones.
      const branches = (issue.errors ?? []).filter((branch) => branch.length > 0);
      const best = branches.map((branch) => ({ branch, depth: Math.max(...branch.map((i) => i.path.length)) })).sort((a, b) => b.depth - a.depth)[0];
      if (best !== undefined && best.depth > 0) {
        for (const inner of best.branch) convert({ ...inner, path: [...issue.path, ...inner.path] } as ZodIssue, input, catalogue, out);
      } else push("invalid_union", { received });
      return;
    }
    case "custom": {
      const params = (issue.params ?? {}) as Record<string, unknown>;
      const code = typeof params[CODE_PARAM] === "string" ? (params[CODE_PARAM] as string) : "invalid_value";
      const { [CODE_PARAM]: _drop, ...rest } = params;
      push(code, { received, ...rest });
      return;
    }
    default:
      push(issue.code, { received });
  }
}

function hasPath(input: unknown, path: readonly PropertyKey[]): boolean {
  const parent = valueAt(input, path.slice(0, -1));
  const last = path[path.length - 1];
  return typeof parent === "object" && parent !== null && last !== undefined && Object.hasOwn(parent, last);
}

function toJsonNumber(value: number | bigint): number {
  return typeof value === "bigint" ? Number(value) : value;
}

function sizeOf(value: unknown, origin: string): unknown {
  if ((origin === "array" || origin === "string") && (Array.isArray(value) || typeof value === "string")) return value.length;
  return value;
}

/** Our issues for a zod error, with paths and values named; `catalogue` supplies the module's messages. */
export function issuesFromZod(issues: readonly ZodIssue[], input: unknown, catalogue: MessageCatalogue): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) convert(issue, input, catalogue, out);
  return out;
}

const MAX_SCAN_DEPTH = 64;

/**
 * Issues for own `__proto__` keys anywhere in a config. `JSON.parse('{"__proto__": …}')` creates
 * such a key, and zod's records drop it silently (assigning it would set the prototype), so a
 * `specialDays`, `breaks`, `meta` or any record entry would vanish without a word. Refused here,
 * once, for every definition that goes through `parseOrThrow` / `safeParse`.
 */
export function protoKeyIssues(input: unknown): Issue[] {
  const out: Issue[] = [];
  const seen = new Set<object>();
  const visit = (value: unknown, path: (string | number)[]): void => {
    if (typeof value !== "object" || value === null || seen.has(value) || path.length > MAX_SCAN_DEPTH) return;
    const proto: unknown = Object.getPrototypeOf(value);
    const isArray = Array.isArray(value);
    if (!isArray && proto !== Object.prototype && proto !== null) return; // Dates, Maps, compiled values…
    seen.add(value);
    if (!isArray && Object.hasOwn(value, "__proto__")) {
      out.push(createIssue(coreMessages, "forbidden_key", [...path, "__proto__"], { key: "__proto__" }));
    }
    const keys = Object.keys(value);
    for (const key of keys) {
      if (key === "__proto__") continue;
      visit((value as Record<string, unknown>)[key], [...path, isArray ? Number(key) : key]);
    }
  };
  try {
    visit(input, []);
  } catch {
    // A hostile getter or proxy: the schema reports what it can read.
  }
  return out;
}

/** Parses with `schema` or throws `PledgeError(errorCode)` listing every issue. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, errorCode: string, catalogue: MessageCatalogue = coreMessages): z.output<S> {
  const result = safeParse(schema, input, catalogue);
  if (result.success) return result.data;
  throw new PledgeError(errorCode, result.issues);
}

/** Parses with `schema`, returning every issue instead of throwing. */
export function safeParse<S extends z.ZodType>(schema: S, input: unknown, catalogue: MessageCatalogue = coreMessages): SafeResult<z.output<S>> {
  const forbidden = protoKeyIssues(input);
  const result = schema.safeParse(input);
  if (result.success && forbidden.length === 0) return { success: true, data: result.data };
  const issues = result.success ? [] : issuesFromZod(result.error.issues, input, { ...coreMessages, ...catalogue });
  // A strict object already names the key as unknown: one issue per key.
  const reported = new Set(issues.map((issue) => JSON.stringify(issue.path)));
  return { success: false, issues: [...forbidden.filter((issue) => !reported.has(JSON.stringify(issue.path))), ...issues] };
}

// ---------------------------------------------------------------------------------------------
// Shared schemas

/** A free object for the user's own data; carried through untouched. */
export const MetaSchema = z.record(z.string(), z.unknown()).describe("Free data for the user's own use");

export const LocaleSchema = z.enum(["en", "zh-CN"]);

/** "YYYY-MM-DD", an existing date. */
export const LocalDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .superRefine((value, ctx) => {
    if (parseDayNumber(value) === undefined) addIssue(ctx, "invalid_date", []);
  })
  .describe("A calendar date, YYYY-MM-DD");

const TIME_OF_DAY = /^([01]\d|2[0-4]):([0-5]\d)(?::([0-5]\d))?$/;

/** Milliseconds after midnight of "HH:MM" / "HH:MM:SS" ("24:00" is the next midnight), or undefined. */
export function parseTimeOfDay(text: string): number | undefined {
  const m = TIME_OF_DAY.exec(text);
  if (m === null) return undefined;
  const ms = (Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0)) * 1000;
  return ms > 86_400_000 ? undefined : ms;
}

/** "HH:MM" or "HH:MM:SS", 00:00 to 24:00. */
export const TimeOfDaySchema = z
  .string()
  .superRefine((value, ctx) => {
    if (parseTimeOfDay(value) === undefined) addIssue(ctx, "invalid_time", []);
  })
  .describe("A wall-clock time, HH:MM or HH:MM:SS, 00:00 to 24:00");

/** An IANA time zone name (zones and links such as "Asia/Calcutta", "UTC", "Etc/GMT-8"); abbreviations and misspellings are refused with the names they may mean. */
export const TimeZoneSchema = z
  .string()
  .superRefine((value, ctx) => {
    const problem = timeZoneProblem(value);
    if (problem !== undefined) addIssue(ctx, "invalid_time_zone", [], { reason: problem.reason, candidates: [...problem.candidates] });
  })
  .describe("An IANA time zone name such as Asia/Shanghai");

/** A `DurationInput` in a config: ISO-8601 time duration, milliseconds, or an object of units. */
export const DurationInputSchema = z
  .union([
    z.string(),
    z.number(),
    z.strictObject({
      hours: z.number().optional(),
      minutes: z.number().optional(),
      seconds: z.number().optional(),
      milliseconds: z.number().optional(),
    }),
  ])
  .superRefine((value, ctx) => {
    const problem = durationProblem(value);
    if (problem !== undefined) addIssue(ctx, problem, []);
  })
  .describe('A duration: ISO-8601 without date parts ("PT2H"), milliseconds, or { hours, minutes, seconds, milliseconds }');

/** A `DateInput` in a config: ISO-8601 with Z or an offset, epoch milliseconds, or a Date. */
export const InstantInputSchema = z
  .union([z.string(), z.number(), z.date()])
  .superRefine((value, ctx) => {
    if (readInstantMs(value) === undefined) {
      const ambiguous = typeof value === "string" && /^\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/.test(value);
      addIssue(ctx, ambiguous ? "ambiguous_instant" : "invalid_instant", []);
    }
  })
  .describe("An instant: ISO-8601 with Z or an offset, or epoch milliseconds");

export { isValidTimeZone, timeZoneProblem };
