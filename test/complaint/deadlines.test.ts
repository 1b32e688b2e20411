import { describe, expect, it } from "vitest";
import { defineCalendar } from "../../src/calendar/index.js";
import {
  complaintStatus,
  defaultComplaintPolicyInput,
  defineComplaintPolicy,
  openComplaint,
  safeDefineComplaintPolicy,
  type ComplaintDeadlineInput,
  type ComplaintEventInput,
} from "../../src/complaint/index.js";
import { SHANGHAI_2024 } from "../fixtures/complaint.js";
import { fold } from "./helpers.js";

function dueOf(deadline: Omit<ComplaintDeadlineInput, "id" | "startOn" | "stopOn">, receivedAt: string, events: ComplaintEventInput[] = []): string | null {
  const policy = defineComplaintPolicy({
    ...defaultComplaintPolicyInput(),
    id: "counting",
    calendar: SHANGHAI_2024,
    deadlines: [{ id: "d", startOn: "received", stopOn: ["responded"], pausable: true, ...deadline }],
  });
  const { state } = fold(policy, openComplaint(policy, { id: "X", receivedAt }), events);
  return complaintStatus(policy, state, state.updatedAt).deadlines[0]!.dueAt;
}

// Thu 2024-09-26 10:00 in Shanghai; 09-29 (Sun) and 10-12 (Sat) are worked, 10-01..07 are holidays.
const THURSDAY = "2024-09-26T10:00:00+08:00";

describe("day counting rules", () => {
  it("business days: the anchor's date is not counted by default, cut off at close of business", () => {
    // 09-27 (1), Sun 09-29 (2, worked), 09-30 (3).
    expect(dueOf({ length: { businessDays: 3 } }, THURSDAY)).toBe("2024-09-30T10:00:00.000Z"); // 18:00 +08:00
  });

  it("business days: firstDay included counts the anchor's own business day", () => {
    expect(dueOf({ length: { businessDays: 3 }, counting: { firstDay: "included" } }, THURSDAY)).toBe("2024-09-29T10:00:00.000Z");
    // A Saturday that is not worked is not day 1: 09-28 received, 09-29 (1), 09-30 (2), 10-08 (3).
    expect(dueOf({ length: { businessDays: 3 }, counting: { firstDay: "included" } }, "2024-09-28T10:00:00+08:00")).toBe("2024-10-08T10:00:00.000Z");
  });

  it("business days cut off at the end of the day when asked", () => {
    expect(dueOf({ length: { businessDays: 3 }, counting: { cutOff: "end_of_day" } }, THURSDAY)).toBe("2024-09-30T16:00:00.000Z");
  });

  it("outside hours: a complaint received after close counts from the next business day", () => {
    const evening = "2024-09-27T20:00:00+08:00"; // Friday after close
    expect(dueOf({ length: { businessDays: 1 } }, evening)).toBe("2024-09-29T10:00:00.000Z"); // Sunday 09-29 is worked
    expect(dueOf({ length: { businessDays: 1 }, counting: { outsideHours: "next_business_day" } }, evening)).toBe("2024-09-30T10:00:00.000Z");
  });

  it("calendar days: roll forward off a holiday only when asked; close of business falls back to the last close", () => {
    // 09-26 + 7 = Thu 10-03, inside National Day.
    expect(dueOf({ length: { calendarDays: 7 } }, THURSDAY)).toBe("2024-10-03T16:00:00.000Z");
    expect(dueOf({ length: { calendarDays: 7 }, counting: { rollForward: true } }, THURSDAY)).toBe("2024-10-08T16:00:00.000Z");
    expect(dueOf({ length: { calendarDays: 7 }, counting: { cutOff: "close_of_business" } }, THURSDAY)).toBe("2024-09-30T10:00:00.000Z");
    expect(dueOf({ length: { calendarDays: 7 }, counting: { firstDay: "included" } }, THURSDAY)).toBe("2024-10-02T16:00:00.000Z");
  });

  it("weeks and months", () => {
    expect(dueOf({ length: { weeks: 2 } }, THURSDAY)).toBe("2024-10-10T16:00:00.000Z");
    expect(dueOf({ length: { months: 1 } }, THURSDAY)).toBe("2024-10-26T16:00:00.000Z");
    // Month ends clamp: 01-31 + 1 month = 02-29 (2024 is a leap year).
    expect(dueOf({ length: { months: 1 } }, "2024-01-31T10:00:00+08:00")).toBe("2024-02-29T16:00:00.000Z");
  });

  it("calendar-day pauses move the last day by the days they covered", () => {
    const events: ComplaintEventInput[] = [
      { type: "pause", at: "2024-09-27T10:00:00+08:00" },
      { type: "resume", at: "2024-09-30T09:00:00+08:00" },
    ];
    expect(dueOf({ length: { calendarDays: 10 } }, THURSDAY, events)).toBe("2024-10-09T16:00:00.000Z"); // 10-06 + 3
    // A pause within one day covers no whole day.
    const short: ComplaintEventInput[] = [
      { type: "pause", at: "2024-09-27T10:00:00+08:00" },
      { type: "resume", at: "2024-09-27T15:00:00+08:00" },
    ];
    expect(dueOf({ length: { calendarDays: 10 } }, THURSDAY, short)).toBe("2024-10-06T16:00:00.000Z");
  });
});

describe("time-counted deadlines", () => {
  it("business time skips nights, weekends and holidays, and paused time", () => {
    // Mon 09-30 16:00: 2 h that day, then National Day; Tue 10-08 09–12 and 13–16 make 8 h.
    expect(dueOf({ length: { businessTime: "PT8H" } }, "2024-09-30T16:00:00+08:00")).toBe("2024-10-08T08:00:00.000Z");
    const paused: ComplaintEventInput[] = [
      { type: "pause", at: "2024-09-30T17:00:00+08:00" },
      { type: "resume", at: "2024-10-08T10:00:00+08:00" },
    ];
    // Counted 1 h before the pause; 7 h more from 10-08 10:00: 10–12, 13–18 is exactly 7 h, due at 18:00 → next opening.
    expect(dueOf({ length: { businessTime: "PT8H" } }, "2024-09-30T16:00:00+08:00", paused)).toBe("2024-10-09T01:00:00.000Z");
  });

  it("elapsed time counts every millisecond but the paused ones", () => {
    const paused: ComplaintEventInput[] = [
      { type: "pause", at: "2024-09-26T11:00:00+08:00" },
      { type: "resume", at: "2024-09-26T13:30:00+08:00" },
    ];
    expect(dueOf({ length: { elapsed: "PT24H" } }, THURSDAY, paused)).toBe("2024-09-27T04:30:00.000Z");
  });
});

describe("policies with calendars", () => {
  it("accept a compiled calendar and report calendar problems under `calendar`", () => {
    const cal = defineCalendar(SHANGHAI_2024);
    expect(defineComplaintPolicy({ ...defaultComplaintPolicyInput(), calendar: cal }).definition.calendar?.timeZone).toBe("Asia/Shanghai");
    const bad = safeDefineComplaintPolicy({ ...defaultComplaintPolicyInput(), calendar: { timeZone: "Mars/Base", week: { mon: [["09:00", "25:00"]] } } });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.issues.map((i) => i.path.join("."))).toEqual(expect.arrayContaining(["calendar.timeZone", "calendar.week.mon.0.1"]));
  });

  it("count time-in-step limits in business days", () => {
    const policy = defineComplaintPolicy({
      ...defaultComplaintPolicyInput(),
      id: "bd",
      calendar: SHANGHAI_2024,
      rules: [{ id: "slow-ack", when: { kind: "time_in_step", step: "received", over: { businessDays: 2 } }, then: { notify: ["lead"] } }],
    });
    const state = openComplaint(policy, { id: "X", receivedAt: "2024-09-30T10:00:00+08:00" });
    // 10-08 (1), 10-09 (2): due at the close of 10-09.
    expect(complaintStatus(policy, state, "2024-10-01T00:00:00+08:00").nextCheckAt).toBe("2024-10-09T10:00:00.000Z");
  });
});
