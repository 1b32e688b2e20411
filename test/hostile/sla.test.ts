// Hostile, huge and tampered input to pledgekit/sla: each answer is a PledgeError with the exact
// code and path, or a right value — never a raw TypeError/RangeError, NaN, a hang or an echo of the
// caller's objects. Plus the cost law: one evaluation makes a bounded number of calendar operations
// whatever `now` is.
import { describe, expect, it } from "vitest";
import { isPledgeError } from "../../src/core/index.js";
import { defineSlaPolicy, evaluateSla, evaluateSlaBatch, explainSla, renderSlaTimeline, type SlaPolicyInput, type TicketEvent } from "../../src/sla/index.js";
import { calendarCallCount } from "../../src/sla/internal/fold.js";

const hours: [string, string][] = [["09:00", "17:00"]];
const calendar = { timeZone: "UTC", week: { mon: hours, tue: hours, wed: hours, thu: hours, fri: hours } };
const policy = defineSlaPolicy({
  id: "hostile",
  calendar,
  metrics: [
    { id: "first_response", kind: "first_response", targets: { default: "PT4H" } },
    { id: "resolution", kind: "resolution", targets: { default: { businessDays: 2 } }, pauseOn: ["pending_customer"] },
  ],
  warnAt: [0.5],
  escalations: [
    { level: 1, at: 1 },
    { level: 2, after: "PT10000H" },
  ],
});
const events: TicketEvent[] = [{ type: "created", at: "2024-03-04T09:00:00Z", priority: "normal" }];

/** The PledgeError `run` throws, as { code, paths }. */
function failure(run: () => unknown): { code: string; paths: string[] } {
  try {
    run();
  } catch (error) {
    if (!isPledgeError(error)) throw error;
    return { code: error.code, paths: error.issues.map((issue) => issue.path.join(".")) };
  }
  throw new Error("expected a PledgeError");
}

const definition = (patch: Partial<SlaPolicyInput>) => () =>
  defineSlaPolicy({ id: "p", calendar, metrics: [{ id: "fr", kind: "first_response", targets: { default: "PT1H" } }], ...patch });

describe("hostile input to pledgekit/sla", () => {
  const cases: [string, () => unknown, string, string[]][] = [
    // Issue 12 #1 and #16: far-future instants are refused, naming `now` (no year walking, no RangeError).
    ["a microsecond timestamp as now", () => evaluateSla(policy, events, 1_733_000_000_000_000), "invalid_argument", ["now"]],
    ["now in the year 9999", () => evaluateSla(policy, events, "9999-06-01T00:00:00Z"), "invalid_argument", ["now"]],
    ["now = 7391485770752625", () => explainSla(policy, events, 7_391_485_770_752_625), "invalid_argument", ["now"]],
    ["now = +275760-09-13", () => evaluateSla(policy, events, "+275760-09-13T00:00:00Z"), "invalid_argument", ["now"]],
    ["now before year 2", () => evaluateSla(policy, events, "0001-06-01T00:00:00Z"), "invalid_argument", ["now"]],
    ["now = NaN", () => evaluateSla(policy, events, Number.NaN), "invalid_argument", ["now"]],
    // Issue 12 #22: explainSla at the range edges names `now` and `events[i].at`, not internal arguments.
    [
      "explainSla, an event in year 9999",
      () => explainSla(policy, [{ type: "created", at: "9999-12-31T00:00:00Z", priority: "n" }], "2024-03-04T09:00:00Z"),
      "invalid_event",
      ["events.0.at"],
    ],
    ["explainSla, now at the upper edge", () => explainSla(policy, events, "9999-01-01T00:00:00Z"), "invalid_argument", ["now"]],
    [
      "an event at +275760",
      () => evaluateSla(policy, [events[0] as TicketEvent, { type: "agent_reply", at: 8.64e15 }], "2024-03-05T00:00:00Z"),
      "invalid_event",
      ["events.1.at"],
    ],
    // Issue 12 #16: huge durations are refused at definition.
    [
      "a wall-clock target of MAX_SAFE_INTEGER ms",
      definition({ metrics: [{ id: "fr", kind: "first_response", businessHours: false, targets: { default: Number.MAX_SAFE_INTEGER } }] }),
      "invalid_policy",
      ["metrics.0.targets.default"],
    ],
    [
      "a target of 1e300 ms",
      definition({ metrics: [{ id: "fr", kind: "first_response", businessHours: false, targets: { default: { target: 1e300, businessHours: false } } }] }),
      "invalid_policy",
      ["metrics.0.targets.default.target"],
    ],
    ["an escalation 1e300 ms after breach", definition({ escalations: [{ level: 1, after: 1e300 }] }), "invalid_policy", ["escalations.0.after"]],
    ["warnBefore of 200 years", definition({ warnBefore: ["PT1752000H"] }), "invalid_policy", ["warnBefore.0"]],
    // (Reported through the target union: the branch reports both keys; the limit is 10,000.)
    [
      "businessDays of 1e9",
      definition({ metrics: [{ id: "fr", kind: "first_response", targets: { default: { businessDays: 1e9 } } }] }),
      "invalid_policy",
      ["metrics.0.targets.default.target", "metrics.0.targets.default.businessDays"],
    ],
    // Issue 12 #17: null and wrong-typed arguments.
    ["evaluateSlaBatch(p, null, now)", () => evaluateSlaBatch(policy, null as never, "2024-03-04T10:00:00Z"), "invalid_argument", ["tickets"]],
    ["evaluateSlaBatch(p, [null], now)", () => evaluateSlaBatch(policy, [null] as never, "2024-03-04T10:00:00Z"), "invalid_argument", ["tickets.0.events"]],
    ["evaluateSla(p, null, now)", () => evaluateSla(policy, null as never, "2024-03-04T10:00:00Z"), "invalid_argument", ["events"]],
    ["evaluateSla(null, events, now)", () => evaluateSla(null as never, events, "2024-03-04T10:00:00Z"), "invalid_argument", ["policy"]],
    [
      "evaluateSla with a forged policy",
      () => evaluateSla({ kind: "SlaPolicy", id: "x", definition: {}, calendar: null } as never, events, "2024-03-04T10:00:00Z"),
      "invalid_argument",
      ["policy"],
    ],
    ["renderSlaTimeline(null)", () => renderSlaTimeline(null as never), "invalid_argument", ["explanation"]],
    ["renderSlaTimeline({})", () => renderSlaTimeline({} as never), "invalid_argument", ["explanation"]],
    ["renderSlaTimeline(e, null)", () => renderSlaTimeline(explainSla(policy, events, "2024-03-04T10:00:00Z"), null as never), "invalid_argument", ["options"]],
    [
      "renderSlaTimeline(e, { metrics: 5 })",
      () => renderSlaTimeline(explainSla(policy, events, "2024-03-04T10:00:00Z"), { metrics: 5 } as never),
      "invalid_argument",
      ["options.metrics"],
    ],
    [
      "renderSlaTimeline with a metric without cycles",
      () => renderSlaTimeline({ evaluatedAt: "2024-03-04T10:00:00.000Z", metrics: [{ id: "x" }] } as never),
      "invalid_argument",
      ["explanation.metrics.0"],
    ],
    // Tampered events.
    [
      "an event of an unknown type",
      () => evaluateSla(policy, [...events, { type: "escalate", at: "2024-03-04T10:00:00Z" } as never], "2024-03-05T00:00:00Z"),
      "invalid_event",
      ["events.1.type"],
    ],
    [
      "an event with an unknown field",
      () => evaluateSla(policy, [{ ...events[0], extra: 1 } as never], "2024-03-05T00:00:00Z"),
      "invalid_event",
      ["events.0.extra"],
    ],
    [
      "an event before created",
      () => evaluateSla(policy, [{ type: "agent_reply", at: "2024-03-04T08:00:00Z" }, ...events], "2024-03-05T00:00:00Z"),
      "invalid_event",
      ["events.0"],
    ],
    [
      "an instant without an offset",
      () => evaluateSla(policy, [{ ...events[0], at: "2024-03-04T09:00" } as TicketEvent], "2024-03-05T00:00:00Z"),
      "invalid_event",
      ["events.0.at"],
    ],
    [
      "a __proto__ event field",
      () => evaluateSla(policy, [JSON.parse('{"type":"created","at":"2024-03-04T09:00:00Z","priority":"n","__proto__":{"x":1}}')], "2024-03-05T00:00:00Z"),
      "invalid_event",
      ["events.0.__proto__"],
    ],
  ];
  for (const [name, run, code, paths] of cases) {
    it(`${name} → ${code} at ${paths.join(", ")}`, () => {
      expect(failure(run)).toEqual({ code, paths });
    });
  }

  it("lenient skipped[].params are JSON-lossless: no NaN, no caller objects (issue 12 #14)", () => {
    const invalidDate = new Date(Number.NaN);
    const shape = { nested: [1, 2] };
    const report = evaluateSla(
      policy,
      [
        ...events,
        { type: "agent_reply", at: Number.NaN },
        { type: "agent_reply", at: invalidDate },
        shape as never,
        { type: "status", at: "2024-03-04T10:00:00Z", status: Number.NaN } as never,
      ],
      "2024-03-05T00:00:00Z",
      { lenient: true },
    );
    expect(report.skipped?.map((issue) => issue.path.join("."))).toEqual(["events.1.at", "events.2.at", "events.3.type", "events.3.at", "events.4.status"]);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    for (const issue of report.skipped ?? []) {
      for (const value of Object.values(issue.params)) {
        expect(value).not.toBe(invalidDate);
        expect(value).not.toBe(shape);
        if (typeof value === "number") expect(Number.isFinite(value)).toBe(true);
      }
    }
  });
});

describe("cost law: one evaluation makes a bounded number of calendar operations, whatever now is", () => {
  const ticket: TicketEvent[] = [
    ...events,
    { type: "status", at: "2024-03-04T11:00:00Z", status: "pending_customer" },
    { type: "status", at: "2024-03-05T11:00:00Z", status: "open" },
    { type: "customer_reply", at: "2024-03-05T12:00:00Z" },
  ];
  const steps = (now: string): number => {
    const before = calendarCallCount();
    evaluateSla(policy, ticket, now);
    return calendarCallCount() - before;
  };

  // (The calendar's own operations must not walk years either: that is the calendar's cost law.)
  it("the count at now = 2024 and now = 9998 is the same, and small", () => {
    const near = steps("2024-03-06T00:00:00Z");
    expect(steps("9998-12-31T00:00:00Z")).toBe(near);
    expect(steps("5000-01-01T00:00:00Z")).toBe(near);
    // events × metrics × (thresholds + due + measuring), with room to spare.
    expect(near).toBeLessThanOrEqual(ticket.length * 2 * (3 + 3));
  });
});

describe("explainSla over a span of millennia", () => {
  it("lists at most the first 2,000 periods, says so, and keeps every total exact", () => {
    const now = "9998-06-01T00:00:00Z";
    const explanation = explainSla(policy, events, now);
    const report = evaluateSla(policy, events, now);
    for (const [m, metric] of explanation.metrics.entries()) {
      for (const cycle of metric.cycles) {
        expect(cycle.periods.length).toBeLessThanOrEqual(2_000);
        if (cycle.periodsTruncated === true) expect(cycle.periods.length).toBe(2_000);
      }
      const last = metric.cycles[metric.cycles.length - 1];
      if (last !== undefined && report.metrics[m]?.status !== "not_started") expect(last.totals.counted).toBe(report.metrics[m]?.elapsed);
    }
    expect(explanation.metrics.some((metric) => metric.cycles.some((cycle) => cycle.periodsTruncated === true))).toBe(true);
  });

  it("a short span lists every period and no truncation flag", () => {
    const explanation = explainSla(policy, events, "2024-03-06T00:00:00Z");
    expect(explanation.metrics.every((metric) => metric.cycles.every((cycle) => cycle.periodsTruncated === undefined))).toBe(true);
  });
});
