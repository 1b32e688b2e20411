// The compiled policy through core's one protocol (`compiledRegistry`): a frozen plain object
// `{ kind: "pledgekit.sla_policy", id, definition, calendar }`, its compiled tables in a WeakMap out
// of sight and out of JSON. A policy compiled by another copy of pledgekit (ESM beside CJS) is
// adopted by compiling its definition once.
import { compiledRegistry, isPledgeError, parseOrThrow, PledgeError, type Issue } from "../../core/index.js";
import { isCalendar, type Calendar } from "../../calendar/index.js";
import { slaMessages } from "../messages.js";
import { SlaPolicySchema, type SlaPolicyDefinition } from "../schemas.js";
import type { SlaPolicy } from "../types.js";
import { compilePolicy, type CompiledPolicy } from "./compile.js";

/** Re-raises a calendar compile error as a policy error, its paths under `calendar`. */
function asPolicyError(error: unknown): unknown {
  if (!isPledgeError(error)) return error;
  const issues: Issue[] = error.issues.map((issue) => ({ ...issue, path: ["calendar", ...issue.path] }));
  return new PledgeError("invalid_policy", issues);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

// zod passes `meta` values through by reference: copy before freezing so the input is never touched.
function detach<T>(value: T): T {
  try {
    return structuredClone(value);
  } catch {
    return JSON.parse(JSON.stringify(value)) as T;
  }
}

/**
 * Validates and compiles a policy. A compiled `Calendar` in `calendar` is reused as it is (never
 * recompiled); its definition is what the policy's definition records.
 */
export function definePolicy(input: unknown): SlaPolicy {
  const given = typeof input === "object" && input !== null && !Array.isArray(input) ? (input as { calendar?: unknown }).calendar : undefined;
  const compiledCalendar: Calendar | undefined = isCalendar(given) ? given : undefined;
  const source = compiledCalendar === undefined ? input : { ...(input as object), calendar: compiledCalendar.definition };
  const definition: SlaPolicyDefinition = parseOrThrow(SlaPolicySchema, source, "invalid_policy", slaMessages);
  let tables: CompiledPolicy;
  try {
    tables = compilePolicy(definition, compiledCalendar);
  } catch (error) {
    throw asPolicyError(error);
  }
  const policy: SlaPolicy = {
    kind: "pledgekit.sla_policy",
    id: definition.id,
    definition: deepFreeze(detach(definition)),
    calendar: tables.calendar,
  };
  return registry.register(policy, tables);
}

const registry = compiledRegistry<SlaPolicy, CompiledPolicy>("pledgekit.sla_policy", "a policy from defineSlaPolicy", definePolicy, ["policy"]);

/** The compiled tables of a policy (adopting one from another copy), or a PledgeError naming `path`. */
export function compiledPolicy(policy: unknown, path: readonly (string | number)[] = ["policy"]): CompiledPolicy {
  return registry.tables(policy, path);
}

/** True for a value returned by defineSlaPolicy (of any copy of pledgekit). */
export function isPolicy(value: unknown): value is SlaPolicy {
  return registry.is(value);
}
