import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decideRemedy, defineRemedyPolicy, type RemedyDecision } from "../../src/remedy/index.js";
import { arbFacts, arbHistory, arbLatenessTiers, arbPolicy, CURRENCIES, arbCurrency } from "../arbitraries/remedy.js";

const minor = (amount: string, exponent: number): bigint => BigInt(amount.replace(".", "")) * 10n ** BigInt(exponent - (amount.split(".")[1]?.length ?? 0));
const scenario = arbPolicy.chain((policy) => fc.tuple(fc.constant(policy), arbFacts(policy.currency), arbHistory(policy.currency)));
const decide = (policy: { input: unknown }, facts: unknown, history: unknown): RemedyDecision =>
  decideRemedy(defineRemedyPolicy(policy.input as never), facts as never, { history: history as never });

describe("decideRemedy properties", () => {
  it("never produces fractional minor units: every amount has exactly the currency's decimals", () => {
    fc.assert(
      fc.property(scenario, ([policy, facts, history]) => {
        const exponent = CURRENCIES[policy.currency];
        const shape = exponent === 0 ? /^\d+$/ : new RegExp(`^\\d+\\.\\d{${exponent}}$`);
        const d = decide(policy, facts, history);
        for (const money of [...d.totals, ...d.remedies.flatMap((r) => (r.amount === undefined ? [] : [r.amount]))]) expect(money.amount).toMatch(shape);
      }),
      { numRuns: 200 },
    );
  });

  it("the sum of the remedies equals the total, exactly, per currency", () => {
    fc.assert(
      fc.property(scenario, ([policy, facts, history]) => {
        const d = decide(policy, facts, history);
        const exponent = CURRENCIES[policy.currency];
        const sum = d.remedies.reduce((s, r) => s + (r.amount === undefined ? 0n : minor(r.amount.amount, exponent)), 0n);
        const total = d.totals.find((t) => t.currency === policy.currency);
        expect(total === undefined ? 0n : minor(total.amount, exponent)).toBe(sum);
        expect(d.totals.length).toBe(sum === 0n ? 0 : 1);
      }),
      { numRuns: 200 },
    );
  });

  it("no amount exceeds a per-incident cap that applies to it, and with history the period cap holds", () => {
    fc.assert(
      fc.property(scenario, ([policy, facts, history]) => {
        const d = decide(policy, facts, history);
        const exponent = CURRENCIES[policy.currency];
        const rules = (policy.input as { rules: { id: string; cap?: string }[] }).rules;
        for (const remedy of d.remedies) {
          const cap = rules.find((r) => r.id === remedy.ruleId)?.cap;
          if (cap !== undefined && remedy.amount !== undefined) expect(minor(remedy.amount.amount, exponent) <= minor(cap, exponent)).toBe(true);
        }
        const periodCap = (policy.input as { periodCaps?: { amount: string }[] }).periodCaps?.[0]?.amount;
        if (periodCap !== undefined) {
          const used = history.reduce((s, h) => s + minor(h.amount.amount, exponent), 0n);
          const total = minor(d.totals[0]?.amount ?? "0", exponent);
          const limit = minor(periodCap, exponent);
          expect(total <= (used >= limit ? 0n : limit - used)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("a floor holds unless a cap applied after it cuts below it, and then the explanation says so", () => {
    fc.assert(
      fc.property(scenario, ([policy, facts]) => {
        const input = { ...(policy.input as object), stacking: "sum", periodCaps: undefined, minimumPayable: undefined };
        delete (input as { periodCaps?: unknown }).periodCaps;
        delete (input as { minimumPayable?: unknown }).minimumPayable;
        const d = decideRemedy(defineRemedyPolicy(input as never), facts as never);
        const exponent = CURRENCIES[policy.currency];
        for (const rule of (input as unknown as { rules: { id: string; floor?: string }[] }).rules) {
          const remedy = d.remedies.find((r) => r.ruleId === rule.id);
          if (rule.floor === undefined || remedy?.amount === undefined) continue;
          const below = minor(remedy.amount.amount, exponent) < minor(rule.floor, exponent);
          const said = d.explanation.some((e) => e.code === "cap_below_floor" && e.ruleId === rule.id);
          expect(below).toBe(said);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("is deterministic: the same policy and facts give deep-equal decisions", () => {
    fc.assert(
      fc.property(scenario, ([policy, facts, history]) => {
        const a = decide(policy, facts, history);
        const b = decide(structuredClone(policy), structuredClone(facts), structuredClone(history));
        expect(b).toEqual(a);
      }),
      { numRuns: 100 },
    );
  });

  it("raising lateness never lowers a lateness-tiered amount", () => {
    const arb = arbCurrency.chain((currency) =>
      fc.tuple(fc.constant(currency), arbLatenessTiers(currency), fc.double({ min: 0, max: 600, noNaN: true }), fc.double({ min: 0, max: 600, noNaN: true })),
    );
    fc.assert(
      fc.property(arb, ([currency, tiers, x, y]) => {
        const policy = defineRemedyPolicy({
          id: "tiered",
          currency,
          facts: { lateHours: { type: "number", min: 0 }, fee: { type: "money" } },
          rules: [{ id: "r", kind: "compensation", amount: tiers.amount }],
        });
        const fee = { currency, amount: currency === "JPY" ? "12345" : "123.45" };
        const amount = (late: number) => {
          const total = decideRemedy(policy, { lateHours: late, fee }).totals[0]?.amount ?? "0";
          return minor(total, CURRENCIES[currency]);
        };
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        expect(amount(lo) <= amount(hi)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
