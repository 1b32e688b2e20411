import { describe, expect, it } from "vitest";
import { defineCalendar, type CalendarInput } from "../../src/calendar/index.js";
import { validateCommitment } from "../../src/commitment/index.js";
import { isPledgeError } from "../../src/index.js";

// Small hand-made histories: the arithmetic of attainment, comparisons and the sample threshold.
const reply = (target: string | number, extra: Record<string, unknown> = {}) => ({
  id: "reply",
  standard: { metric: "first_response", target, ...extra },
});
const at = "2025-01-06T09:00:00Z";
const span = (minutes: number) => ({ start: at, end: new Date(Date.parse(at) + minutes * 60_000).toISOString() });

describe("achievability arithmetic", () => {
  it("counts { start, end } cases within the target (at_most includes the target itself)", () => {
    const history = [span(30), span(60), span(61), span(120)]; // 60 min target: 30 ✓ 60 ✓ 61 ✗ 120 ✗
    const review = validateCommitment(reply("PT1H"), { history, minSample: 4 });
    expect(review.attainment).toEqual({ sample: 4, met: 2, rate: 0.5, promised: 1, sufficient: true });
    expect(review.smart.achievable.issues.map((i) => i.params)).toEqual([{ observed: 0.5, sample: 4, met: 2, promised: 1 }]);
  });

  it("less_than excludes the target itself", () => {
    const history = [span(30), span(60)];
    const review = validateCommitment(reply("PT1H", { comparison: "less_than" }), { history, minSample: 2 });
    expect(review.attainment?.met).toBe(1);
  });

  it("a promised attainment is met exactly at the boundary (19 of 20 = 95%)", () => {
    const history = [...Array.from({ length: 19 }, () => span(10)), span(500)];
    const review = validateCommitment(reply("PT1H", { attainment: 0.95 }), { history, minSample: 20 });
    expect(review.attainment).toMatchObject({ met: 19, rate: 0.95 });
    expect(review.smart.achievable.issues).toEqual([]);
    const short = validateCommitment(reply("PT1H", { attainment: 0.951 }), { history, minSample: 20 });
    expect(short.smart.achievable.issues.map((i) => i.code)).toEqual(["unachievable_target"]);
  });

  it("{ at, value } cases are milliseconds for a duration target and plain numbers otherwise", () => {
    const durations = [
      { at, value: 3_600_000 },
      { at, value: 3_600_001 },
    ];
    expect(validateCommitment(reply("PT1H"), { history: durations, minSample: 2 }).attainment?.met).toBe(1);
    const scores = [80, 85, 90, 84.9].map((value) => ({ at, value }));
    const csat = { id: "csat", standard: { metric: "csat", target: 85, unit: "percent" } };
    expect(validateCommitment(csat, { history: scores, minSample: 4 }).attainment).toMatchObject({ met: 2, rate: 0.5 }); // at_least
    const complaints = { id: "complaints", standard: { metric: "complaint_rate", target: 3, unit: "percent", comparison: "at_most" as const } };
    expect(validateCommitment(complaints, { history: [2, 3, 4].map((value) => ({ at, value })), minSample: 3 }).attainment?.met).toBe(2);
  });

  it("{ at, met } cases count as given, mixed with measured ones", () => {
    const history = [{ at, met: true }, { at, met: false }, span(5)];
    expect(validateCommitment(reply("PT1H"), { history, minSample: 3 }).attainment).toMatchObject({ sample: 3, met: 2 });
  });

  it("below minSample: insufficient_history (a warning) and never unachievable_target", () => {
    const history = Array.from({ length: 29 }, () => span(500));
    const review = validateCommitment(reply("PT1H"), { history });
    expect(review.smart.achievable.issues.map((i) => [i.code, i.severity, i.params])).toEqual([
      ["insufficient_history", "warning", { sample: 29, minSample: 30 }],
    ]);
    expect(review.attainment).toMatchObject({ sample: 29, met: 0, rate: 0, sufficient: false });
    const thirty = validateCommitment(reply("PT1H"), { history: [...history, span(500)] });
    expect(thirty.smart.achievable.issues.map((i) => i.code)).toEqual(["unachievable_target"]);
  });

  it("an empty history is insufficient and has no attainment figure", () => {
    const review = validateCommitment(reply("PT1H"), { history: [] });
    expect(review.smart.achievable.issues.map((i) => i.code)).toEqual(["insufficient_history"]);
    expect(review.attainment).toBeUndefined();
  });

  it("without a target there is nothing to measure against (missing_target says so)", () => {
    const review = validateCommitment({ id: "x", standard: { metric: "first_response" } }, { history: [span(1)] });
    expect(review.smart.achievable.issues).toEqual([]);
    expect(review.attainment).toBeUndefined();
  });
});

describe("achievability in business time", () => {
  // Mon–Fri 09:00–12:00 and 13:00–18:00 in Shanghai; 2024-10-01…07 National Day; Sat 2024-10-12 a make-up working day.
  const calendar: CalendarInput = {
    timeZone: "Asia/Shanghai",
    week: Object.fromEntries(
      ["mon", "tue", "wed", "thu", "fri"].map((d) => [
        d,
        [
          ["09:00", "12:00"],
          ["13:00", "18:00"],
        ],
      ]),
    ),
    holidays: [{ from: "2024-10-01", to: "2024-10-07", name: "国庆节" }],
    specialDays: {
      "2024-10-12": [
        ["09:00", "12:00"],
        ["13:00", "18:00"],
      ],
    },
  };
  const local = (text: string) => `${text}:00+08:00`;
  const cases = [
    { start: local("2024-10-15T11:30"), end: local("2024-10-15T13:45") }, // 0.5 h + 0.75 h over lunch = 1.25 h ✓ (wall 2.25 h)
    { start: local("2024-10-18T17:30"), end: local("2024-10-21T10:00") }, // Fri 0.5 h + Mon 1 h = 1.5 h ✓ (wall 64.5 h)
    { start: local("2024-09-30T17:00"), end: local("2024-10-08T09:30") }, // 1 h before the holiday + 0.5 h after ✓
    { start: local("2024-10-11T17:00"), end: local("2024-10-14T09:30") }, // Fri 1 h + Sat (调休) 9 h + Mon 0.5 h = 10.5 h ✗
    { start: local("2024-10-16T10:00"), end: local("2024-10-16T13:30") }, // 2 h + 0.5 h = 2.5 h ✗
  ];
  const standard = { metric: "first_response", target: "PT2H", businessHours: true };

  it("measures { start, end } cases in business time on the calendar", () => {
    const review = validateCommitment({ id: "r", standard }, { history: cases, calendar, minSample: 5 });
    expect(review.attainment).toEqual({ sample: 5, met: 3, rate: 0.6, promised: 1, sufficient: true });
  });

  it("measures the same cases in elapsed time when the standard does not count business hours", () => {
    const review = validateCommitment({ id: "r", standard: { ...standard, businessHours: false } }, { history: cases, calendar, minSample: 5 });
    expect(review.attainment?.met).toBe(0);
  });

  it("accepts a calendar from defineCalendar as well as its JSON", () => {
    const defined = defineCalendar(calendar);
    expect(validateCommitment({ id: "r", standard }, { history: cases, calendar: defined })).toEqual(
      validateCommitment({ id: "r", standard }, { history: cases, calendar }),
    );
  });

  it("a bad calendar is an invalid_calendar error", () => {
    try {
      validateCommitment({ id: "r", standard }, { history: cases, calendar: { timeZone: "Mars/Olympus" } });
      expect.unreachable();
    } catch (error) {
      expect(isPledgeError(error) && error.code).toBe("invalid_calendar");
    }
  });
});
