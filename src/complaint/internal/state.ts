import { coreMessages, createIssue, issuesFromZod, PledgeError, type IssuePath } from "../../core/index.js";
import { complaintMessages } from "../messages.js";
import { ComplaintStateSchema } from "../schemas.js";
import type { ComplaintState } from "../types.js";
import type { CompiledComplaintPolicy } from "./compile.js";

/**
 * Checks that a state (perhaps read back from storage, perhaps tampered with) is whole — every
 * field present and well typed, instants as ISO strings, events in order — and belongs to the
 * policy: its step, stage, class and levels exist there. Throws `invalid_state` with paths that
 * start at `path`. A deadline added to the policy after the state was stored reads as a clock
 * that never started.
 */
export function checkState(policy: CompiledComplaintPolicy, state: unknown, path: IssuePath = ["state"]): asserts state is ComplaintState {
  const parsed = ComplaintStateSchema.safeParse(state);
  if (!parsed.success) {
    const issues = issuesFromZod(parsed.error.issues, state, { ...coreMessages, ...complaintMessages });
    throw new PledgeError(
      "invalid_state",
      issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] })),
    );
  }
  const s = state as ComplaintState;
  const fail = (reason: string, at: (string | number)[]): never => {
    throw new PledgeError("invalid_state", [createIssue(complaintMessages, "not_a_state", [...path, ...at], { policyId: policy.def.id, reason })]);
  };
  if (s.policyId !== policy.def.id) fail(`it was opened under policy ${JSON.stringify(s.policyId)}`, ["policyId"]);
  if (!policy.stepRank.has(s.step)) fail(`unknown step ${JSON.stringify(s.step)}`, ["step"]);
  if (!policy.stageRank.has(s.stage)) fail(`unknown stage ${JSON.stringify(s.stage)}`, ["stage"]);
  if (!policy.stageRank.has(s.peakStage)) fail(`unknown stage ${JSON.stringify(s.peakStage)}`, ["peakStage"]);
  if (!policy.classes.includes(s.class)) fail(`unknown class ${JSON.stringify(s.class)}`, ["class"]);
  for (const key of ["level", "peakLevel"] as const) {
    if (!policy.functional.includes(s[key].functional)) fail("unknown functional level", [key, "functional"]);
    if (!policy.hierarchical.includes(s[key].hierarchical)) fail("unknown hierarchical level", [key, "hierarchical"]);
  }
  if (s.priority !== null && !policy.priorities.includes(s.priority)) fail(`unknown priority ${JSON.stringify(s.priority)}`, ["priority"]);
}
