// Compiling a commitment: parse once, resolve the standard, register through the shared
// compiled-value protocol (so a commitment from another copy of pledgekit is adopted, not refused).
import {
  compiledRegistry,
  coreMessages,
  createIssue,
  formatDuration,
  isDurationInput,
  isPledgeError,
  parseOrThrow,
  PledgeError,
  toDurationMs,
  type IssuePath,
} from "../../core/index.js";
import { commitmentMessages } from "../messages.js";
import { CommitmentSchema, type CommitmentDefinition } from "../schemas.js";
import type { Commitment, CompiledStandard, CompiledTarget } from "../types.js";

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function compileStandard(definition: CommitmentDefinition): CompiledStandard {
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

/** Parses (throwing `invalid_commitment`) and compiles a commitment definition. */
export function defineFromInput(input: unknown): Commitment {
  const parsed = parseOrThrow(CommitmentSchema, input, "invalid_commitment", commitmentMessages);
  // A JSON copy: definitions are plain JSON, and freezing must never reach the caller's objects (meta).
  const definition = deepFreeze(JSON.parse(JSON.stringify(parsed)) as CommitmentDefinition);
  const standard = deepFreeze(compileStandard(definition));
  const commitment: Commitment = { kind: "pledgekit.commitment", id: definition.id, definition, standard };
  return registry.register(commitment, standard);
}

export const registry = compiledRegistry<Commitment, CompiledStandard>("pledgekit.commitment", "a commitment from defineCommitment", defineFromInput, [
  "commitment",
]);

const isMarked = (input: unknown): boolean => typeof input === "object" && input !== null && !Array.isArray(input) && Object.hasOwn(input, "kind");

/**
 * A commitment from a definition, or a compiled one: this copy's passes through, another copy's is
 * adopted. A definition has no `kind` key (the schema is strict), so `kind` tells the two apart.
 * Something that is no object at all is an `invalid_argument` at `path`. A definition's issues keep
 * paths inside it, or start at `path` when `nested` (an entry of a list argument).
 */
export function compileCommitment(input: unknown, path: IssuePath = ["commitment"], nested = false): Commitment {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new PledgeError("invalid_argument", [
      createIssue(coreMessages, "invalid_type", path, { expected: "a commitment or a commitment definition", received: input }),
    ]);
  }
  if (isMarked(input)) return registry.own(input, path);
  if (!nested) return defineFromInput(input);
  try {
    return defineFromInput(input);
  } catch (error) {
    if (!isPledgeError(error)) throw error;
    throw new PledgeError(
      error.code,
      error.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] })),
    );
  }
}
