import { describe, expect, it } from "vitest";
import { amountOf, codes, decide, loadPolicy } from "./load.js";

// Amazon Compute SLA, Region-Level. Credits are a percentage of the month's charges; hand-checked:
// 10% of 1234.56 = 123.456 → 123.46; 30% = 370.368 → 370.37; 100% = 1234.56.
// "A Service Credit will be applied only if the credit amount ... is greater than one dollar ($1 USD)."
// "... received by us by the end of the second billing cycle after which the incident occurred."
const policy = loadPolicy("aws-compute-region-sla");
const charges = { currency: "USD", amount: "1234.56" };
const claimedAt = "2023-03-20T00:00:00Z";
const in2023 = (uptime: number, extra: Record<string, unknown> = {}) =>
  decide(policy, { incidentAt: "2023-03-10T12:00:00Z", claimedAt, monthlyUptimePercent: uptime, monthlyCharges: charges, ...extra } as never);

describe("AWS Compute Region-Level SLA credits (2022-05-05 schedule)", () => {
  it.each([
    [100, "none"],
    [99.99, "none"],
    [99.98999, "123.46"],
    [99.5, "123.46"],
    [99.0, "123.46"],
    [98.99999, "370.37"],
    [95.0, "370.37"],
    [94.99999, "1234.56"],
    [0, "1234.56"],
  ])("uptime %s%% → credit %s", (uptime, expected) => {
    expect(amountOf(in2023(uptime), "service-credit")).toBe(expected);
  });

  it("names the tier and the version in the explanation", () => {
    const decision = in2023(97.2);
    expect(decision.version).toBe("2022-05-05");
    expect(decision.explanation.find((e) => e.code === "tier_matched")?.message).toBe(
      'rule "service-credit": tier "30%" matched (95 ≤ monthlyUptimePercent < 99)',
    );
    expect(decision.remedies[0]).toMatchObject({ kind: "credit", delivery: "on_claim" });
  });

  it("rounds a half-cent credit to even: 10% of 12.25 USD is 1.225 → 1.22", () => {
    expect(amountOf(in2023(99.5, { monthlyCharges: { currency: "USD", amount: "12.25" } }), "service-credit")).toBe("1.22");
  });

  // Counted by hand: 10% of $10.00 = $1.00, not greater than $1 → nothing; 10% of $10.10 = $1.01 → paid;
  // 10% of $10.05 = 1.005 → half-even 1.00 → nothing (the minimum is checked on the rounded credit).
  it.each([
    ["10.00", "none"],
    ["10.05", "none"],
    ["10.06", "1.01"],
    ["10.10", "1.01"],
    ["5.00", "none"],
  ])("charges $%s at 99.5%% → credit %s (only if greater than $1)", (amount, expected) => {
    const decision = in2023(99.5, { monthlyCharges: { currency: "USD", amount } });
    expect(amountOf(decision, "service-credit")).toBe(expected);
    if (expected === "none")
      expect(decision.explanation.find((e) => e.code === "below_minimum_payable")?.message).toMatch(/is not above the minimum payable of 1\.00 USD/);
  });

  // Incident on 2023-03-10: the billing cycle is March; the second cycle after it is May, which ends
  // at 2023-06-01T00:00Z. A claim then or later is too late.
  it.each([
    ["2023-03-10T12:00:00Z", "370.37"],
    ["2023-05-31T23:59:59Z", "370.37"],
    ["2023-06-01T00:00:00Z", "none"],
  ])("claimed at %s → %s (by the end of the second billing cycle)", (at, expected) => {
    expect(amountOf(in2023(97, { claimedAt: at }), "service-credit")).toBe(expected);
  });

  it("shows the claim window on the credit", () => {
    expect(in2023(97).remedies[0]?.claimWindow).toEqual({ opensAt: "2023-03-10T12:00:00.000Z", closesAt: "2023-06-01T00:00:00.000Z" });
  });

  it("excludes force majeure and customer-caused unavailability, giving the reason", () => {
    const decision = in2023(90, { cause: "force_majeure" });
    expect(decision.eligible).toBe(false);
    expect(decision.explanation.find((e) => e.code === "excluded")?.message).toContain("force majeure");
    expect(in2023(90, { cause: "customer" }).eligible).toBe(false);
  });
});

describe("AWS Compute SLA: the version in force at the incident", () => {
  const at = (incidentAt: string, uptime: number) =>
    decide(policy, { incidentAt, claimedAt: incidentAt, monthlyUptimePercent: uptime, monthlyCharges: charges });

  it("uses the 2018 schedule (no 100% tier) for incidents before 2022-05-05", () => {
    const decision = at("2022-05-04T23:59:59Z", 90);
    expect(decision.version).toBe("2018-02-12");
    expect(amountOf(decision, "service-credit")).toBe("370.37");
  });

  it("switches to the 2022 schedule at its effective instant", () => {
    const decision = at("2022-05-05T00:00:00Z", 90);
    expect(decision.version).toBe("2022-05-05");
    expect(amountOf(decision, "service-credit")).toBe("1234.56");
  });

  it("has no version in force before 2018-02-12", () => {
    const decision = at("2018-02-11T23:59:59Z", 90);
    expect(decision).toMatchObject({ eligible: false, version: null, remedies: [] });
    expect(codes(decision)).toContain("no_version_in_force");
  });

  it("needs the incident's time to choose a version: a missing_fact issue, not an exception", () => {
    const decision = decide(policy, { monthlyUptimePercent: 90, monthlyCharges: charges });
    expect(decision.eligible).toBe(false);
    expect(decision.issues.map((i) => [i.code, i.path])).toEqual([["missing_fact", ["facts", "incidentAt"]]]);
  });
});
