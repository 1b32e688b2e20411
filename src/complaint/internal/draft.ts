import type { Issue } from "../../core/index.js";
import { createIssue } from "../../core/index.js";
import { complaintMessages } from "../messages.js";
import type { ComplaintClockState, ComplaintEffect, ComplaintState } from "../types.js";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A working copy of a state: fresh arrays and objects, never shared with the caller's state. */
export interface Draft extends Mutable<Omit<ComplaintState, "owners" | "level" | "peakLevel" | "clocks" | "checklist">> {
  owners: { primary: string | null; secondary: string[] };
  level: { functional: string; hierarchical: string };
  peakLevel: { functional: string; hierarchical: string };
  clocks: Record<string, ComplaintClockState>;
  checklist: Record<string, string>;
  contacts: string[];
  missedCommitments: { at: string; ref: string | null }[];
  rootCauses: string[];
  firedRules: ComplaintState["firedRules"][number][];
  history: ComplaintState["history"][number][];
}

/** Effects collected while applying one event. */
export type EffectSink = ComplaintEffect[];

export function toDraft(state: ComplaintState): Draft {
  return {
    ...state,
    owners: { primary: state.owners.primary, secondary: [...state.owners.secondary] },
    level: { ...state.level },
    peakLevel: { ...state.peakLevel },
    clocks: Object.fromEntries(
      Object.entries(state.clocks).map(([id, clock]) => [
        id,
        { ...clock, pauses: clock.pauses.map((p) => ({ ...p })), extensions: clock.extensions.map((e) => ({ ...e, by: { ...e.by } })) },
      ]),
    ),
    checklist: { ...state.checklist },
    contacts: [...state.contacts],
    missedCommitments: state.missedCommitments.map((m) => ({ ...m })),
    rootCauses: [...state.rootCauses],
    firedRules: state.firedRules.map((f) => ({ ...f })),
    history: state.history.map((h) => ({ ...h })),
    rulesArmedAt: state.rulesArmedAt ?? null,
    meta: state.meta,
  };
}

/**
 * Remembers a draft as it is, cheaply (the lists that only grow are remembered by their length),
 * and returns what puts it back: the replay fold applies events to one draft and undoes a refused
 * one without copying the whole state.
 */
export function checkpoint(draft: Draft): () => void {
  const fields = { ...draft };
  const primary = draft.owners.primary;
  const owners = draft.owners;
  const secondary = owners.secondary.length;
  const level = { ...draft.level };
  const peakLevel = { ...draft.peakLevel };
  const clocks = { ...draft.clocks };
  const checklist = { ...draft.checklist };
  const lengths = [draft.contacts, draft.missedCommitments, draft.rootCauses, draft.firedRules, draft.history].map((list) => [list, list.length] as const);
  return () => {
    Object.assign(draft, fields, { level, peakLevel, clocks, checklist });
    owners.primary = primary;
    owners.secondary.length = secondary;
    for (const [list, length] of lengths) list.length = length;
  };
}

/** Freezes a finished draft into the readonly state handed back to the caller. */
export function fromDraft(draft: Draft): ComplaintState {
  return deepFreeze(draft) as ComplaintState;
}

/** Freezes a value and everything inside it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

const REFUSAL = Symbol("complaint.refusal");

/** A refused event, thrown inside the machine and turned into `{ ok: false, issues }` at its edge. */
interface Refusal {
  readonly [REFUSAL]: true;
  readonly issues: readonly Issue[];
}

export function refuse(code: string, path: readonly (string | number)[], params: Record<string, unknown>): never {
  const refusal: Refusal = { [REFUSAL]: true, issues: [createIssue(complaintMessages, code, path, params)] };
  throw refusal;
}

export function isRefusal(value: unknown): value is Refusal {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[REFUSAL] === true;
}
