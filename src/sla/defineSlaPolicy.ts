import { parseOrThrow } from "../core/index.js";
import { compilePolicy } from "./internal/compile.js";
import { asPolicyError, registerPolicy, type SlaPolicy } from "./internal/policy.js";
import { slaMessages } from "./messages.js";
import { SlaPolicySchema, type SlaPolicyInput } from "./schemas.js";

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
 * Validates and compiles an SLA policy: its business calendar, metrics (clocks), targets per
 * priority, pause statuses, warnings and escalations. Compile once, evaluate many tickets.
 * Throws `PledgeError` (`invalid_policy`) listing every problem, each with its path.
 *
 * @example
 * const policy = defineSlaPolicy({
 *   id: "standard",
 *   calendar: { timeZone: "Asia/Shanghai", week: { mon: [["09:00", "18:00"]], tue: [["09:00", "18:00"]] } },
 *   metrics: [{ id: "first_response", kind: "first_response", targets: { high: "PT2H", default: "PT8H" } }],
 *   warnAt: [0.75],
 * });
 */
export function defineSlaPolicy(input: SlaPolicyInput): SlaPolicy {
  const definition = parseOrThrow(SlaPolicySchema, input, "invalid_policy", slaMessages);
  let tables;
  try {
    tables = compilePolicy(definition);
  } catch (error) {
    throw asPolicyError(error);
  }
  const policy: SlaPolicy = Object.freeze({
    kind: "SlaPolicy" as const,
    id: definition.id,
    definition: deepFreeze(detach(definition)),
    calendar: tables.calendar,
  });
  registerPolicy(policy, tables);
  return policy;
}
