import { describe, expect, expectTypeOf, it } from "vitest";
import { isPledgeError } from "../../src/core/index.js";
import {
  applyComplaintEvent,
  defaultComplaintPolicy,
  defaultComplaintPolicyInput,
  defineComplaintPolicy,
  openComplaint,
  openComplaintWithEffects,
  type ComplaintEventInput,
} from "../../src/complaint/index.js";
import { clockedPolicyInput } from "../fixtures/complaint.js";
import { fold, t } from "./helpers.js";

const policy = defaultComplaintPolicy();
const opened = () => openComplaint(policy, { id: "C-1", receivedAt: t(0), channel: "phone" });

function refused(event: ComplaintEventInput, state = opened()): string {
  const result = applyComplaintEvent(policy, state, event);
  if (result.ok) expect.fail(`${event.type} was accepted`);
  return result.issues[0]!.code;
}

const clocked = defineComplaintPolicy(clockedPolicyInput({ fixedClasses: ["major"] }));

describe("openComplaint", () => {
  it("starts in the initial step, class and stage, with the receipt as first contact", () => {
    const state = opened();
    expect(state).toMatchObject({
      schemaVersion: 1,
      id: "C-1",
      policyId: "default",
      receivedAt: t(0),
      step: "received",
      class: "ordinary",
      stage: "complaint",
      peakStage: "complaint",
      level: { functional: "L1", hierarchical: "agent" },
      channel: "phone",
      contacts: [t(0)],
    });
    expect(Object.isFrozen(state)).toBe(true);
  });

  it("starts the clocks anchored on receipt and reports it as effects", () => {
    const { state, effects } = openComplaintWithEffects(clocked, { id: "C-2", receivedAt: t(0) });
    expect(state.clocks.ack!.startedAt).toBe(t(0));
    expect(state.clocks.fixed!.startedAt).toBeNull();
    expect(effects).toEqual([
      { type: "start_clock", deadline: "ack", at: t(0) },
      { type: "start_clock", deadline: "final", at: t(0) },
    ]);
  });

  it("throws on an unknown class or an instant without offset", () => {
    expect(() => openComplaint(policy, { id: "X", receivedAt: t(0), class: "vip" })).toThrowError(/not a complaint class/);
    try {
      openComplaint(policy, { id: "X", receivedAt: "2024-10-08T09:00" });
      expect.fail("should throw");
    } catch (error) {
      expect(isPledgeError(error) && error.issues[0]!.code).toBe("ambiguous_instant");
    }
  });
});

describe("applyComplaintEvent", () => {
  it("refuses an event earlier than the last one", () => {
    const { state } = fold(policy, opened(), [{ type: "acknowledge", at: t(5) }]);
    expect(refused({ type: "assess", at: t(4) }, state)).toBe("event_out_of_order");
  });

  it("throws invalid_event for a malformed event and invalid_state for a foreign state", () => {
    const bad = { type: "acknowledge", at: t(1), by: "me" } as unknown as ComplaintEventInput;
    expect(() => applyComplaintEvent(policy, opened(), bad)).toThrowError(expect.objectContaining({ code: "invalid_event" }));
    expect(() => applyComplaintEvent(policy, opened(), { type: "teleport", at: t(1) } as unknown as ComplaintEventInput)).toThrowError(
      expect.objectContaining({ code: "invalid_event" }),
    );
    const foreign = openComplaint(clocked, { id: "C", receivedAt: t(0) });
    expect(() => applyComplaintEvent(policy, foreign, { type: "tick", at: t(1) })).toThrowError(expect.objectContaining({ code: "invalid_state" }));
    expect(() => applyComplaintEvent({} as never, opened(), { type: "tick", at: t(1) })).toThrowError(/defineComplaintPolicy/);
  });

  it("assigns primary and secondary owners and completes the responsibility action", () => {
    const { state, effects } = fold(policy, opened(), [
      { type: "acknowledge", at: t(1) },
      { type: "assign", at: t(2), owner: "li.wei" },
      { type: "assign", at: t(2), owner: "billing", role: "secondary" },
      { type: "assign", at: t(3), owner: "billing", role: "secondary" },
    ]);
    expect(state.owners).toEqual({ primary: "li.wei", secondary: ["billing"] });
    expect(state.checklist).toEqual({ identify: t(1), assign_responsibility: t(2) });
    expect(effects.filter((e) => e.type === "assign")).toHaveLength(3);
  });

  it("classifies, records contacts, sentiment and root causes", () => {
    const { state, effects } = fold(policy, opened(), [
      { type: "classify", at: t(1), class: "difficult" },
      { type: "sentiment", at: t(2), score: -0.2 },
      { type: "contact", at: t(3), channel: "email" },
      { type: "tag_root_cause", at: t(4), tags: ["billing_error", "slow_response"] },
      { type: "tag_root_cause", at: t(5), tags: ["billing_error"] },
    ]);
    expect(state.class).toBe("difficult");
    expect(state.sentiment).toBe(-0.2);
    expect(state.contacts).toEqual([t(0), t(3)]);
    expect(state.rootCauses).toEqual(["billing_error", "slow_response"]);
    expect(effects[0]).toEqual({ type: "reclassify", from: "ordinary", to: "difficult", ruleId: null });
    expect(refused({ type: "classify", at: t(6), class: "vip" }, state)).toBe("unknown_class");
    expect(refused({ type: "tag_root_cause", at: t(6), tags: ["gremlins"] }, state)).toBe("unknown_root_cause");
  });

  it("moves the stage both ways and keeps the peak", () => {
    const { state, effects } = fold(policy, opened(), [
      { type: "stage", at: t(1), stage: "potential_complaint" },
      { type: "stage", at: t(2), stage: "escalated_complaint" },
      { type: "stage", at: t(3), stage: "complaint" },
    ]);
    expect(state.stage).toBe("complaint");
    expect(state.peakStage).toBe("escalated_complaint");
    expect(effects.map((e) => e.type)).toEqual(["de_escalate", "escalate", "de_escalate"]);
    expect(refused({ type: "stage", at: t(4), stage: "rage" }, state)).toBe("unknown_stage");
  });

  it("escalates and de-escalates levels only in the right direction", () => {
    const { state } = fold(policy, opened(), [
      { type: "escalate", at: t(1), functional: "L3", hierarchical: "supervisor" },
      { type: "de_escalate", at: t(2), functional: "L2" },
    ]);
    expect(state.level).toEqual({ functional: "L2", hierarchical: "supervisor" });
    expect(state.peakLevel).toEqual({ functional: "L3", hierarchical: "supervisor" });
    expect(refused({ type: "escalate", at: t(3), functional: "L1" }, state)).toBe("not_an_escalation");
    expect(refused({ type: "de_escalate", at: t(3), hierarchical: "manager" }, state)).toBe("not_a_de_escalation");
    expect(refused({ type: "escalate", at: t(3), functional: "L7" }, state)).toBe("unknown_level");
    expect(refused({ type: "escalate", at: t(3) }, state)).toBe("nothing_to_change");
  });

  it("refuses a manual escalation of a closed complaint", () => {
    const { state } = fold(policy, opened(), [
      { type: "acknowledge", at: t(1) },
      { type: "respond", at: t(2) },
      { type: "close", at: t(3) },
    ]);
    expect(refused({ type: "escalate", at: t(4), functional: "L2" }, state)).toBe("complaint_closed");
  });

  it("proposes a remedy evaluation on a missed commitment and on an upheld response", () => {
    const { effects } = fold(policy, opened(), [
      { type: "missed_commitment", at: t(1), ref: "callback-2h" },
      { type: "acknowledge", at: t(2) },
      { type: "respond", at: t(3), upheld: true },
    ]);
    const proposals = effects.filter((e) => e.type === "propose_remedy_evaluation");
    expect(proposals.map((p) => p.reason)).toEqual(["missed_commitment", "upheld"]);
    expect(proposals[1]!.facts).toMatchObject({ complaintId: "C-1", upheld: true, missedCommitments: 1 });
  });

  it("completes checklist actions by hand and refuses unknown ones", () => {
    const { state } = fold(policy, opened(), [{ type: "complete_action", at: t(1), action: "act_fast" }]);
    expect(state.checklist.act_fast).toBe(t(1));
    expect(refused({ type: "complete_action", at: t(1), action: "pray" }, state)).toBe("unknown_action");
  });

  it("requires the step's checklist before leaving it when the policy says so", () => {
    const strict = defineComplaintPolicy({ ...defaultComplaintPolicyInput(), id: "strict", requireChecklist: true });
    const start = openComplaint(strict, { id: "S", receivedAt: t(0) });
    const { state } = fold(strict, start, [{ type: "acknowledge", at: t(1) }]);
    const result = applyComplaintEvent(strict, state, { type: "assess", at: t(2) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ code: "checklist_incomplete", params: { pending: ["assign_responsibility", "watch_emotion"] } });
    const done = fold(strict, state, [
      { type: "assign", at: t(2), owner: "li.wei" },
      { type: "sentiment", at: t(2), score: 0 },
      { type: "assess", at: t(3) },
    ]);
    expect(done.state.step).toBe("assessed");
  });
});

describe("deadline clocks", () => {
  const start = () => openComplaint(clocked, { id: "D", receivedAt: t(0) });

  it("stop when their stop step is entered", () => {
    const { state, effects } = fold(clocked, start(), [{ type: "acknowledge", at: t(3) }]);
    expect(state.clocks.ack!.stoppedAt).toBe(t(3));
    expect(effects).toContainEqual({ type: "stop_clock", deadline: "ack", at: t(3) });
  });

  it("pause and resume, all running clocks or the ones named", () => {
    const { state, effects } = fold(clocked, start(), [
      { type: "pause", at: t(1), reason: "waiting for the customer's receipt" },
      { type: "resume", at: t(5), deadlines: ["final"] },
      { type: "resume", at: t(6) },
    ]);
    expect(state.clocks.final!.pauses).toEqual([{ from: t(1), to: t(5), reason: "waiting for the customer's receipt" }]);
    expect(state.clocks.ack!.pauses).toEqual([{ from: t(1), to: t(6), reason: "waiting for the customer's receipt" }]);
    expect(effects.map((e) => e.type)).toEqual(["pause_clock", "pause_clock", "resume_clock", "resume_clock"]);
  });

  it("refuse pausing what does not run and resuming what is not paused", () => {
    const s = start();
    expect(applyComplaintEvent(clocked, s, { type: "resume", at: t(1) })).toMatchObject({
      ok: false,
      issues: [{ code: "nothing_to_resume", path: ["deadlines"], params: { deadlines: ["ack", "final", "fixed"] } }],
    });
    expect(applyComplaintEvent(clocked, s, { type: "pause", at: t(1), deadlines: ["fixed"] })).toMatchObject({
      ok: false,
      issues: [{ code: "clock_not_pausable" }],
    });
    expect(applyComplaintEvent(clocked, s, { type: "pause", at: t(1), deadlines: ["nope"] })).toMatchObject({
      ok: false,
      issues: [{ code: "unknown_deadline" }],
    });
    const paused = fold(clocked, s, [{ type: "pause", at: t(1), deadlines: ["ack"] }]).state;
    expect(applyComplaintEvent(clocked, paused, { type: "pause", at: t(2), deadlines: ["ack"] })).toMatchObject({
      ok: false,
      issues: [{ code: "clock_not_running", params: { reason: "already paused" } }],
    });
  });

  it("accept approved extensions within the policy's limits", () => {
    const { state } = fold(clocked, start(), [{ type: "extend", at: t(1), deadline: "final", by: { elapsed: "PT72H" }, approvedBy: "head of complaints" }]);
    expect(state.clocks.final!.extensions).toEqual([{ at: t(1), by: { elapsed: "PT72H" }, approvedBy: "head of complaints", reason: null }]);
    const again = applyComplaintEvent(clocked, state, { type: "extend", at: t(2), deadline: "final", by: { elapsed: "PT1H" } });
    expect(again).toMatchObject({ ok: false, issues: [{ code: "extension_limit" }] });
    const s = start();
    expect(applyComplaintEvent(clocked, s, { type: "extend", at: t(1), deadline: "ack", by: { elapsed: "PT1H" } })).toMatchObject({
      ok: false,
      issues: [{ code: "extension_not_allowed" }],
    });
    expect(applyComplaintEvent(clocked, s, { type: "extend", at: t(1), deadline: "final", by: { elapsed: "PT121H" } })).toMatchObject({
      ok: false,
      issues: [{ code: "extension_too_long" }],
    });
    expect(applyComplaintEvent(clocked, s, { type: "extend", at: t(1), deadline: "final", by: { calendarDays: 1 } })).toMatchObject({
      ok: false,
      issues: [{ code: "extension_unit_mismatch" }],
    });
  });

  it("resume on reopen when the deadline says so, not counting the closed time", () => {
    const { state, effects } = fold(clocked, start(), [
      { type: "acknowledge", at: t(1) },
      { type: "respond", at: t(2) },
      { type: "close", at: t(3) },
      { type: "reopen", at: t(10) },
    ]);
    expect(state.reopenCount).toBe(1);
    expect(state.closedAt).toBeNull();
    expect(state.clocks.final).toMatchObject({ stoppedAt: null, pauses: [{ from: t(2), to: t(10), reason: "stopped" }] });
    expect(state.clocks.ack!.stoppedAt).toBe(t(1));
    expect(effects).toContainEqual({ type: "resume_clock", deadline: "final", at: t(10) });
  });

  it("run class-specific clocks only for their classes", () => {
    const ordinary = fold(clocked, start(), [
      { type: "acknowledge", at: t(1) },
      { type: "assess", at: t(2) },
    ]);
    expect(ordinary.effects.some((e) => e.type === "start_clock" && e.deadline === "fixed")).toBe(false);
    expect(ordinary.state.clocks.fixed!.startedAt).toBe(t(2));
    const major = fold(clocked, start(), [
      { type: "acknowledge", at: t(1) },
      { type: "assess", at: t(2), class: "major" },
    ]);
    expect(major.effects).toContainEqual({ type: "start_clock", deadline: "fixed", at: t(2) });
  });
});

describe("policy evolution", () => {
  it("a state stored before a deadline was added reads that deadline as not started", () => {
    const old = fold(policy, opened(), [{ type: "acknowledge", at: t(1) }]).state;
    const stored = JSON.parse(JSON.stringify(old)) as typeof old;
    const next = defineComplaintPolicy({
      ...defaultComplaintPolicyInput(),
      deadlines: [{ id: "investigation", startOn: "investigating", stopOn: ["responded"], length: { elapsed: "PT72H" } }],
    });
    const { state, effects } = fold(next, stored, [
      { type: "assess", at: t(2) },
      { type: "investigate", at: t(3) },
    ]);
    expect(effects).toContainEqual({ type: "start_clock", deadline: "investigation", at: t(3) });
    expect(state.clocks.investigation).toMatchObject({ startedAt: t(3) });
  });
});

describe("the event vocabulary", () => {
  it("COMPLAINT_EVENT_TYPES lists exactly the event union's types", async () => {
    const { COMPLAINT_EVENT_TYPES } = await import("../../src/complaint/index.js");
    type Listed = (typeof COMPLAINT_EVENT_TYPES)[number];
    expectTypeOf<Listed>().toEqualTypeOf<ComplaintEventInput["type"]>();
    expect(new Set(COMPLAINT_EVENT_TYPES).size).toBe(21);
  });
});

describe("refusal messages", () => {
  it("render in Chinese through formatIssue", async () => {
    const { formatIssue } = await import("../../src/formatIssue.js");
    const result = applyComplaintEvent(policy, opened(), { type: "close", at: t(1) });
    if (result.ok) expect.fail("close was accepted");
    expect(result.issues[0]!.message).toBe('cannot close a complaint in step "received" (allowed here: "acknowledge")');
    expect(formatIssue(result.issues[0]!, "zh-CN")).toBe('投诉处于 "received" 步骤时不能执行 close（此处允许："acknowledge"）');
  });
});
