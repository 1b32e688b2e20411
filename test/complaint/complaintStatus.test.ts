import { describe, expect, it } from "vitest";
import { complaintReport, complaintStatus, defaultComplaintPolicyInput, defineComplaintPolicy, openComplaint } from "../../src/complaint/index.js";
import { fold, t } from "./helpers.js";

const policy = defineComplaintPolicy({
  ...defaultComplaintPolicyInput(),
  id: "wall-clock",
  deadlines: [
    { id: "ack", label: { en: "Acknowledge", "zh-CN": "确认受理" }, startOn: "received", stopOn: ["acknowledged"], length: { elapsed: "PT24H" } },
    { id: "final", startOn: "received", stopOn: ["responded"], length: { elapsed: "PT240H" }, warnBefore: "PT48H", source: "house rule", pausable: true },
    { id: "major-only", startOn: "received", stopOn: ["closed"], length: { elapsed: "PT12H" }, classes: ["major"] },
  ],
});
const start = () => openComplaint(policy, { id: "S", receivedAt: t(0) });

describe("complaintStatus", () => {
  it("reports every deadline with its due instant and status", () => {
    const status = complaintStatus(policy, start(), t(1), { locale: "zh-CN" });
    expect(status).toMatchObject({ step: "received", stage: "complaint", open: true, pendingActions: ["identify"] });
    expect(status.labels).toEqual({ class: "普通投诉", stage: "投诉", step: "已接收", functional: "一线", hierarchical: "客服专员" });
    expect(status.deadlines).toEqual([
      {
        id: "ack",
        label: "确认受理",
        kind: "limit",
        status: "running",
        startedAt: t(0),
        dueAt: t(24),
        dueDate: null,
        stoppedAt: null,
        breachedAt: null,
        remainingMs: 23 * 3_600_000,
        paused: false,
        pausedMs: 0,
        extensions: 0,
        source: null,
      },
      expect.objectContaining({ id: "final", status: "running", dueAt: t(240), source: "house rule" }),
      expect.objectContaining({ id: "major-only", status: "not_applicable" }),
    ]);
    expect(status.nextCheckAt).toBe(new Date(Date.parse(t(24)) + 1).toISOString());
  });

  it("turns at risk within warnBefore, breached one millisecond after the due instant", () => {
    const { state } = fold(policy, start(), [{ type: "acknowledge", at: t(2) }]);
    const atRisk = complaintStatus(policy, state, t(200));
    expect(atRisk.deadlines[0]!.status).toBe("met");
    expect(atRisk.deadlines[1]!.status).toBe("at_risk");
    expect(complaintStatus(policy, state, t(100)).nextCheckAt).toBe(t(192));
    const due = complaintStatus(policy, state, t(240));
    expect(due.deadlines[1]!.status).toBe("at_risk");
    const after = complaintStatus(policy, state, Date.parse(t(240)) + 1);
    expect(after.deadlines[1]).toMatchObject({ status: "breached", breachedAt: t(240), remainingMs: -1 });
  });

  it("moves the due instant out by paused time and reports a paused clock", () => {
    const { state } = fold(policy, start(), [
      { type: "pause", at: t(10), deadlines: ["final"], reason: "awaiting test report" },
      { type: "resume", at: t(30), deadlines: ["final"] },
      { type: "pause", at: t(40), deadlines: ["final"] },
    ]);
    const status = complaintStatus(policy, state, t(50));
    expect(status.deadlines[1]).toMatchObject({ status: "paused", paused: true, pausedMs: 30 * 3_600_000, dueAt: t(270) });
    // "ack" is already breached and "final" is paused: nothing changes by itself any more.
    expect(status.deadlines[0]!.status).toBe("breached");
    expect(status.nextCheckAt).toBeNull();
  });

  it("marks a clock stopped after its due instant as breached", () => {
    const { state } = fold(policy, start(), [{ type: "acknowledge", at: t(30) }]);
    expect(complaintStatus(policy, state, t(31)).deadlines[0]).toMatchObject({ status: "breached", breachedAt: t(24), stoppedAt: t(30) });
  });

  it("fires the deadline-breached rule at the first tick after a breach", async () => {
    const { applyComplaintEvent } = await import("../../src/complaint/index.js");
    const status = complaintStatus(policy, start(), t(25));
    expect(status.escalationsDue).toEqual([{ ruleId: "deadline-breached", since: new Date(Date.parse(t(24)) + 1).toISOString() }]);
    const ticked = applyComplaintEvent(policy, start(), { type: "tick", at: t(25) });
    expect(ticked.ok && ticked.state.level.hierarchical).toBe("manager");
    expect(ticked.ok && ticked.effects).toContainEqual({ type: "notify", role: "compliance", reason: "deadline-breached", ruleId: "deadline-breached" });
  });

  it("gives a JSON-safe value that does not depend on the host", () => {
    const status = complaintStatus(policy, start(), t(1));
    expect(JSON.parse(JSON.stringify(status))).toEqual(status);
  });
});

describe("complaintReport", () => {
  it("counts by class, stage reached, step and level, rates breaches per deadline and ranks root causes", () => {
    const a = fold(policy, openComplaint(policy, { id: "A", receivedAt: t(0), class: "major" }), [
      { type: "acknowledge", at: t(1) },
      { type: "tag_root_cause", at: t(2), tags: ["billing_error"] },
      { type: "respond", at: t(3) },
      { type: "close", at: t(4), satisfied: true },
    ]).state;
    const b = fold(policy, openComplaint(policy, { id: "B", receivedAt: t(0) }), [
      { type: "missed_commitment", at: t(1) },
      { type: "tag_root_cause", at: t(2), tags: ["billing_error", "slow_response"] },
      { type: "acknowledge", at: t(30) },
    ]).state;
    const c = openComplaint(policy, { id: "C", receivedAt: t(0), stage: "explicit_grumble" });
    const report = complaintReport(policy, [a, b, c], t(50), { locale: "zh-CN" });
    expect(report).toMatchObject({ total: 3, open: 2, closed: 1, reopened: 0, satisfied: 1, dissatisfied: 0 });
    expect(report.byClass).toEqual({ ordinary: 2, major: 1, escalated: 0, difficult: 0 });
    expect(report.byStageReached).toMatchObject({ explicit_grumble: 1, complaint: 1, escalated_complaint: 1 });
    expect(report.byStep).toMatchObject({ received: 1, acknowledged: 1, closed: 1 });
    expect(report.byPeakLevel.functional).toEqual({ L1: 1, L2: 2, L3: 0 });
    expect(report.deadlines).toEqual([
      { id: "ack", kind: "limit", lapsed: 0, applicable: 3, met: 1, breached: 2, pending: 0, breachRate: 2 / 3 },
      { id: "final", kind: "limit", lapsed: 0, applicable: 3, met: 1, breached: 0, pending: 2, breachRate: 0 },
      { id: "major-only", kind: "limit", lapsed: 0, applicable: 1, met: 1, breached: 0, pending: 0, breachRate: 0 },
    ]);
    expect(report.topRootCauses).toEqual([
      { id: "billing_error", label: "计费错误", count: 2, share: 2 / 3 },
      { id: "slow_response", label: "响应缓慢", count: 1, share: 1 / 3 },
    ]);
  });
});
