import fc from "fast-check";
import type { ComplaintEventInput } from "../../src/complaint/index.js";

type Payload = ComplaintEventInput extends infer E ? (E extends { at: unknown } ? Omit<E, "at"> : never) : never;

const classes = ["ordinary", "major", "escalated", "difficult", "vip"];
const stages = ["latent_dissatisfaction", "imminent_grumble", "explicit_grumble", "potential_complaint", "complaint", "escalated_complaint", "rage"];
const functional = ["L1", "L2", "L3", "L9"];
const hierarchical = ["agent", "supervisor", "manager"];
const deadlines = ["ack", "final", "fixed", "nope", "nfra_decision", "samr_mediation"];
const actions = [
  "identify",
  "assign_responsibility",
  "watch_emotion",
  "classify_and_route",
  "act_fast",
  "propose_solution",
  "confirm_satisfaction",
  "collect_root_causes",
  "pray",
];
const causes = ["product_defect", "billing_error", "slow_response", "other", "gremlins"];

/**
 * Any event of the complaint vocabulary without its instant, including ones a policy will refuse
 * (unknown classes, levels, deadlines, actions and tags), so refusals are exercised too.
 */
export const complaintEventPayload: fc.Arbitrary<Payload> = fc.oneof(
  fc.constantFrom<Payload>(
    { type: "acknowledge" },
    { type: "assess" },
    { type: "investigate" },
    { type: "respond" },
    { type: "respond", upheld: true },
    { type: "close" },
    { type: "close", satisfied: false },
    { type: "reopen" },
    { type: "advance", action: "refer" },
    { type: "contact" },
    { type: "missed_commitment", ref: "callback" },
    { type: "tick" },
    { type: "pause" },
    { type: "resume" },
  ),
  fc.record({ type: fc.constant("assess" as const), class: fc.constantFrom(...classes) }),
  fc.record({ type: fc.constant("classify" as const), class: fc.constantFrom(...classes) }),
  fc.record({
    type: fc.constant("assign" as const),
    owner: fc.constantFrom("li.wei", "ana", "billing"),
    role: fc.constantFrom("primary" as const, "secondary" as const),
  }),
  fc.record({ type: fc.constant("sentiment" as const), score: fc.double({ min: -1, max: 1, noNaN: true }) }),
  fc.record({ type: fc.constant("stage" as const), stage: fc.constantFrom(...stages) }),
  fc
    .record({ functional: fc.constantFrom(...functional), hierarchical: fc.constantFrom(...hierarchical) }, { requiredKeys: [] })
    .map((levels) => ({ type: "escalate" as const, ...levels })),
  fc
    .record({ functional: fc.constantFrom(...functional), hierarchical: fc.constantFrom(...hierarchical) }, { requiredKeys: [] })
    .map((levels) => ({ type: "de_escalate" as const, ...levels })),
  fc.record({ type: fc.constant("pause" as const), deadlines: fc.subarray(deadlines, { minLength: 1 }) }),
  fc.record({ type: fc.constant("resume" as const), deadlines: fc.subarray(deadlines, { minLength: 1 }) }),
  fc.record({
    type: fc.constant("extend" as const),
    deadline: fc.constantFrom(...deadlines),
    by: fc.oneof(fc.record({ elapsed: fc.constantFrom("PT24H", "PT200H") }), fc.record({ calendarDays: fc.integer({ min: 1, max: 5 }) })),
  }),
  fc.record({ type: fc.constant("complete_action" as const), action: fc.constantFrom(...actions) }),
  fc.record({ type: fc.constant("tag_root_cause" as const), tags: fc.subarray(causes, { minLength: 1 }) }),
) as fc.Arbitrary<Payload>;

/** Hours to wait before an event: mostly short, sometimes days. */
export const complaintDelayHours = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 6, max: 24 * 9 }));

// ---------------------------------------------------------------------------------------------
// Deadline cases for the differential test against test/complaint/reference/.

/** Hours of one day as [startMinute, endMinute) pairs, inside 06:00–22:00, sorted, with gaps. */
const dayHoursArb: fc.Arbitrary<[number, number][]> = fc.uniqueArray(fc.integer({ min: 12, max: 44 }), { minLength: 2, maxLength: 6 }).map((cuts) => {
  const sorted = [...cuts].sort((a, b) => a - b).map((half) => half * 30);
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < sorted.length; i += 2) out.push([sorted[i]!, sorted[i + 1]!]);
  // Touching intervals would merge into one; keep a gap so "close of business" is unambiguous.
  return out.filter((iv, i) => i === 0 || iv[0] > out[i - 1]![1]);
});

export interface DeadlineCaseCalendar {
  readonly zone: string;
  /** Index 0 = Sunday … 6 = Saturday. */
  readonly week: readonly (readonly [number, number][])[];
  readonly holidays: readonly number[];
  readonly special: readonly (readonly [number, [number, number][]])[];
}

/** First day of the generated years, as days since 1970-01-01 (2024-01-01). */
export const DEADLINE_CASE_FIRST_DAY = 19723;

export const deadlineCaseCalendarArb: fc.Arbitrary<DeadlineCaseCalendar> = fc
  .record({
    zone: fc.constantFrom("UTC", "Europe/London", "America/New_York", "Australia/Lord_Howe", "Asia/Shanghai", "Asia/Kolkata"),
    week: fc.array(fc.option(dayHoursArb, { freq: 4, nil: null }), { minLength: 7, maxLength: 7 }),
    holidays: fc.uniqueArray(fc.integer({ min: 0, max: 500 }), { maxLength: 25 }),
    special: fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 500 }), fc.oneof(fc.constant([] as [number, number][]), dayHoursArb)), {
      maxLength: 8,
      selector: (s) => s[0],
    }),
  })
  .map(({ zone, week, holidays, special }) => {
    const hours = week.map((h) => h ?? []);
    if (hours.every((h) => h.length === 0)) hours[1] = [[540, 1020]];
    // A date is either a holiday or a special day, never both (their precedence is the calendar's business).
    const specialDays = new Set(special.map((s) => s[0]));
    return {
      zone,
      week: hours,
      holidays: holidays.filter((d) => !specialDays.has(d)).map((d) => DEADLINE_CASE_FIRST_DAY + d),
      special: special.map(([d, h]) => [DEADLINE_CASE_FIRST_DAY + d, h] as const),
    };
  });

export type DeadlineCaseUnit = "businessDays" | "calendarDays" | "weeks" | "months" | "businessTime" | "elapsed";

export interface DeadlineCaseSpec {
  readonly unit: DeadlineCaseUnit;
  /** Days, weeks or months; minutes for time units. */
  readonly amount: number;
  readonly counting: {
    readonly firstDay?: "excluded" | "included";
    readonly cutOff?: "end_of_day" | "close_of_business";
    readonly rollForward?: boolean;
    readonly outsideHours?: "as_is" | "next_business_day";
  };
  /** Minutes, or null. */
  readonly warnBefore: number | null;
}

const MAX_AMOUNT: Record<DeadlineCaseUnit, number> = { businessDays: 30, calendarDays: 60, weeks: 10, months: 4, businessTime: 3000, elapsed: 20000 };
const MAX_EXTRA: Record<DeadlineCaseUnit, number> = { businessDays: 10, calendarDays: 20, weeks: 3, months: 2, businessTime: 900, elapsed: 3000 };

export const deadlineCaseSpecArb: fc.Arbitrary<DeadlineCaseSpec> = fc
  .constantFrom<DeadlineCaseUnit>("businessDays", "calendarDays", "weeks", "months", "businessTime", "elapsed", "businessDays", "calendarDays")
  .chain((unit) =>
    fc.record({
      unit: fc.constant(unit),
      // Time amounts on the calendars' 30-minute grid make counts that end exactly at a closing time.
      amount:
        unit === "businessTime" || unit === "elapsed"
          ? fc.oneof(
              fc.integer({ min: 1, max: MAX_AMOUNT[unit] }),
              fc.integer({ min: 1, max: Math.floor(MAX_AMOUNT[unit] / 30) }).map((n) => n * 30),
            )
          : fc.integer({ min: 1, max: MAX_AMOUNT[unit] }),
      counting: fc.record(
        {
          firstDay: fc.constantFrom("excluded" as const, "included" as const),
          cutOff: fc.constantFrom("end_of_day" as const, "close_of_business" as const),
          rollForward: fc.boolean(),
          outsideHours: fc.constantFrom("as_is" as const, "next_business_day" as const),
        },
        { requiredKeys: [] },
      ),
      warnBefore: fc.option(fc.integer({ min: 1, max: 4000 }), { nil: null }),
    }),
  );

/** One step of a clock's life; the test turns it into a legal event (a pause while paused becomes a resume). */
export interface DeadlineCaseStep {
  readonly kind: "pause" | "resume" | "extend" | "pause_at_due";
  /** Minutes since the previous event (0 = same instant). */
  readonly gap: number;
  /** Extension size (unit of the deadline; minutes for time units), or the offset in ms for `pause_at_due`. */
  readonly extra: number;
}

export interface DeadlineCase {
  readonly calendar: DeadlineCaseCalendar;
  readonly spec: DeadlineCaseSpec;
  /** Minutes after 2024-01-01T00:00Z, plus a millisecond offset. */
  readonly anchorMinute: number;
  readonly anchorMs: number;
  readonly steps: readonly DeadlineCaseStep[];
  /** Respond (stop the clock): not at all, after a gap, or at the due instant ±1 ms. */
  readonly stop: { readonly mode: "none" | "gap" | "edge"; readonly gap: number; readonly offset: number };
  /** `now`: after a gap, or at the due instant ±1 ms, or at the warning instant ±1 ms. */
  readonly now: { readonly mode: "gap" | "edge" | "warn"; readonly gap: number; readonly offset: number };
}

const gapArb = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 600 }), fc.integer({ min: 600, max: 20000 }));
const edgeOffsetArb = fc.constantFrom(-1, 0, 1);

export const deadlineCaseArb: fc.Arbitrary<DeadlineCase> = fc.record({
  calendar: deadlineCaseCalendarArb,
  spec: deadlineCaseSpecArb,
  anchorMinute: fc.oneof(
    fc.integer({ min: 0, max: 366 * 1440 }),
    fc.integer({ min: 0, max: 366 * 48 }).map((h) => h * 30),
  ),
  anchorMs: fc.constantFrom(0, 0, 0, 1, 59_999),
  steps: fc.array(
    fc.record({
      kind: fc.constantFrom("pause" as const, "resume" as const, "extend" as const, "pause_at_due" as const),
      gap: gapArb,
      extra: fc.integer({ min: 1, max: 3000 }),
    }),
    { maxLength: 6 },
  ),
  stop: fc.record({ mode: fc.constantFrom("none" as const, "gap" as const, "edge" as const), gap: gapArb, offset: edgeOffsetArb }),
  now: fc.record({ mode: fc.constantFrom("gap" as const, "edge" as const, "edge" as const, "warn" as const), gap: gapArb, offset: edgeOffsetArb }),
});

/** The largest extension a case may use for its unit. */
export function deadlineCaseMaxExtra(unit: DeadlineCaseUnit): number {
  return MAX_EXTRA[unit];
}
