import { createIssue, PledgeError } from "../../core/index.js";
import { complaintMessages } from "../messages.js";
import type { ComplaintState } from "../types.js";
import type { CompiledComplaintPolicy } from "./compile.js";

/**
 * Cheap structural check that a state (perhaps read back from storage) belongs to the policy:
 * its step, stage, class and levels must exist there. Throws `invalid_state` otherwise. A deadline
 * added to the policy after the state was stored reads as a clock that never started.
 */
export function checkState(policy: CompiledComplaintPolicy, state: ComplaintState): void {
  const fail = (reason: string, path: (string | number)[]): never => {
    throw new PledgeError("invalid_state", [createIssue(complaintMessages, "not_a_state", ["state", ...path], { policyId: policy.def.id, reason })]);
  };
  if (typeof state !== "object" || state === null) fail("expected an object from openComplaint", []);
  if (state.schemaVersion !== 1) fail(`unsupported schemaVersion ${String(state.schemaVersion)}`, ["schemaVersion"]);
  if (state.policyId !== policy.def.id) fail(`it was opened under policy ${JSON.stringify(state.policyId)}`, ["policyId"]);
  if (!policy.steps.includes(state.step)) fail(`unknown step ${JSON.stringify(state.step)}`, ["step"]);
  if (!policy.stageRank.has(state.stage)) fail(`unknown stage ${JSON.stringify(state.stage)}`, ["stage"]);
  if (!policy.classes.includes(state.class)) fail(`unknown class ${JSON.stringify(state.class)}`, ["class"]);
  if (!policy.functional.includes(state.level?.functional)) fail("unknown functional level", ["level", "functional"]);
  if (!policy.hierarchical.includes(state.level?.hierarchical)) fail("unknown hierarchical level", ["level", "hierarchical"]);
  if (typeof state.clocks !== "object" || state.clocks === null) fail("no clocks", ["clocks"]);
}
