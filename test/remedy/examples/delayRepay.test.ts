import { describe, expect, it } from "vitest";
import { amountOf, decide, loadPolicy } from "./load.js";

// Delay Repay 15. Single (and season journey value): 25% / 50% / 100% / 100%; return: 12.5% / 25% / 50% / 100%.
const policy = loadPolicy("uk-delay-repay-15");
const claim = (ticketType: string, delayMinutes: number, fare: string) =>
  amountOf(decide(policy, { incidentAt: "2024-11-04T08:30:00Z", ticketType, delayMinutes, fare: { currency: "GBP", amount: fare } }), "delay-repay");

describe("Delay Repay 15", () => {
  it.each([
    [0, "none"],
    [14, "none"],
    [15, "2.50"],
    [29, "2.50"],
    [30, "5.00"],
    [59, "5.00"],
    [60, "10.00"],
    [119, "10.00"],
    [120, "10.00"],
    [300, "10.00"],
  ])("single £10.00, %s minutes late → £%s", (delay, expected) => {
    expect(claim("single", delay, "10.00")).toBe(expected);
  });

  it.each([
    [14, "none"],
    [15, "2.50"],
    [29, "2.50"],
    [30, "5.00"],
    [59, "5.00"],
    [60, "10.00"],
    [119, "10.00"],
    [120, "20.00"],
  ])("return £20.00, %s minutes late → £%s", (delay, expected) => {
    expect(claim("return", delay, "20.00")).toBe(expected);
  });

  it("pays season tickets on the journey's value like singles", () => {
    expect(claim("season", 45, "7.40")).toBe("3.70");
  });

  it("rounds once, half to even: 12.5% of £5.30 = 0.6625 → 0.66; 25% of £5.30 = 1.325 → 1.32; 25% of £4.10 = 1.025 → 1.02", () => {
    expect(claim("return", 20, "5.30")).toBe("0.66");
    expect(claim("single", 20, "5.30")).toBe("1.32");
    expect(claim("season", 20, "4.10")).toBe("1.02");
  });

  it("reports a fare in the wrong currency as an invalid fact, and grants nothing", () => {
    const decision = decide(policy, { incidentAt: "2024-11-04T08:30:00Z", ticketType: "single", delayMinutes: 40, fare: { currency: "EUR", amount: "10.00" } });
    expect(decision.eligible).toBe(false);
    expect(decision.issues.map((i) => i.code)).toEqual(["invalid_fact"]);
  });
});
