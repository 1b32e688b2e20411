import { describe, expect, it } from "vitest";
import { isPledgeError } from "../../src/core/index.js";
import { defineSlaPolicy, isSlaPolicy, safeDefineSlaPolicy, SlaPolicySchema, type SlaPolicyInput } from "../../src/sla/index.js";
import { shanghaiDesk, standardPolicy } from "../fixtures/sla.js";

function issuesOf(input: unknown): [string, readonly (string | number)[]][] {
  const result = safeDefineSlaPolicy(input as SlaPolicyInput);
  if (result.success) throw new Error("expected issues");
  return result.issues.map((issue) => [issue.code, issue.path]);
}

describe("defineSlaPolicy", () => {
  it("compiles the contract's example policy into a frozen, opaque value", () => {
    const policy = defineSlaPolicy(standardPolicy);
    expect(isSlaPolicy(policy)).toBe(true);
    expect(isSlaPolicy({ ...policy })).toBe(false);
    expect(policy.id).toBe("standard");
    expect(Object.isFrozen(policy)).toBe(true);
    expect(Object.isFrozen(policy.definition.metrics[0])).toBe(true);
    expect(policy.calendar).not.toBeNull();
  });

  it("never mutates or freezes the input", () => {
    const input = JSON.parse(JSON.stringify({ ...standardPolicy, meta: { owner: { team: "support" } } })) as SlaPolicyInput;
    const copy = JSON.parse(JSON.stringify(input));
    defineSlaPolicy(input);
    expect(input).toEqual(copy);
    expect(Object.isFrozen((input.meta as { owner: object }).owner)).toBe(false);
  });

  it("rejects unknown keys, naming them (a typo is never dropped)", () => {
    expect(issuesOf({ ...standardPolicy, warnAtt: [0.5] })).toEqual([["unknown_key", ["warnAtt"]]]);
    expect(issuesOf({ ...standardPolicy, metrics: [{ id: "a", kind: "resolution", targets: { default: "PT1H" }, pauseon: ["x"] }] })).toEqual([
      ["unknown_key", ["metrics", 0, "pauseon"]],
    ]);
  });

  it("reports every problem at once", () => {
    const issues = issuesOf({
      id: "bad",
      metrics: [
        { id: "a", kind: "first_response", targets: { default: "P1D" } },
        { id: "a", kind: "resolution", targets: { default: "PT0S" } },
        { id: "c", kind: "next_reply", targets: {} },
      ],
      escalations: [{ level: 1 }, { level: 1, at: 1 }],
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        ["duration_has_days", ["metrics", 0, "targets", "default"]],
        ["non_positive_duration", ["metrics", 1, "targets", "default"]],
        ["duplicate_metric_id", ["metrics", 1, "id"]],
        ["empty_targets", ["metrics", 2, "targets"]],
        ["escalation_needs_at_or_after", ["escalations", 0]],
        ["duplicate_escalation_level", ["escalations", 1, "level"]],
        ["missing_calendar", ["metrics", 0]],
      ]),
    );
  });

  it("needs a calendar only when some target counts business time", () => {
    expect(safeDefineSlaPolicy({ id: "wall", metrics: [{ id: "r", kind: "resolution", targets: { default: "PT4H" }, businessHours: false }] }).success).toBe(
      true,
    );
    expect(issuesOf({ id: "days", metrics: [{ id: "r", kind: "resolution", targets: { default: { businessDays: 2 } }, businessHours: false }] })).toEqual([
      ["missing_calendar", ["metrics", 0]],
    ]);
  });

  it("puts calendar problems under the calendar path", () => {
    const result = safeDefineSlaPolicy({ ...standardPolicy, calendar: { ...shanghaiDesk, timeZone: "Mars/Olympus" } });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues[0]?.path).toEqual(["calendar", "timeZone"]);
  });

  it("custom metrics need start and stop conditions with known event types", () => {
    expect(
      issuesOf({
        id: "c",
        metrics: [{ id: "x", kind: "custom", targets: { default: "PT1H" }, businessHours: false, start: [{ event: "opened" }], stop: [] }],
      }).map(([, path]) => path.join(".")),
    ).toEqual(expect.arrayContaining(["metrics.0.start.0.event", "metrics.0.stop"]));
  });

  it("throws PledgeError invalid_policy naming the path", () => {
    try {
      defineSlaPolicy({ ...standardPolicy, onPriorityChange: "reset" as never });
      throw new Error("expected a throw");
    } catch (error) {
      expect(isPledgeError(error)).toBe(true);
      if (isPledgeError(error)) {
        expect(error.code).toBe("invalid_policy");
        expect(error.message).toContain("onPriorityChange");
      }
    }
  });

  it("SlaPolicySchema parses the same inputs", () => {
    expect(SlaPolicySchema.safeParse(standardPolicy).success).toBe(true);
    expect(SlaPolicySchema.safeParse({ ...standardPolicy, extra: 1 }).success).toBe(false);
  });
});
