import { compileCommitment, defineFromInput } from "./internal/compile.js";
import type { CommitmentInput } from "./schemas.js";
import type { Commitment } from "./types.js";

/**
 * Validates a commitment definition against `CommitmentSchema` and returns it compiled and frozen.
 * Throws `PledgeError` (`invalid_commitment`) listing every schema problem (unknown keys named, bad
 * durations, percentages outside 0–100, `reviewBy` before `validFrom`). SMART and wording problems are
 * not errors here: review them with `validateCommitment`.
 *
 * @example
 * import { defineCommitment } from "pledgekit/commitment";
 * const reply = defineCommitment({
 *   id: "online-first-reply",
 *   title: "We reply to every online enquiry within 2 business hours",
 *   service: { content: "first reply to online enquiries", channel: "chat" },
 *   standard: { metric: "first_response", target: "PT2H", businessHours: true, attainment: 0.95 },
 *   remedy: { description: "a ¥20 coupon if we are late" },
 * });
 * reply.standard.comparison; // "at_most"
 */
export function defineCommitment(input: CommitmentInput): Commitment {
  // A compiled commitment passes through (another copy's is adopted); anything else is a definition.
  return typeof input === "object" && input !== null && "kind" in input ? compileCommitment(input) : defineFromInput(input);
}
