import { describe, expect, it } from "vitest";
import { amountOf, codes, decide, loadPolicy } from "./load.js";

// Regulation 261/2004 (Art. 7): 250 / 400 / 600 EUR by distance band, halved when the re-routed arrival
// is within 2 / 3 / 4 hours (Art. 7(2)), or for a 3–4 hour delay on a long-haul flight (Sturgeon).
const policy = loadPolicy("eu261");
const base = { incidentAt: "2024-07-01T06:00:00Z", ticketPrice: { currency: "EUR", amount: "289.00" } };
const delayed = (distanceKm: number, arrivalDelayMinutes: number, extra: Record<string, unknown> = {}) =>
  decide(policy, { ...base, disruption: "delay", distanceKm, arrivalDelayMinutes, ...extra } as never);
const cancelled = (distanceKm: number, arrivalDelayMinutes: number, extra: Record<string, unknown> = {}) =>
  decide(policy, { ...base, disruption: "cancellation", noticeDays: 2, reroutingOffered: true, distanceKm, arrivalDelayMinutes, ...extra } as never);

describe("EU261 compensation for delays", () => {
  it.each([
    [800, 179, "none"],
    [800, 180, "250.00"],
    [1500, 180, "250.00"],
    [1500.5, 180, "400.00"],
    [3500, 180, "400.00"],
    [3500.5, 239, "300.00"],
    [6000, 180, "300.00"],
    [6000, 239, "300.00"],
    [6000, 240, "600.00"],
    [6000, 600, "600.00"],
  ])("%s km, %s minutes late → %s EUR", (distance, delay, expected) => {
    expect(amountOf(delayed(distance, delay), "compensation")).toBe(expected);
  });

  it("treats intra-EU flights over 3500 km as band (b): 400 EUR, never halved for a delay", () => {
    expect(amountOf(delayed(3600, 200, { intraEu: true }), "compensation")).toBe("400.00");
  });

  it("explains the band and the modifier", () => {
    const messages = delayed(6000, 200).explanation.map((e) => e.message);
    expect(messages).toContain('rule "compensation": tier "c" matched (distanceKm > 3500; intraEu = false)');
    expect(messages.some((m) => m.includes("modifier ×0.5 applied"))).toBe(true);
  });
});

describe("EU261 compensation for cancellations with re-routing (Art. 7(2))", () => {
  it.each([
    [1000, 120, "125.00"],
    [1000, 121, "250.00"],
    [2000, 180, "200.00"],
    [2000, 181, "400.00"],
    [5000, 240, "300.00"],
    [5000, 241, "600.00"],
  ])("%s km, re-routed arriving %s minutes late → %s EUR", (distance, delay, expected) => {
    expect(amountOf(cancelled(distance, delay, { reroutedDepartureEarlyMinutes: 90 }), "compensation")).toBe(expected);
  });

  it("offers reimbursement or re-routing as the passenger's choice (Art. 8), outside the totals until chosen", () => {
    const decision = cancelled(1000, 300);
    const choice = decision.remedies.find((r) => r.ruleId === "reimbursement-or-rerouting");
    expect(choice?.kind).toBe("choice");
    expect(choice?.options?.map((o) => [o.optionId, o.amount?.amount])).toEqual([
      ["reimbursement", "289.00"],
      ["rerouting", undefined],
    ]);
    expect(decision.totals).toEqual([{ currency: "EUR", amount: "250.00" }]);
    const chosen = decide(
      policy,
      { ...base, disruption: "cancellation", noticeDays: 2, distanceKm: 1000, arrivalDelayMinutes: 300 },
      { choices: { "reimbursement-or-rerouting": "reimbursement" } },
    );
    expect(chosen.totals).toEqual([{ currency: "EUR", amount: "539.00" }]);
  });
});

describe("EU261 exclusions and carve-backs", () => {
  it.each([
    [14, "none"],
    [13, "250.00"],
  ])("a cancellation notified %s days ahead (no re-routing) → %s", (noticeDays, expected) => {
    expect(amountOf(cancelled(1000, 300, { noticeDays, reroutingOffered: false }), "compensation")).toBe(expected);
  });

  it("Art. 5(1)(c)(ii): 7–14 days' notice with re-routing leaving ≤ 2 h early and arriving < 4 h late → excluded", () => {
    expect(amountOf(cancelled(1000, 239, { noticeDays: 7, reroutedDepartureEarlyMinutes: 120 }), "compensation")).toBe("none");
    expect(amountOf(cancelled(1000, 240, { noticeDays: 7, reroutedDepartureEarlyMinutes: 120 }), "compensation")).toBe("250.00");
    expect(amountOf(cancelled(1000, 200, { noticeDays: 7, reroutedDepartureEarlyMinutes: 121 }), "compensation")).toBe("250.00");
  });

  it("Art. 5(1)(c)(iii): under 7 days' notice, re-routing ≤ 1 h early and < 2 h late → excluded", () => {
    expect(amountOf(cancelled(1000, 119, { noticeDays: 6, reroutedDepartureEarlyMinutes: 60 }), "compensation")).toBe("none");
    expect(amountOf(cancelled(1000, 119, { noticeDays: 6, reroutedDepartureEarlyMinutes: 61 }), "compensation")).toBe("125.00");
  });

  it("extraordinary circumstances exclude compensation but not care, unless avoidable by reasonable measures", () => {
    const storm = delayed(1200, 300, { extraordinaryCircumstances: true, departureDelayMinutes: 280 });
    expect(amountOf(storm, "compensation")).toBe("none");
    expect(storm.explanation.find((e) => e.code === "excluded")?.message).toContain("Art. 5(3)");
    expect(storm.remedies.map((r) => r.kind)).toEqual(["free_service"]);
    const avoidable = delayed(1200, 300, { extraordinaryCircumstances: true, avoidableByReasonableMeasures: true });
    expect(amountOf(avoidable, "compensation")).toBe("250.00");
    expect(codes(avoidable)).toContain("carve_back");
  });

  it("a passenger who volunteered to give up the seat gets no compensation", () => {
    const decision = decide(policy, { ...base, disruption: "denied_boarding", distanceKm: 900, volunteered: true, arrivalDelayMinutes: 500 });
    expect(amountOf(decision, "compensation")).toBe("none");
  });
});

describe("EU261 right to care (non-monetary)", () => {
  it.each([
    [1500, 119, false],
    [1500, 120, true],
    [2500, 179, false],
    [2500, 180, true],
    [5000, 239, false],
    [5000, 240, true],
  ])("%s km, departure %s minutes late → care %s", (distanceKm, departureDelayMinutes, expected) => {
    const decision = delayed(distanceKm, 0, { departureDelayMinutes });
    expect(decision.remedies.some((r) => r.ruleId === "care-meals")).toBe(expected);
  });

  // Art. 6(1)(ii) and 9(1)(b)(c): hotel and transport only when the new departure is at least the
  // next day; Art. 5(1)(b) and 4(3): every cancelled or involuntarily denied passenger gets care.
  it.each([
    ["delay 2500 km, 180 min, same day", { disruption: "delay", distanceKm: 2500, departureDelayMinutes: 180 }, ["care-meals"]],
    [
      "delay 2500 km, 180 min, next day",
      { disruption: "delay", distanceKm: 2500, departureDelayMinutes: 180, overnightStayNeeded: true },
      ["care-meals", "care-hotel", "care-transport"],
    ],
    [
      "delay 2500 km, 170 min, next day (below the threshold)",
      { disruption: "delay", distanceKm: 2500, departureDelayMinutes: 170, overnightStayNeeded: true },
      [],
    ],
    ["cancellation, same day", { disruption: "cancellation", distanceKm: 800, noticeDays: 1 }, ["care-meals"]],
    [
      "cancellation, next day",
      { disruption: "cancellation", distanceKm: 800, noticeDays: 1, overnightStayNeeded: true },
      ["care-meals", "care-hotel", "care-transport"],
    ],
    ["denied boarding against their will", { disruption: "denied_boarding", distanceKm: 800 }, ["care-meals"]],
    ["volunteered to give up the seat", { disruption: "denied_boarding", distanceKm: 800, volunteered: true, overnightStayNeeded: true }, []],
  ])("%s → %j", (_name, facts, expected) => {
    const decision = decide(policy, { incidentAt: "2024-07-01T06:00:00Z", arrivalDelayMinutes: 0, ...facts } as never);
    const care = decision.remedies.filter((r) => r.ruleId.startsWith("care-"));
    expect(care.map((r) => r.ruleId)).toEqual(expected);
    for (const remedy of care) expect(remedy).toMatchObject({ kind: "free_service", delivery: "automatic" });
    expect(care.every((r) => r.amount === undefined && typeof r.item === "string")).toBe(true);
  });
});

describe("EU261 with missing facts", () => {
  it("reports the missing distance and does not apply the rule that needs it", () => {
    const decision = decide(policy, { incidentAt: "2024-07-01T06:00:00Z", disruption: "delay", arrivalDelayMinutes: 200 });
    expect(decision.eligible).toBe(false);
    const missing = decision.issues.find((i) => i.path[1] === "distanceKm");
    expect(missing).toMatchObject({ code: "missing_fact", params: { fact: "distanceKm", rules: ["compensation"] } });
    // Care defaults the departure delay to 0, which decides its condition without the distance.
    expect(decision.remedies).toEqual([]);
  });

  it("does not need facts a decided condition never reads (a 2-hour delay needs no distance for compensation)", () => {
    const decision = decide(policy, {
      incidentAt: "2024-07-01T06:00:00Z",
      disruption: "delay",
      arrivalDelayMinutes: 120,
      departureDelayMinutes: 0,
      distanceKm: 700,
    });
    expect(decision.issues).toEqual([]);
    expect(decision.eligible).toBe(false);
  });
});
