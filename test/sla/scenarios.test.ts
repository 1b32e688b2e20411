// Scenario tests with hand-checked expected values (see the working in each comment).
import { describe, expect, it } from "vitest";
import { defineSlaPolicy, evaluateSla, type MetricReport, type SlaReport, type TicketEvent } from "../../src/sla/index.js";
import { HOUR, MINUTE, newYorkDesk, overnightDesk, shanghaiDesk, standardPolicy, z } from "../fixtures/sla.js";

const standard = defineSlaPolicy(standardPolicy);
const restartPolicy = defineSlaPolicy({ ...standardPolicy, id: "restart", onPriorityChange: "restart" });

function metric(report: SlaReport, id: string): MetricReport {
  const found = report.metrics.find((m) => m.id === id);
  if (found === undefined) throw new Error(`no metric ${id}`);
  return found;
}

describe("a ticket created Friday 16:30 before a holiday Monday", () => {
  // Fri 2024-06-07 16:30 (+08:00); Mon 06-10 is a holiday; desk 09:00–18:00.
  const events: TicketEvent[] = [{ type: "created", at: "2024-06-07T16:30:00+08:00", priority: "normal" }];

  it("counts Friday's 1.5 h and is due Tuesday 11:30 (2.5 h after Tuesday's opening)", () => {
    const report = evaluateSla(standard, events, "2024-06-10T12:00:00+08:00");
    const fr = metric(report, "first_response");
    expect(fr).toMatchObject({
      status: "running",
      priority: "normal",
      businessHours: true,
      target: 4 * HOUR,
      elapsed: 1.5 * HOUR,
      remaining: 2.5 * HOUR,
      startedAt: z("2024-06-07T16:30:00+08:00"),
      dueAt: z("2024-06-11T11:30:00+08:00"),
      breachedAt: null,
      completedAt: null,
      warnings: [],
      escalations: [],
    });
    // resolution (PT8H): 6.5 h left from Tuesday 09:00 → 15:30.
    expect(metric(report, "resolution").dueAt).toBe(z("2024-06-11T15:30:00+08:00"));
    expect(metric(report, "next_reply").status).toBe("not_started");
    // The first warning (50 % = 2 h counted) fires Tuesday 09:30, not on the holiday.
    expect(report.nextCheckAt).toBe(z("2024-06-11T09:30:00+08:00"));
  });

  it("a reply Tuesday 11:10 is met, with the warnings that fired on the way", () => {
    const report = evaluateSla(standard, [...events, { type: "agent_reply", at: "2024-06-11T11:10:00+08:00" }], "2024-06-11T12:00:00+08:00");
    expect(metric(report, "first_response")).toMatchObject({
      status: "met",
      elapsed: 1.5 * HOUR + 2 * HOUR + 10 * MINUTE,
      dueAt: z("2024-06-11T11:30:00+08:00"),
      completedAt: z("2024-06-11T11:10:00+08:00"),
      breachedAt: null,
      warnings: [
        { kind: "fraction", value: 0.5, firedAt: z("2024-06-11T09:30:00+08:00") },
        { kind: "fraction", value: 0.75, firedAt: z("2024-06-11T10:30:00+08:00") },
        { kind: "before", value: 30 * MINUTE, firedAt: z("2024-06-11T11:00:00+08:00") },
      ],
      escalations: [],
    });
  });

  it("a one-business-day target is due at Tuesday's close (Monday is a holiday)", () => {
    const policy = defineSlaPolicy({
      id: "days",
      calendar: shanghaiDesk,
      metrics: [{ id: "resolution", kind: "resolution", targets: { default: { businessDays: 1 } } }],
    });
    const report = evaluateSla(policy, events, "2024-06-10T12:00:00+08:00");
    // Fri 16:30–18:00 (1.5 h) + Tue 09:00–18:00 (9 h).
    expect(metric(report, "resolution")).toMatchObject({ target: 10.5 * HOUR, elapsed: 1.5 * HOUR, dueAt: z("2024-06-11T18:00:00+08:00") });
    expect(report.nextCheckAt).toBe(z("2024-06-11T18:00:00.001+08:00"));
    const late = evaluateSla(policy, events, "2024-06-11T18:00:00.001+08:00");
    expect(metric(late, "resolution")).toMatchObject({ status: "breached", breachedAt: z("2024-06-11T18:00:00+08:00") });
  });
});

describe("a ticket paused on pending_customer across a weekend", () => {
  // Thu 2024-06-13 14:00 created; Fri 10:00 pending_customer; Mon 06-17 15:00 back to open.
  const events: TicketEvent[] = [
    { type: "created", at: "2024-06-13T14:00:00+08:00", priority: "normal" },
    { type: "agent_reply", at: "2024-06-13T14:30:00+08:00" },
    { type: "status", at: "2024-06-14T10:00:00+08:00", status: "pending_customer" },
    { type: "status", at: "2024-06-17T15:00:00+08:00", status: "open" },
  ];

  it("is paused over the weekend with 5 h counted and no due instant", () => {
    const report = evaluateSla(standard, events, "2024-06-15T12:00:00+08:00");
    expect(metric(report, "resolution")).toMatchObject({
      status: "paused",
      paused: true,
      elapsed: 5 * HOUR, // Thu 14–18 + Fri 09–10
      remaining: 3 * HOUR,
      dueAt: null,
      // 50 % (4 h) was reached at Thursday's close: it fires at Friday's opening.
      warnings: [{ kind: "fraction", value: 0.5, firedAt: z("2024-06-14T09:00:00+08:00") }],
    });
    expect(metric(report, "first_response").status).toBe("met");
    expect(report.nextCheckAt).toBeNull();
  });

  it("resumes Monday 15:00 and, running out at 18:00 (a close), is due Tuesday 09:00", () => {
    const report = evaluateSla(standard, events, "2024-06-17T17:00:00+08:00");
    expect(metric(report, "resolution")).toMatchObject({
      status: "running",
      paused: false,
      elapsed: 7 * HOUR,
      remaining: 1 * HOUR,
      dueAt: z("2024-06-18T09:00:00+08:00"),
      warnings: [
        { kind: "fraction", value: 0.5, firedAt: z("2024-06-14T09:00:00+08:00") },
        { kind: "fraction", value: 0.75, firedAt: z("2024-06-17T16:00:00+08:00") },
      ],
    });
    // 30 minutes before breach = 7.5 h counted = Monday 17:30.
    expect(report.nextCheckAt).toBe(z("2024-06-17T17:30:00+08:00"));
  });
});

describe("a target that runs out exactly at closing time", () => {
  // Mon 2024-06-17 10:00 + 8 business hours = 18:00, the close: due at Tuesday's opening.
  const created: TicketEvent = { type: "created", at: "2024-06-17T10:00:00+08:00", priority: "normal" };

  it("is not breached overnight; the next check is the opening", () => {
    const report = evaluateSla(standard, [created], "2024-06-17T20:00:00+08:00");
    expect(metric(report, "resolution")).toMatchObject({
      status: "running",
      elapsed: 8 * HOUR,
      remaining: 0,
      dueAt: z("2024-06-18T09:00:00+08:00"),
      breachedAt: null,
      escalations: [],
    });
    // The 100 % escalation fires at the due but is listed only once breached, one ms later.
    expect(report.nextCheckAt).toBe(z("2024-06-18T09:00:00.001+08:00"));
  });

  it("a resolution before the desk reopens, or at the opening itself, is on time", () => {
    for (const at of ["2024-06-17T23:00:00+08:00", "2024-06-18T09:00:00+08:00"]) {
      const report = evaluateSla(standard, [created, { type: "resolved", at }], "2024-06-18T12:00:00+08:00");
      expect(metric(report, "resolution")).toMatchObject({ status: "met", breachedAt: null, completedAt: z(at), dueAt: z("2024-06-18T09:00:00+08:00") });
    }
  });

  it("one second after the opening it is breached at the opening, with escalation 1 there", () => {
    const report = evaluateSla(standard, [created, { type: "resolved", at: "2024-06-18T09:00:01+08:00" }], "2024-06-18T12:00:00+08:00");
    expect(metric(report, "resolution")).toMatchObject({
      status: "breached",
      breachedAt: z("2024-06-18T09:00:00+08:00"),
      dueAt: z("2024-06-18T09:00:00+08:00"),
      escalations: [{ level: 1, firedAt: z("2024-06-18T09:00:00+08:00") }],
    });
  });

  it("turns breached one millisecond after the due instant", () => {
    const atDue = evaluateSla(standard, [created], "2024-06-18T09:00:00+08:00");
    // At the due the cycle is still on time: the escalation at T waits for the breach.
    expect(metric(atDue, "resolution")).toMatchObject({ status: "running", escalations: [] });
    expect(atDue.nextCheckAt).toBe(z("2024-06-18T09:00:00.001+08:00"));
    const after = evaluateSla(standard, [created], "2024-06-18T09:00:00.001+08:00");
    expect(metric(after, "resolution")).toMatchObject({
      status: "breached",
      breachedAt: z("2024-06-18T09:00:00+08:00"),
      escalations: [{ level: 1, firedAt: z("2024-06-18T09:00:00+08:00") }],
    });
    // Escalation 2 = 2 h past breach = 10 h counted = Tuesday 11:00.
    expect(after.nextCheckAt).toBe(z("2024-06-18T11:00:00+08:00"));
  });
});

describe("a priority change from normal to urgent after 3 business hours", () => {
  // Mon 2024-06-17 15:00 created normal (PT4H business); Tue 09:00 urgent (PT4H wall-clock).
  const events: TicketEvent[] = [
    { type: "created", at: "2024-06-17T15:00:00+08:00", priority: "normal" },
    { type: "priority", at: "2024-06-18T09:00:00+08:00", priority: "urgent" },
  ];
  const now = "2024-06-18T09:45:00+08:00";

  it("keep_elapsed: the 3 h carry over against the urgent target; passed thresholds fire at the change", () => {
    const report = evaluateSla(standard, events, now);
    expect(metric(report, "first_response")).toMatchObject({
      status: "running",
      priority: "urgent",
      businessHours: false,
      target: 4 * HOUR,
      elapsed: 3 * HOUR + 45 * MINUTE,
      remaining: 15 * MINUTE,
      dueAt: z("2024-06-18T10:00:00+08:00"),
      warnings: [
        { kind: "fraction", value: 0.5, firedAt: z("2024-06-17T17:00:00+08:00") },
        { kind: "fraction", value: 0.75, firedAt: z("2024-06-18T09:00:00+08:00") },
        { kind: "before", value: 30 * MINUTE, firedAt: z("2024-06-18T09:30:00+08:00") },
      ],
    });
    expect(report.nextCheckAt).toBe(z("2024-06-18T10:00:00+08:00"));
  });

  it("restart: the clock starts again at the change; what fired before stays", () => {
    const report = evaluateSla(restartPolicy, events, now);
    expect(metric(report, "first_response")).toMatchObject({
      status: "running",
      priority: "urgent",
      businessHours: false,
      target: 4 * HOUR,
      elapsed: 45 * MINUTE,
      remaining: 3 * HOUR + 15 * MINUTE,
      dueAt: z("2024-06-18T13:00:00+08:00"),
      warnings: [{ kind: "fraction", value: 0.5, firedAt: z("2024-06-17T17:00:00+08:00") }],
    });
    // The resolution clock restarts too (45 min counted); first_response's 50 % is at 11:00 (wall-clock).
    expect(metric(report, "resolution").elapsed).toBe(45 * MINUTE);
    expect(report.nextCheckAt).toBe(z("2024-06-18T11:00:00+08:00"));
  });

  it("paused time is never counted in either mode", () => {
    const paused: TicketEvent[] = [
      { type: "created", at: "2024-06-17T15:00:00+08:00", priority: "normal" },
      { type: "status", at: "2024-06-17T16:00:00+08:00", status: "on_hold" },
      { type: "priority", at: "2024-06-18T09:00:00+08:00", priority: "urgent" },
      { type: "status", at: "2024-06-18T10:00:00+08:00", status: "open" },
    ];
    // resolution pauses on on_hold: 1 h before the pause, 45 min after it (business hours).
    expect(metric(evaluateSla(standard, paused, "2024-06-18T10:45:00+08:00"), "resolution").elapsed).toBe(HOUR + 45 * MINUTE);
    expect(metric(evaluateSla(restartPolicy, paused, "2024-06-18T10:45:00+08:00"), "resolution").elapsed).toBe(45 * MINUTE);
  });
});

describe("next_reply with three customer waits", () => {
  const events: TicketEvent[] = [
    { type: "created", at: "2024-06-17T09:00:00+08:00", priority: "normal" },
    { type: "agent_reply", at: "2024-06-17T09:30:00+08:00" },
    { type: "customer_reply", at: "2024-06-17T10:00:00+08:00" }, // wait 1
    { type: "agent_reply", at: "2024-06-17T11:00:00+08:00" },
    { type: "customer_reply", at: "2024-06-17T14:00:00+08:00" }, // wait 2
    { type: "customer_reply", at: "2024-06-17T15:00:00+08:00" }, // still waiting: no new cycle
    { type: "agent_reply", at: "2024-06-18T10:00:00+08:00" },
    { type: "customer_reply", at: "2024-06-18T11:00:00+08:00" }, // wait 3
  ];

  it("runs one cycle per wait, each with its own figures", () => {
    const report = evaluateSla(standard, events, "2024-06-18T16:00:00+08:00");
    const nr = metric(report, "next_reply");
    expect(nr.cycles).toHaveLength(3);
    expect(nr.cycles[0]).toMatchObject({
      index: 0,
      status: "met",
      elapsed: HOUR,
      dueAt: z("2024-06-17T14:00:00+08:00"),
      completedAt: z("2024-06-17T11:00:00+08:00"),
      warnings: [],
    });
    // Wait 2: 4 h runs out at Monday's close → due Tuesday 09:00; answered 10:00 → breached.
    expect(nr.cycles[1]).toMatchObject({
      index: 1,
      status: "breached",
      elapsed: 5 * HOUR,
      dueAt: z("2024-06-18T09:00:00+08:00"),
      breachedAt: z("2024-06-18T09:00:00+08:00"),
      completedAt: z("2024-06-18T10:00:00+08:00"),
      warnings: [
        { kind: "fraction", value: 0.5, firedAt: z("2024-06-17T16:00:00+08:00") },
        { kind: "fraction", value: 0.75, firedAt: z("2024-06-17T17:00:00+08:00") },
        { kind: "before", value: 30 * MINUTE, firedAt: z("2024-06-17T17:30:00+08:00") },
      ],
      escalations: [{ level: 1, firedAt: z("2024-06-18T09:00:00+08:00") }],
    });
    // Wait 3: due 15:00, still open at 16:00.
    expect(nr.cycles[2]).toMatchObject({ index: 2, status: "breached", elapsed: 5 * HOUR, breachedAt: z("2024-06-18T15:00:00+08:00"), completedAt: null });
    expect(nr).toMatchObject({ status: "breached", startedAt: z("2024-06-18T11:00:00+08:00"), breachedCycles: 2 });
    // Escalation 2 of wait 3 = 6 h counted = 17:00.
    expect(report.nextCheckAt).toBe(z("2024-06-18T17:00:00+08:00"));
  });
});

describe("reopen after resolve", () => {
  const events: TicketEvent[] = [
    { type: "created", at: "2024-06-17T09:00:00+08:00", priority: "normal" },
    { type: "resolved", at: "2024-06-17T12:00:00+08:00" },
    { type: "reopened", at: "2024-06-18T09:00:00+08:00" },
  ];

  it("while resolved, resolution is met and keeps the due it had", () => {
    const report = evaluateSla(standard, events, "2024-06-17T20:00:00+08:00");
    expect(metric(report, "resolution")).toMatchObject({
      status: "met",
      elapsed: 3 * HOUR,
      completedAt: z("2024-06-17T12:00:00+08:00"),
      dueAt: z("2024-06-17T17:00:00+08:00"),
    });
    // first_response stops at `resolved` when no agent replied first.
    expect(metric(report, "first_response")).toMatchObject({
      status: "met",
      elapsed: 3 * HOUR,
      completedAt: z("2024-06-17T12:00:00+08:00"),
      dueAt: z("2024-06-17T13:00:00+08:00"),
    });
  });

  it("reopening resumes the same clock: 3 h + 1 h, due Tuesday 14:00", () => {
    const report = evaluateSla(standard, events, "2024-06-18T10:00:00+08:00");
    expect(metric(report, "resolution")).toMatchObject({
      status: "running",
      elapsed: 4 * HOUR,
      remaining: 4 * HOUR,
      dueAt: z("2024-06-18T14:00:00+08:00"),
      completedAt: null,
      warnings: [{ kind: "fraction", value: 0.5, firedAt: z("2024-06-18T10:00:00+08:00") }],
    });
    expect(metric(report, "resolution").cycles).toHaveLength(1);
    expect(metric(report, "first_response").status).toBe("met");
  });
});

describe("a New York ticket across the November DST change", () => {
  // Fri 2024-11-01 16:00 EDT (20:00Z); clocks go back Sun 11-03; Monday opens 09:00 EST (14:00Z).
  const events: TicketEvent[] = [{ type: "created", at: "2024-11-01T16:00:00-04:00", priority: "normal" }];

  it("is due Monday 12:00 EST (17:00Z), not 16:00Z", () => {
    const policy = defineSlaPolicy({
      id: "ny",
      calendar: newYorkDesk,
      metrics: [{ id: "first_response", kind: "first_response", targets: { default: "PT4H" } }],
    });
    const report = evaluateSla(policy, events, "2024-11-04T10:00:00-05:00");
    expect(metric(report, "first_response")).toMatchObject({ elapsed: 2 * HOUR, remaining: 2 * HOUR, dueAt: "2024-11-04T17:00:00.000Z" });
  });

  it("counts the 25-hour fall-back Sunday of a weekend desk in real hours", () => {
    const weekend = {
      ...newYorkDesk,
      week: { ...newYorkDesk.week, sat: [["00:00", "24:00"]] as [string, string][], sun: [["00:00", "24:00"]] as [string, string][] },
    };
    const policy = defineSlaPolicy({ id: "ny-weekend", calendar: weekend, metrics: [{ id: "resolution", kind: "resolution", targets: { default: "PT49H" } }] });
    // Fri 1 h + Sat 24 h, then 24 real hours from Sun 00:00 EDT (04:00Z) = Sun 23:00 EST.
    const report = evaluateSla(policy, events, "2024-11-02T12:00:00-04:00");
    expect(metric(report, "resolution").dueAt).toBe("2024-11-04T04:00:00.000Z");
  });
});

describe("an overnight support desk (Mon–Fri 22:00–06:00)", () => {
  const policy = defineSlaPolicy({
    id: "night",
    calendar: overnightDesk,
    metrics: [
      { id: "first_response", kind: "first_response", targets: { default: "PT4H" } },
      { id: "resolution", kind: "resolution", targets: { default: { businessDays: 1 } } },
    ],
    warnAt: [0.5],
  });
  // Tue 2024-06-18 05:00 falls in Monday night's shift.
  const events: TicketEvent[] = [{ type: "created", at: "2024-06-18T05:00:00+08:00", priority: "normal" }];

  it("counts 1 h until 06:00 and resumes at 22:00: due Wednesday 01:00", () => {
    const report = evaluateSla(policy, events, "2024-06-18T12:00:00+08:00");
    expect(metric(report, "first_response")).toMatchObject({ elapsed: HOUR, dueAt: z("2024-06-19T01:00:00+08:00"), warnings: [] });
    // Start date Tue 06-18; the next business day is Wed 06-19, whose shift closes Thu 06:00.
    // Tue 05–06 (1 h) + Tue night (8 h) + Wed night (8 h) = 17 h.
    expect(metric(report, "resolution")).toMatchObject({ target: 17 * HOUR, dueAt: z("2024-06-20T06:00:00+08:00") });
    expect(report.nextCheckAt).toBe(z("2024-06-18T23:00:00+08:00"));
  });
});
