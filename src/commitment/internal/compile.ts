import { formatDuration, isDurationInput, toDurationMs } from "../../core/index.js";
import { parseOrThrow } from "../../core/index.js";
import { commitmentMessages } from "../messages.js";
import { isCommitment } from "../isCommitment.js";
import { CommitmentSchema, type CommitmentOutput, type CommitmentComparison } from "../schemas.js";
import { COMMITMENT_BRAND } from "./brand.js";

/** The target of a standard, resolved: a duration in ms, or a number with its unit (if any). */
export type CompiledTarget =
  | { readonly kind: "duration"; readonly ms: number; readonly iso: string }
  | { readonly kind: "number"; readonly value: number; readonly unit: string | undefined };

export interface CompiledStandard {
  readonly target: CompiledTarget | undefined;
  readonly comparison: CommitmentComparison;
  readonly businessHours: boolean;
  readonly attainment: number;
}


/** A defined commitment: its parsed definition (plain JSON) and its resolved standard. Immutable. */
export interface Commitment {
  readonly id: string;
  /** The definition as parsed: plain JSON, safe to store and to pass to `defineCommitment` again. */
  readonly definition: CommitmentOutput;
  /** The standard with defaults applied (comparison, businessHours, attainment). */
  readonly standard: CompiledStandard;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function compileStandard(definition: CommitmentOutput): CompiledStandard {
  const standard = definition.standard ?? {};
  const raw = standard.target;
  let target: CompiledTarget | undefined;
  if (typeof raw === "number") target = { kind: "number", value: raw, unit: standard.unit?.trim() || undefined };
  else if (raw !== undefined && isDurationInput(raw)) {
    const ms = toDurationMs(raw);
    target = { kind: "duration", ms, iso: formatDuration(ms) };
  }
  return {
    target,
    comparison: standard.comparison ?? (target?.kind === "number" ? "at_least" : "at_most"),
    businessHours: standard.businessHours ?? false,
    attainment: standard.attainment ?? 1,
  };
}

/** Parses (throwing `invalid_commitment`) and compiles a commitment; a defined one passes through. */
export function compileCommitment(input: unknown): Commitment {
  if (isCommitment(input)) return input;
  const parsed = parseOrThrow(CommitmentSchema, input, "invalid_commitment", commitmentMessages);
  // A JSON copy: definitions are plain JSON, and freezing must never reach the caller's objects (meta).
  const definition = JSON.parse(JSON.stringify(parsed)) as CommitmentOutput;
  const commitment = { id: definition.id, definition, standard: compileStandard(definition) };
  Object.defineProperty(commitment, COMMITMENT_BRAND, { value: true });
  return deepFreeze(commitment);
}
