import type { Issue } from "../core/index.js";
import { applyComplaintEvent } from "./applyComplaintEvent.js";
import type { ComplaintPolicy } from "./internal/compile.js";
import { openComplaintWithEffects } from "./openComplaintWithEffects.js";
import type { ComplaintEventInput, OpenComplaintInput } from "./schemas.js";
import type { ComplaintEffect, ComplaintState } from "./types.js";

/** What `replayComplaint` returns. */
export interface ComplaintReplay {
  readonly state: ComplaintState;
  /** Every effect, in order, receipt included. */
  readonly effects: readonly ComplaintEffect[];
  /** Events the machine refused, with their index in `events`; they left the state untouched. */
  readonly refused: readonly { readonly index: number; readonly type: string; readonly issues: readonly Issue[] }[];
}

/**
 * Rebuilds a complaint from its event log: opens it, applies every event in order, and returns the
 * final state, all the effects and the refused events (refusals are collected, not thrown; a
 * malformed event still throws `invalid_event`). Folding the same log under a new policy version is
 * how to see what that version would have done.
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
  const opened = openComplaintWithEffects(policy, input);
  let state = opened.state;
  const effects: ComplaintEffect[] = [...opened.effects];
  const refused: { index: number; type: string; issues: readonly Issue[] }[] = [];
  events.forEach((event, index) => {
    const result = applyComplaintEvent(policy, state, event);
    if (result.ok) {
      state = result.state;
      effects.push(...result.effects);
    } else refused.push({ index, type: event.type, issues: result.issues });
  });
  return { state, effects, refused };
}
