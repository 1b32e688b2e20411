// One compiled-value protocol (issue 13): a complaint policy from another copy of pledgekit is
// recognised by the registered symbol and adopted from its definition; an embedded compiled
// calendar is reused, never recompiled.
import { describe, expect, it } from "vitest";
import { defineCalendar } from "../../src/calendar/index.js";
import {
  complaintStatus,
  defaultComplaintPolicy,
  defaultComplaintPolicyInput,
  defineComplaintPolicy,
  isComplaintPolicy,
  openComplaint,
} from "../../src/complaint/index.js";
import { compiled } from "../../src/complaint/internal/compile.js";
import { SHANGHAI_2024 } from "../fixtures/complaint.js";

/** What a policy made by another copy of pledgekit looks like to this one. */
function foreignCopyOf(definition: unknown): object {
  const value = { kind: "pledgekit.complaint_policy", id: "default", definition };
  Object.defineProperty(value, Symbol.for("pledgekit.compiled"), { value: "pledgekit.complaint_policy" });
  return Object.freeze(value);
}

describe("compiled complaint policies", () => {
  it("carry kind pledgekit.complaint_policy and the definition they came from", () => {
    const policy = defaultComplaintPolicy();
    expect(policy.kind).toBe("pledgekit.complaint_policy");
    expect(defineComplaintPolicy(policy.definition).definition).toEqual(policy.definition);
    expect(isComplaintPolicy(policy)).toBe(true);
    expect(isComplaintPolicy(defaultComplaintPolicyInput())).toBe(false);
  });

  it("a policy from another copy is adopted: same answers as this copy's", () => {
    const policy = defaultComplaintPolicy();
    const foreign = foreignCopyOf(JSON.parse(JSON.stringify(policy.definition)));
    const state = openComplaint(policy, { id: "X", receivedAt: "2024-10-08T01:00:00Z", class: "major" });
    expect(isComplaintPolicy(foreign)).toBe(true);
    expect(complaintStatus(foreign as typeof policy, state, "2024-10-09T00:00:00Z")).toEqual(complaintStatus(policy, state, "2024-10-09T00:00:00Z"));
  });

  it("a forged one carrying the symbol gets a PledgeError naming the definition's problem", () => {
    const forged = foreignCopyOf({ id: "x" });
    expect(isComplaintPolicy(forged)).toBe(false);
    expect(() => complaintStatus(forged as never, {} as never, "2024-10-09T00:00:00Z")).toThrow(expect.objectContaining({ code: "invalid_argument" }));
  });

  it("an embedded compiled calendar is reused as it is, and its definition recorded", () => {
    const calendar = defineCalendar(SHANGHAI_2024);
    const policy = defineComplaintPolicy({ ...defaultComplaintPolicyInput(), id: "cal", calendar });
    expect(compiled(policy).calendar).toBe(calendar);
    expect(policy.definition.calendar?.timeZone).toBe("Asia/Shanghai");
  });
});
