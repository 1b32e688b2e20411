// Complaint deadlines against the day-counting reference model (test/complaint/reference/), on
// generated calendars (DST zones, holidays, special days), lengths in every unit, every counting
// rule, pauses, extensions, and `now` and stops placed exactly on, and 1 ms either side of, the
// due and warning instants. Every figure of a deadline's status is compared.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CalendarInput } from "../../src/calendar/index.js";
import {
  applyComplaintEvent,
  complaintStatus,
  defineComplaintPolicy,
  openComplaint,
  type ComplaintEventInput,
  type ComplaintPolicyInput,
} from "../../src/complaint/index.js";
import { deadlineCaseArb, deadlineCaseMaxExtra, type DeadlineCase, type DeadlineCaseCalendar } from "../arbitraries/complaint.js";
import { dueDateOf, referenceDue, withDefaults, type RefCalendar, type RefDeadline, type RefPause } from "./reference/deadlines.js";
import { textOfDay } from "./reference/zone.js";

const runs = process.env.PLEDGEKIT_DEEP ? 100_000 : 1_000;
const WEEK_KEYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
const hhmm = (minute: number): string => `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
const hours = (list: readonly (readonly [number, number])[]): [string, string][] => list.map(([s, e]) => [hhmm(s), hhmm(e)]);
const TIME_UNITS = new Set(["businessTime", "elapsed"]);

function calendarInput(c: DeadlineCaseCalendar): CalendarInput {
  return {
    timeZone: c.zone,
    week: Object.fromEntries(WEEK_KEYS.map((key, i) => [key, hours(c.week[i]!)])),
    holidays: c.holidays.map(textOfDay),
    specialDays: Object.fromEntries(c.special.map(([day, h]) => [textOfDay(day), hours(h)])),
  };
}

function refCalendar(c: DeadlineCaseCalendar): RefCalendar {
  return { zone: c.zone, week: c.week, holidays: new Set(c.holidays), special: new Map(c.special) };
}

/** What the library reports and what the model says, for one generated case. */
function run(k: DeadlineCase): { library: unknown; reference: unknown; events: ComplaintEventInput[]; now: string } {
  const isTime = TIME_UNITS.has(k.spec.unit);
  const toAmount = (n: number): number => (isTime ? n * 60_000 : n);
  const lengthOf = (n: number): Record<string, number> => ({ [k.spec.unit]: toAmount(n) });
  const policyInput: ComplaintPolicyInput = {
    id: "reference",
    calendar: calendarInput(k.calendar),
    classes: [{ id: "ordinary" }],
    stages: [{ id: "complaint" }],
    steps: [{ id: "received" }, { id: "responded" }],
    transitions: [{ from: "received", on: "respond", to: "responded" }],
    levels: { functional: [{ id: "L1" }], hierarchical: [{ id: "agent" }] },
    deadlines: [
      {
        id: "d",
        startOn: "received",
        stopOn: ["responded"],
        length: lengthOf(k.spec.amount) as ComplaintPolicyInput["deadlines"] extends (infer D)[] | undefined
          ? D extends { length: infer L }
            ? L
            : never
          : never,
        counting: k.spec.counting,
        pausable: true,
        extensions: { max: 10 },
        ...(k.spec.warnBefore === null ? {} : { warnBefore: k.spec.warnBefore * 60_000 }),
      },
    ],
  };
  const policy = defineComplaintPolicy(policyInput);
  const cal = refCalendar(k.calendar);
  const deadline: RefDeadline = { unit: k.spec.unit, amount: toAmount(k.spec.amount), counting: withDefaults(k.spec.unit, k.spec.counting) };

  const anchor = Date.UTC(2024, 0, 1) + k.anchorMinute * 60_000 + k.anchorMs;
  const iso = (ms: number): string => new Date(ms).toISOString();
  const events: ComplaintEventInput[] = [];
  const pauses: RefPause[] = [];
  const extensions: number[] = [];
  let openPause: number | null = null;
  let t = anchor;
  const due = (): number => referenceDue(cal, deadline, anchor, pauses, extensions);
  const pause = (): void => {
    events.push({ type: "pause", at: iso(t) });
    openPause = t;
  };
  const resume = (): void => {
    events.push({ type: "resume", at: iso(t) });
    pauses.push({ from: openPause!, to: t });
    openPause = null;
  };

  for (const step of k.steps) {
    t += step.gap * 60_000;
    if (step.kind === "extend") {
      const by = 1 + ((step.extra - 1) % deadlineCaseMaxExtra(k.spec.unit));
      events.push({ type: "extend", at: iso(t), deadline: "d", by: lengthOf(by) as never });
      extensions.push(toAmount(by));
    } else if (openPause !== null) resume();
    else if (step.kind === "pause_at_due") {
      t = Math.max(t, due() + (step.extra % 3) - 1);
      pause();
    } else pause();
  }

  let stoppedAt: number | null = null;
  if (k.stop.mode === "gap" || (k.stop.mode === "edge" && openPause !== null)) stoppedAt = t + k.stop.gap * 60_000;
  else if (k.stop.mode === "edge") stoppedAt = Math.max(t, due() + k.stop.offset);
  if (stoppedAt !== null) {
    t = stoppedAt;
    events.push({ type: "respond", at: iso(t) });
  }

  let now = t + k.now.gap * 60_000;
  const settled = openPause === null || stoppedAt !== null;
  if (settled && k.now.mode === "edge") now = Math.max(t, due() + k.now.offset);
  if (settled && k.now.mode === "warn" && k.spec.warnBefore !== null) now = Math.max(t, due() - k.spec.warnBefore * 60_000 + k.now.offset);

  // The library's answer.
  let state = openComplaint(policy, { id: "X", receivedAt: iso(anchor) });
  for (const event of events) {
    const result = applyComplaintEvent(policy, state, event);
    if (!result.ok) return { library: { refused: event, issues: result.issues.map((i) => i.message) }, reference: "accepted", events, now: iso(now) };
    state = result.state;
  }
  const status = complaintStatus(policy, state, now).deadlines[0]!;
  const library = {
    dueAt: status.dueAt,
    dueDate: status.dueDate,
    status: status.status,
    breachedAt: status.breachedAt,
    remainingMs: status.remainingMs,
    pausedMs: status.pausedMs,
    stoppedAt: status.stoppedAt,
  };

  // The model's answer: an open pause lasts until the stop, or until now.
  const end = stoppedAt ?? now;
  const allPauses = openPause === null ? pauses : [...pauses, { from: openPause, to: end }];
  const d = referenceDue(cal, deadline, anchor, allPauses, extensions);
  const paused = openPause !== null && stoppedAt === null;
  let refStatus: string;
  if (stoppedAt !== null) refStatus = stoppedAt <= d ? "met" : "breached";
  else if (now > d) refStatus = "breached";
  else if (paused) refStatus = "paused";
  else if (k.spec.warnBefore !== null && now >= d - k.spec.warnBefore * 60_000) refStatus = "at_risk";
  else refStatus = "running";
  const reference = {
    dueAt: iso(d),
    dueDate: dueDateOf(cal, d),
    status: refStatus,
    breachedAt: refStatus === "breached" ? iso(d) : null,
    remainingMs: stoppedAt === null ? d - now : null,
    pausedMs: allPauses.reduce((sum, p) => sum + Math.max(0, p.to - p.from), 0),
    stoppedAt: stoppedAt === null ? null : iso(stoppedAt),
  };
  return { library, reference, events, now: iso(now) };
}

describe("complaint deadlines agree with the day-counting reference model", () => {
  it(`every figure of a deadline's status equals the model's, for ${runs} generated cases`, () => {
    fc.assert(
      fc.property(deadlineCaseArb, (k) => {
        const { library, reference } = run(k);
        expect(library).toEqual(reference);
      }),
      { numRuns: runs },
    );
  }, 3_600_000);
});
