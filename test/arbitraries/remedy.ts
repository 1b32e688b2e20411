// fast-check arbitraries for remedy policies and facts: random but always valid policies over two
// facts (a lateness in hours and a fee), in currencies with 0, 2 and 3 decimal places.
import fc from "fast-check";
import type { RemedyAmountInput, RemedyPolicyInput } from "../../src/remedy/index.js";

export const CURRENCIES = { JPY: 0, EUR: 2, CNY: 2, KWD: 3 } as const;
export type TestCurrency = keyof typeof CURRENCIES;

export const arbCurrency: fc.Arbitrary<TestCurrency> = fc.constantFrom("JPY", "EUR", "CNY", "KWD");

/** A decimal text with exactly `exponent` fraction digits, from whole minor units. */
export function decimal(minor: bigint, exponent: number): string {
  const digits = minor.toString().padStart(exponent + 1, "0");
  return exponent === 0 ? digits : `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

export const arbMoneyText = (currency: TestCurrency, max = 10_000_000n): fc.Arbitrary<string> =>
  fc.bigInt({ min: 0n, max }).map((minor) => decimal(minor, CURRENCIES[currency]));

const arbPercent = fc.oneof(fc.integer({ min: 0, max: 200 }), fc.constantFrom("12.5", "33.3", "0.5", "7.25"));

/** Increasing lateness boundaries and non-decreasing amounts: a lateness-tiered amount. */
export const arbLatenessTiers = (currency: TestCurrency): fc.Arbitrary<{ amount: RemedyAmountInput; bounds: number[] }> =>
  fc
    .uniqueArray(fc.integer({ min: 1, max: 500 }), { minLength: 1, maxLength: 5 })
    .chain((raw) => {
      const bounds = [...raw].sort((a, b) => a - b);
      return fc.tuple(
        fc.constant(bounds),
        fc.array(fc.bigInt({ min: 0n, max: 50_000n }), { minLength: bounds.length + 1, maxLength: bounds.length + 1 }),
        fc.boolean(),
      );
    })
    .map(([bounds, steps, asPercent]) => {
      let running = 0n;
      const levels = steps.map((step) => (running += step));
      const rows = levels.map((level, i) => {
        const when: Record<string, number> = {};
        if (i > 0) when.gte = bounds[i - 1] as number;
        if (i < bounds.length) when.lt = bounds[i] as number;
        const amount: RemedyAmountInput = asPercent
          ? { percent: decimal(level > 100_000n ? 100_000n : level, 3), of: "fee" }
          : { fixed: decimal(level, CURRENCIES[currency]) };
        return { id: `t${i}`, when: { lateHours: when }, amount };
      });
      return { amount: { tiers: { keys: ["lateHours"], rows } }, bounds };
    });

const arbAmount = (currency: TestCurrency): fc.Arbitrary<RemedyAmountInput> =>
  fc.oneof(
    arbMoneyText(currency, 100_000n),
    arbPercent.map((percent) => ({ percent, of: "fee" })),
    fc.constantFrom(2, 3, "1.5", 10).map((multiple) => ({ multiple, of: "fee" })),
    fc
      .record({ per: arbMoneyText(currency, 5_000n), grace: fc.integer({ min: 0, max: 5 }), count: fc.constantFrom("started" as const, "completed" as const) })
      .map((p) => ({ ...p, of: "lateHours" })),
    arbLatenessTiers(currency).map((t) => t.amount),
    fc
      .tuple(arbPercent, arbMoneyText(currency, 100_000n), fc.boolean())
      .map(([percent, fixed, isMin]) => (isMin ? { min: [{ percent, of: "fee" }, fixed] } : { max: [{ percent, of: "fee" }, fixed] })),
  );

export interface ArbPolicy {
  readonly input: RemedyPolicyInput;
  readonly currency: TestCurrency;
}

/** A valid single-version policy with 1–4 money rules, optional floors, caps, period cap and minimum. */
export const arbPolicy: fc.Arbitrary<ArbPolicy> = arbCurrency.chain((currency) =>
  fc
    .record({
      rules: fc.array(
        fc.record({
          amount: arbAmount(currency),
          floor: fc.option(arbMoneyText(currency, 50_000n), { nil: undefined }),
          cap: fc.option(arbMoneyText(currency, 200_000n), { nil: undefined }),
          minLateness: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
        }),
        { minLength: 1, maxLength: 4 },
      ),
      stacking: fc.constantFrom("sum" as const, "highest" as const, "first" as const),
      rounding: fc.constantFrom("half_even" as const, "half_up" as const, "half_down" as const, "floor" as const, "ceiling" as const, "truncate" as const),
      periodCap: fc.option(arbMoneyText(currency, 300_000n), { nil: undefined }),
      minimumPayable: fc.option(arbMoneyText(currency, 2_000n), { nil: undefined }),
    })
    .map(({ rules, stacking, rounding, periodCap, minimumPayable }) => ({
      currency,
      input: {
        id: "arb",
        currency,
        rounding,
        stacking,
        facts: { incidentAt: { type: "instant" }, lateHours: { type: "number", min: 0 }, fee: { type: "money" } },
        rules: rules.map((rule, i) => ({
          id: `r${i}`,
          kind: "compensation" as const,
          amount: rule.amount,
          ...(rule.floor === undefined ? {} : { floor: rule.floor }),
          ...(rule.cap === undefined ? {} : { cap: rule.cap }),
          ...(rule.minLateness === undefined ? {} : { when: { fact: "lateHours", gte: rule.minLateness } }),
        })),
        ...(periodCap === undefined ? {} : { periodCaps: [{ id: "month", amount: periodCap, period: "month" as const }] }),
        ...(minimumPayable === undefined ? {} : { minimumPayable }),
      } as RemedyPolicyInput,
    })),
);

/** RemedyFacts for `arbPolicy`: a lateness (whole or fractional hours) and a fee in the policy's currency. */
export const arbFacts = (currency: TestCurrency) =>
  fc.record({
    incidentAt: fc.constant("2024-06-15T10:00:00Z"),
    lateHours: fc.oneof(
      fc.integer({ min: 0, max: 600 }),
      fc.double({ min: 0, max: 600, noNaN: true }).map((x) => Math.round(x * 100) / 100),
    ),
    fee: arbMoneyText(currency, 10_000_000n).map((amount) => ({ currency, amount })),
  });

/** Earlier grants in the incident's month, in the policy's currency. */
export const arbHistory = (currency: TestCurrency) =>
  fc.array(
    fc.record({
      at: fc.constantFrom("2024-06-01T00:00:00Z", "2024-06-10T12:00:00Z", "2024-06-30T23:59:59Z"),
      amount: arbMoneyText(currency, 100_000n).map((amount) => ({ currency, amount })),
    }),
    { maxLength: 3 },
  );

/** A proportional amount's inputs: a price, a whole percent, an optional money ratio and a divisor. */
export const arbProportion = arbCurrency.chain((currency) =>
  fc.record({
    currency: fc.constant(currency),
    price: arbMoneyText(currency, 100_000_000n),
    percent: fc.integer({ min: 1, max: 1000 }),
    divisor: fc.integer({ min: 1, max: 1000 }),
    declared: arbMoneyText(currency, 1_000_000n).filter((x) => /[1-9]/.test(x)),
    full: arbMoneyText(currency, 1_000_000n).filter((x) => /[1-9]/.test(x)),
  }),
);

/** Two-key tier rows where the second key matters only above a bound (issue 14 #9's shape). */
export const arbSplitTable = fc
  .record({
    bound: fc.integer({ min: 1, max: 5000 }),
    low: fc.integer({ min: 0, max: 1000 }),
    yes: fc.integer({ min: 0, max: 1000 }),
    no: fc.integer({ min: 0, max: 1000 }),
  })
  .map(({ bound, low, yes, no }) => ({
    bound,
    amounts: { low, yes, no },
    input: {
      id: "split",
      currency: "EUR",
      facts: { d: { type: "number", min: 0 }, b: { type: "boolean" } },
      rules: [
        {
          id: "r",
          kind: "compensation",
          amount: {
            tiers: {
              keys: ["d", "b"],
              coverage: "complete",
              rows: [
                { when: { d: { lte: bound } }, amount: String(low) },
                { when: { d: { gt: bound }, b: { eq: true } }, amount: String(yes) },
                { when: { d: { gt: bound }, b: { eq: false } }, amount: String(no) },
              ],
            },
          },
        },
      ],
    } as RemedyPolicyInput,
  }));
