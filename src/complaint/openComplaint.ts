import { openComplaintWithEffects } from "./openComplaintWithEffects.js";
import type { OpenComplaintInput } from "./schemas.js";
import type { ComplaintState, ComplaintPolicy } from "./types.js";

/**
 * Opens a complaint: its first state, in the policy's initial step (`received`), class
 * (`ordinary`) and stage (`complaint`) unless given, with the deadline clocks anchored on receipt
 * started. Use `openComplaintWithEffects` to also get the effects of receipt.
 *
 * @example
 * import { defaultComplaintPolicy, openComplaint } from "pledgekit/complaint";
 * const state = openComplaint(defaultComplaintPolicy(), { id: "C-1", receivedAt: "2024-10-08T09:00:00+08:00", channel: "phone" });
 * state.step; // "received"
 */
export function openComplaint(policy: ComplaintPolicy, input: OpenComplaintInput): ComplaintState {
  return openComplaintWithEffects(policy, input).state;
}
