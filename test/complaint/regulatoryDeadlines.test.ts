import { describe, expect, it } from "vitest";
import {
  applyComplaintEvent,
  complaintStatus,
  defaultComplaintPolicyInput,
  defineComplaintPolicy,
  openComplaint,
  regulatoryDeadlines,
  REGULATORY_PRESETS,
  type ComplaintEventInput,
  type ComplaintPolicy,
  type ComplaintState,
  type RegulatoryPreset,
} from "../../src/complaint/index.js";
import { LONDON_2024, NEW_YORK, SHANGHAI_2024 } from "../fixtures/complaint.js";
import { fold } from "./helpers.js";

function presetPolicy(preset: RegulatoryPreset, calendar: typeof SHANGHAI_2024 | typeof LONDON_2024 | typeof NEW_YORK): ComplaintPolicy {
  return defineComplaintPolicy({ ...defaultComplaintPolicyInput(), id: preset, calendar, deadlines: regulatoryDeadlines(preset) });
}

function dueAt(policy: ComplaintPolicy, state: ComplaintState, deadline: string, now: string): string | null {
  const found = complaintStatus(policy, state, now).deadlines.find((d) => d.id === deadline);
  if (found === undefined) expect.fail(`no deadline ${deadline}`);
  return found.dueAt;
}

function open(policy: ComplaintPolicy, receivedAt: string, events: ComplaintEventInput[] = []): ComplaintState {
  return fold(policy, openComplaint(policy, { id: "R", receivedAt }), events).state;
}

describe("regulatoryDeadlines", () => {
  it.each(REGULATORY_PRESETS)("%s gives valid deadlines that cite their source", (preset) => {
    const deadlines = regulatoryDeadlines(preset);
    expect(deadlines.length).toBeGreaterThan(0);
    for (const d of deadlines) expect(d.source).toMatch(/DISP|CFPB|办法/);
    expect(() => presetPolicy(preset, SHANGHAI_2024)).not.toThrow();
  });

  it("maps the regulators' roles onto a policy's own steps", () => {
    const [acceptance, mediation] = regulatoryDeadlines("cn-samr", { received: "new", accepted: "accepted", responded: "agreed" });
    expect(acceptance).toMatchObject({ startOn: "new", stopOn: ["accepted"] });
    expect(mediation).toMatchObject({ startOn: "accepted", stopOn: ["agreed"] });
  });

  it("needs a calendar", () => {
    expect(() => defineComplaintPolicy({ ...defaultComplaintPolicyInput(), deadlines: regulatoryDeadlines("us-cfpb") })).toThrowError(
      /deadlines\[0\]\.length: calendarDays are counted on a business calendar/,
    );
  });
});

describe("China SAMR (市场监督管理投诉举报处理暂行办法), hand-counted on the 2024 calendar", () => {
  const policy = presetPolicy("cn-samr", SHANGHAI_2024);

  it("7 working days across National Day count the make-up Saturday 10-12 (调休)", () => {
    // Received Mon 09-30. Not counted: 09-30 itself, 10-01..07 (holiday), Sunday 10-13.
    // Counted: 10-08 (1), 09 (2), 10 (3), 11 (4), Sat 10-12 (5, worked), 14 (6), 15 (7).
    const state = open(policy, "2024-09-30T10:00:00+08:00");
    expect(dueAt(policy, state, "samr_acceptance", "2024-10-01T00:00:00+08:00")).toBe("2024-10-15T16:00:00.000Z"); // 24:00 on 10-15
    expect(complaintStatus(policy, state, "2024-10-01T00:00:00+08:00").deadlines[0]!.dueDate).toBe("2024-10-15");
  });

  it("a complaint received on the worked Sunday 09-29 starts counting on Monday", () => {
    // Counted: 09-30 (1), 10-08 (2), 09 (3), 10 (4), 11 (5), Sat 12 (6), 14 (7).
    const state = open(policy, "2024-09-29T15:00:00+08:00");
    expect(dueAt(policy, state, "samr_acceptance", "2024-09-29T16:00:00+08:00")).toBe("2024-10-14T16:00:00.000Z");
  });

  it("is met by an acceptance decision before the end of the 7th working day, breached after", () => {
    const received = open(policy, "2024-09-30T10:00:00+08:00", [{ type: "acknowledge", at: "2024-09-30T11:00:00+08:00" }]);
    const inTime = fold(policy, received, [{ type: "assess", at: "2024-10-15T23:59:00+08:00" }]).state;
    expect(complaintStatus(policy, inTime, "2024-10-20T00:00:00+08:00").deadlines[0]!.status).toBe("met");
    const late = fold(policy, received, [{ type: "assess", at: "2024-10-16T09:00:00+08:00" }]).state;
    expect(complaintStatus(policy, late, "2024-10-20T00:00:00+08:00").deadlines[0]).toMatchObject({
      status: "breached",
      breachedAt: "2024-10-15T16:00:00.000Z",
    });
  });

  it("45 working days of mediation from acceptance, moved out by paused testing days", () => {
    const accepted = open(policy, "2024-09-30T10:00:00+08:00", [
      { type: "acknowledge", at: "2024-10-08T09:30:00+08:00" },
      { type: "assess", at: "2024-10-08T10:00:00+08:00" },
    ]);
    // After 10-08: October 9–31 gives 18 working days (Sat 10-12 included), November 21 (39),
    // December 2–6 five more (44), Monday 12-09 is the 45th.
    expect(dueAt(policy, accepted, "samr_mediation", "2024-10-09T00:00:00+08:00")).toBe("2024-12-09T16:00:00.000Z");
    // A product test from Mon 10-21 10:00 to Thu 10-24 15:00 does not count: 21, 22, 23 are lost.
    const tested = fold(policy, accepted, [
      { type: "pause", at: "2024-10-21T10:00:00+08:00", deadlines: ["samr_mediation"], reason: "检测" },
      { type: "resume", at: "2024-10-24T15:00:00+08:00", deadlines: ["samr_mediation"] },
    ]).state;
    expect(dueAt(policy, tested, "samr_mediation", "2024-10-25T00:00:00+08:00")).toBe("2024-12-12T16:00:00.000Z");
    const status = complaintStatus(policy, tested, "2024-10-25T00:00:00+08:00").deadlines[1]!;
    expect(status).toMatchObject({ status: "running", pausedMs: (3 * 24 + 5) * 3_600_000 });
  });
});

describe("China NFRA banking and insurance (银行业保险业消费投诉处理管理办法)", () => {
  const policy = presetPolicy("cn-nfra", SHANGHAI_2024);

  it("15 days ending on a holiday roll forward to the next working day (民法典 第二百零三条)", () => {
    // Received 09-20; day 1 is 09-21; day 15 is Sat 10-05, inside National Day: the period ends on Tue 10-08.
    const state = open(policy, "2024-09-20T14:00:00+08:00");
    expect(dueAt(policy, state, "nfra_decision", "2024-09-21T00:00:00+08:00")).toBe("2024-10-08T16:00:00.000Z");
  });

  it("extends to 30 days and by another 30, then refuses a third extension", () => {
    const state = open(policy, "2024-09-20T14:00:00+08:00");
    // 30 days: Sun 10-20, rolled to Mon 10-21. 60 days: Tue 11-19.
    const once = fold(policy, state, [
      { type: "extend", at: "2024-09-25T10:00:00+08:00", deadline: "nfra_decision", by: { calendarDays: 15 }, approvedBy: "branch" },
    ]).state;
    expect(dueAt(policy, once, "nfra_decision", "2024-09-26T00:00:00+08:00")).toBe("2024-10-21T16:00:00.000Z");
    const twice = fold(policy, once, [
      { type: "extend", at: "2024-10-15T10:00:00+08:00", deadline: "nfra_decision", by: { calendarDays: 30 }, approvedBy: "head office" },
    ]).state;
    expect(dueAt(policy, twice, "nfra_decision", "2024-10-16T00:00:00+08:00")).toBe("2024-11-19T16:00:00.000Z");
    const third = applyComplaintEvent(policy, twice, { type: "extend", at: "2024-11-01T10:00:00+08:00", deadline: "nfra_decision", by: { calendarDays: 1 } });
    expect(third).toMatchObject({ ok: false, issues: [{ code: "extension_limit" }] });
  });
});

describe("UK FCA DISP, hand-counted on England and Wales bank holidays", () => {
  const policy = presetPolicy("uk-fca-disp", LONDON_2024);

  it("summary resolution by close of business on the third business day, skipping the August bank holiday", () => {
    // Received Fri 08-23: Mon 08-26 is a bank holiday; Tue 27 (1), Wed 28 (2), Thu 29 (3), 17:30 BST.
    const state = open(policy, "2024-08-23T14:00:00+01:00");
    expect(dueAt(policy, state, "fca_summary_resolution", "2024-08-23T15:00:00+01:00")).toBe("2024-08-29T16:30:00.000Z");
    // Received on Saturday: the same three business days follow.
    expect(dueAt(policy, open(policy, "2024-08-24T11:00:00+01:00"), "fca_summary_resolution", "2024-08-24T12:00:00+01:00")).toBe("2024-08-29T16:30:00.000Z");
  });

  it("summary resolution across Christmas and Boxing Day", () => {
    // Received Mon 12-23: Tue 24 (1), Fri 27 (2), Mon 30 (3), 17:30 GMT.
    const state = open(policy, "2024-12-23T10:00:00Z");
    expect(dueAt(policy, state, "fca_summary_resolution", "2024-12-23T11:00:00Z")).toBe("2024-12-30T17:30:00.000Z");
    expect(complaintStatus(policy, state, "2024-12-23T11:00:00Z").deadlines.map((d) => d.dueDate)).toEqual(["2024-12-30", "2025-02-17"]);
  });

  it("final response by the end of eight weeks after receipt, across the change to GMT", () => {
    // Received Tue 09-10 (BST): eight weeks end with Tue 11-05, midnight GMT.
    const state = open(policy, "2024-09-10T15:00:00+01:00");
    expect(dueAt(policy, state, "fca_final_response", "2024-09-11T00:00:00Z")).toBe("2024-11-06T00:00:00.000Z");
    const status = complaintStatus(policy, state, "2024-10-30T00:00:00Z");
    expect(status.deadlines[1]!.status).toBe("at_risk"); // within a week of the end
    // Summary resolution is a window (DISP 1.5): it lapsed on 09-13, it was never breached.
    expect(status.deadlines[0]!.status).toBe("lapsed");
  });

  it("payment services: 15 business days across Christmas and New Year, 35 with an extension", () => {
    const psd = presetPolicy("uk-fca-psd", LONDON_2024);
    // After Mon 12-16: 17–20 (4), 23, 24 (6), 27 (7), 30, 31 (9), 01-02, 03 (11), 06–09 (15).
    const state = open(psd, "2024-12-16T12:00:00Z");
    expect(dueAt(psd, state, "fca_psd_final_response", "2024-12-17T00:00:00Z")).toBe("2025-01-10T00:00:00.000Z");
    const extended = fold(psd, state, [{ type: "extend", at: "2025-01-06T09:00:00Z", deadline: "fca_psd_final_response", by: { businessDays: 20 } }]).state;
    // 20 more: 01-10 (1), 13–17 (6), 20–24 (11), 27–31 (16), 02-03..06 (20).
    expect(dueAt(psd, extended, "fca_psd_final_response", "2025-01-07T00:00:00Z")).toBe("2025-02-07T00:00:00.000Z");
    const tooLong = applyComplaintEvent(psd, state, {
      type: "extend",
      at: "2025-01-06T09:00:00Z",
      deadline: "fca_psd_final_response",
      by: { businessDays: 21 },
    });
    expect(tooLong).toMatchObject({ ok: false, issues: [{ code: "extension_too_long" }] });
  });
});

describe("US CFPB", () => {
  const policy = presetPolicy("us-cfpb", NEW_YORK);

  it("15 and 60 calendar days in the company's zone, holidays and weekends included", () => {
    // Received Wed 11-20: day 15 is Thu 12-05; day 60 is Sun 2025-01-19 (no roll forward).
    const state = open(policy, "2024-11-20T10:00:00-05:00");
    expect(dueAt(policy, state, "cfpb_response", "2024-11-21T00:00:00Z")).toBe("2024-12-06T05:00:00.000Z");
    expect(dueAt(policy, state, "cfpb_final_response", "2024-11-21T00:00:00Z")).toBe("2025-01-20T05:00:00.000Z");
  });

  it("an 'in progress' answer stops the 15-day clock; the final response stops the 60-day one", () => {
    const state = open(policy, "2024-11-20T10:00:00-05:00", [
      { type: "acknowledge", at: "2024-11-21T10:00:00-05:00" },
      { type: "assess", at: "2024-12-02T10:00:00-05:00" },
    ]);
    const status = complaintStatus(policy, state, "2024-12-10T00:00:00Z");
    expect(status.deadlines.map((d) => d.status)).toEqual(["met", "running"]);
    expect(status.nextCheckAt).toBe("2025-01-20T05:00:00.001Z");
  });
});
