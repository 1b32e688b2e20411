import { describe, expect, it } from "vitest";
import { amountOf, decide, loadPolicy } from "./load.js";

// Delay Repay 15. Single: 25% / 50% / 100% / 100% for 15-29 / 30-59 / 60-119 / 120+ minutes; return:
// 12.5% / 25% / 50% / 100%; season: nothing under 30 minutes, then 50% / 100% of one journey's value,
// the season price divided by the journeys it covers (annual 464).
const policy = loadPolicy("uk-delay-repay-15");
const now = "2024-11-05T12:00:00Z";
const claim = (ticketType: string, delayMinutes: number, fare: string) =>
  amountOf(decide(policy, { incidentAt: "2024-11-04T08:30:00Z", ticketType, delayMinutes, fare: { currency: "GBP", amount: fare } }, { now }), "delay-repay");

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

  const season = (delayMinutes: number, price: string, seasonJourneys: number) =>
    amountOf(
      decide(
        policy,
        { incidentAt: "2024-11-04T08:30:00Z", ticketType: "season", delayMinutes, seasonJourneys, fare: { currency: "GBP", amount: price } },
        { now },
      ),
      "delay-repay",
    );

  // Counted by hand: £4,653.92 / 464 = 10.03 exactly; 50% = 5.015 → half-even 5.02 (a truncated
  // journey value, 10.02, would give 5.01); 100% = 10.03. Monthly £420.00 / 40 = 10.50 → 5.25.
  it.each([
    [14, "4653.92", 464, "none"],
    [15, "4653.92", 464, "none"],
    [29, "4653.92", 464, "none"],
    [30, "4653.92", 464, "5.02"],
    [59, "4653.92", 464, "5.02"],
    [60, "4653.92", 464, "10.03"],
    [180, "4653.92", 464, "10.03"],
    [45, "420.00", 40, "5.25"],
    [45, "1000.00", 464, "1.08"], // 1000 / 464 / 2 = 1.0775… → 1.08
  ])("season, %s minutes late, £%s over %s journeys → £%s", (delay, price, journeys, expected) => {
    expect(season(delay, price, journeys)).toBe(expected);
  });

  it("explains the season journey's value exactly, rounded once", () => {
    const decision = decide(
      policy,
      { incidentAt: "2024-11-04T08:30:00Z", ticketType: "season", delayMinutes: 40, seasonJourneys: 464, fare: { currency: "GBP", amount: "4653.92" } },
      { now },
    );
    expect(decision.explanation.find((e) => e.code === "amount_ratio")?.message).toBe(
      'rule "delay-repay": 0.5 × fare 4653.92 GBP ÷ seasonJourneys 464 = 5.015 GBP (exact, rounded once at the end)',
    );
    expect(decision.explanation.find((e) => e.code === "rounded")?.message).toBe('rule "delay-repay": 5.015 GBP rounded half_even to 5.02 GBP');
  });

  it("needs the number of journeys only for season tickets", () => {
    const decision = decide(
      policy,
      { incidentAt: "2024-11-04T08:30:00Z", ticketType: "season", delayMinutes: 40, fare: { currency: "GBP", amount: "4653.92" } },
      { now },
    );
    expect(decision.issues.map((i) => [i.code, i.path])).toEqual([["missing_fact", ["facts", "seasonJourneys"]]]);
    expect(claim("single", 40, "10.00")).toBe("5.00");
  });

  it("rounds once, half to even: 12.5% of £5.30 = 0.6625 → 0.66; 25% of £5.30 = 1.325 → 1.32; 25% of £4.10 = 1.025 → 1.02", () => {
    expect(claim("return", 20, "5.30")).toBe("0.66");
    expect(claim("single", 20, "5.30")).toBe("1.32");
    expect(claim("single", 20, "4.10")).toBe("1.02");
  });

  it("reports a fare in the wrong currency as an invalid fact, and grants nothing", () => {
    const decision = decide(
      policy,
      { incidentAt: "2024-11-04T08:30:00Z", ticketType: "single", delayMinutes: 40, fare: { currency: "EUR", amount: "10.00" } },
      { now },
    );
    expect(decision.eligible).toBe(false);
    expect(decision.issues.map((i) => i.code)).toEqual(["invalid_fact"]);
  });
});

describe("Delay Repay: claims within 28 days of the journey (UK calendar days)", () => {
  // Journey on Sunday 2024-10-06 (BST). The window closes at the end of 2024-11-03 in London: after
  // the clocks went back, that is 2024-11-04T00:00Z.
  const journey = { incidentAt: "2024-10-06T18:40:00+01:00", ticketType: "single", delayMinutes: 35, fare: { currency: "GBP", amount: "12.00" } };
  const at = (claimedAt: string) => decide(policy, { ...journey, claimedAt });

  it.each([
    ["2024-10-06T19:00:00+01:00", "6.00"],
    ["2024-11-03T23:59:59Z", "6.00"],
    ["2024-11-04T00:00:00Z", "none"],
  ])("claimed at %s → %s", (claimedAt, expected) => {
    expect(amountOf(at(claimedAt), "delay-repay")).toBe(expected);
  });

  it("shows the window on the remedy and explains a late claim", () => {
    expect(at("2024-10-20T10:00:00Z").remedies[0]?.claimWindow).toEqual({ opensAt: "2024-10-06T17:40:00.000Z", closesAt: "2024-11-04T00:00:00.000Z" });
    expect(at("2024-11-10T10:00:00Z").explanation.find((e) => e.code === "claim_outside_window")?.message).toBe(
      'rule "delay-repay": claimed at Sun 10 Nov 2024 10:00 GMT, outside the claim window [Sun 6 Oct 2024 18:40 GMT+1, Mon 4 Nov 2024 00:00 GMT)',
    );
  });

  it("uses now as the claim instant when the facts carry none, and asks for one otherwise", () => {
    expect(amountOf(decide(policy, journey, { now: "2024-10-07T09:00:00Z" }), "delay-repay")).toBe("6.00");
    const unknown = decide(policy, journey);
    expect(unknown.issues.map((i) => [i.code, i.path])).toEqual([["missing_fact", ["facts", "claimedAt"]]]);
  });
});
