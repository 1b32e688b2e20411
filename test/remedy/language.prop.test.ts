import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decideRemedy, defineRemedyPolicy } from "../../src/remedy/index.js";
import { arbProportion, arbSplitTable, CURRENCIES } from "../arbitraries/remedy.js";
import { proportionMinor, toMinor } from "./reference/proportion.js";

const runs = process.env.PLEDGEKIT_DEEP ? 20_000 : 200;

describe("exact proportions", () => {
  it("percent of a fact ÷ a divisor is the exact fraction rounded half-even once (reference model)", () => {
    fc.assert(
      fc.property(arbProportion, ({ currency, price, percent, divisor }) => {
        const exponent = CURRENCIES[currency];
        const policy = defineRemedyPolicy({
          id: "p",
          currency,
          facts: { price: { type: "money" }, n: { type: "number", min: 1 } },
          rules: [
            { id: "constant", kind: "compensation", amount: { percent, of: "price", divideBy: divisor } },
            { id: "fact", kind: "compensation", amount: { percent, of: "price", divideBy: { fact: "n" } } },
          ],
        });
        const d = decideRemedy(policy, { price: { currency, amount: price }, n: divisor });
        const expected = proportionMinor(toMinor(price, exponent), BigInt(percent), 1n, 1n, BigInt(divisor), 1n);
        for (const id of ["constant", "fact"]) {
          const granted = d.remedies.find((r) => r.ruleId === id)?.amount?.amount;
          expect(granted === undefined ? 0n : toMinor(granted, exponent)).toBe(expected);
        }
      }),
      { numRuns: runs },
    );
  });

  it("loss × declared ÷ full is the exact fraction rounded half-even once (reference model)", () => {
    fc.assert(
      fc.property(arbProportion, ({ currency, price, declared, full }) => {
        const exponent = CURRENCIES[currency];
        const policy = defineRemedyPolicy({
          id: "p",
          currency,
          facts: { loss: { type: "money" }, declared: { type: "money" }, full: { type: "money" } },
          rules: [{ id: "r", kind: "compensation", amount: { multiple: 1, of: "loss", times: { fact: "declared" }, divideBy: { fact: "full" } } }],
        });
        const money = (amount: string) => ({ currency, amount });
        const d = decideRemedy(policy, { loss: money(price), declared: money(declared), full: money(full) });
        const expected = proportionMinor(toMinor(price, exponent), 100n, toMinor(declared, exponent), 1n, toMinor(full, exponent), 1n);
        expect(d.totals[0] === undefined ? 0n : toMinor(d.totals[0].amount, exponent)).toBe(expected);
      }),
      { numRuns: runs },
    );
  });
});

describe("three-valued tier rows", () => {
  it("a fact no matching row mentions never changes the amount, and is never reported missing", () => {
    fc.assert(
      fc.property(arbSplitTable, fc.integer({ min: 0, max: 10_000 }), fc.boolean(), ({ bound, amounts, input }, d, b) => {
        const policy = defineRemedyPolicy(input);
        const without = decideRemedy(policy, { d });
        const withB = decideRemedy(policy, { d, b });
        const expected = d <= bound ? amounts.low : b ? amounts.yes : amounts.no;
        expect(withB.totals.map((t) => Number(t.amount))).toEqual(expected === 0 ? [] : [expected]);
        if (d <= bound) {
          expect(without.totals).toEqual(withB.totals);
          expect(without.issues).toEqual([]);
        } else {
          expect(without.issues.map((i) => [i.code, i.path])).toEqual([["missing_fact", ["facts", "b"]]]);
        }
      }),
      { numRuns: runs },
    );
  });
});
