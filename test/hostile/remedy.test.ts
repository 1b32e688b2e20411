// Hostile, huge and tampered input to pledgekit/remedy (issue 12): each case gives the exact
// PledgeError code and the exact issue code and path, or the exact decision issue when the contract
// says the problem is reported, not thrown. A fixed-size fuzz then throws arbitrary values at every
// argument position and accepts only PledgeErrors whose issues carry a path.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isPledgeError } from "../../src/core/index.js";
import { decideRemedy, defineRemedyPolicy, safeDefineRemedyPolicy, type RemedyPolicyInput } from "../../src/remedy/index.js";

const MILLION_DIGITS = "1".repeat(1_000_000);
const TEN_MB = `${"9".repeat(10_000_000)}.5`;

const base: RemedyPolicyInput & { facts: Record<string, unknown> } = {
  id: "hostile",
  currency: "EUR",
  facts: {
    price: { type: "money" },
    delay: { type: "number", min: 0 },
    incidentAt: { type: "instant" },
    claimedAt: { type: "instant" },
  },
  rules: [{ id: "r", kind: "refund", amount: { percent: 50, of: "price" } }],
};

const policy = defineRemedyPolicy(base);

/** [PledgeError code, [issue code, path] of the first issue] of what `run` throws. */
function thrown(run: () => unknown): [string, string, readonly (string | number)[]] {
  try {
    run();
  } catch (error) {
    if (!isPledgeError(error)) throw error;
    const first = error.issues[0];
    return [error.code, first?.code ?? "", first?.path ?? []];
  }
  throw new Error("expected a PledgeError");
}

const define = (input: unknown) => () => defineRemedyPolicy(input as RemedyPolicyInput);
const withRule = (rule: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ ...base, rules: [{ id: "r", ...rule }], ...extra });

/** A condition `{ not: { not: … { fact: "delay", gt: 0 } } }` nested `depth` times. */
function deepCondition(depth: number): unknown {
  let condition: unknown = { fact: "delay", gt: 0 };
  for (let i = 0; i < depth; i++) condition = { not: condition };
  return condition;
}

describe("hostile definitions: refused with the path (issue 12 #6, #7, #10, #19)", () => {
  it.each([
    ["a fixed amount of a million digits (#6)", withRule({ kind: "refund", amount: MILLION_DIGITS }), "decimal_too_long", ["rules", 0, "amount"]],
    ["a 10 MB fixed amount (#6)", withRule({ kind: "refund", amount: { fixed: TEN_MB } }), "decimal_too_long", ["rules", 0, "amount", "fixed"]],
    [
      "a percent of a million digits (#6)",
      withRule({ kind: "refund", amount: { percent: MILLION_DIGITS, of: "price" } }),
      "decimal_too_long",
      ["rules", 0, "amount", "percent"],
    ],
    [
      "a divisor of a million digits (#6)",
      withRule({ kind: "refund", amount: { percent: 50, of: "price", divideBy: MILLION_DIGITS } }),
      "decimal_too_long",
      ["rules", 0, "amount", "divideBy"],
    ],
    ["a minimum payable of a million digits (#6)", { ...base, minimumPayable: { gt: MILLION_DIGITS } }, "decimal_too_long", ["minimumPayable", "gt"]],
    [
      "a period cap of a million digits (#6)",
      { ...base, periodCaps: [{ id: "c", amount: MILLION_DIGITS, period: "year" }] },
      "decimal_too_long",
      ["periodCaps", 0, "amount"],
    ],
    [
      "a money default of a million digits (#6)",
      { ...base, facts: { ...base.facts, price: { type: "money", default: MILLION_DIGITS } } },
      "fact_default_type",
      ["facts", "price", "default"],
    ],
    [
      "a comparison bound of a million digits (#6)",
      withRule({ kind: "apology", when: { fact: "delay", gte: MILLION_DIGITS } }),
      "invalid_bound",
      ["rules", 0, "when", "gte"],
    ],
    [
      "a claim window of 1e9 days (#7)",
      withRule({ kind: "apology", delivery: "on_claim", claimWindow: { from: "incidentAt", closesAfter: 1e9 } }),
      "too_big",
      ["rules", 0, "claimWindow", "closesAfter"],
    ],
    [
      "a claim window of 1e9 business days (#7)",
      withRule({
        kind: "apology",
        delivery: "on_claim",
        claimWindow: { from: "incidentAt", closesAfter: 1e9, unit: "business_days", calendar: { timeZone: "UTC", week: { mon: [["09:00", "17:00"]] } } },
      }),
      "too_big",
      ["rules", 0, "claimWindow", "closesAfter"],
    ],
    [
      "a window opening after 1e9 days (#7)",
      withRule({ kind: "apology", delivery: "on_claim", claimWindow: { from: "incidentAt", closesAfter: 10, opensAfter: 1e9 } }),
      "too_big",
      ["rules", 0, "claimWindow", "opensAfter"],
    ],
    [
      "a window of 1,000 months (#7)",
      withRule({ kind: "apology", delivery: "on_claim", claimWindow: { from: "incidentAt", closesAfter: 1000, unit: "months" } }),
      "too_big",
      ["rules", 0, "claimWindow", "closesAfter"],
    ],
    [
      "a rolling period cap of 1e9 days (#7)",
      { ...base, periodCaps: [{ id: "c", amount: "10", period: { rollingDays: 1e9 } }] },
      "too_big",
      ["periodCaps", 0, "period", "rollingDays"],
    ],
    [
      "1e12 units of a per-unit amount (#7)",
      withRule({ kind: "refund", amount: { per: "1", of: "delay", count: "started", maxUnits: 1e12 } }),
      "too_big",
      ["rules", 0, "amount", "maxUnits"],
    ],
    ["101 rules", { ...base, rules: Array.from({ length: 101 }, (_, i) => ({ id: `r${i}`, kind: "apology" })) }, "too_big", ["rules"]],
    [
      "an `in` list of 501 values",
      withRule({ kind: "apology", when: { fact: "delay", in: Array.from({ length: 501 }, (_, i) => i) } }),
      "too_big",
      ["rules", 0, "when", "in"],
    ],
    [
      "an `any` of 501 conditions",
      withRule({ kind: "apology", when: { any: Array.from({ length: 501 }, () => ({ fact: "delay", gt: 0 })) } }),
      "too_big",
      ["rules", 0, "when", "any"],
    ],
    [
      "a __proto__ fact from JSON.parse (#10)",
      JSON.parse(`{"id":"p","currency":"EUR","facts":{"__proto__":{"type":"number"}},"rules":[{"id":"r","kind":"apology"}]}`),
      "forbidden_key",
      ["facts", "__proto__"],
    ],
    [
      "a __proto__ key in meta (#10)",
      JSON.parse(`{"id":"p","facts":{},"rules":[{"id":"r","kind":"apology"}],"meta":{"__proto__":{"admin":true}}}`),
      "forbidden_key",
      ["meta", "__proto__"],
    ],
    [
      "a __proto__ key in a rule's meta (#10)",
      JSON.parse(`{"id":"p","facts":{},"rules":[{"id":"r","kind":"apology","meta":{"__proto__":1}}]}`),
      "forbidden_key",
      ["rules", 0, "meta", "__proto__"],
    ],
    [
      "a __proto__ band in a tier row (#10)",
      JSON.parse(
        `{"id":"p","currency":"EUR","facts":{"d":{"type":"number"}},"rules":[{"id":"r","kind":"refund","amount":{"tiers":{"keys":["d"],"rows":[{"when":{"__proto__":{"gt":1}},"amount":"1"}]}}}]}`,
      ),
      "forbidden_key",
      ["rules", 0, "amount", "tiers", "rows", 0, "when", "__proto__"],
    ],
    [
      "a condition nested 1,000 deep (#19)",
      withRule({ kind: "apology", when: deepCondition(1000) }),
      "input_too_deep",
      ["rules", 0, "when", ...Array<string>(45).fill("not")],
    ],
    [
      "a condition nested 100,000 deep (#19)",
      withRule({ kind: "apology", when: deepCondition(100_000) }),
      "input_too_deep",
      ["rules", 0, "when", ...Array<string>(45).fill("not")],
    ],
  ])("%s", (_name, input, code, path) => {
    expect(thrown(define(input))).toEqual(["invalid_policy", code, path]);
  });

  it("refuses a cyclic condition, naming where the cycle closes (#19)", () => {
    const condition: { all: unknown[] } = { all: [] };
    condition.all.push(condition);
    expect(thrown(define(withRule({ kind: "apology", when: condition })))).toEqual(["invalid_policy", "cyclic_input", ["rules", 0, "when", "all", 0]]);
  });

  it("refuses a cyclic amount and a cyclic policy (#19)", () => {
    const amount: { max: unknown[] } = { max: ["1"] };
    amount.max.push(amount);
    expect(thrown(define(withRule({ kind: "refund", amount })))).toEqual(["invalid_policy", "cyclic_input", ["rules", 0, "amount", "max", 1]]);
    const self: Record<string, unknown> = { ...base };
    self.meta = { self };
    expect(thrown(define(self))).toEqual(["invalid_policy", "cyclic_input", ["meta", "self"]]);
  });

  it("refuses a shared sub-tree that multiplies into millions of nodes, and stops early on a deep one", () => {
    let amount: unknown = "1";
    for (let i = 0; i < 20; i++) amount = { max: [amount, amount] };
    expect(thrown(define(withRule({ kind: "refund", amount })))).toEqual(["invalid_policy", "input_too_large", []]);
    for (let i = 0; i < 30; i++) amount = { max: [amount, amount] };
    expect(thrown(define(withRule({ kind: "refund", amount })))[1]).toBe("input_too_deep");
  });

  it("refuses tier tables whose overlap check would grow without bound (rows, bounds, cells)", () => {
    const tiers = (rows: unknown[], keys = ["delay"]) => withRule({ kind: "refund", amount: { tiers: { keys, coverage: "partial", rows } } });
    const band = (i: number) => ({ gte: i, lt: i + 1 });
    const rows = (n: number, two = false) =>
      Array.from({ length: n }, (_, i) => ({ when: two ? { delay: band(3 * i), price: band(3 * i) } : { delay: band(i) }, amount: "1" }));
    expect(thrown(define(tiers(rows(10_000))))).toEqual(["invalid_policy", "too_big", ["rules", 0, "amount", "tiers", "rows"]]);
    const manyBounds = [0, 1, 2].map((j) => ({ when: { delay: { in: Array.from({ length: 500 }, (_, i) => 3 * i + j) } }, amount: "1" }));
    expect(thrown(define(tiers(manyBounds)))).toEqual(["invalid_policy", "tier_table_too_large", ["rules", 0, "amount", "tiers"]]);
    expect(thrown(define(tiers(rows(200, true), ["delay", "price"])))).toEqual(["invalid_policy", "tier_table_too_large", ["rules", 0, "amount", "tiers"]]);
    // The largest accepted table: 200 rows on one key (the partition check runs rows × bounds once).
    expect(defineRemedyPolicy(tiers(rows(200)) as RemedyPolicyInput).kind).toBe("pledgekit.remedy_policy");
  });

  it("lists every guard problem at once in safeDefineRemedyPolicy", () => {
    const result = safeDefineRemedyPolicy(
      JSON.parse(`{"id":"p","facts":{"__proto__":{"type":"number"}},"rules":[{"id":"r","kind":"apology"}],"meta":{"__proto__":1}}`),
    );
    expect(result.success === false && result.issues.map((i) => [i.code, i.path])).toEqual([
      ["forbidden_key", ["facts", "__proto__"]],
      ["forbidden_key", ["meta", "__proto__"]],
    ]);
  });
});

describe("hostile facts: reported in the decision, never thrown (issue 12 #6, #10, #13)", () => {
  it.each([
    ["a money fact of a million digits (#6)", { price: { currency: "EUR", amount: MILLION_DIGITS } }, "price"],
    ["a 10 MB money fact (#6)", { price: { currency: "EUR", amount: TEN_MB } }, "price"],
    ["a number fact of a million digits (#6)", { delay: MILLION_DIGITS, price: { currency: "EUR", amount: "10" } }, "delay"],
    ["an instant in the year 275760 (#13)", { incidentAt: "+275760-09-13T00:00:00Z", price: { currency: "EUR", amount: "10" } }, "incidentAt"],
    ["an instant of 8.64e15 ms (#13)", { claimedAt: 8.64e15, price: { currency: "EUR", amount: "10" } }, "claimedAt"],
    ["an instant in the year 9999 (#13)", { incidentAt: "9999-06-01T00:00:00Z", price: { currency: "EUR", amount: "10" } }, "incidentAt"],
  ])("%s", (_name, facts, fact) => {
    const decision = decideRemedy(policy, facts as never);
    expect(decision.issues.map((i) => [i.code, i.path])).toEqual([["invalid_fact", ["facts", fact]]]);
    expect(JSON.parse(JSON.stringify(decision))).toEqual(decision);
    expect(JSON.stringify(decision).length).toBeLessThan(10_000);
  });

  it("reports, not throws, an incident whose business-day claim window ends past the calendar (#13)", () => {
    const late = defineRemedyPolicy(
      withRule({
        kind: "apology",
        delivery: "on_claim",
        claimWindow: { from: "incidentAt", closesAfter: 3000, unit: "business_days", calendar: { timeZone: "UTC", week: { mon: [["09:00", "17:00"]] } } },
      }),
    );
    const decision = decideRemedy(late, { incidentAt: "9998-06-01T00:00:00Z", claimedAt: "9998-06-02T00:00:00Z" });
    expect(decision.issues.map((i) => [i.code, i.path])).toEqual([["invalid_fact", ["facts", "incidentAt"]]]);
    expect(decision.eligible).toBe(false);
  });

  it("counts at most a million units, so points stay safe integers whatever the fact", () => {
    const points = defineRemedyPolicy(withRule({ kind: "points", points: { per: 1_000_000, of: "delay", unit: "1e-30", count: "started" } }));
    const decision = decideRemedy(points, { delay: "1e300" });
    expect(decision.points).toBe(1_000_000 * 1_000_000);
    expect(Number.isSafeInteger(decision.points)).toBe(true);
  });

  it("reports, not drops, a __proto__ fact from JSON.parse (#10)", () => {
    const decision = decideRemedy(policy, JSON.parse(`{"__proto__":{"price":1},"price":{"currency":"EUR","amount":"10"}}`));
    expect(decision.issues.map((i) => [i.code, i.path])).toEqual([["unknown_fact", ["facts", "__proto__"]]]);
    expect(decision.totals).toEqual([{ currency: "EUR", amount: "5.00" }]);
  });

  it("keeps issue params bounded and JSON-safe, never the caller's object", () => {
    const odd = { currency: "EUR", amount: NaN };
    const decision = decideRemedy(policy, { price: odd as never, delay: NaN });
    expect(decision.issues.map((i) => typeof i.params.received)).toEqual(["string", "string"]);
    expect(JSON.parse(JSON.stringify(decision.issues))).toEqual(decision.issues);
  });
});

describe("hostile arguments to decideRemedy: PledgeError with the path (issue 12 #17, #23)", () => {
  const facts = { price: { currency: "EUR", amount: "10" } };
  const grant = { at: "2024-01-01T00:00:00Z", amount: { currency: "EUR", amount: "1.00" } };
  it.each([
    ["options null (#17)", () => decideRemedy(policy, facts, null as never), "invalid_type", ["options"]],
    ["options a string", () => decideRemedy(policy, facts, "x" as never), "invalid_type", ["options"]],
    ["history a string (#17)", () => decideRemedy(policy, facts, { history: "x" as never }), "invalid_type", ["history"]],
    ["history null", () => decideRemedy(policy, facts, { history: null as never }), "invalid_type", ["history"]],
    ["history [null] (#23)", () => decideRemedy(policy, facts, { history: [null as never] }), "invalid_type", ["history", 0]],
    [
      "a grant without at (#23)",
      () => decideRemedy(policy, facts, { history: [grant, { amount: grant.amount } as never] }),
      "invalid_union",
      ["history", 1, "at"],
    ],
    [
      "a grant with a bad currency (#23)",
      () => decideRemedy(policy, facts, { history: [{ ...grant, amount: { currency: "EUO", amount: "1" } }] }),
      "unknown_currency",
      ["history", 0, "amount", "currency"],
    ],
    [
      "a grant too precise (#23)",
      () => decideRemedy(policy, facts, { history: [grant, grant, { ...grant, amount: { currency: "EUR", amount: "1.001" } }] }),
      "too_precise",
      ["history", 2, "amount", "amount"],
    ],
    [
      "a grant of a million digits (#6)",
      () => decideRemedy(policy, facts, { history: [{ ...grant, amount: { currency: "EUR", amount: MILLION_DIGITS } }] }),
      "decimal_too_long",
      ["history", 0, "amount", "amount"],
    ],
    ["a grant in the year 275760 (#13)", () => decideRemedy(policy, facts, { history: [{ ...grant, at: 8.64e15 }] }), "invalid_type", ["history", 0, "at"]],
    [
      "a cyclic grant (#19)",
      () => {
        const cyclic: Record<string, unknown> = { ...grant };
        cyclic.self = cyclic;
        return decideRemedy(policy, facts, { history: [cyclic as never] });
      },
      "cyclic_input",
      ["history", 0, "self"],
    ],
    ["20,001 grants", () => decideRemedy(policy, facts, { history: Array.from({ length: 20_001 }, () => grant) }), "too_big", ["history"]],
    ["now garbage", () => decideRemedy(policy, facts, { now: "garbage" }), "invalid_instant", ["now"]],
    ["now in the year 275760 (#13)", () => decideRemedy(policy, facts, { now: 8.64e15 }), "invalid_type", ["now"]],
    ["a pattern date-fns refuses", () => decideRemedy(policy, facts, { pattern: "yyyy jjj" }), "invalid_type", ["pattern"]],
    ["an unknown locale", () => decideRemedy(policy, facts, { locale: "fr" as never }), "invalid_type", ["locale"]],
    ["choices a string", () => decideRemedy(policy, facts, { choices: "x" as never }), "invalid_type", ["choices"]],
    ["an unknown choice", () => decideRemedy(policy, facts, { choices: { nope: "x" } }), "unknown_rule", ["choices", "nope"]],
    ["facts null", () => decideRemedy(policy, null as never), "invalid_facts", ["facts"]],
    ["a policy that is JSON, not compiled", () => decideRemedy(base, facts), "invalid_type", ["policy"]],
    [
      "a forged policy carrying the brand",
      () => decideRemedy(Object.defineProperty({ definition: { id: 1 } }, Symbol.for("pledgekit.compiled"), { value: "pledgekit.remedy_policy" }), facts),
      "invalid_type",
      ["policy", "definition", "id"],
    ],
  ])("%s", (_name, run, code, path) => {
    expect(thrown(run)).toEqual(["invalid_argument", code, path]);
  });
});

describe("fuzz: only PledgeErrors with paths, whatever is passed", () => {
  const runs = process.env.PLEDGEKIT_DEEP ? 20_000 : 300;
  const onlyPledgeErrors = (run: () => unknown): void => {
    try {
      run();
    } catch (error) {
      expect(isPledgeError(error)).toBe(true);
      if (isPledgeError(error)) for (const issue of error.issues) expect(Array.isArray(issue.path)).toBe(true);
    }
  };
  it("defineRemedyPolicy(anything)", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => onlyPledgeErrors(() => defineRemedyPolicy(input as never))),
      { numRuns: runs },
    );
  });
  it("decideRemedy(policy, anything, anything)", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (facts, options) => onlyPledgeErrors(() => decideRemedy(policy, facts as never, options as never))),
      { numRuns: runs },
    );
  });
  it("decideRemedy with junk fact values and junk history entries", () => {
    const junk = fc.oneof(
      fc.anything(),
      fc.string(),
      fc.double(),
      fc.date({ noInvalidDate: false }),
      fc.constantFrom("+275760-09-13T00:00:00Z", 8.64e15, -8.64e15),
    );
    fc.assert(
      fc.property(fc.record({ price: junk, delay: junk, incidentAt: junk, claimedAt: junk }), fc.array(junk, { maxLength: 3 }), (facts, history) =>
        onlyPledgeErrors(() => decideRemedy(policy, facts as never, { history: history as never, now: "2024-01-01T00:00:00Z" })),
      ),
      { numRuns: runs },
    );
  });
});
