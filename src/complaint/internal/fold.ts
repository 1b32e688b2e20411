import { coreMessages, isPledgeError, issuesFromZod, PledgeError, type Issue, type IssuePath } from "../../core/index.js";
import { complaintMessages } from "../messages.js";
import { ComplaintEventSchema, type ComplaintEvent } from "../schemas.js";
import type { ComplaintEffect } from "../types.js";
import type { CompiledComplaintPolicy } from "./compile.js";
import { complaintWork } from "./cost.js";
import { checkpoint, isRefusal, type Draft } from "./draft.js";
import { applyToDraft } from "./machine.js";

/** A validated event, or `invalid_event` with paths starting at `path` (`["event"]`, `["events", 3]`). */
function parseEvent(event: unknown, path: IssuePath): ComplaintEvent {
  const parsed = ComplaintEventSchema.safeParse(event);
  if (parsed.success) return parsed.data;
  const issues = issuesFromZod(parsed.error.issues, event, { ...coreMessages, ...complaintMessages });
  throw new PledgeError(
    "invalid_event",
    issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] })),
  );
}

/**
 * Applies one event to `draft` in place. A refused event leaves the draft and `effects` as they
 * were and returns its issues; a malformed one throws `invalid_event` naming `path`.
 */
export function applyOrUndo(
  policy: CompiledComplaintPolicy,
  draft: Draft,
  event: unknown,
  effects: ComplaintEffect[],
  path: IssuePath,
): readonly Issue[] | null {
  const parsed = parseEvent(event, path);
  complaintWork.steps += 1 + policy.deadlines.length + policy.actions.size;
  const undo = checkpoint(draft);
  const mark = effects.length;
  try {
    applyToDraft(policy, draft, parsed, effects, path);
    return null;
  } catch (error) {
    if (!isRefusal(error)) {
      if (isPledgeError(error)) undo();
      throw error;
    }
    undo();
    effects.length = mark;
    return error.issues;
  }
}
