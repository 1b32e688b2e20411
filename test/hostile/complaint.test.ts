// Hostile, huge and tampered input for pledgekit/complaint: each case names the exact error code
// and issue path a caller gets (issue 12). Nothing here may hang, crash with a raw TypeError or
// RangeError, or answer silently wrong.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isPledgeError } from "../../src/core/index.js";
import {
  applyComplaintEvent,
  complaintPolicyLabels,
  complaintReport,
  complaintStatus,
  defaultComplaintPolicy,
  defaultComplaintPolicyInput,
  defineComplaintPolicy,
  openComplaint,
  regulatoryDeadlines,
  replayComplaint,
  type ComplaintDeadlineInput,
  type ComplaintState,
} from "../../src/complaint/index.js";
import { clockedPolicyInput } from "../fixtures/complaint.js";

const policy = defaultComplaintPolicy();
const clocked = defineComplaintPolicy(clockedPolicyInput());
const NOW = "2024-10-09T00:00:00Z";
const state = openComplaint(policy, { id: "X", receivedAt: "2024-10-08T01:00:00Z" });
const clockedState = openComplaint(clocked, { id: "X", receivedAt: "2024-10-08T01:00:00Z" });
const CAL = { timeZone: "UTC", week: { mon: [["09:00", "17:00"]] as [string, string][] } };
const withLength =
  (length: unknown, extra: Partial<ComplaintDeadlineInput> = {}) =>
  () =>
    defineComplaintPolicy({
      ...defaultComplaintPolicyInput(),
      calendar: CAL,
      deadlines: [{ id: "d", startOn: "received", stopOn: ["responded"], length: length as ComplaintDeadlineInput["length"], ...extra }],
    });
const tampered = (patch: Record<string, unknown>): ComplaintState => ({ ...state, ...patch }) as unknown as ComplaintState;

/** [what, call, code, path] — the call must throw a PledgeError with this code and first issue path. */
const THROWS: [string, () => unknown, string, (string | number)[]][] = [
  // 7, 11, 16: lengths refused at definition, naming the path
  ["a deadline of 1e9 business days", withLength({ businessDays: 1e9 }), "invalid_policy", ["deadlines", 0, "length", "businessDays"]],
  ["a deadline of 1e9 calendar days", withLength({ calendarDays: 1e9 }), "invalid_policy", ["deadlines", 0, "length", "calendarDays"]],
  ["a negative elapsed deadline", withLength({ elapsed: "-PT1H" }), "invalid_policy", ["deadlines", 0, "length", "elapsed"]],
  ["a zero business-time deadline", withLength({ businessTime: 0 }), "invalid_policy", ["deadlines", 0, "length", "businessTime"]],
  ["a zero calendar-day deadline", withLength({ calendarDays: 0 }), "invalid_policy", ["deadlines", 0, "length", "calendarDays"]],
  ["a negative week count", withLength({ weeks: -2 }), "invalid_policy", ["deadlines", 0, "length", "weeks"]],
  ["an elapsed deadline of MAX_SAFE_INTEGER ms", withLength({ elapsed: Number.MAX_SAFE_INTEGER }), "invalid_policy", ["deadlines", 0, "length", "elapsed"]],
  ["a business-time deadline of 1e300 ms", withLength({ businessTime: 1e300 }), "invalid_policy", ["deadlines", 0, "length", "businessTime"]],
  [
    "an extension limit of 1e9 days",
    withLength({ calendarDays: 5 }, { extensions: { max: 1, maxLength: { calendarDays: 1e9 } } }),
    "invalid_policy",
    ["deadlines", 0, "extensions", "maxLength", "calendarDays"],
  ],
  ["a negative warnBefore", withLength({ calendarDays: 5 }, { warnBefore: "-PT1H" }), "invalid_policy", ["deadlines", 0, "warnBefore"]],
  [
    "a business-day deadline without a calendar",
    () =>
      defineComplaintPolicy({
        ...defaultComplaintPolicyInput(),
        deadlines: [{ id: "d", startOn: "received", stopOn: ["responded"], length: { businessDays: 3 } }],
      }),
    "invalid_policy",
    ["deadlines", 0, "length"],
  ],
  ["a null policy input", () => defineComplaintPolicy(null as never), "invalid_policy", []],
  // 8, 17: presets
  ['regulatoryDeadlines("uk-fca")', () => regulatoryDeadlines("uk-fca" as never), "invalid_argument", ["preset"]],
  ['regulatoryDeadlines("constructor")', () => regulatoryDeadlines("constructor" as never), "invalid_argument", ["preset"]],
  ["regulatoryDeadlines(null)", () => regulatoryDeadlines(null as never), "invalid_argument", ["preset"]],
  ['regulatoryDeadlines("__proto__")', () => regulatoryDeadlines("__proto__" as never), "invalid_argument", ["preset"]],
  ["regulatoryDeadlines(x, null)", () => regulatoryDeadlines("us-cfpb", null as never), "invalid_argument", ["steps"]],
  ["regulatoryDeadlines(x, { inProgress: [] })", () => regulatoryDeadlines("us-cfpb", { inProgress: [] }), "invalid_argument", ["steps", "inProgress"]],
  // 12, 18: tampered stored state
  ['updatedAt "garbage"', () => complaintStatus(policy, tampered({ updatedAt: "garbage" }), NOW), "invalid_state", ["state", "updatedAt"]],
  ["stepEnteredAt NaN", () => complaintStatus(policy, tampered({ stepEnteredAt: Number.NaN }), NOW), "invalid_state", ["state", "stepEnteredAt"]],
  ["receivedAt without Z", () => complaintStatus(policy, tampered({ receivedAt: "2024-10-08T01:00:00" }), NOW), "invalid_state", ["state", "receivedAt"]],
  ["sentiment 5", () => complaintStatus(policy, tampered({ sentiment: 5 }), NOW), "invalid_state", ["state", "sentiment"]],
  ["reopenCount -1", () => complaintStatus(policy, tampered({ reopenCount: -1 }), NOW), "invalid_state", ["state", "reopenCount"]],
  ["schemaVersion 2", () => complaintStatus(policy, tampered({ schemaVersion: 2 }), NOW), "invalid_state", ["state", "schemaVersion"]],
  ["an unknown step", () => complaintStatus(policy, tampered({ step: "limbo" }), NOW), "invalid_state", ["state", "step"]],
  ["another policy's state", () => complaintStatus(clocked, state, NOW), "invalid_state", ["state", "policyId"]],
  [
    "contacts out of order",
    () => complaintStatus(policy, tampered({ contacts: ["2024-10-08T02:00:00.000Z", "2024-10-08T01:00:00.000Z"] }), NOW),
    "invalid_state",
    ["state", "contacts", 1],
  ],
  [
    "updatedAt before receivedAt",
    () => complaintStatus(policy, tampered({ updatedAt: "2024-10-07T00:00:00.000Z" }), NOW),
    "invalid_state",
    ["state", "updatedAt"],
  ],
  ["an unknown key", () => complaintStatus(policy, tampered({ hacked: true }), NOW), "invalid_state", ["state", "hacked"]],
  ...(["contacts", "history", "owners", "firedRules", "missedCommitments", "rootCauses", "checklist", "clocks", "level"] as const).flatMap(
    (key): [string, () => unknown, string, (string | number)[]][] => [
      [
        `null ${key} in applyComplaintEvent`,
        () => applyComplaintEvent(policy, tampered({ [key]: null }), { type: "tick", at: NOW }),
        "invalid_state",
        ["state", key],
      ],
      [`null ${key} in complaintStatus`, () => complaintStatus(policy, tampered({ [key]: null }), NOW), "invalid_state", ["state", key]],
      [`null ${key} in complaintReport`, () => complaintReport(policy, [state, tampered({ [key]: null })], NOW), "invalid_state", ["states", 1, key]],
    ],
  ),
  [
    "201 pauses on one clock",
    () =>
      complaintStatus(
        clocked,
        {
          ...clockedState,
          clocks: {
            ...clockedState.clocks,
            ack: { ...clockedState.clocks.ack!, pauses: Array(201).fill({ from: clockedState.receivedAt, to: clockedState.receivedAt, reason: null }) },
          },
        },
        NOW,
      ),
    "invalid_state",
    ["state", "clocks", "ack", "pauses"],
  ],
  // 17, 23: null and wrong-typed arguments
  ["complaintReport(p, null, now)", () => complaintReport(policy, null as never, NOW), "invalid_argument", ["states"]],
  ["complaintReport(p, [null], now)", () => complaintReport(policy, [null] as never, NOW), "invalid_state", ["states", 0]],
  ["complaintReport(p, states, null)", () => complaintReport(policy, [state], null as never), "invalid_argument", ["now"]],
  ["replayComplaint(p, in, null)", () => replayComplaint(policy, { id: "X", receivedAt: NOW }, null as never), "invalid_argument", ["events"]],
  ["replayComplaint(p, in, [null])", () => replayComplaint(policy, { id: "X", receivedAt: NOW }, [null] as never), "invalid_event", ["events", 0]],
  [
    "replayComplaint with a local time at events[1]",
    () =>
      replayComplaint(policy, { id: "X", receivedAt: NOW }, [
        { type: "tick", at: NOW },
        { type: "tick", at: "2024-10-09T01:00:00" },
      ]),
    "invalid_event",
    ["events", 1, "at"],
  ],
  ["replayComplaint(p, null, [])", () => replayComplaint(policy, null as never, []), "invalid_argument", ["input"]],
  ["applyComplaintEvent(p, s, null)", () => applyComplaintEvent(policy, state, null as never), "invalid_event", ["event"]],
  ["an event of an unknown type", () => applyComplaintEvent(policy, state, { type: "explode", at: NOW } as never), "invalid_event", ["event", "type"]],
  [
    "an extension of 1e9 days",
    () => applyComplaintEvent(policy, state, { type: "extend", at: NOW, deadline: "d", by: { calendarDays: 1e9 } }),
    "invalid_event",
    ["event", "by", "calendarDays"],
  ],
  ["complaintStatus(p, null, now)", () => complaintStatus(policy, null as never, NOW), "invalid_state", ["state"]],
  ["complaintStatus(p, s, null)", () => complaintStatus(policy, state, null as never), "invalid_argument", ["now"]],
  ["complaintStatus at +275760-09-13", () => complaintStatus(policy, state, "+275760-09-13T00:00:00Z"), "invalid_argument", ["now"]],
  ["openComplaint(p, null)", () => openComplaint(policy, null as never), "invalid_argument", ["input"]],
  ["openComplaint with an unknown class", () => openComplaint(policy, { id: "X", receivedAt: NOW, class: "vip" }), "invalid_argument", ["input", "class"]],
  [
    "a forged policy",
    () => complaintStatus({ kind: "pledgekit.complaint_policy", id: "x", definition: {} } as never, state, NOW),
    "invalid_argument",
    ["policy"],
  ],
  ["complaintPolicyLabels(null)", () => complaintPolicyLabels(null as never), "invalid_argument", ["policy"]],
];

describe("hostile input to pledgekit/complaint", () => {
  it.each(THROWS)("%s → PledgeError", (_what, call, code, path) => {
    let thrown: unknown;
    try {
      call();
    } catch (error) {
      thrown = error;
    }
    expect(isPledgeError(thrown), String(thrown)).toBe(true);
    const error = thrown as { code: string; issues: { path: (string | number)[] }[] };
    expect({ code: error.code, path: error.issues[0]?.path }).toEqual({ code, path });
  });

  it("a paused-clock flood is refused past the per-clock limit, with the path of the deadline", () => {
    const events = Array.from({ length: 402 }, (_, i) => ({
      type: (i % 2 === 0 ? "pause" : "resume") as "pause" | "resume",
      at: new Date(Date.parse("2024-10-08T02:00:00Z") + i * 1000).toISOString(),
      ...(i % 2 === 0 ? { deadlines: ["final"] } : {}),
    }));
    const replay = replayComplaint(clocked, { id: "X", receivedAt: "2024-10-08T01:00:00Z" }, events);
    expect(replay.state.clocks.final!.pauses).toHaveLength(200);
    expect(replay.refused[0]).toMatchObject({ index: 400, issues: [{ code: "too_many_pauses", path: ["deadlines", 0] }] });
  });

  it("resume and pause with nothing to act on name what was asked", () => {
    expect(applyComplaintEvent(clocked, clockedState, { type: "resume", at: NOW })).toMatchObject({
      ok: false,
      issues: [{ code: "nothing_to_resume", path: ["deadlines"], params: { deadlines: ["ack", "final", "fixed"] } }],
    });
    expect(applyComplaintEvent(policy, state, { type: "pause", at: NOW })).toMatchObject({
      ok: false,
      issues: [{ code: "nothing_to_pause", path: ["deadlines"], params: { pausable: [] } }],
    });
  });

  it("never mutates the stored state it is given, even when refusing", () => {
    const frozen = JSON.parse(JSON.stringify(clockedState)) as ComplaintState;
    const copy = JSON.stringify(frozen);
    applyComplaintEvent(clocked, frozen, { type: "close", at: NOW });
    applyComplaintEvent(clocked, frozen, { type: "pause", at: NOW, deadlines: ["fixed"] });
    complaintStatus(clocked, frozen, NOW);
    expect(JSON.stringify(frozen)).toBe(copy);
  });
});

describe("fuzz: arbitrary values in every argument position", () => {
  const runs = process.env.PLEDGEKIT_DEEP ? 10_000 : 300;
  const junk = fc.oneof(fc.anything(), fc.jsonValue(), fc.constantFrom(null, undefined, Number.NaN, "", "garbage", [null], {}));
  const validState = clockedState;
  const calls: [string, (a: unknown, b: unknown) => unknown][] = [
    ["defineComplaintPolicy", (a) => defineComplaintPolicy(a as never)],
    ["openComplaint", (a) => openComplaint(clocked, a as never)],
    ["applyComplaintEvent(event)", (a) => applyComplaintEvent(clocked, validState, a as never)],
    ["applyComplaintEvent(state)", (a, b) => applyComplaintEvent(clocked, a as never, b as never)],
    [
      "applyComplaintEvent(junk state fields)",
      (a) => applyComplaintEvent(clocked, { ...validState, ...(typeof a === "object" ? a : { step: a }) } as never, { type: "tick", at: NOW }),
    ],
    ["complaintStatus", (a, b) => complaintStatus(clocked, a as never, b as never)],
    ["complaintStatus(now)", (a, b) => complaintStatus(clocked, validState, a as never, b as never)],
    ["complaintReport", (a, b) => complaintReport(clocked, a as never, b as never)],
    ["replayComplaint", (a, b) => replayComplaint(clocked, a as never, b as never)],
    ["replayComplaint(events)", (a) => replayComplaint(clocked, { id: "X", receivedAt: NOW }, [a] as never)],
    ["regulatoryDeadlines", (a, b) => regulatoryDeadlines(a as never, b as never)],
    ["complaintPolicyLabels", (a, b) => complaintPolicyLabels(a as never, b as never)],
  ];
  it.each(calls)(
    "%s: the only exception is a PledgeError whose issues have paths",
    (_name, call) => {
      fc.assert(
        fc.property(junk, junk, (a, b) => {
          try {
            call(a, b);
          } catch (error) {
            expect(isPledgeError(error), String(error)).toBe(true);
            for (const issue of (error as { issues: { path: unknown }[] }).issues) expect(Array.isArray(issue.path)).toBe(true);
          }
        }),
        { numRuns: runs },
      );
    },
    900_000,
  );
});
