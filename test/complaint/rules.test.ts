import { describe, expect, it } from "vitest";
import {
  applyComplaintEvent,
  complaintStatus,
  defaultComplaintPolicy,
  defaultComplaintPolicyInput,
  defineComplaintPolicy,
  openComplaint,
  openComplaintWithEffects,
} from "../../src/complaint/index.js";
import { fold, t } from "./helpers.js";

const policy = defaultComplaintPolicy();
const opened = () => openComplaint(policy, { id: "C-1", receivedAt: t(0) });
const firedIds = (state: { firedRules: readonly { ruleId: string }[] }) => state.firedRules.map((f) => f.ruleId);

describe("the default escalation rules", () => {
  it("route a major complaint to L2 and a manager from receipt", () => {
    const { state, effects } = openComplaintWithEffects(policy, { id: "M", receivedAt: t(0), class: "major" });
    expect(state.level).toEqual({ functional: "L2", hierarchical: "manager" });
    expect(state.priority).toBe("high");
    expect(effects).toContainEqual({ type: "notify", role: "manager", reason: "major-class", ruleId: "major-class" });
  });

  it("send a difficult complaint to an L3 expert, an escalated one to a supervisor", () => {
    expect(openComplaint(policy, { id: "D", receivedAt: t(0), class: "difficult" }).level.functional).toBe("L3");
    const escalated = openComplaint(policy, { id: "E", receivedAt: t(0), class: "escalated" });
    expect(escalated.level.hierarchical).toBe("supervisor");
    expect(escalated.stage).toBe("escalated_complaint");
  });

  it("fire on reclassification too", () => {
    const { state, effects } = fold(policy, opened(), [{ type: "classify", at: t(1), class: "major" }]);
    expect(firedIds(state)).toEqual(["major-class"]);
    expect(effects.map((e) => e.type)).toEqual(["reclassify", "escalate", "escalate", "raise_priority", "notify"]);
  });

  it("escalate on the third contact within 7 days, not on contacts spread wider", () => {
    const spread = fold(policy, opened(), [
      { type: "contact", at: t(24 * 4) },
      { type: "contact", at: t(24 * 8) },
    ]);
    expect(spread.state.stage).toBe("complaint");
    const { state } = fold(policy, opened(), [
      { type: "contact", at: t(24) },
      { type: "contact", at: t(24 * 6) },
    ]);
    expect(state.stage).toBe("escalated_complaint");
    expect(state.level.hierarchical).toBe("supervisor");
    expect(state.firedRules).toEqual([{ ruleId: "repeated-contacts", at: t(24 * 6), dueAt: null }]);
  });

  it("escalate on strongly negative sentiment (−0.6 or lower)", () => {
    expect(fold(policy, opened(), [{ type: "sentiment", at: t(1), score: -0.59 }]).state.level.hierarchical).toBe("agent");
    expect(fold(policy, opened(), [{ type: "sentiment", at: t(1), score: -0.6 }]).state.level.hierarchical).toBe("supervisor");
  });

  it("escalate on a missed commitment", () => {
    const { state } = fold(policy, opened(), [{ type: "missed_commitment", at: t(1) }]);
    expect(state).toMatchObject({ stage: "escalated_complaint", level: { functional: "L2" }, priority: "high" });
  });

  it("escalate a complaint stuck in investigation for more than 5 days, at the tick after the limit", () => {
    const { state } = fold(policy, opened(), [
      { type: "acknowledge", at: t(1) },
      { type: "assess", at: t(2) },
      { type: "investigate", at: t(3) },
    ]);
    const status = complaintStatus(policy, state, t(4));
    expect(status.nextCheckAt).toBe(t(3 + 120));
    expect(status.escalationsDue).toEqual([]);
    expect(complaintStatus(policy, state, t(3 + 120)).escalationsDue).toEqual([{ ruleId: "stuck-in-investigation", since: t(123) }]);
    const early = applyComplaintEvent(policy, state, { type: "tick", at: t(122) });
    expect(early.ok && early.effects).toEqual([]);
    const late = applyComplaintEvent(policy, state, { type: "tick", at: t(130) });
    expect(late.ok && late.state.level).toEqual({ functional: "L3", hierarchical: "manager" });
    expect(late.ok && late.state.firedRules).toEqual([{ ruleId: "stuck-in-investigation", at: t(130), dueAt: t(123) }]);
  });

  it("fire a rule once, de-escalate on closure and re-arm on reopening", () => {
    const { state, effects } = fold(policy, opened(), [
      { type: "sentiment", at: t(1), score: -0.9 },
      { type: "sentiment", at: t(2), score: -1 },
      { type: "acknowledge", at: t(3) },
      { type: "respond", at: t(4) },
      { type: "close", at: t(5) },
    ]);
    expect(effects.filter((e) => e.type === "notify")).toHaveLength(1);
    expect(state.level).toEqual({ functional: "L1", hierarchical: "agent" });
    expect(state.peakLevel.hierarchical).toBe("supervisor");
    expect(state.firedRules).toEqual([]);
    expect(effects.at(-1)).toEqual({ type: "de_escalate", ladder: "hierarchical", from: "supervisor", to: "agent" });
    const reopened = fold(policy, state, [{ type: "reopen", at: t(6) }]);
    expect(firedIds(reopened.state).sort()).toEqual(["negative-sentiment", "reopened"]);
    expect(reopened.effects).toContainEqual({ type: "notify", role: "quality", reason: "reopened", ruleId: "reopened" });
  });

  it("are not evaluated while the complaint is closed", () => {
    const { state } = fold(policy, opened(), [
      { type: "acknowledge", at: t(1) },
      { type: "respond", at: t(2) },
      { type: "close", at: t(3) },
      { type: "missed_commitment", at: t(4) },
    ]);
    expect(state.level.functional).toBe("L1");
    expect(complaintStatus(policy, state, t(5)).escalationsDue).toEqual([]);
  });
});

describe("custom rules", () => {
  it("combine triggers (all must hold) and chain through reclassification", () => {
    const custom = defineComplaintPolicy({
      ...defaultComplaintPolicyInput(),
      id: "custom",
      rules: [
        {
          id: "angry-repeat",
          when: [
            { kind: "sentiment", atMost: -0.5 },
            { kind: "repeated_contacts", count: 2, within: "PT24H" },
          ],
          then: { class: "escalated", assign: "complaints-desk", proposeRemedy: true },
        },
        { id: "escalated", when: { kind: "class", in: ["escalated"] }, then: { hierarchical: "manager" } },
        { id: "high-stage", when: { kind: "stage", atLeast: "escalated_complaint" }, then: { notify: ["director"] } },
      ],
    });
    const start = openComplaint(custom, { id: "X", receivedAt: t(0) });
    const one = fold(custom, start, [{ type: "sentiment", at: t(1), score: -0.7 }]);
    expect(one.state.firedRules).toEqual([]);
    const two = fold(custom, one.state, [{ type: "contact", at: t(2) }]);
    expect(firedIds(two.state)).toEqual(["angry-repeat", "escalated"]);
    expect(two.state.owners.primary).toBe("complaints-desk");
    expect(two.effects.map((e) => e.type)).toEqual(["reclassify", "assign", "propose_remedy_evaluation", "escalate"]);
    const three = fold(custom, two.state, [{ type: "stage", at: t(3), stage: "escalated_complaint" }]);
    expect(three.effects).toContainEqual({ type: "notify", role: "director", reason: "high-stage", ruleId: "high-stage" });
  });
});

describe("the open_for trigger", () => {
  it("escalates a complaint the customer has waited on too long, counted from receipt", () => {
    const custom = defineComplaintPolicy({
      ...defaultComplaintPolicyInput(),
      id: "waiting",
      rules: [{ id: "waiting", when: { kind: "open_for", over: { elapsed: "PT72H" } }, then: { stage: "escalated_complaint", notify: ["lead"] } }],
    });
    const state = fold(custom, openComplaint(custom, { id: "W", receivedAt: t(0) }), [{ type: "acknowledge", at: t(1) }]).state;
    expect(complaintStatus(custom, state, t(2)).nextCheckAt).toBe(t(72));
    const ticked = applyComplaintEvent(custom, state, { type: "tick", at: t(80) });
    expect(ticked.ok && ticked.state.stage).toBe("escalated_complaint");
  });
});
