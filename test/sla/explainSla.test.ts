import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defineSlaPolicy, evaluateSla, explainSla, type TicketEvent } from "../../src/sla/index.js";
import { nowArb, ticketArb } from "../arbitraries/sla.js";
import { HOUR, standardPolicy, z } from "../fixtures/sla.js";

const standard = defineSlaPolicy(standardPolicy);

// Thu 2024-06-13 14:00 created; Fri 10:00 pending_customer; Mon 06-17 15:00 open; now Mon 17:00.
const paused: TicketEvent[] = [
  { type: "created", at: "2024-06-13T14:00:00+08:00", priority: "normal" },
  { type: "agent_reply", at: "2024-06-13T14:30:00+08:00" },
  { type: "status", at: "2024-06-14T10:00:00+08:00", status: "pending_customer" },
  { type: "status", at: "2024-06-17T15:00:00+08:00", status: "open" },
];

describe("explainSla", () => {
  it("lists the counted, closed and paused periods behind the resolution figure", () => {
    const explanation = explainSla(standard, paused, "2024-06-17T17:00:00+08:00");
    const resolution = explanation.metrics.find((m) => m.id === "resolution")!;
    const cycle = resolution.cycles[0]!;
    expect(cycle.periods.map((p) => [p.kind, p.start, p.end])).toEqual([
      ["counted", z("2024-06-13T14:00:00+08:00"), z("2024-06-13T18:00:00+08:00")],
      ["closed", z("2024-06-13T18:00:00+08:00"), z("2024-06-14T09:00:00+08:00")],
      ["counted", z("2024-06-14T09:00:00+08:00"), z("2024-06-14T10:00:00+08:00")],
      ["paused", z("2024-06-14T10:00:00+08:00"), z("2024-06-17T15:00:00+08:00")],
      ["counted", z("2024-06-17T15:00:00+08:00"), z("2024-06-17T17:00:00+08:00")],
    ]);
    expect(cycle.totals).toEqual({ counted: 7 * HOUR, paused: 3 * 24 * HOUR + 5 * HOUR, closed: 15 * HOUR, stopped: 0 });
    expect(cycle.totals.counted).toBe(explanation.report.metrics[2]!.elapsed);
    expect(cycle.changes.map((c) => [c.change, c.event])).toEqual([
      ["started", 0],
      ["paused", 2],
      ["resumed", 3],
    ]);
    expect(cycle.thresholds.map((t) => [t.kind, t.threshold, t.at, t.fired])).toEqual([
      ["warning", 4 * HOUR, z("2024-06-14T09:00:00+08:00"), true],
      ["warning", 6 * HOUR, z("2024-06-17T16:00:00+08:00"), true],
      ["warning", 7.5 * HOUR, z("2024-06-17T17:30:00+08:00"), false],
      ["escalation", 8 * HOUR, z("2024-06-18T09:00:00+08:00"), false],
      ["due", 8 * HOUR, z("2024-06-18T09:00:00+08:00"), false],
      ["escalation", 10 * HOUR, z("2024-06-18T11:00:00+08:00"), false],
    ]);
    expect(cycle.summary).toBe("running: counted 7 h, paused 3 d 5 h, closed 15 h; due 2024-06-18T01:00:00.000Z");
    expect(explainSla(standard, paused, "2024-06-17T17:00:00+08:00", { locale: "zh-CN" }).metrics[2]!.cycles[0]!.summary).toBe(
      "计时中：计时 7 小时，暂停 3 天 5 小时，非营业时间 15 小时；到期 2024-06-18T01:00:00.000Z",
    );
  });

  it("shows a resolved-then-reopened clock's stopped period", () => {
    const events: TicketEvent[] = [
      { type: "created", at: "2024-06-17T09:00:00+08:00", priority: "normal" },
      { type: "resolved", at: "2024-06-17T12:00:00+08:00" },
      { type: "reopened", at: "2024-06-18T09:00:00+08:00" },
    ];
    const resolution = explainSla(standard, events, "2024-06-18T10:00:00+08:00").metrics[2]!;
    expect(resolution.cycles[0]!.periods.map((p) => p.kind)).toEqual(["counted", "stopped", "counted"]);
    expect(resolution.totals).toMatchObject({ counted: 4 * HOUR, stopped: 21 * HOUR });
  });

  it("carries the same report as evaluateSla and survives a JSON round trip", () => {
    const explanation = explainSla(standard, paused, "2024-06-17T17:00:00+08:00");
    expect(explanation.report).toEqual(evaluateSla(standard, paused, "2024-06-17T17:00:00+08:00"));
    expect(JSON.parse(JSON.stringify(explanation))).toEqual(explanation);
  });

  describe("properties", () => {
    it("counted periods add up to the counted time, and periods never overlap", () => {
      fc.assert(
        fc.property(
          ticketArb().chain((t) => fc.tuple(fc.constant(t), nowArb(t))),
          ([ticket, now]) => {
            const explanation = explainSla(standard, ticket.events, now);
            explanation.metrics.forEach((metric, m) => {
              metric.cycles.forEach((cycle, c) => {
                const report = explanation.report.metrics[m]!.cycles[c]!;
                // Under keep_elapsed (no restart) every counted millisecond is in the cycle's elapsed time.
                expect(cycle.totals.counted).toBe(report.elapsed);
                for (let k = 1; k < cycle.periods.length; k++) expect(cycle.periods[k]!.start >= cycle.periods[k - 1]!.end).toBe(true);
              });
            });
          },
        ),
        { numRuns: 100 },
      );
    });
  });
});
