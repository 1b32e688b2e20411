import { describe, expect, it } from "vitest";
import { isPledgeError } from "../../src/core/index.js";
import { defineSlaPolicy, evaluateSla, evaluateSlaBatch, type TicketEvent } from "../../src/sla/index.js";
import { HOUR, standardPolicy } from "../fixtures/sla.js";

const standard = defineSlaPolicy(standardPolicy);
const ticketA: TicketEvent[] = [{ type: "created", at: "2024-06-17T09:00:00+08:00", priority: "high" }];
const ticketB: TicketEvent[] = [
  { type: "created", at: "2024-06-17T10:00:00+08:00", priority: "normal" },
  { type: "agent_reply", at: "2024-06-17T10:30:00+08:00" },
];

describe("evaluateSlaBatch", () => {
  it("gives each ticket the report evaluateSla gives it", () => {
    const now = "2024-06-17T12:00:00+08:00";
    const reports = evaluateSlaBatch(standard, [ticketA, ticketB], now);
    expect(reports).toEqual([evaluateSla(standard, ticketA, now), evaluateSla(standard, ticketB, now)]);
    expect(reports[0]?.metrics[0]).toMatchObject({ status: "breached", elapsed: 3 * HOUR });
  });

  it("names the ticket and the event in errors; lenient skips per ticket", () => {
    const bad: TicketEvent[] = [...ticketB, { type: "agent_reply", at: "2024-06-17T11:00" }];
    try {
      evaluateSlaBatch(standard, [ticketA, bad], "2024-06-17T12:00:00+08:00");
      throw new Error("expected a throw");
    } catch (error) {
      expect(isPledgeError(error) && error.code).toBe("invalid_event");
      if (isPledgeError(error)) expect(error.issues[0]?.path).toEqual(["tickets", 1, "events", 2, "at"]);
    }
    const reports = evaluateSlaBatch(standard, [ticketA, bad], "2024-06-17T12:00:00+08:00", { lenient: true });
    expect(reports.map((r) => r.skipped?.length)).toEqual([0, 1]);
  });
});

describe("custom metrics", () => {
  it("cycles: resume carries counted time over a stop; conditions can filter on priority", () => {
    const policy = defineSlaPolicy({
      id: "vip",
      metrics: [
        {
          id: "vip_handling",
          kind: "custom",
          businessHours: false,
          targets: { default: "PT4H" },
          // Runs only while the ticket is urgent.
          start: [
            { event: "created", priority: "urgent" },
            { event: "priority", priority: "urgent" },
          ],
          stop: [{ event: "priority", priority: ["high", "normal", "low"] }, { event: "resolved" }],
          cycles: "resume",
        },
      ],
    });
    const events: TicketEvent[] = [
      { type: "created", at: "2024-06-17T00:00:00Z", priority: "normal" },
      { type: "priority", at: "2024-06-17T01:00:00Z", priority: "urgent" },
      { type: "priority", at: "2024-06-17T02:00:00Z", priority: "normal" },
      { type: "priority", at: "2024-06-17T05:00:00Z", priority: "urgent" },
    ];
    const metric = evaluateSla(policy, events, "2024-06-17T06:30:00Z").metrics[0]!;
    expect(metric).toMatchObject({ status: "running", elapsed: 2.5 * HOUR, dueAt: "2024-06-17T08:00:00.000Z", cycles: [{ index: 0 }] });
  });
});
