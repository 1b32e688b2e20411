import { compiled } from "./internal/compile.js";
import { fromDraft, toDraft } from "./internal/draft.js";
import { applyOrUndo } from "./internal/fold.js";
import { checkState } from "./internal/state.js";
import type { ComplaintEventInput } from "./schemas.js";
import type { ComplaintEffect, ComplaintPolicy, ComplaintState, ComplaintTransitionResult } from "./types.js";

/**
 * Applies one event to a complaint, purely. Returns `{ ok: true, state, effects }` — a fresh state
 * and the side effects for the host to perform as data (notify, assign, raise priority, escalate,
 * start/stop/pause/resume/extend a deadline clock, propose a remedy evaluation) — or
 * `{ ok: false, issues }` when the move is not allowed (an illegal transition, an event earlier
 * than the last one, an unknown class or level, a clock that is not running…); the given state is
 * never touched. After the event, escalation rules that hold at the event's instant fire.
 *
 * A malformed event (unknown type or key, an instant without an offset) throws `PledgeError`
 * code `invalid_event` (paths start at `event`); a state that is not whole or does not belong to
 * the policy throws `invalid_state` naming the field (`state.updatedAt`, `state.contacts`…).
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
  const draft = toDraft(state);
  const effects: ComplaintEffect[] = [];
  const issues = applyOrUndo(tables, draft, event, effects, ["event"]);
  if (issues !== null) return { ok: false, issues };
  return { ok: true, state: fromDraft(draft), effects: Object.freeze(effects) };
}
