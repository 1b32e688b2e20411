// Regression tests for the edge bugs the reference model found (issue 11), each named after the law
// of CONTRACT §2 it broke. Calendar UTC, Mon–Fri 09:00–17:00; 2024-03-04 is a Monday.
import { describe, expect, it } from "vitest";
import { defineSlaPolicy, evaluateSla, type SlaPolicyInput, type TicketEvent } from "../../src/sla/index.js";

const hours: [string, string][] = [["09:00", "17:00"]];
const calendar = { timeZone: "UTC", week: { mon: hours, tue: hours, wed: hours, thu: hours, fri: hours } };
const policy = (rest: Omit<SlaPolicyInput, "id" | "calendar">) => defineSlaPolicy({ id: "laws", calendar, ...rest });
const metricOf = (p: ReturnType<typeof policy>, events: TicketEvent[], now: string) => {
  const report = evaluateSla(p, events, now);
  return { report, metric: report.metrics[0] };
};
const created = (priority: string): TicketEvent => ({ type: "created", at: "2024-03-04T09:00:00Z", priority });

describe("an escalation whose threshold is exactly T is listed only once the cycle is breached", () => {
  const p = policy({ metrics: [{ id: "fr", kind: "first_response", targets: { default: "PT1H" } }], escalations: [{ level: 1, at: 1 }] });

  it("at the due instant itself the cycle is running and lists no escalation; nextCheckAt is dueAt + 1 ms", () => {
    const { report, metric } = metricOf(p, [created("normal")], "2024-03-04T10:00:00Z");
    expect(metric).toMatchObject({ status: "running", dueAt: "2024-03-04T10:00:00.000Z", breachedAt: null, escalations: [] });
    expect(report.nextCheckAt).toBe("2024-03-04T10:00:00.001Z");
  });

  it("one millisecond later it is breached and the escalation is listed, fired at breachedAt", () => {
    const { metric } = metricOf(p, [created("normal")], "2024-03-04T10:00:00.001Z");
    expect(metric).toMatchObject({
      status: "breached",
      breachedAt: "2024-03-04T10:00:00.000Z",
      escalations: [{ level: 1, firedAt: "2024-03-04T10:00:00.000Z" }],
    });
  });

  it("a reply at the due instant is met and the escalation never fires", () => {
    const { metric } = metricOf(p, [created("normal"), { type: "agent_reply", at: "2024-03-04T10:00:00Z" }], "2024-03-04T12:00:00Z");
    expect(metric).toMatchObject({ status: "met", breachedAt: null, escalations: [] });
  });

  it('`after: "PT0S"` is the same threshold: nextCheckAt before the due is dueAt + 1 ms', () => {
    const zero = policy({ metrics: [{ id: "fr", kind: "first_response", targets: { default: "PT1H" } }], escalations: [{ level: 1, after: "PT0S" }] });
    const { report } = metricOf(zero, [created("normal")], "2024-03-04T09:30:00Z");
    expect(report.nextCheckAt).toBe("2024-03-04T10:00:00.001Z");
  });
});

describe("a priority change to a priority with an equal target is no change", () => {
  const p = policy({ metrics: [{ id: "fr", kind: "first_response", targets: { low: "PT1H", high: "PT1H" } }] });

  it("a ticket breached at 10:00 stays breached after low → high at 18:00", () => {
    const { metric } = metricOf(p, [created("low"), { type: "priority", at: "2024-03-04T18:00:00Z", priority: "high" }], "2024-03-04T19:00:00Z");
    expect(metric).toMatchObject({
      status: "breached",
      priority: "high",
      breachedAt: "2024-03-04T10:00:00.000Z",
      dueAt: "2024-03-04T10:00:00.000Z",
      remaining: -7 * 3_600_000,
    });
  });

  it("equal means same duration and same clock: the same duration on the wall clock is a change", () => {
    const wall = policy({ metrics: [{ id: "fr", kind: "first_response", targets: { low: "PT1H", high: { target: "PT1H", businessHours: false } } }] });
    const { metric } = metricOf(wall, [created("low"), { type: "priority", at: "2024-03-04T09:30:00Z", priority: "high" }], "2024-03-04T09:45:00Z");
    expect(metric).toMatchObject({ status: "running", businessHours: false, dueAt: "2024-03-04T10:00:00.000Z" });
  });
});

describe("thresholds are independent: each fires at its own instant, whatever the order of their values", () => {
  const events: TicketEvent[] = [created("normal"), { type: "priority", at: "2024-03-04T20:00:00Z", priority: "high" }];

  it("a breach escalation is not held back behind a 75 % warning that fires later", () => {
    const p = policy({
      metrics: [{ id: "fr", kind: "first_response", targets: { normal: "PT16H", high: { businessDays: 0 } } }],
      warnAt: [0.75],
      escalations: [{ level: 1, at: 1 }],
    });
    const { report, metric } = metricOf(p, events, "2024-03-04T21:00:00Z");
    // A business-day due already passed fires at the change itself (the due is a close); the 75 %
    // warning, already passed too, waits for the next opening.
    expect(metric).toMatchObject({
      status: "breached",
      breachedAt: "2024-03-04T20:00:00.000Z",
      escalations: [{ level: 1, firedAt: "2024-03-04T20:00:00.000Z" }],
      warnings: [],
    });
    expect(report.nextCheckAt).toBe("2024-03-05T09:00:00.000Z");
  });

  it("a warning at T fires at dueAt, not after a lower warning", () => {
    const p = policy({ metrics: [{ id: "fr", kind: "first_response", targets: { normal: "PT16H", high: { businessDays: 0 } } }], warnAt: [0.75, 1] });
    const { metric } = metricOf(p, events, "2024-03-04T21:00:00Z");
    expect(metric?.warnings).toEqual([{ kind: "fraction", value: 1, firedAt: "2024-03-04T20:00:00.000Z" }]);
  });
});

describe("a warning whose threshold equals T fires at dueAt, whatever rule dueAt follows", () => {
  it("on a business-day target: at the close itself", () => {
    const p = policy({ metrics: [{ id: "res", kind: "resolution", targets: { default: { businessDays: 0 } } }], warnAt: [1] });
    const { metric } = metricOf(p, [created("normal")], "2024-03-04T17:00:00Z");
    expect(metric).toMatchObject({
      status: "running",
      dueAt: "2024-03-04T17:00:00.000Z",
      warnings: [{ kind: "fraction", value: 1, firedAt: "2024-03-04T17:00:00.000Z" }],
    });
  });

  it("on a duration target running out at a close: at the next opening", () => {
    const p = policy({ metrics: [{ id: "res", kind: "resolution", targets: { default: "PT8H" } }], warnBefore: ["PT0S"] });
    const { metric } = metricOf(p, [created("normal")], "2024-03-05T09:00:00Z");
    expect(metric).toMatchObject({
      status: "running",
      dueAt: "2024-03-05T09:00:00.000Z",
      warnings: [{ kind: "before", value: 0, firedAt: "2024-03-05T09:00:00.000Z" }],
    });
  });
});
