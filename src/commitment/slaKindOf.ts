import { compileCommitment } from "./internal/compile.js";
import { readRecordOption } from "./internal/options.js";
import type { Commitment, CommitmentSlaKind } from "./types.js";

const SLA_KINDS: readonly string[] = ["first_response", "next_reply", "resolution"];

/**
 * The SLA metric kind a commitment drives, or undefined when it is not a time limit (a duration
 * target compared at_most/less_than) on an SLA metric kind. `kinds` maps other metric names to kinds.
 *
 * @example
 * import { defineCommitment, slaKindOf } from "pledgekit/commitment";
 * slaKindOf(defineCommitment({ id: "r", standard: { metric: "resolution", target: "PT24H" } })); // "resolution"
 * slaKindOf(defineCommitment({ id: "s", standard: { metric: "csat", target: 85, unit: "percent" } })); // undefined
 */
export function slaKindOf(commitment: Commitment, kinds: Readonly<Record<string, CommitmentSlaKind>> = {}): CommitmentSlaKind | undefined {
  const { standard, definition } = compileCommitment(commitment);
  readRecordOption(kinds, ["kinds"]);
  const metric = definition.standard?.metric?.trim();
  if (metric === undefined || standard.target?.kind !== "duration") return undefined;
  if (standard.comparison !== "at_most" && standard.comparison !== "less_than") return undefined;
  const kind = Object.prototype.hasOwnProperty.call(kinds, metric) ? kinds[metric] : metric;
  return kind !== undefined && SLA_KINDS.includes(kind) ? (kind as CommitmentSlaKind) : undefined;
}
