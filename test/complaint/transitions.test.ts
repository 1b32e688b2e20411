import { describe, expect, it } from "vitest";
import {
  applyComplaintEvent,
  COMPLAINT_STEP_VERBS,
  defaultComplaintPolicy,
  openComplaint,
  type ComplaintEventInput,
  type ComplaintState,
} from "../../src/complaint/index.js";
import { DEFAULT_TRANSITIONS } from "../fixtures/complaint.js";
import { fold, t } from "./helpers.js";

const policy = defaultComplaintPolicy();
type Verb = (typeof COMPLAINT_STEP_VERBS)[number];

const LEGAL = DEFAULT_TRANSITIONS as Record<string, Partial<Record<Verb, string>>>;

// How to reach each step from receipt.
const PATH: Record<string, Verb[]> = {
  received: [],
  acknowledged: ["acknowledge"],
  assessed: ["acknowledge", "assess"],
  investigating: ["acknowledge", "assess", "investigate"],
  responded: ["acknowledge", "assess", "investigate", "respond"],
  closed: ["acknowledge", "assess", "investigate", "respond", "close"],
};

function reach(step: string): ComplaintState {
  const opened = openComplaint(policy, { id: "C-1", receivedAt: t(0) });
  const events = PATH[step]!.map((type, i): ComplaintEventInput => ({ type, at: t(i + 1) }));
  const { state } = fold(policy, opened, events);
  expect(state.step).toBe(step);
  return state;
}

const legal = Object.entries(LEGAL).flatMap(([from, verbs]) => Object.entries(verbs).map(([verb, to]) => [from, verb as Verb, to] as const));
const illegal = Object.keys(LEGAL).flatMap((from) =>
  COMPLAINT_STEP_VERBS.filter((verb) => LEGAL[from]![verb] === undefined).map((verb) => [from, verb] as const),
);

describe("the default transitions", () => {
  it("are exactly the nine written out here", () => {
    expect(legal).toHaveLength(9);
    expect(illegal).toHaveLength(6 * 6 - 9);
  });

  it.each(legal)("%s --%s--> %s", (from, verb, to) => {
    const before = reach(from);
    const result = applyComplaintEvent(policy, before, { type: verb, at: t(10) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.state.step).toBe(to);
    expect(result.state.stepEnteredAt).toBe(t(10));
    expect(result.state.history.at(-1)).toMatchObject({ type: verb, step: to, from });
    expect(before.step).toBe(from);
  });

  it.each(illegal)("%s refuses %s, leaving the state untouched", (from, verb) => {
    const before = reach(from);
    const snapshot = JSON.stringify(before);
    const result = applyComplaintEvent(policy, before, { type: verb, at: t(10) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({
      code: "illegal_transition",
      params: { step: from, action: verb, allowed: Object.keys(LEGAL[from]!) },
    });
    expect(JSON.stringify(before)).toBe(snapshot);
  });

  it.each(Object.keys(LEGAL))("%s refuses a custom verb the policy does not define", (from) => {
    const result = applyComplaintEvent(policy, reach(from), { type: "advance", action: "refer_to_ombudsman", at: t(10) });
    expect(result.ok).toBe(false);
  });
});

describe("custom verbs", () => {
  it("move a user-defined machine with `advance`", async () => {
    const { defineComplaintPolicy } = await import("../../src/complaint/index.js");
    const custom = defineComplaintPolicy({
      id: "ombudsman",
      classes: [{ id: "ordinary" }],
      stages: [{ id: "complaint" }],
      steps: [{ id: "open" }, { id: "referred" }, { id: "done", terminal: true }],
      transitions: [
        { from: "open", on: "refer_to_ombudsman", to: "referred" },
        { from: ["open", "referred"], on: "close", to: "done" },
      ],
      levels: { functional: [{ id: "L1" }], hierarchical: [{ id: "agent" }] },
    });
    const opened = openComplaint(custom, { id: "X", receivedAt: t(0) });
    const { state } = fold(custom, opened, [
      { type: "advance", action: "refer_to_ombudsman", at: t(1) },
      { type: "close", at: t(2) },
    ]);
    expect(state.step).toBe("done");
    expect(state.closedAt).toBe(t(2));
  });
});
