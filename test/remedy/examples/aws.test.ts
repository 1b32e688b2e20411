import { describe, expect, it } from "vitest";
import { amountOf, codes, decide, loadPolicy } from "./load.js";

// Amazon Compute SLA, Region-Level. Credits are a percentage of the month's charges; hand-checked:
// 10% of 1234.56 = 123.456 → 123.46; 30% = 370.368 → 370.37; 100% = 1234.56.
const policy = loadPolicy("aws-compute-region-sla");
const charges = { currency: "USD", amount: "1234.56" };
const in2023 = (uptime: number, extra: Record<string, unknown> = {}) =>
  decide(policy, { incidentAt: "2023-03-10T12:00:00Z", monthlyUptimePercent: uptime, monthlyCharges: charges, ...extra } as never);

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

  it("rounds a half-cent credit to even: 10% of 0.25 USD is 0.025 → 0.02", () => {
    expect(amountOf(in2023(99.5, { monthlyCharges: { currency: "USD", amount: "0.25" } }), "service-credit")).toBe("0.02");
  });

  it("excludes force majeure and customer-caused unavailability, giving the reason", () => {
    const decision = in2023(90, { cause: "force_majeure" });
    expect(decision.eligible).toBe(false);
    expect(decision.explanation.find((e) => e.code === "excluded")?.message).toContain("force majeure");
    expect(in2023(90, { cause: "customer" }).eligible).toBe(false);
  });
});

describe("AWS Compute SLA: the version in force at the incident", () => {
  const at = (incidentAt: string, uptime: number) => decide(policy, { incidentAt, monthlyUptimePercent: uptime, monthlyCharges: charges });

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
