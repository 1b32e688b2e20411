import { describe, expect, it } from "vitest";
import { formatIssue } from "../../src/formatIssue.js";
import { isPledgeError } from "../../src/core/index.js";
import {
  defaultComplaintPolicy,
  defaultComplaintPolicyInput,
  defineComplaintPolicy,
  safeDefineComplaintPolicy,
  type ComplaintPolicyInput,
} from "../../src/complaint/index.js";

const minimal = (): ComplaintPolicyInput => ({
  id: "tiny",
  classes: [{ id: "ordinary" }],
  stages: [{ id: "complaint" }],
  steps: [{ id: "open" }, { id: "done", terminal: true }],
  transitions: [{ from: "open", on: "close", to: "done" }],
  levels: { functional: [{ id: "L1" }], hierarchical: [{ id: "agent" }] },
});

function issuesOf(input: unknown): { code: string; path: string }[] {
  const result = safeDefineComplaintPolicy(input as ComplaintPolicyInput);
  if (result.success) return [];
  return result.issues.map((issue) => ({ code: issue.code, path: issue.path.join(".") }));
}

describe("defineComplaintPolicy", () => {
  it("accepts the default policy and exposes its validated definition", () => {
    const policy = defaultComplaintPolicy();
    expect(policy.id).toBe("default");
    expect(policy.definition.steps.map((s) => s.id)).toEqual(["received", "acknowledged", "assessed", "investigating", "responded", "closed"]);
    expect(policy.definition.stages).toHaveLength(6);
    expect(policy.definition.classes.map((c) => c.id)).toEqual(["ordinary", "major", "escalated", "difficult"]);
    expect(policy.definition.actions).toHaveLength(8);
  });

  it("returns a frozen value that does not share objects with the input", () => {
    const input = minimal();
    const policy = defineComplaintPolicy(input);
    expect(Object.isFrozen(policy)).toBe(true);
    expect(Object.isFrozen(policy.definition.steps[0])).toBe(true);
    input.steps[0]!.id = "changed";
    expect(policy.definition.steps[0]!.id).toBe("open");
  });

  it("gives a fresh default input on every call", () => {
    const a = defaultComplaintPolicyInput();
    a.classes.pop();
    expect(defaultComplaintPolicyInput().classes).toHaveLength(4);
  });

  it("rejects unknown keys, naming them", () => {
    const input = { ...minimal(), transition: [] };
    expect(issuesOf(input)).toContainEqual({ code: "unknown_key", path: "transition" });
    try {
      defineComplaintPolicy(input as ComplaintPolicyInput);
      expect.fail("should throw");
    } catch (error) {
      expect(isPledgeError(error) && error.code).toBe("invalid_policy");
      expect(String((error as Error).message)).toMatch(/transition/);
    }
  });

  it("reports every unknown reference with its path", () => {
    const input: ComplaintPolicyInput = {
      ...minimal(),
      initialStep: "nowhere",
      transitions: [{ from: ["open", "ghost"], on: "close", to: "void" }],
      actions: [{ id: "a", step: "missing" }],
      rules: [{ id: "r", when: { kind: "class", in: ["vip"] }, then: { functional: "L9", stage: "angry" } }],
      deEscalateOn: ["limbo"],
    };
    expect(issuesOf(input)).toEqual(
      expect.arrayContaining([
        { code: "unknown_reference", path: "initialStep" },
        { code: "unknown_reference", path: "transitions.0.from.1" },
        { code: "unknown_reference", path: "transitions.0.to" },
        { code: "unknown_reference", path: "actions.0.step" },
        { code: "unknown_reference", path: "rules.0.when.in.0" },
        { code: "unknown_reference", path: "rules.0.then.functional" },
        { code: "unknown_reference", path: "rules.0.then.stage" },
        { code: "unknown_reference", path: "deEscalateOn.0" },
      ]),
    );
  });

  it("rejects duplicate ids and two transitions on one verb from one step", () => {
    const input: ComplaintPolicyInput = {
      ...minimal(),
      classes: [{ id: "ordinary" }, { id: "ordinary" }],
      transitions: [
        { from: "open", on: "close", to: "done" },
        { from: "open", on: "close", to: "open" },
      ],
    };
    expect(issuesOf(input)).toEqual(
      expect.arrayContaining([
        { code: "duplicate_id", path: "classes.1.id" },
        { code: "ambiguous_transition", path: "transitions.1" },
      ]),
    );
  });

  it("renders its issues in English and Chinese", () => {
    const result = safeDefineComplaintPolicy({ ...minimal(), initialClass: "vip" });
    expect(result.success).toBe(false);
    if (result.success) return;
    const issue = result.issues[0]!;
    expect(issue.message).toBe('"vip" is not a class of this policy');
    expect(formatIssue(issue, "zh-CN")).toContain("不是本策略中定义的");
  });

  it("rejects an empty ladder and a bad label", () => {
    const codes = issuesOf({ ...minimal(), stages: [], classes: [{ id: "x", label: { fr: "x" } }] }).map((i) => i.code);
    expect(codes).toContain("too_small");
    expect(codes).toContain("unknown_key");
  });
});
