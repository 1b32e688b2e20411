import { coreMessages, createIssue, PledgeError, type Issue } from "../core/index.js";
import { compiled } from "./internal/compile.js";
import { fromDraft, toDraft } from "./internal/draft.js";
import { applyOrUndo } from "./internal/fold.js";
import { openComplaintWithEffects } from "./openComplaintWithEffects.js";
import type { ComplaintEventInput, OpenComplaintInput } from "./schemas.js";
import type { ComplaintEffect, ComplaintPolicy, ComplaintReplay } from "./types.js";

/**
 * Rebuilds a complaint from its event log: opens it, applies every event in order, and returns the
 * final state, all the effects and the refused events (refusals are collected, not thrown; a
 * malformed event throws `invalid_event` naming `events[i]`). Folding the same log under a new
 * policy version is how to see what that version would have done. The work grows linearly with
 * the log: events are applied to one working copy, and a refused event is undone in place.
 *
 * @example
 * import { defaultComplaintPolicy, replayComplaint } from "pledgekit/complaint";
 * const replay = replayComplaint(defaultComplaintPolicy(), { id: "C-1", receivedAt: "2024-10-08T09:00:00+08:00" }, [
 *   { type: "acknowledge", at: "2024-10-08T09:30:00+08:00" },
 *   { type: "close", at: "2024-10-08T10:00:00+08:00" },
 * ]);
 * replay.state.step; // "acknowledged"
 * replay.refused[0]?.issues[0]?.code; // "illegal_transition"
 */
export function replayComplaint(policy: ComplaintPolicy, input: OpenComplaintInput, events: readonly ComplaintEventInput[]): ComplaintReplay {
  const tables = compiled(policy);
  if (!Array.isArray(events)) {
    throw new PledgeError("invalid_argument", [
      createIssue(coreMessages, "invalid_type", ["events"], { expected: "an array of complaint events", received: events, receivedType: typeof events }),
    ]);
  }
  const opened = openComplaintWithEffects(policy, input);
  const draft = toDraft(opened.state);
  const effects: ComplaintEffect[] = [...opened.effects];
  const refused: { index: number; type: string; issues: readonly Issue[] }[] = [];
  for (let index = 0; index < events.length; index++) {
    const issues = applyOrUndo(tables, draft, events[index], effects, ["events", index]);
    if (issues !== null) refused.push({ index, type: String(events[index]!.type), issues });
  }
  return { state: fromDraft(draft), effects, refused };
}
