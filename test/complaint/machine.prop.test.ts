import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  applyComplaintEvent,
  COMPLAINT_STEP_VERBS,
  complaintStatus,
  defaultComplaintPolicyInput,
  defineComplaintPolicy,
  regulatoryDeadlines,
  type ComplaintPolicy,
  openComplaint,
  type ComplaintEventInput,
  type ComplaintState,
} from "../../src/complaint/index.js";
import { complaintDelayHours, complaintEventPayload } from "../arbitraries/complaint.js";
import { clockedPolicyInput, DEFAULT_TRANSITIONS, SHANGHAI_2024 } from "../fixtures/complaint.js";

const policy = defineComplaintPolicy(clockedPolicyInput({ maxExtensions: 2 }));
// The same machine with day-counted regulatory clocks on a holiday calendar (China, autumn 2024).
const regulated = defineComplaintPolicy({
  ...defaultComplaintPolicyInput(),
  id: "regulated",
  calendar: SHANGHAI_2024,
  deadlines: [...regulatoryDeadlines("cn-samr"), ...regulatoryDeadlines("cn-nfra"), ...regulatoryDeadlines("uk-fca-disp")],
});
const def = policy.definition;
const STEPS = def.steps.map((s) => s.id);
const STAGES = def.stages.map((s) => s.id);
const CLASSES = def.classes.map((c) => c.id);
const F = def.levels.functional.map((l) => l.id);
const H = def.levels.hierarchical.map((l) => l.id);
const VERBS: readonly string[] = COMPLAINT_STEP_VERBS;

// The model: only the step, predicted from the transition table written out by hand.
const NEXT = DEFAULT_TRANSITIONS;

interface Model {
  step: string;
}
interface Real {
  state: ComplaintState;
  now: number;
}

/** Every invariant of a complaint state, checked after every command. */
function checkInvariants(policy: ComplaintPolicy, state: ComplaintState, now: number): void {
  expect(STEPS).toContain(state.step);
  expect(STAGES).toContain(state.stage);
  expect(CLASSES).toContain(state.class);
  expect(F).toContain(state.level.functional);
  expect(H).toContain(state.level.hierarchical);
  expect(STAGES.indexOf(state.peakStage)).toBeGreaterThanOrEqual(STAGES.indexOf(state.stage));
  expect(F.indexOf(state.peakLevel.functional)).toBeGreaterThanOrEqual(F.indexOf(state.level.functional));
  expect(H.indexOf(state.peakLevel.hierarchical)).toBeGreaterThanOrEqual(H.indexOf(state.level.hierarchical));
  expect(state.closedAt !== null).toBe(state.step === "closed");
  expect(new Set(state.firedRules.map((f) => f.ruleId)).size).toBe(state.firedRules.length);
  for (const [id, clock] of Object.entries(state.clocks)) {
    const open = clock.pauses.filter((p) => p.to === null);
    expect(open.length, `${id} has at most one open pause`).toBeLessThanOrEqual(1);
    if (clock.stoppedAt !== null) expect(open).toHaveLength(0);
    if (clock.startedAt === null) expect(clock.stoppedAt).toBeNull();
    let last = clock.startedAt === null ? -Infinity : Date.parse(clock.startedAt);
    for (const pause of clock.pauses) {
      expect(Date.parse(pause.from)).toBeGreaterThanOrEqual(last);
      last = pause.to === null ? Date.parse(pause.from) : Date.parse(pause.to);
    }
  }
  // Plain JSON: a round trip gives back an equal state, which the machine accepts.
  const copy = JSON.parse(JSON.stringify(state)) as ComplaintState;
  expect(copy).toEqual(state);
  const status = complaintStatus(policy, copy, now);
  expect(status.step).toBe(state.step);
  for (const d of status.deadlines) expect(["not_applicable", "not_started", "running", "at_risk", "paused", "met", "breached", "lapsed"]).toContain(d.status);
  if (status.nextCheckAt !== null) expect(Date.parse(status.nextCheckAt)).toBeGreaterThan(Date.parse(status.evaluatedAt));
}

type Payload = typeof complaintEventPayload extends fc.Arbitrary<infer P> ? P : never;

function eventCommand(policy: ComplaintPolicy, payload: Payload, delayHours: number): fc.Command<Model, Real> {
  return {
    check: () => true,
    run(model, real) {
      const at = real.now + delayHours * 3_600_000;
      const event = { ...payload, at: new Date(at).toISOString() } as ComplaintEventInput;
      // Half the time the state comes back from storage as parsed JSON.
      const input = delayHours % 2 === 0 ? (JSON.parse(JSON.stringify(real.state)) as ComplaintState) : real.state;
      const before = JSON.stringify(real.state);
      const result = applyComplaintEvent(policy, input, event);
      expect(JSON.stringify(real.state)).toBe(before);
      const verb = payload.type === "advance" ? payload.action : VERBS.includes(payload.type) ? payload.type : null;
      if (verb !== null) {
        const expected = NEXT[model.step]![verb];
        if (expected === undefined) expect(result.ok).toBe(false);
        if (result.ok) {
          expect(result.state.step).toBe(expected);
          model.step = expected!;
        }
      }
      if (result.ok) {
        real.state = result.state;
        real.now = at;
        expect(result.state.updatedAt).toBe(new Date(at).toISOString());
        expect(JSON.parse(JSON.stringify(result.effects))).toEqual(result.effects);
      } else {
        expect(result.issues.length).toBeGreaterThan(0);
      }
      expect(real.state.step).toBe(model.step);
      checkInvariants(policy, real.state, real.now);
    },
    toString: () => `${payload.type}(${JSON.stringify(payload)}) +${delayHours}h`,
  };
}

describe("complaint state machine (model-based)", () => {
  it.each([
    ["wall-clock deadlines", policy, 100],
    ["regulatory day-counted deadlines on a holiday calendar", regulated, 60],
  ] as const)(
    "random event sequences never reach an undefined state, follow the transition table, and survive a JSON round trip at every step (%s)",
    (_name, subject, numRuns) => {
      fc.assert(
        fc.property(
          fc.commands([fc.tuple(complaintEventPayload, complaintDelayHours).map(([payload, delay]) => eventCommand(subject, payload, delay))], {
            maxCommands: 40,
          }),
          fc.constantFrom("ordinary", "major", "difficult"),
          (commands, cls) => {
            const start = Date.parse("2024-09-26T01:00:00Z");
            const state = openComplaint(subject, { id: "P", receivedAt: start, class: cls });
            checkInvariants(subject, state, start);
            fc.modelRun(() => ({ model: { step: "received" }, real: { state, now: start } }), commands);
          },
        ),
        { numRuns },
      );
    },
  );
});
