import { describe, expectTypeOf, it } from "vitest";
import type { Issue } from "../../src/core/index.js";
import {
  applyComplaintEvent,
  defaultComplaintPolicy,
  defaultComplaintPolicyInput,
  isComplaintPolicy,
  openComplaint,
  regulatoryDeadlines,
  type ComplaintDeadlineStatus,
  type ComplaintEffect,
  type ComplaintPolicy,
  type ComplaintPolicyInput,
  type ComplaintState,
  type RegulatoryPreset,
} from "../../src/complaint/index.js";

describe("complaint public types", () => {
  it("applyComplaintEvent narrows on ok", () => {
    const policy = defaultComplaintPolicy();
    const result = applyComplaintEvent(policy, openComplaint(policy, { id: "X", receivedAt: 0 }), { type: "tick", at: 0 });
    if (result.ok) {
      expectTypeOf(result.state).toEqualTypeOf<ComplaintState>();
      expectTypeOf(result.effects).toEqualTypeOf<readonly ComplaintEffect[]>();
    } else expectTypeOf(result.issues).toEqualTypeOf<readonly Issue[]>();
  });

  it("compiled policies carry their kind; isComplaintPolicy narrows", () => {
    expectTypeOf(defaultComplaintPolicy().kind).toEqualTypeOf<"pledgekit.complaint_policy">();
    const value: unknown = null;
    if (isComplaintPolicy(value)) expectTypeOf(value).toEqualTypeOf<ComplaintPolicy>();
  });

  it("presets are a closed set of kebab-case names", () => {
    expectTypeOf(regulatoryDeadlines).parameter(0).toEqualTypeOf<RegulatoryPreset>();
    // @ts-expect-error: "uk-fca" is not a preset
    regulatoryDeadlines("uk-fca");
  });

  it("the default policy is plain input JSON; statuses include lapsed windows", () => {
    expectTypeOf(defaultComplaintPolicyInput()).toEqualTypeOf<ComplaintPolicyInput>();
    expectTypeOf<"lapsed">().toExtend<ComplaintDeadlineStatus["status"]>();
    expectTypeOf<ComplaintDeadlineStatus["kind"]>().toEqualTypeOf<"limit" | "window">();
  });
});
