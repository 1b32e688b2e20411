// fast-check arbitraries for SLA tests: ticket event logs on a 15-minute grid (so events often
// land exactly on openings and closings) over June 2024, around the Shanghai desk's holiday.
import fc from "fast-check";
import type { TicketEvent } from "../../src/sla/index.js";

export const GRID = 15 * 60_000;
/** Mon 2024-06-03 00:00 Shanghai. */
export const BASE = Date.parse("2024-06-03T00:00:00+08:00");

export const PRIORITIES = ["urgent", "high", "normal", "low"] as const;
export const STATUSES = ["open", "pending_customer", "on_hold", "in_progress"] as const;

type Step =
  | { readonly gap: number; readonly kind: "agent_reply" | "customer_reply" | "resolved" | "reopened" }
  | { readonly gap: number; readonly kind: "status"; readonly status: string }
  | { readonly gap: number; readonly kind: "priority"; readonly priority: string };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    gap: fc.integer({ min: 1, max: 48 }),
    kind: fc.constantFrom("agent_reply" as const, "customer_reply" as const, "resolved" as const, "reopened" as const),
  }),
  fc.record({ gap: fc.integer({ min: 1, max: 48 }), kind: fc.constant("status" as const), status: fc.constantFrom(...STATUSES) }),
  fc.record({ gap: fc.integer({ min: 1, max: 48 }), kind: fc.constant("priority" as const), priority: fc.constantFrom(...PRIORITIES) }),
);

/** A ticket's events in time order, all at distinct instants (epoch ms). */
export interface GeneratedTicket {
  readonly events: readonly TicketEvent[];
  readonly createdAt: number;
  readonly lastAt: number;
}

export function ticketArb(options: { withStatus?: boolean; maxSteps?: number } = {}): fc.Arbitrary<GeneratedTicket> {
  const steps = options.withStatus === false ? stepArb.filter((step) => step.kind !== "status") : stepArb;
  return fc
    .record({
      start: fc.integer({ min: 0, max: 20 * 96 }),
      priority: fc.constantFrom(...PRIORITIES),
      status: fc.constantFrom("open", "in_progress"),
      steps: fc.array(steps, { maxLength: options.maxSteps ?? 10 }),
    })
    .map(({ start, priority, status, steps: list }) => {
      const createdAt = BASE + start * GRID;
      const events: TicketEvent[] = [{ type: "created", at: createdAt, priority, status }];
      let at = createdAt;
      for (const step of list) {
        at += step.gap * GRID;
        if (step.kind === "status") events.push({ type: "status", at, status: step.status });
        else if (step.kind === "priority") events.push({ type: "priority", at, priority: step.priority });
        else events.push({ type: step.kind, at });
      }
      return { events, createdAt, lastAt: at };
    });
}

/** An instant from a little before creation to well after the last event, on the grid or not. */
export function nowArb(ticket: GeneratedTicket): fc.Arbitrary<number> {
  return fc.oneof(
    fc.integer({ min: -4, max: (ticket.lastAt - ticket.createdAt) / GRID + 200 }).map((k) => ticket.createdAt + k * GRID),
    fc.integer({ min: ticket.createdAt - GRID, max: ticket.lastAt + 200 * GRID }),
  );
}

// ---------------------------------------------------------------------------------------------
// Differential cases: a random calendar, policy and ticket aimed at the edges of CONTRACT §2 — DST
// days, overnight shifts, holidays, special days and breaks near the ticket; per-priority, per-clock
// and business-day targets (often equal to each other); warnings and escalations at and around T;
// both priority-change modes; equal timestamps and shuffled input; and `now` or an event placed
// exactly on, or 1 ms either side of, a due or threshold instant the reference model found.

/** Days on which some generated zone changes its offset (2024), and an ordinary Monday. */
const ANCHORS = ["2024-03-10", "2024-03-31", "2024-04-07", "2024-10-06", "2024-10-27", "2024-11-03", "2024-06-03", "2024-12-23"] as const;
const SLA_ZONES = ["UTC", "America/New_York", "Europe/London", "Australia/Lord_Howe", "Asia/Shanghai", "America/Santiago"] as const;
const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
const DAY_MS = 86_400_000;
const pad2 = (n: number): string => String(n).padStart(2, "0");
const hhmm = (quarter: number): string => `${pad2(Math.floor(quarter / 4))}:${pad2((quarter % 4) * 15)}`;

/** 1–3 intervals on a quarter-hour grid, the last one sometimes overnight. */
const intervalsArb: fc.Arbitrary<[string, string][]> = fc
  .record({
    points: fc.uniqueArray(fc.integer({ min: 0, max: 96 }), { minLength: 2, maxLength: 6 }),
    overnight: fc.option(fc.record({ start: fc.integer({ min: 72, max: 94 }), end: fc.integer({ min: 0, max: 28 }) }), { freq: 4 }),
  })
  .map(({ points, overnight }) => {
    const sorted = [...points].sort((a, b) => a - b);
    const out: [string, string][] = [];
    let last = -1;
    for (let i = 0; i + 1 < sorted.length && out.length < 3; i += 2) {
      out.push([hhmm(sorted[i] as number), hhmm(sorted[i + 1] as number)]);
      last = sorted[i + 1] as number;
    }
    if (overnight !== null && overnight.start > last && out.length < 3) {
      out.push([hhmm(overnight.start), hhmm(overnight.end)]);
    }
    return out;
  });

const nearDate = (anchor: string, span: number): fc.Arbitrary<string> =>
  fc.integer({ min: -3, max: span }).map((k) => new Date(Date.parse(`${anchor}T00:00:00Z`) + k * DAY_MS).toISOString().slice(0, 10));

function slaCalendarArb(anchor: string) {
  return fc
    .record({
      timeZone: fc.constantFrom(...SLA_ZONES),
      week: fc.tuple(...DAYS.map(() => fc.option(intervalsArb, { freq: 4, nil: undefined }))),
      allWeek: fc.boolean(),
      holidays: fc.array(
        fc.oneof(
          nearDate(anchor, 12),
          nearDate(anchor, 12).map((date) => ({ date, name: "Holiday" })),
          fc
            .tuple(nearDate(anchor, 12), fc.integer({ min: 0, max: 4 }))
            .map(([from, n]) => ({ from, to: new Date(Date.parse(`${from}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10) })),
        ),
        { maxLength: 3 },
      ),
      specialDays: fc.array(fc.tuple(nearDate(anchor, 12), fc.oneof(intervalsArb, fc.constant([] as [string, string][]))), { maxLength: 2 }),
      breaks: fc.array(fc.tuple(nearDate(anchor, 12), fc.tuple(fc.integer({ min: 0, max: 90 }), fc.integer({ min: 1, max: 12 }))), { maxLength: 2 }),
    })
    .map(({ timeZone, week, allWeek, holidays, specialDays, breaks }) => {
      const w: Record<string, [string, string][]> = {};
      DAYS.forEach((key, i) => {
        const list = week[i];
        if (list !== undefined && list.length > 0) w[key] = list;
      });
      // Some open time every week, so that every target is reachable.
      if (Object.keys(w).length === 0 || allWeek) for (const key of DAYS.slice(0, 5)) w[key] ??= [["09:00", "17:00"]];
      return {
        timeZone,
        week: w,
        holidays,
        ...(specialDays.length > 0 ? { specialDays: Object.fromEntries(specialDays) } : {}),
        ...(breaks.length > 0
          ? { breaks: Object.fromEntries(breaks.map(([date, [start, length]]) => [date, [[hhmm(start), hhmm(Math.min(96, start + length))]]])) }
          : {}),
      };
    });
}

const DURATIONS = ["PT15M", "PT1H", "PT2H", "PT4H", "PT8H", "PT16H", "PT30M", 3_600_001, "PT45M"] as const;
const targetArb = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...DURATIONS) },
  { weight: 2, arbitrary: fc.record({ target: fc.constantFrom(...DURATIONS), businessHours: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ businessDays: fc.integer({ min: 0, max: 3 }) }) },
);

const thresholdsArb = fc.record(
  {
    warnAt: fc.subarray([0.25, 0.5, 0.75, 0.9, 1], { minLength: 1 }),
    warnBefore: fc.subarray(["PT0S", "PT15M", "PT30M", "PT1H"], { minLength: 1 }),
    escalations: fc
      .subarray([{ at: 1 }, { after: "PT0S" }, { after: "PT30M" }, { after: "PT2H" }, { at: 0.5 }, { at: 1.5 }], { minLength: 1, maxLength: 3 })
      .map((list) => list.map((e, i) => ({ level: i + 1, ...e }))),
  },
  { requiredKeys: [] },
);

const KINDS = ["first_response", "next_reply", "resolution"] as const;

function metricArb(kind: (typeof KINDS)[number]) {
  return fc
    .record({
      pool: fc.array(targetArb, { minLength: 1, maxLength: 3 }),
      keys: fc.subarray([...PRIORITIES], { minLength: 1 }),
      picks: fc.array(fc.nat(), { minLength: 5, maxLength: 5 }),
      withDefault: fc.boolean(),
      businessHours: fc.option(fc.boolean(), { nil: undefined }),
      pauseOn: fc.option(fc.subarray(["pending_customer", "on_hold"], { minLength: 1 }), { nil: undefined }),
      own: fc.option(thresholdsArb, { freq: 4, nil: undefined }),
    })
    .map(({ pool, keys, picks, withDefault, businessHours, pauseOn, own }) => {
      // Targets drawn from a small pool, so that two priorities often share an equal target.
      const targets: Record<string, unknown> = {};
      const chosen = withDefault ? keys : [...PRIORITIES];
      chosen.forEach((key, i) => (targets[key] = pool[(picks[i] as number) % pool.length]));
      if (withDefault) targets.default = pool[(picks[4] as number) % pool.length];
      return {
        id: kind,
        kind,
        targets,
        ...(businessHours === undefined ? {} : { businessHours }),
        ...(pauseOn === undefined ? {} : { pauseOn }),
        ...(own ?? {}),
      };
    });
}

const policyArb = (anchor: string) =>
  fc
    .record({
      calendar: slaCalendarArb(anchor),
      kinds: fc.subarray([...KINDS], { minLength: 1 }),
      first_response: metricArb("first_response"),
      next_reply: metricArb("next_reply"),
      resolution: metricArb("resolution"),
      thresholds: thresholdsArb,
      onPriorityChange: fc.constantFrom(undefined, "keep_elapsed" as const, "restart" as const),
    })
    .map(({ calendar, kinds, thresholds, onPriorityChange, ...metrics }) => ({
      id: "generated",
      calendar,
      metrics: kinds.map((kind) => metrics[kind]),
      ...thresholds,
      ...(onPriorityChange === undefined ? {} : { onPriorityChange }),
    }));

const eventStepArb = fc.record({
  // Gaps of 0 give equal timestamps; odd milliseconds now and then.
  gap: fc.oneof(
    { weight: 1, arbitrary: fc.constant(0) },
    { weight: 6, arbitrary: fc.integer({ min: 1, max: 40 }).map((q) => q * 15 * 60_000) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 30 * 3_600_000 }) },
  ),
  kind: fc.constantFrom("agent_reply", "customer_reply", "customer_reply", "resolved", "reopened", "status", "status", "priority"),
  status: fc.constantFrom(...STATUSES),
  priority: fc.constantFrom(...PRIORITIES),
});

export interface SlaCase {
  readonly policy: { id: string; calendar: unknown; metrics: unknown[] } & Record<string, unknown>;
  readonly events: TicketEvent[];
  readonly now: number;
}

/** A case before aiming: the policy, a time-ordered ticket, and a rough `now`. */
export const roughSlaCaseArb: fc.Arbitrary<SlaCase & { shuffle: number[] }> = fc.constantFrom(...ANCHORS).chain((anchor) =>
  fc
    .record({
      policy: policyArb(anchor),
      // Created within a day or so of the anchor (a DST change), any minute of the grid.
      offset: fc.integer({ min: -36 * 4, max: 48 * 4 }).map((q) => q * 15 * 60_000),
      priority: fc.constantFrom(...PRIORITIES),
      status: fc.constantFrom(undefined, "open", "pending_customer"),
      steps: fc.array(eventStepArb, { maxLength: 9 }),
      nowAfter: fc.integer({ min: -2, max: 300 }).map((q) => q * 15 * 60_000),
      shuffle: fc.array(fc.nat(), { maxLength: 10 }),
    })
    .map(({ policy, offset, priority, status, steps, nowAfter, shuffle }) => {
      const createdAt = Date.parse(`${anchor}T00:00:00Z`) + offset;
      const events: TicketEvent[] = [
        status === undefined ? { type: "created", at: createdAt, priority } : { type: "created", at: createdAt, priority, status },
      ];
      let at = createdAt;
      for (const step of steps) {
        at += step.gap;
        if (step.kind === "status") events.push({ type: "status", at, status: step.status });
        else if (step.kind === "priority") events.push({ type: "priority", at, priority: step.priority });
        else events.push({ type: step.kind as "agent_reply", at });
      }
      return { policy, events, now: at + nowAfter, shuffle };
    }),
);

/** Input order shuffled (ties then keep the shuffled order, which is part of the case). */
export function shuffled<T>(list: readonly T[], keys: readonly number[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = (keys[i % Math.max(1, keys.length)] ?? 0) % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Every instant a report names: dues, breaches, firings and its nextCheckAt. */
export function reportInstants(report: {
  metrics: readonly {
    cycles: readonly {
      dueAt: string | null;
      breachedAt: string | null;
      warnings: readonly { firedAt: string }[];
      escalations: readonly { firedAt: string }[];
    }[];
  }[];
  nextCheckAt: string | null;
}): number[] {
  const out = new Set<number>();
  const add = (iso: string | null): void => {
    if (iso !== null) out.add(Date.parse(iso));
  };
  for (const metric of report.metrics) {
    for (const cycle of metric.cycles) {
      add(cycle.dueAt);
      add(cycle.breachedAt);
      for (const w of cycle.warnings) add(w.firedAt);
      for (const e of cycle.escalations) add(e.firedAt);
    }
  }
  add(report.nextCheckAt);
  return [...out].sort((a, b) => a - b);
}

/**
 * Aims a rough case at the edges: `instantsOf` (the reference model's report instants, as of a late
 * `now`) gives the due and threshold instants; `now`, or one extra event, lands on one of them or
 * 1 ms either side.
 */
export function aimedSlaCaseArb(instantsOf: (c: SlaCase) => number[]): fc.Arbitrary<SlaCase> {
  return roughSlaCaseArb.chain((rough) => {
    const late = { ...rough, now: Math.max(rough.now, ...rough.events.map((e) => Number(e.at))) + 4 * DAY_MS };
    const instants = instantsOf(late);
    const base = { policy: rough.policy, events: shuffled(rough.events, rough.shuffle), now: rough.now };
    if (instants.length === 0) return fc.constant(base);
    return fc
      .record({
        instant: fc.constantFrom(...instants),
        delta: fc.constantFrom(-1, 0, 1),
        mode: fc.constantFrom("now", "now", "event", "rough"),
        type: fc.constantFrom("agent_reply", "resolved", "customer_reply", "status", "priority"),
        status: fc.constantFrom(...STATUSES),
        priority: fc.constantFrom(...PRIORITIES),
        after: fc.constantFrom(0, 1, 15 * 60_000, 3 * 3_600_000, 3 * DAY_MS),
      })
      .map(({ instant, delta, mode, type, status, priority, after }): SlaCase => {
        const at = instant + delta;
        if (mode === "rough") return base;
        if (mode === "now") return { ...base, now: at };
        const createdAt = Number(rough.events[0]?.at);
        if (at < createdAt) return { ...base, now: at };
        const extra: TicketEvent =
          type === "status" ? { type, at, status } : type === "priority" ? { type, at, priority } : { type: type as "agent_reply", at };
        return { ...base, events: [...base.events, extra], now: at + after };
      });
  });
}
