// The opaque compiled policy: public fields are the parsed definition; the compiled tables live in
// a WeakMap so they stay out of sight (and out of JSON).
import { createIssue, isPledgeError, PledgeError, type Issue } from "../../core/index.js";
import type { Calendar } from "../../calendar/index.js";
import { slaMessages } from "../messages.js";
import type { SlaPolicyDefinition } from "../schemas.js";
import type { CompiledPolicy } from "./compile.js";

/** A validated, compiled SLA policy (from `defineSlaPolicy`). Immutable; reuse it for every ticket. */
export interface SlaPolicy {
  readonly kind: "SlaPolicy";
  readonly id: string;
  /** The policy as parsed (defaults not yet applied), deep-frozen. */
  readonly definition: SlaPolicyDefinition;
  /** The compiled business calendar, or null when every metric counts wall-clock time. */
  readonly calendar: Calendar | null;
}

const compiled = new WeakMap<SlaPolicy, CompiledPolicy>();

export function registerPolicy(policy: SlaPolicy, tables: CompiledPolicy): void {
  compiled.set(policy, tables);
}

/** The compiled tables of a policy, or a PledgeError when `policy` did not come from defineSlaPolicy. */
export function compiledPolicy(policy: unknown, path: readonly (string | number)[] = ["policy"]): CompiledPolicy {
  const tables = typeof policy === "object" && policy !== null ? compiled.get(policy as SlaPolicy) : undefined;
  if (tables !== undefined) return tables;
  throw new PledgeError("invalid_argument", [createIssue(slaMessages, "not_a_policy", path, { received: typeof policy === "object" ? "an object" : policy })]);
}

/** True for a value returned by defineSlaPolicy. */
export function isSlaPolicy(value: unknown): value is SlaPolicy {
  return typeof value === "object" && value !== null && compiled.has(value as SlaPolicy);
}

/** Re-raises a calendar compile error as a policy error, its paths under `calendar`. */
export function asPolicyError(error: unknown): unknown {
  if (!isPledgeError(error)) return error;
  const issues: Issue[] = error.issues.map((issue) => ({ ...issue, path: ["calendar", ...issue.path] }));
  return new PledgeError("invalid_policy", issues);
}
