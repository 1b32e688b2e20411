// Complaint workflow rules exactly as the regulations are written (issue 14, items 1–5). Every
// expected instant is counted by hand from the rule text quoted above it.
import { describe, expect, it } from "vitest";
import {
  applyComplaintEvent,
  complaintReport,
  complaintStatus,
  defaultComplaintPolicyInput,
  defineComplaintPolicy,
  openComplaint,
  regulatoryDeadlines,
  type ComplaintEffect,
  type ComplaintPolicy,
  type ComplaintPolicyInput,
  type RegulatoryPreset,
} from "../../src/complaint/index.js";
import { LONDON_2024, SHANGHAI_2024 } from "../fixtures/complaint.js";
import { fold } from "./helpers.js";

function presetPolicy(preset: RegulatoryPreset, calendar: ComplaintPolicyInput["calendar"], extra: Partial<ComplaintPolicyInput> = {}): ComplaintPolicy {
  return defineComplaintPolicy({ ...defaultComplaintPolicyInput(), id: preset, calendar, deadlines: regulatoryDeadlines(preset), ...extra });
}
const deadline = (policy: ComplaintPolicy, state: Parameters<typeof complaintStatus>[1], id: string, now: string) =>
  complaintStatus(policy, state, now).deadlines.find((d) => d.id === id)!;

describe("1. a clock stops at the first step at or past its stop step, whichever path reached it", () => {
  // 《市场监督管理投诉举报处理暂行办法》第十四条: decide acceptance within 7 working days of receipt.
  // Received Wed 09-25: 09-26 (1), 09-27 (2), Sun 09-29 worked (3), 09-30 (4), National Day 10-01..07,
  // 10-08 (5), 10-09 (6), 10-10 (7): due by the end of 10-10, 16:00Z.
  const samr = presetPolicy("cn-samr", SHANGHAI_2024);
  const answered = fold(samr, openComplaint(samr, { id: "S", receivedAt: "2024-09-25T10:00:00+08:00" }), [
    { type: "acknowledge", at: "2024-09-25T11:00:00+08:00" },
    { type: "respond", at: "2024-09-26T10:00:00+08:00" },
    { type: "close", at: "2024-09-26T11:00:00+08:00", satisfied: true },
  ]).state;

  it("answering without an `assessed` step decides acceptance: the SAMR clock is met, not breached weeks later", () => {
    const acceptance = deadline(samr, answered, "samr_acceptance", "2024-10-20T00:00:00+08:00");
    expect(acceptance).toMatchObject({ status: "met", dueAt: "2024-10-10T16:00:00.000Z", stoppedAt: "2024-09-26T02:00:00.000Z" });
    expect(deadline(samr, answered, "samr_mediation", "2024-10-20T00:00:00+08:00").status).toBe("not_started");
    expect(complaintStatus(samr, answered, "2024-10-20T00:00:00+08:00").nextCheckAt).toBeNull();
    expect(complaintReport(samr, [answered], "2024-10-20T00:00:00+08:00").deadlines[0]).toMatchObject({ met: 1, breached: 0, breachRate: 0 });
  });

  it("every terminal step stops every clock, unless the deadline survives closure", () => {
    const base: ComplaintPolicyInput = {
      id: "withdrawals",
      classes: [{ id: "ordinary" }],
      stages: [{ id: "complaint" }],
      // `withdrawn` is terminal and comes before `responded` in the steps' order.
      steps: [{ id: "received" }, { id: "withdrawn", terminal: true }, { id: "responded" }],
      transitions: [
        { from: "received", on: "withdraw", to: "withdrawn" },
        { from: "received", on: "respond", to: "responded" },
      ],
      levels: { functional: [{ id: "L1" }], hierarchical: [{ id: "agent" }] },
      deadlines: [
        { id: "reply", startOn: "received", stopOn: ["responded"], length: { elapsed: "PT48H" } },
        { id: "retention", startOn: "received", stopOn: ["responded"], length: { elapsed: "PT96H" }, survivesClosure: true },
      ],
    };
    const policy = defineComplaintPolicy(base);
    const { state, effects } = fold(policy, openComplaint(policy, { id: "W", receivedAt: "2024-03-04T09:00:00Z" }), [
      { type: "advance", action: "withdraw", at: "2024-03-04T10:00:00Z" },
    ]);
    expect(effects).toContainEqual({ type: "stop_clock", deadline: "reply", at: "2024-03-04T10:00:00.000Z" });
    const status = complaintStatus(policy, state, "2024-03-10T00:00:00Z");
    expect(status.deadlines.map((d) => [d.id, d.status])).toEqual([
      ["reply", "met"],
      ["retention", "breached"],
    ]);
  });
});

describe("2. NFRA extensions as the rule writes them (银保监会令2020年第3号)", () => {
  // "收到投诉之日起15日内作出处理决定…情况复杂的可以延长至30日；情况特别复杂或者有其他特殊原因的，
  // 经其上级机构或者总行、总公司高级管理人员审批并告知投诉人，可以再延长30日": a first extension of at
  // most 15 days (to 30), a second of at most 30 (to 60). Days as the Civil Code counts them.
  const nfra = presetPolicy("cn-nfra", SHANGHAI_2024);
  const opened = openComplaint(nfra, { id: "N", receivedAt: "2024-03-01T10:00:00+08:00" });

  it("15 + 15 + 30 days from Fri 03-01 end with Tue 04-30: 60 days, never 75", () => {
    // 03-01 + 15 = Sat 03-16 → rolled to Mon 03-18 (民法典 第二百零三条).
    expect(deadline(nfra, opened, "nfra_decision", "2024-03-02T00:00:00Z").dueAt).toBe("2024-03-18T16:00:00.000Z");
    const once = fold(nfra, opened, [{ type: "extend", at: "2024-03-10T10:00:00+08:00", deadline: "nfra_decision", by: { calendarDays: 15 } }]).state;
    // 03-16 + 15 = Sun 03-31 → Mon 04-01.
    expect(deadline(nfra, once, "nfra_decision", "2024-03-11T00:00:00Z").dueAt).toBe("2024-04-01T16:00:00.000Z");
    const twice = fold(nfra, once, [
      { type: "extend", at: "2024-03-25T10:00:00+08:00", deadline: "nfra_decision", by: { calendarDays: 30 }, approvedBy: "head office" },
    ]).state;
    // 03-31 + 30 = Tue 04-30, a working day: the 60th day after 03-01.
    expect(deadline(nfra, twice, "nfra_decision", "2024-03-26T00:00:00Z").dueAt).toBe("2024-04-30T16:00:00.000Z");
    expect(
      applyComplaintEvent(nfra, twice, { type: "extend", at: "2024-04-01T10:00:00+08:00", deadline: "nfra_decision", by: { calendarDays: 1 } }),
    ).toMatchObject({
      ok: false,
      issues: [{ code: "extension_limit" }],
    });
  });

  it("refuses a first extension of 30 days and a second of 31 when they are applied", () => {
    expect(
      applyComplaintEvent(nfra, opened, { type: "extend", at: "2024-03-10T10:00:00+08:00", deadline: "nfra_decision", by: { calendarDays: 30 } }),
    ).toMatchObject({
      ok: false,
      issues: [{ code: "extension_too_long", path: ["by"], params: { nth: 1, maxLength: { calendarDays: 15 } } }],
    });
    const once = fold(nfra, opened, [{ type: "extend", at: "2024-03-10T10:00:00+08:00", deadline: "nfra_decision", by: { calendarDays: 15 } }]).state;
    expect(
      applyComplaintEvent(nfra, once, { type: "extend", at: "2024-03-20T10:00:00+08:00", deadline: "nfra_decision", by: { calendarDays: 31 } }),
    ).toMatchObject({
      ok: false,
      issues: [{ code: "extension_too_long", params: { nth: 2 } }],
    });
  });

  it("a total limit is checked when an extension is applied", () => {
    const policy = defineComplaintPolicy({
      ...defaultComplaintPolicyInput(),
      id: "total",
      deadlines: [
        {
          id: "d",
          startOn: "received",
          stopOn: ["responded"],
          length: { elapsed: "PT24H" },
          extensions: { max: 3, maxLength: { elapsed: "PT10H" }, maxTotal: { elapsed: "PT15H" } },
        },
      ],
    });
    const state = fold(policy, openComplaint(policy, { id: "T", receivedAt: "2024-03-04T09:00:00Z" }), [
      { type: "extend", at: "2024-03-04T10:00:00Z", deadline: "d", by: { elapsed: "PT10H" } },
    ]).state;
    expect(applyComplaintEvent(policy, state, { type: "extend", at: "2024-03-04T11:00:00Z", deadline: "d", by: { elapsed: "PT6H" } })).toMatchObject({
      ok: false,
      issues: [{ code: "extension_total_exceeded", path: ["by"] }],
    });
    expect(applyComplaintEvent(policy, state, { type: "extend", at: "2024-03-04T11:00:00Z", deadline: "d", by: { elapsed: "PT5H" } }).ok).toBe(true);
  });
});

describe("3. deadlines are not pausable unless the rule says time is not counted", () => {
  const fca = presetPolicy("uk-fca-disp", LONDON_2024);
  // DISP 1.6.2R: "by the end of eight weeks after its receipt" — no clock-stop rule. Received Thu 03-07:
  // eight weeks end with Thu 05-02, midnight BST (23:00Z).
  const opened = openComplaint(fca, { id: "F", receivedAt: "2024-03-07T10:00:00Z" });

  it("a pause of the FCA eight-week clock is refused and the deadline stays 05-02", () => {
    expect(applyComplaintEvent(fca, opened, { type: "pause", at: "2024-03-08T10:00:00Z", deadlines: ["fca_final_response"] })).toMatchObject({
      ok: false,
      issues: [{ code: "clock_not_pausable", path: ["deadlines", 0] }],
    });
    expect(applyComplaintEvent(fca, opened, { type: "pause", at: "2024-03-08T10:00:00Z" })).toMatchObject({
      ok: false,
      issues: [{ code: "nothing_to_pause", params: { pausable: [] } }],
    });
    expect(deadline(fca, opened, "fca_final_response", "2024-03-11T10:00:00Z").dueAt).toBe("2024-05-02T23:00:00.000Z");
  });

  it("only SAMR mediation (检定、检验、检测、鉴定 time not counted) is pausable among the presets", () => {
    const pausable = (["uk-fca-disp", "uk-fca-psd", "us-cfpb", "cn-samr", "cn-nfra"] as const).flatMap((p) =>
      regulatoryDeadlines(p)
        .filter((d) => d.pausable === true)
        .map((d) => d.id),
    );
    expect(pausable).toEqual(["samr_mediation"]);
  });
});

describe("4. a window lapses, a limit is breached (FCA DISP 1.5 summary resolution)", () => {
  // DISP 1.5.1R: resolved "by close of business on the third business day following the day on
  // which it is received" — only then do the time-limit rules not apply. Received Mon 03-04:
  // Tue 05 (1), Wed 06 (2), Thu 07 (3): the window ends at 17:30 GMT on 03-07.
  const fca = presetPolicy("uk-fca-disp", LONDON_2024, {
    rules: [...(defaultComplaintPolicyInput().rules ?? []), { id: "fast-track-ended", when: { kind: "window_lapsed" }, then: { notify: ["handler"] } }],
  });
  const opened = openComplaint(fca, { id: "W", receivedAt: "2024-03-04T10:00:00Z" });
  const notified = (effects: readonly ComplaintEffect[]) => effects.flatMap((e) => (e.type === "notify" ? [e.role] : []));

  it("the lapse is no breach: no escalation, no urgent priority, no compliance notice; the 8 weeks run on", () => {
    const { state, effects } = fold(fca, opened, [{ type: "tick", at: "2024-03-07T17:30:00.001Z" }]);
    expect(notified(effects)).toEqual(["handler"]);
    expect(state).toMatchObject({ priority: null, level: { functional: "L1", hierarchical: "agent" } });
    const status = complaintStatus(fca, state, "2024-03-08T09:00:00Z");
    expect(status.deadlines.map((d) => [d.id, d.kind, d.status, d.breachedAt])).toEqual([
      ["fca_summary_resolution", "window", "lapsed", null],
      ["fca_final_response", "limit", "running", null],
    ]);
    expect(complaintReport(fca, [state], "2024-03-08T09:00:00Z").deadlines[0]).toMatchObject({ kind: "window", lapsed: 1, breached: 0, breachRate: null });
  });

  it("reopening does not fire the old lapse's notifications again", () => {
    const { state } = fold(fca, opened, [
      { type: "tick", at: "2024-03-07T17:30:00.001Z" },
      { type: "acknowledge", at: "2024-03-08T09:00:00Z" },
      { type: "respond", at: "2024-03-11T09:00:00Z" },
      { type: "close", at: "2024-03-12T09:00:00Z" },
    ]);
    const { effects } = fold(fca, state, [
      { type: "reopen", at: "2024-03-13T09:00:00Z" },
      { type: "tick", at: "2024-03-14T09:00:00Z" },
    ]);
    expect(notified(effects)).not.toContain("handler");
    expect(notified(effects)).not.toContain("compliance");
  });

  it("nor does an old breach of a limit", () => {
    const policy = defineComplaintPolicy({
      ...defaultComplaintPolicyInput(),
      id: "ack-limit",
      deadlines: [{ id: "ack", startOn: "received", stopOn: ["acknowledged"], length: { elapsed: "PT24H" } }],
    });
    const late = fold(policy, openComplaint(policy, { id: "L", receivedAt: "2024-03-04T09:00:00Z" }), [{ type: "acknowledge", at: "2024-03-05T10:00:00Z" }]);
    expect(notified(late.effects)).toContain("compliance");
    const { effects } = fold(policy, late.state, [
      { type: "respond", at: "2024-03-06T09:00:00Z" },
      { type: "close", at: "2024-03-07T09:00:00Z" },
      { type: "reopen", at: "2024-03-08T09:00:00Z" },
      { type: "tick", at: "2024-03-08T10:00:00Z" },
    ]);
    expect(notified(effects)).not.toContain("compliance");
  });
});

describe("5. after closing, and resuming what is not paused", () => {
  it("closing resets the levels but keeps the priority the case reached (rules only raise it)", () => {
    const policy = defineComplaintPolicy({
      ...defaultComplaintPolicyInput(),
      id: "ack-limit",
      deadlines: [{ id: "ack", startOn: "received", stopOn: ["acknowledged"], length: { elapsed: "PT24H" } }],
    });
    const { state } = fold(policy, openComplaint(policy, { id: "P", receivedAt: "2024-03-04T09:00:00Z" }), [
      { type: "tick", at: "2024-03-05T09:00:00.001Z" },
      { type: "acknowledge", at: "2024-03-05T10:00:00Z" },
      { type: "respond", at: "2024-03-06T09:00:00Z" },
      { type: "close", at: "2024-03-07T09:00:00Z" },
    ]);
    expect(state).toMatchObject({ priority: "urgent", level: { functional: "L1", hierarchical: "agent" }, peakLevel: { hierarchical: "manager" } });
  });

  it("a bare resume with nothing paused names what it was asked to do and the deadlines there are", () => {
    const policy = presetPolicy("cn-samr", SHANGHAI_2024);
    const result = applyComplaintEvent(policy, openComplaint(policy, { id: "R", receivedAt: "2024-09-25T10:00:00+08:00" }), {
      type: "resume",
      at: "2024-09-25T11:00:00+08:00",
    });
    expect(result).toMatchObject({
      ok: false,
      issues: [{ code: "nothing_to_resume", path: ["deadlines"], params: { deadlines: ["samr_acceptance", "samr_mediation"] } }],
    });
    if (!result.ok)
      expect(result.issues[0]!.message).toBe(
        'a resume without "deadlines" resumes every paused clock, but none is paused (deadlines: "samr_acceptance", "samr_mediation")',
      );
  });
});
