// The rule-language constructs of issue 14 (division, sums, inclusive or exclusive minimum payable,
// omitted tier keys, invalid facts, month windows) and the compiled-value protocol of issue 13. Every
// expected amount is counted by hand in the comment beside it.
import { describe, expect, it } from "vitest";
import { defineCalendar } from "../../src/calendar/index.js";
import { isPledgeError } from "../../src/core/index.js";
import { decideRemedy, defineRemedyPolicy, isRemedyPolicy, safeDefineRemedyPolicy, type RemedyPolicyInput } from "../../src/remedy/index.js";

const gbp = (amount: string) => ({ currency: "GBP", amount });
const codes = (d: { explanation: readonly { code: string }[] }) => d.explanation.map((e) => e.code);
const issuesOf = (input: unknown) => {
  const result = safeDefineRemedyPolicy(input as RemedyPolicyInput);
  return result.success ? [] : result.issues.map((i) => [i.code, i.path]);
};

describe("exact division: a fact divided by a number or by another fact, rounded once", () => {
  const p = defineRemedyPolicy({
    id: "div",
    currency: "GBP",
    facts: { price: { type: "money" }, journeys: { type: "number", min: 0, integer: true }, declared: { type: "money" }, full: { type: "money" } },
    rules: [
      { id: "by-number", kind: "compensation", amount: { percent: 50, of: "price", divideBy: 464 } },
      { id: "by-fact", kind: "compensation", amount: { percent: 50, of: "price", divideBy: { fact: "journeys" } } },
      { id: "money-ratio", kind: "compensation", amount: { multiple: 1, of: "price", times: { fact: "declared" }, divideBy: { fact: "full" } } },
    ],
  });

  it("£4,653.92 ÷ 464 × 50% = 5.015 → 5.02 (half-even), by a constant and by a fact", () => {
    const d = decideRemedy(p, { price: gbp("4653.92"), journeys: 464 });
    expect(d.remedies.map((r) => [r.ruleId, r.amount?.amount])).toEqual([
      ["by-number", "5.02"],
      ["by-fact", "5.02"],
    ]);
  });

  it("loss × declared ÷ full: 100 × 1000 / 3000 = 33.333… → 33.33", () => {
    const d = decideRemedy(p, { price: gbp("100.00"), declared: gbp("1000.00"), full: gbp("3000.00") });
    expect(d.remedies.find((r) => r.ruleId === "money-ratio")?.amount).toEqual(gbp("33.33"));
  });

  it("a zero divisor fact grants nothing and says why", () => {
    const d = decideRemedy(p, { price: gbp("10.00"), journeys: 0 });
    expect(d.remedies.map((r) => r.ruleId)).toEqual(["by-number"]);
    expect(d.explanation.find((e) => e.code === "division_by_zero")?.message).toBe('rule "by-fact": fact "journeys" is zero and divides the amount: no amount');
  });

  it("refuses, at definition, a zero divisor and money that would stop being money", () => {
    const base = { id: "x", currency: "GBP", facts: { price: { type: "money" }, declared: { type: "money" }, n: { type: "number" } } };
    expect(issuesOf({ ...base, rules: [{ id: "r", kind: "refund", amount: { percent: 50, of: "price", divideBy: "0" } }] })).toEqual([
      ["divisor_zero", ["rules", 0, "amount", "divideBy"]],
    ]);
    expect(issuesOf({ ...base, rules: [{ id: "r", kind: "refund", amount: { percent: 50, of: "price", times: { fact: "declared" } } }] })).toEqual([
      ["amount_dimension", ["rules", 0, "amount", "times", "fact"]],
    ]);
    expect(issuesOf({ ...base, rules: [{ id: "r", kind: "refund", amount: { percent: 50, of: "price", divideBy: { fact: "declared" } } }] })).toEqual([
      ["amount_dimension", ["rules", 0, "amount", "divideBy", "fact"]],
    ]);
    expect(issuesOf({ ...base, rules: [{ id: "r", kind: "refund", amount: { percent: 50, of: "price", divideBy: { fact: "nope" } } }] })).toEqual([
      ["unknown_fact_reference", ["rules", 0, "amount", "divideBy", "fact"]],
    ]);
  });
});

describe("sums of amounts", () => {
  // GSOP (electricity supply restoration): £95, plus £45 for each further complete 12 hours.
  // Counted by hand: 12 h → 95; 23 h → 95; 24 h → 140; 47.9 h → 95 + 2 × 45 = 185; 48 h → 230.
  const p = defineRemedyPolicy({
    id: "gsop",
    currency: "GBP",
    facts: { hoursOff: { type: "number", min: 0 } },
    rules: [
      {
        id: "gsop",
        kind: "compensation",
        when: { fact: "hoursOff", gte: 12 },
        amount: { sum: ["95", { per: "45", of: "hoursOff", grace: 12, unit: 12, count: "completed" }] },
      },
    ],
  });
  it.each([
    [11, "none"],
    [12, "95.00"],
    [23, "95.00"],
    [24, "140.00"],
    [47.9, "185.00"],
    [48, "230.00"],
  ])("%s hours off → £%s", (hoursOff, expected) => {
    expect(decideRemedy(p, { hoursOff }).remedies[0]?.amount?.amount ?? "none").toBe(expected);
  });
  it("explains the sum", () => {
    expect(decideRemedy(p, { hoursOff: 30 }).explanation.find((e) => e.code === "amount_sum")?.message).toBe(
      'rule "gsop": the sum of 95.00 + 45.00 GBP is 140.00 GBP',
    );
  });
});

describe("minimum payable, inclusive or exclusive", () => {
  const make = (minimumPayable: unknown) =>
    defineRemedyPolicy({
      id: "m",
      currency: "USD",
      facts: { credit: { type: "money" } },
      rules: [{ id: "r", kind: "credit", amount: { percent: 100, of: "credit" } }],
      minimumPayable,
    } as never);
  const paid = (policy: ReturnType<typeof make>, amount: string) => decideRemedy(policy, { credit: { currency: "USD", amount } }).totals[0]?.amount ?? "none";
  it.each([
    ["1", "0.99", "none"],
    ["1", "1.00", "1.00"],
    [{ gte: "1" }, "1.00", "1.00"],
    [{ gt: "1" }, "1.00", "none"],
    [{ gt: "1" }, "1.01", "1.01"],
  ])("minimum %j, credit %s → %s", (minimum, amount, expected) => {
    expect(paid(make(minimum), amount)).toBe(expected);
  });
  it("needs exactly one bound", () => {
    expect(issuesOf({ id: "m", currency: "USD", facts: {}, rules: [{ id: "r", kind: "apology" }], minimumPayable: { gt: "1", gte: "1" } })).toEqual([
      ["minimum_bounds", ["minimumPayable"]],
    ]);
  });
});

describe("tier tables: an omitted key matches any value (three-valued)", () => {
  // The table from issue 14 #9.
  const p = defineRemedyPolicy({
    id: "t",
    currency: "EUR",
    facts: { d: { type: "number", min: 0 }, b: { type: "boolean" } },
    rules: [
      {
        id: "r",
        kind: "compensation",
        amount: {
          tiers: {
            keys: ["d", "b"],
            rows: [
              { when: { d: { lte: 1500 } }, amount: "250" },
              { when: { d: { gt: 1500 }, b: { eq: true } }, amount: "400" },
              { when: { d: { gt: 1500 }, b: { eq: false } }, amount: "600" },
            ],
          },
        },
      },
    ],
  });
  it.each([
    [{ d: 900 }, "250.00", []],
    [{ d: 900, b: false }, "250.00", []],
    [{ d: 2000, b: true }, "400.00", []],
    [{ d: 2000, b: false }, "600.00", []],
    [{ d: 2000 }, "none", [["missing_fact", ["facts", "b"]]]],
    [{ b: true }, "none", [["missing_fact", ["facts", "d"]]]],
  ])("%j → %s", (facts, expected, issues) => {
    const d = decideRemedy(p, facts);
    expect(d.totals[0]?.amount ?? "none").toBe(expected);
    expect(d.issues.map((i) => [i.code, i.path])).toEqual(issues);
  });
});

describe("facts given but invalid", () => {
  const p = defineRemedyPolicy({
    id: "f",
    currency: "CNY",
    facts: { price: { type: "money" } },
    rules: [{ id: "r", kind: "refund", amount: { percent: 100, of: "price" } }],
  });
  it.each([[120], ["120.00"], ["¥120"], [{ currency: "USD", amount: "120.00" }]])(
    "price %j: reported with the expected shape, and the rule says it was given",
    (price) => {
      const d = decideRemedy(p, { price: price as never });
      expect(d.issues.map((i) => [i.code, i.path])).toEqual([["invalid_fact", ["facts", "price"]]]);
      expect(d.issues[0]?.message).toMatch(
        /^fact "price" was given but is invalid: .*; expected money \{ currency: "CNY", amount: "12\.50" \} with at most 2 decimals, not negative$/,
      );
      expect(d.explanation.find((e) => e.code === "rule_invalid_facts")?.message).toBe(
        'rule "r": not applied, fact "price" was given but is invalid (see issues for the expected shape)',
      );
      expect(codes(d)).not.toContain("rule_missing_facts");
    },
  );
  it("throws with strict: true, naming the fact", () => {
    try {
      decideRemedy(p, { price: 120 as never }, { strict: true });
      expect.unreachable();
    } catch (error) {
      expect(isPledgeError(error) && [error.code, error.issues.map((i) => [i.code, i.path])]).toEqual([
        "invalid_argument",
        [["invalid_fact", ["facts", "price"]]],
      ]);
    }
    expect(decideRemedy(p, {}, { strict: true }).issues.map((i) => i.code)).toEqual(["missing_fact"]);
  });
});

describe("claim windows ending at the end of the Nth month or billing period after the incident", () => {
  const make = (claimWindow: Record<string, unknown>) =>
    defineRemedyPolicy({
      id: "w",
      facts: { incidentAt: { type: "instant" }, claimedAt: { type: "instant" } },
      rules: [{ id: "r", kind: "apology", delivery: "on_claim", claimWindow: { from: "incidentAt", unit: "months", ...claimWindow } as never }],
    });
  const closes = (policy: ReturnType<typeof make>, incidentAt: string) =>
    decideRemedy(policy, { incidentAt, claimedAt: incidentAt }).remedies[0]?.claimWindow?.closesAt;
  it.each([
    // Calendar months (UTC): the incident's month, then two more; the window closes when the second ends.
    [{ closesAfter: 2 }, "2023-03-10T12:00:00Z", "2023-06-01T00:00:00.000Z"],
    [{ closesAfter: 2 }, "2023-11-30T23:59:59Z", "2024-02-01T00:00:00.000Z"],
    [{ closesAfter: 0 }, "2023-12-31T23:00:00Z", "2024-01-01T00:00:00.000Z"],
    // In Shanghai, 2023-03-31T20:00Z is already April 1st: the month is April.
    [{ closesAfter: 1, timeZone: "Asia/Shanghai" }, "2023-03-31T20:00:00Z", "2023-05-31T16:00:00.000Z"],
    // Billing periods from the 15th: 2023-03-10 lies in the period 02-15 to 03-15; the second period after ends 05-15.
    [{ closesAfter: 2, periodStartDay: 15 }, "2023-03-10T12:00:00Z", "2023-05-15T00:00:00.000Z"],
    [{ closesAfter: 2, periodStartDay: 15 }, "2023-03-15T00:00:00Z", "2023-06-15T00:00:00.000Z"],
  ])("%j, incident %s → closes %s", (window, incidentAt, expected) => {
    expect(closes(make(window), incidentAt)).toBe(expected);
  });
  it("refuses opensAfter and periodStartDay where they mean nothing", () => {
    const base = { id: "w", facts: { incidentAt: { type: "instant" } } };
    expect(
      issuesOf({
        ...base,
        rules: [{ id: "r", kind: "apology", delivery: "on_claim", claimWindow: { from: "incidentAt", unit: "months", closesAfter: 2, opensAfter: 1 } }],
      }),
    ).toEqual([["window_months_opens", ["rules", 0, "claimWindow", "opensAfter"]]]);
    expect(
      issuesOf({
        ...base,
        rules: [{ id: "r", kind: "apology", delivery: "on_claim", claimWindow: { from: "incidentAt", closesAfter: 2, periodStartDay: 3 } }],
      }),
    ).toEqual([["window_period_day", ["rules", 0, "claimWindow", "periodStartDay"]]]);
  });
});

describe("compiled values (issue 13)", () => {
  const input = {
    id: "c",
    facts: { incidentAt: { type: "instant" }, claimedAt: { type: "instant" } },
    rules: [
      {
        id: "r",
        kind: "apology",
        delivery: "on_claim",
        claimWindow: {
          from: "incidentAt",
          closesAfter: 1,
          unit: "business_days",
          calendar: { timeZone: "Europe/London", week: { mon: [["09:00", "17:00"]], tue: [["09:00", "17:00"]] } },
        },
      },
    ],
  } as const satisfies RemedyPolicyInput;

  it("is a frozen { kind, definition, id, versions } whose definition compiles to an equal policy", () => {
    const policy = defineRemedyPolicy(input);
    expect(policy.kind).toBe("pledgekit.remedy_policy");
    expect(isRemedyPolicy(policy)).toBe(true);
    expect(isRemedyPolicy(input)).toBe(false);
    expect(defineRemedyPolicy(policy.definition)).toEqual(policy);
  });

  it("takes a compiled Calendar in a claim window, uses it as it is, and records its definition", () => {
    const calendar = defineCalendar(input.rules[0].claimWindow.calendar);
    const policy = defineRemedyPolicy({ ...input, rules: [{ ...input.rules[0], claimWindow: { ...input.rules[0].claimWindow, calendar } }] });
    expect(policy.definition).toEqual(defineRemedyPolicy(input).definition);
    expect(JSON.parse(JSON.stringify(policy.definition))).toEqual(policy.definition);
    // Monday 2024-06-03 10:00 BST: the window closes at the close of business of the next business day, Tuesday 17:00 BST.
    const decision = decideRemedy(policy, { incidentAt: "2024-06-03T09:00:00Z", claimedAt: "2024-06-04T15:00:00Z" });
    expect(decision.remedies[0]?.claimWindow).toEqual({ opensAt: "2024-06-03T09:00:00.000Z", closesAt: "2024-06-04T16:00:00.000Z" });
  });

  it("adopts a policy made by another copy of pledgekit (ESM beside CJS) from its definition", () => {
    const own = defineRemedyPolicy(input);
    const foreign = Object.defineProperty({ ...own }, Symbol.for("pledgekit.compiled"), { value: "pledgekit.remedy_policy" });
    expect(isRemedyPolicy(foreign)).toBe(true);
    const facts = { incidentAt: "2024-06-03T09:00:00Z", claimedAt: "2024-06-04T15:00:00Z" };
    expect(decideRemedy(foreign, facts)).toEqual(decideRemedy(own, facts));
  });

  it("prints local times in the explanation, with the locale and a date-fns pattern", () => {
    const policy = defineRemedyPolicy(input);
    const facts = { incidentAt: "2024-06-03T09:00:00Z", claimedAt: "2024-06-05T09:00:00Z" };
    const line = (options: Parameters<typeof decideRemedy>[2]) =>
      decideRemedy(policy, facts, options).explanation.find((e) => e.code === "claim_outside_window");
    expect(line({})?.message).toBe(
      'rule "r": claimed at Wed 5 Jun 2024 10:00 GMT+1, outside the claim window [Mon 3 Jun 2024 10:00 GMT+1, Tue 4 Jun 2024 17:00 GMT+1)',
    );
    expect(line({ locale: "zh-CN", pattern: "yyyy-MM-dd HH:mm" })?.message).toBe(
      '规则 "r"：于 2024-06-05 10:00 提出索赔，不在索赔期限 [2024-06-03 10:00, 2024-06-04 17:00) 内',
    );
    expect(line({})?.params).toMatchObject({ claimedAt: "2024-06-05T09:00:00.000Z" });
  });

  it("uses the shared core codes, naming what is duplicated", () => {
    const result = safeDefineRemedyPolicy({
      id: "d",
      facts: {},
      rules: [
        { id: "r", kind: "apology" },
        { id: "r", kind: "apology" },
      ],
    });
    expect(result.success === false && result.issues.map((i) => [i.code, i.path, i.message])).toEqual([
      ["duplicate_id", ["rules", 1, "id"], '"r" is used twice as rule id'],
    ]);
  });
});

describe("the recorded definition never freezes or keeps the caller's objects", () => {
  it("records a Date effectiveFrom as ISO text and leaves the caller's Date alone", () => {
    const start = new Date("2024-01-01T00:00:00Z");
    const policy = defineRemedyPolicy({ id: "d", version: "v1", effectiveFrom: start, facts: {}, rules: [{ id: "r", kind: "apology" }] });
    expect(Object.isFrozen(start)).toBe(false);
    expect((policy.definition as { effectiveFrom?: unknown }).effectiveFrom).toBe("2024-01-01T00:00:00.000Z");
    expect(defineRemedyPolicy(policy.definition)).toEqual(policy);
  });
});
