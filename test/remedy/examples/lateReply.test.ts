import { describe, expect, it } from "vitest";
import { amountOf, decide, loadPolicy } from "./load.js";

// The bundled late-reply guarantee: ¥20, or ¥10 per started 30 minutes after a 30-minute grace,
// whichever is larger, ×1.5 for Plus members, capped at ¥100; claimable within 7 business days on a
// Shanghai calendar with the 2025 National Day holiday and its make-up working days (调休).
const policy = loadPolicy("late-reply-guarantee");
const late = (lateMinutes: number, extra: Record<string, unknown> = {}) =>
  decide(policy, { incidentAt: "2025-03-10T12:00:00+08:00", claimedAt: "2025-03-10T15:00:00+08:00", lateMinutes, ...extra } as never);

describe("late-reply guarantee amounts", () => {
  // over the grace: 60 min → 1 started unit (¥10, so ¥20 wins); 61 → 2; 91 → 3; 301 → 10 (¥100).
  it.each([
    [0, "none"],
    [1, "20.00"],
    [60, "20.00"],
    [61, "20.00"],
    [90, "20.00"],
    [91, "30.00"],
    [300, "90.00"],
    [301, "100.00"],
    [1000, "100.00"],
  ])("%s minutes late → ¥%s", (minutes, expected) => {
    expect(amountOf(late(minutes), "coupon")).toBe(expected);
  });

  it("gives Plus members 1.5× before the cap", () => {
    expect(amountOf(late(90, { customerTier: "plus" }), "coupon")).toBe("30.00");
    expect(amountOf(late(105, { customerTier: "plus" }), "coupon")).toBe("45.00");
    expect(amountOf(late(240, { customerTier: "plus" }), "coupon")).toBe("100.00");
  });

  it("adds 500 points from two hours, and nothing but the apology when the customer caused the delay", () => {
    expect(late(120).points).toBe(500);
    expect(late(200, { customerCaused: true }).remedies.map((r) => r.kind)).toEqual(["apology"]);
  });
});

describe("late-reply guarantee claim window: 7 business days on the Shanghai calendar", () => {
  // Due Friday 2025-09-26. Business days after it: Sun 09-28 (调休 working day), Mon 09-29, Tue 09-30,
  // [10-01…10-08 holiday], Thu 10-09, Fri 10-10, Sat 10-11 (调休), Mon 10-13: closes 10-13 18:00 (10:00Z).
  const claim = (claimedAt: string) => decide(policy, { incidentAt: "2025-09-26T16:00:00+08:00", lateMinutes: 50, claimedAt });

  it.each([
    ["2025-10-13T17:59:59+08:00", "20.00"],
    ["2025-10-13T18:00:00+08:00", "none"],
  ])("claimed at %s → %s", (claimedAt, expected) => {
    expect(amountOf(claim(claimedAt), "coupon")).toBe(expected);
  });

  it("reports the window it used", () => {
    expect(claim("2025-10-09T10:00:00+08:00").remedies.find((r) => r.ruleId === "coupon")?.claimWindow).toEqual({
      opensAt: "2025-09-26T08:00:00.000Z",
      closesAt: "2025-10-13T10:00:00.000Z",
    });
  });
});
