import { describe, expect, it } from "vitest";
import { isPledgeError, type PledgeError } from "../../src/core/index.js";
import { formatIssue } from "../../src/formatIssue.js";
import { defineSlaPolicy, evaluateSla, type TicketEvent } from "../../src/sla/index.js";
import { HOUR, MINUTE, standardPolicy, z } from "../fixtures/sla.js";

const standard = defineSlaPolicy(standardPolicy);

function thrown(fn: () => unknown): PledgeError {
  try {
    fn();
  } catch (error) {
    if (isPledgeError(error)) return error;
    throw error;
  }
  throw new Error("expected a PledgeError");
}

const created: TicketEvent = { type: "created", at: "2024-06-17T09:00:00+08:00", priority: "normal" };

describe("evaluateSla: event log", () => {
  it("accepts Date, epoch-ms and ISO instants alike", () => {
    const iso = evaluateSla(standard, [created, { type: "agent_reply", at: "2024-06-17T10:00:00+08:00" }], "2024-06-17T12:00:00+08:00");
    const ms = evaluateSla(
      standard,
      [
        { ...created, at: Date.parse(created.at as string) },
        { type: "agent_reply", at: Date.parse("2024-06-17T02:00:00Z") },
      ],
      Date.parse("2024-06-17T04:00:00Z"),
    );
    const dates = evaluateSla(
      standard,
      [
        { ...created, at: new Date(created.at as string) },
        { type: "agent_reply", at: new Date("2024-06-17T02:00:00Z") },
      ],
      new Date("2024-06-17T04:00:00Z"),
    );
    expect(ms).toEqual(iso);
    expect(dates).toEqual(iso);
    expect(iso.evaluatedAt).toBe("2024-06-17T04:00:00.000Z");
    expect(iso.policyId).toBe("standard");
  });

  it("orders events by time, created first among ties, and ignores events after now", () => {
    const events: TicketEvent[] = [
      { type: "agent_reply", at: "2024-06-17T10:00:00+08:00" },
      { type: "customer_reply", at: "2024-06-17T09:00:00+08:00" },
      created,
      { type: "resolved", at: "2024-06-17T18:00:00+08:00" }, // after now
    ];
    const report = evaluateSla(standard, events, "2024-06-17T12:00:00+08:00");
    expect(report.metrics.find((m) => m.id === "first_response")).toMatchObject({ status: "met", elapsed: HOUR });
    // The customer's message at creation time starts a next_reply wait (none has run yet).
    expect(report.metrics.find((m) => m.id === "next_reply")).toMatchObject({ status: "met", elapsed: HOUR });
    expect(report.metrics.find((m) => m.id === "resolution")).toMatchObject({ status: "running", elapsed: 3 * HOUR });
  });

  it("a log whose created lies after now has nothing started", () => {
    const report = evaluateSla(standard, [created], "2024-06-17T08:00:00+08:00");
    expect(report.metrics.map((m) => m.status)).toEqual(["not_started", "not_started", "not_started"]);
    expect(report.metrics[0]).toMatchObject({ priority: null, target: 8 * HOUR, elapsed: 0, dueAt: null });
    expect(report.nextCheckAt).toBeNull();
  });

  it("rejects an unknown type, an unknown field, a bad instant, with the event's index", () => {
    const error = thrown(() =>
      evaluateSla(
        standard,
        [created, { type: "note", at: "2024-06-17T10:00:00+08:00" } as never, { type: "agent_reply", at: "2024-06-17T10:00", by: "ann" } as never],
        "2024-06-17T12:00:00+08:00",
      ),
    );
    expect(error.code).toBe("invalid_event");
    expect(error.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["unknown_event_type", ["events", 1, "type"]],
      ["unknown_event_field", ["events", 2, "by"]],
      ["ambiguous_instant", ["events", 2, "at"]],
    ]);
    expect(error.message).toContain("events[1].type");
    expect(formatIssue(error.issues[0]!, "zh-CN")).toContain("未知的事件类型");
  });

  it("rejects an event before created and a second created", () => {
    const error = thrown(() =>
      evaluateSla(
        standard,
        [{ type: "agent_reply", at: "2024-06-17T08:00:00+08:00" }, created, { ...created, at: "2024-06-17T10:00:00+08:00" }],
        "2024-06-17T12:00:00+08:00",
      ),
    );
    expect(error.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["event_before_created", ["events", 0]],
      ["duplicate_created", ["events", 2]],
    ]);
    expect(error.issues[0]?.message).toContain("event 0");
  });

  it("rejects a priority with no target and no default, naming the event", () => {
    const strict = defineSlaPolicy({ id: "strict", metrics: [{ id: "fr", kind: "first_response", targets: { high: "PT1H" }, businessHours: false }] });
    const error = thrown(() => evaluateSla(strict, [{ type: "created", at: 0, priority: "low" }], 1000));
    expect(error.code).toBe("invalid_event");
    expect(error.issues[0]).toMatchObject({ code: "no_target_for_priority", path: ["events", 0, "priority"] });
    expect(error.issues[0]?.message).toContain('"low"');
  });

  it("lenient: skips bad events and lists them in the report", () => {
    const report = evaluateSla(
      standard,
      [{ type: "agent_reply", at: "2024-06-17T08:00:00+08:00" }, created, { type: "wave", at: "2024-06-17T10:00:00+08:00" } as never],
      "2024-06-17T12:00:00+08:00",
      { lenient: true },
    );
    expect(report.skipped?.map((issue) => issue.path)).toEqual([
      ["events", 2, "type"],
      ["events", 0],
    ]);
    expect(report.metrics[0]).toMatchObject({ status: "running", elapsed: 3 * HOUR });
    expect(evaluateSla(standard, [created], "2024-06-17T12:00:00+08:00").skipped).toBeUndefined();
    expect(evaluateSla(standard, [created], "2024-06-17T12:00:00+08:00", { lenient: true }).skipped).toEqual([]);
  });

  it("rejects a bad now, a non-array event list and a foreign policy", () => {
    expect(thrown(() => evaluateSla(standard, [created], "2024-06-17T12:00")).code).toBe("invalid_argument");
    expect(thrown(() => evaluateSla(standard, {} as never, 0)).code).toBe("invalid_argument");
    expect(thrown(() => evaluateSla({ id: "x" } as never, [created], 0)).code).toBe("invalid_argument");
  });

  it("never mutates the events and returns JSON-safe plain data", () => {
    const events: TicketEvent[] = [{ type: "agent_reply", at: "2024-06-17T10:00:00+08:00" }, created];
    const copy = JSON.parse(JSON.stringify(events));
    const report = evaluateSla(standard, events, "2024-06-17T12:00:00+08:00");
    expect(events).toEqual(copy);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe("evaluateSla: clocks", () => {
  it("a wall-clock metric counts nights and weekends", () => {
    const policy = defineSlaPolicy({ id: "wall", metrics: [{ id: "r", kind: "resolution", targets: { default: "PT24H" }, businessHours: false }] });
    const report = evaluateSla(policy, [{ type: "created", at: "2024-06-14T18:00:00Z", priority: "p" }], "2024-06-15T12:00:00Z");
    expect(report.metrics[0]).toMatchObject({ elapsed: 18 * HOUR, dueAt: "2024-06-15T18:00:00.000Z", businessHours: false });
  });

  it("a custom metric: time to acknowledge, paused on on_hold", () => {
    const policy = defineSlaPolicy({
      ...standardPolicy,
      id: "ack",
      metrics: [
        {
          id: "acknowledge",
          kind: "custom",
          name: "Time to acknowledge",
          targets: { default: "PT1H" },
          start: [{ event: "created" }],
          stop: [{ event: "status", status: ["acknowledged", "closed"] }],
          cycles: "once",
        },
      ],
    });
    const events: TicketEvent[] = [created, { type: "status", at: "2024-06-17T09:40:00+08:00", status: "acknowledged" }];
    const report = evaluateSla(policy, events, "2024-06-17T12:00:00+08:00");
    expect(report.metrics[0]).toMatchObject({ id: "acknowledge", kind: "custom", name: "Time to acknowledge", status: "met", elapsed: 40 * MINUTE });
  });

  it("a custom metric: a periodic update every 2 business hours, one cycle per update", () => {
    const policy = defineSlaPolicy({
      ...standardPolicy,
      id: "updates",
      metrics: [
        {
          id: "update",
          kind: "custom",
          targets: { default: "PT2H" },
          start: [{ event: "created" }, { event: "agent_reply" }],
          stop: [{ event: "agent_reply" }, { event: "resolved" }],
        },
      ],
      warnAt: [],
      warnBefore: [],
      escalations: [],
    });
    const events: TicketEvent[] = [created, { type: "agent_reply", at: "2024-06-17T10:00:00+08:00" }, { type: "agent_reply", at: "2024-06-17T13:00:00+08:00" }];
    const report = evaluateSla(policy, events, "2024-06-17T14:00:00+08:00");
    const update = report.metrics[0]!;
    expect(update.cycles.map((c) => [c.status, c.elapsed])).toEqual([
      ["met", HOUR],
      ["breached", 3 * HOUR],
      ["running", HOUR],
    ]);
    expect(update).toMatchObject({ breachedCycles: 1, dueAt: z("2024-06-17T15:00:00+08:00") });
  });

  it("breached wins over paused, with paused alongside", () => {
    const events: TicketEvent[] = [created, { type: "status", at: "2024-06-18T09:30:00+08:00", status: "on_hold" }];
    const resolution = evaluateSla(standard, events, "2024-06-18T12:00:00+08:00").metrics[2]!;
    expect(resolution).toMatchObject({ status: "breached", paused: true, breachedAt: z("2024-06-17T17:00:00+08:00"), elapsed: 9.5 * HOUR });
  });

  it("next_reply: a wait ended by resolved needs an agent reply before the next one", () => {
    const events: TicketEvent[] = [
      created,
      { type: "customer_reply", at: "2024-06-17T10:00:00+08:00" },
      { type: "resolved", at: "2024-06-17T11:00:00+08:00" },
      { type: "reopened", at: "2024-06-17T12:00:00+08:00" },
      { type: "customer_reply", at: "2024-06-17T13:00:00+08:00" },
      { type: "agent_reply", at: "2024-06-17T14:00:00+08:00" },
      { type: "customer_reply", at: "2024-06-17T15:00:00+08:00" },
    ];
    const nr = evaluateSla(standard, events, "2024-06-17T16:00:00+08:00").metrics[1]!;
    expect(nr.cycles.map((c) => c.startedAt)).toEqual([z("2024-06-17T10:00:00+08:00"), z("2024-06-17T15:00:00+08:00")]);
  });
});
