import { parseOrThrow } from "../core/index.js";
import { compiled, type ComplaintPolicy } from "./internal/compile.js";
import { fromDraft, isRefusal, toDraft } from "./internal/draft.js";
import { applyToDraft } from "./internal/machine.js";
import { checkState } from "./internal/state.js";
import { complaintMessages } from "./messages.js";
import { ComplaintEventSchema, type ComplaintEventInput } from "./schemas.js";
import type { ComplaintEffect, ComplaintState, ComplaintTransitionResult } from "./types.js";

/**
 * Applies one event to a complaint, purely. Returns `{ ok: true, state, effects }` — a fresh state
 * and the side effects for the host to perform as data (notify, assign, raise priority, escalate,
 * start/stop/pause/resume/extend a deadline clock, propose a remedy evaluation) — or
 * `{ ok: false, issues }` when the move is not allowed (an illegal transition, an event earlier
 * than the last one, an unknown class or level, a clock that is not running…); the given state is
 * never touched. After the event, escalation rules that hold at the event's instant fire.
 *
 * A malformed event (unknown type or key, an instant without an offset) throws `PledgeError`
 * code `invalid_event`; a state that does not belong to the policy throws `invalid_state`.
 *
 * @example
 * import { applyComplaintEvent, defaultComplaintPolicy, openComplaint } from "pledgekit/complaint";
 * const policy = defaultComplaintPolicy();
 * const state = openComplaint(policy, { id: "C-1", receivedAt: "2024-10-08T09:00:00+08:00" });
 * const result = applyComplaintEvent(policy, state, { type: "acknowledge", at: "2024-10-08T09:30:00+08:00" });
 * if (result.ok) console.log(result.state.step); // "acknowledged"
 */
export function applyComplaintEvent(policy: ComplaintPolicy, state: ComplaintState, event: ComplaintEventInput): ComplaintTransitionResult {
  const tables = compiled(policy);
  checkState(tables, state);
  const parsed = parseOrThrow(ComplaintEventSchema, event, "invalid_event", complaintMessages);
  const draft = toDraft(state);
  const effects: ComplaintEffect[] = [];
  try {
    applyToDraft(tables, draft, parsed, effects);
  } catch (error) {
    if (isRefusal(error)) return { ok: false, issues: error.issues };
    throw error;
  }
  return { ok: true, state: fromDraft(draft), effects: Object.freeze(effects) };
}
