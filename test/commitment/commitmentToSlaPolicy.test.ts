import { describe, expect, it } from "vitest";
import { isPledgeError } from "../../src/index.js";
import { calendarDefinition, defineCalendar, type CalendarInput } from "../../src/calendar/index.js";
import { commitmentToSlaPolicy, defineCommitment, slaKindOf } from "../../src/commitment/index.js";
import { defineSlaPolicy, evaluateSla } from "../../src/sla/index.js";

const calendar: CalendarInput = { timeZone: "Asia/Shanghai", week: { mon: [["09:00", "18:00"]], tue: [["09:00", "18:00"]] } };
const commitments = [
  { id: "reply-vip", title: "VIP enquiries answered within 1 hour", standard: { metric: "first_response", target: "PT1H", priority: "urgent" } },
  { id: "reply", title: "Every enquiry answered within 4 business hours", standard: { metric: "first_response", target: "PT4H", businessHours: true } },
  { id: "fix", title: "故障3个工作日内解决", standard: { metric: "resolution", target: { hours: 24 }, businessHours: true } },
];

const issuesOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (isPledgeError(error)) return { code: error.code, issues: error.issues.map((i) => ({ code: i.code, path: i.path, params: i.params })) };
  }
  return undefined;
};

describe("commitmentToSlaPolicy", () => {
  it("turns time-limit commitments into the SlaPolicyInput JSON shape, one metric per standard.metric", () => {
    const policy = commitmentToSlaPolicy(commitments, { id: "from-commitments", calendar, pauseOn: { resolution: ["pending_customer"] }, warnAt: [0.75] });
    expect(policy).toEqual({
      id: "from-commitments",
      calendar,
      metrics: [
        {
          id: "first_response",
          kind: "first_response",
          targets: { urgent: { target: "PT1H", businessHours: false }, default: { target: "PT4H", businessHours: true } },
        },
        { id: "resolution", kind: "resolution", targets: { default: { target: "PT24H", businessHours: true } }, pauseOn: ["pending_customer"] },
      ],
      warnAt: [0.75],
      meta: { commitments: { first_response: { urgent: "reply-vip", default: "reply" }, resolution: { default: "fix" } } },
    });
    expect(JSON.parse(JSON.stringify(policy))).toEqual(policy);
    expect(policy.calendar).not.toBe(calendar);
  });

  it("maps other metric names to SLA kinds through `kinds`", () => {
    const policy = commitmentToSlaPolicy([{ id: "c", standard: { metric: "首次响应", target: "PT2H" } }], { id: "p", kinds: { 首次响应: "first_response" } });
    expect(policy.metrics).toEqual([{ id: "首次响应", kind: "first_response", targets: { default: { target: "PT2H", businessHours: false } } }]);
    expect(policy).not.toHaveProperty("calendar");
  });

  it("slaKindOf tells which commitments can drive an SLA", () => {
    const all = [
      ...commitments,
      { id: "csat", standard: { metric: "csat", target: 85, unit: "percent" } },
      { id: "min", standard: { metric: "resolution", target: "PT1H", comparison: "at_least" as const } },
    ];
    expect(all.map((c) => slaKindOf(defineCommitment(c)) ?? null)).toEqual(["first_response", "first_response", "resolution", null, null]);
  });

  it("refuses commitments that are not SLA time limits, duplicate targets and business hours without a calendar", () => {
    expect(issuesOf(() => commitmentToSlaPolicy([{ id: "csat", standard: { metric: "csat", target: 85, unit: "percent" } }], { id: "p" }))).toEqual({
      code: "invalid_argument",
      issues: [{ code: "not_sla_commitment", path: ["commitments", 0], params: { id: "csat" } }],
    });
    expect(issuesOf(() => commitmentToSlaPolicy([commitments[1]!, { ...commitments[1]!, id: "again" }], { id: "p", calendar }))?.issues).toEqual([
      { code: "duplicate_sla_target", path: ["commitments", 1], params: { first: "reply", second: "again", metric: "first_response", priority: "default" } },
    ]);
    expect(issuesOf(() => commitmentToSlaPolicy(commitments, { id: "p" }))?.issues.map((i) => i.code)).toEqual(["calendar_required"]);
  });

  it("takes the calendar as JSON or from defineCalendar, and rejects a bad one at conversion", () => {
    const defined = defineCalendar(calendar);
    expect(commitmentToSlaPolicy(commitments, { id: "p", calendar: defined }).calendar).toEqual(JSON.parse(JSON.stringify(calendarDefinition(defined))));
    expect(issuesOf(() => commitmentToSlaPolicy(commitments, { id: "p", calendar: { timeZone: "Asia/Shanghai" } }))?.code).toBe("invalid_calendar");
  });
});

describe("one definition drives both: the generated policy in pledgekit/sla", () => {
  it("is accepted by defineSlaPolicy and times tickets against the commitments' targets", () => {
    const policy = defineSlaPolicy(commitmentToSlaPolicy(commitments, { id: "from-commitments", calendar }));
    // Created Monday 2024-10-14 17:00 Shanghai, normal priority: 4 business hours → due Tuesday 12:00.
    const created = { type: "created" as const, at: "2024-10-14T17:00:00+08:00", priority: "normal" };
    const report = evaluateSla(policy, [created], "2024-10-15T09:00:00+08:00");
    const first = report.metrics.find((m) => m.id === "first_response");
    expect(first).toMatchObject({ status: "running", target: 4 * 3_600_000, dueAt: "2024-10-15T04:00:00.000Z" });
    // An urgent ticket uses the VIP commitment's wall-clock hour.
    const urgent = evaluateSla(policy, [{ ...created, priority: "urgent" }], "2024-10-14T18:30:00+08:00");
    expect(urgent.metrics.find((m) => m.id === "first_response")).toMatchObject({ status: "breached", dueAt: "2024-10-14T10:00:00.000Z" });
  });
});
