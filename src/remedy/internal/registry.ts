// Compiled policies live here, keyed by the frozen opaque value handed to the user.
import { PledgeError } from "../../core/index.js";
import { createIssue } from "../../core/index.js";
import { coreMessages } from "../../core/index.js";
import type { RemedyPolicy } from "../types.js";
import type { CompiledPolicy } from "./model.js";

const compiled = new WeakMap<object, CompiledPolicy>();

export function register(policy: RemedyPolicy, value: CompiledPolicy): RemedyPolicy {
  compiled.set(policy, value);
  return policy;
}

/** The compiled form of a policy from `defineRemedyPolicy`; throws `invalid_argument` for anything else. */
export function compiledOf(policy: unknown, path: readonly (string | number)[] = ["policy"]): CompiledPolicy {
  const value = typeof policy === "object" && policy !== null ? compiled.get(policy) : undefined;
  if (value !== undefined) return value;
  throw new PledgeError("invalid_argument", [
    createIssue(coreMessages, "invalid_type", path, { expected: "a policy from defineRemedyPolicy", received: policy, receivedType: typeof policy }),
  ]);
}
