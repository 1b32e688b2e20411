import { coreMessages, createIssue, formatInstant, issuesFromZod, PledgeError } from "../core/index.js";
import { compiled } from "./internal/compile.js";
import { fromDraft, type Draft } from "./internal/draft.js";
import { enterStep } from "./internal/machine.js";
import { fireRules } from "./internal/rules.js";
import { complaintMessages } from "./messages.js";
import { OpenComplaintInputSchema, type OpenComplaintInput } from "./schemas.js";
import type { ComplaintEffect, ComplaintState, ComplaintPolicy } from "./types.js";
import { complaintInstant } from "./internal/instant.js";

/**
 * Opens a complaint and returns its first state together with the effects of receipt (deadline
 * clocks started, rules that hold from the start, such as a `major` class raising the level).
 *
 * @example
 * import { defaultComplaintPolicy, openComplaintWithEffects } from "pledgekit/complaint";
 * const { state, effects } = openComplaintWithEffects(defaultComplaintPolicy(), {
 *   id: "C-2", receivedAt: "2024-10-08T09:00:00+08:00", class: "major",
 * });
 * state.level.functional; // "L2"
 * effects.some((effect) => effect.type === "notify"); // true
 */
export function openComplaintWithEffects(
  policy: ComplaintPolicy,
  input: OpenComplaintInput,
): { readonly state: ComplaintState; readonly effects: readonly ComplaintEffect[] } {
  const tables = compiled(policy);
  const result = OpenComplaintInputSchema.safeParse(input);
  if (!result.success) {
    const issues = issuesFromZod(result.error.issues, input, { ...coreMessages, ...complaintMessages });
    throw new PledgeError(
      "invalid_argument",
      issues.map((issue) => ({ ...issue, path: ["input", ...issue.path] })),
    );
  }
  const parsed = result.data;
  const check = (value: string | undefined, allowed: readonly string[], code: string, key: string): void => {
    if (value !== undefined && !allowed.includes(value)) {
      throw new PledgeError("invalid_argument", [createIssue(complaintMessages, code, ["input", key], { id: value, allowed })]);
    }
  };
  check(parsed.class, tables.classes, "unknown_class", "class");
  check(parsed.stage, tables.stages, "unknown_stage", "stage");
  check(parsed.priority, tables.priorities, "unknown_priority", "priority");
  const at = complaintInstant(parsed.receivedAt, ["input", "receivedAt"]);
  const atIso = formatInstant(at);
  const stage = parsed.stage ?? tables.initialStage;
  const level = { functional: tables.functional[0]!, hierarchical: tables.hierarchical[0]! };
  const draft: Draft = {
    schemaVersion: 1,
    id: parsed.id,
    policyId: tables.def.id,
    receivedAt: atIso,
    updatedAt: atIso,
    class: parsed.class ?? tables.initialClass,
    stage,
    peakStage: stage,
    step: tables.initialStep,
    stepEnteredAt: atIso,
    level,
    peakLevel: { ...level },
    priority: parsed.priority ?? null,
    channel: parsed.channel ?? null,
    customerTier: parsed.customerTier ?? null,
    owners: { primary: parsed.owner ?? null, secondary: [] },
    sentiment: null,
    contacts: [atIso],
    missedCommitments: [],
    checklist: {},
    rootCauses: [],
    clocks: Object.fromEntries(tables.deadlines.map((d) => [d.id, { startedAt: null, stoppedAt: null, pauses: [], extensions: [], restarts: 0 }])),
    firedRules: [],
    rulesArmedAt: null,
    reopenCount: 0,
    respondedAt: null,
    closedAt: null,
    upheld: null,
    satisfied: null,
    history: [{ at: atIso, type: "open", step: tables.initialStep, from: null, detail: parsed.channel ?? null }],
    meta: parsed.meta === undefined ? null : (JSON.parse(JSON.stringify(parsed.meta)) as Record<string, unknown>),
  };
  const effects: ComplaintEffect[] = [];
  enterStep(tables, draft, tables.initialStep, at, effects);
  fireRules(tables, draft, at, effects);
  return { state: fromDraft(draft), effects: Object.freeze(effects) };
}
