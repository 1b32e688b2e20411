import { describe, expect, it } from "vitest";
import { isPledgeError } from "../../src/core/errors.js";
import { formatIssue } from "../../src/formatIssue.js";
import { defineRemedyPolicy, safeDefineRemedyPolicy, type RemedyPolicyInput } from "../../src/remedy/index.js";

const base = {
  id: "p",
  currency: "EUR",
  facts: { delay: { type: "number", min: 0 }, price: { type: "money" }, tier: { type: "string", values: ["gold", "basic"] } },
} as const;

function issuesOf(input: unknown): { code: string; path: readonly (string | number)[]; message: string; params: Readonly<Record<string, unknown>> }[] {
  const result = safeDefineRemedyPolicy(input as RemedyPolicyInput);
  if (result.success) throw new Error("expected the policy to be rejected");
  return result.issues.map((i) => ({ code: i.code, path: i.path, message: i.message, params: i.params }));
}

const withRules = (rules: unknown[], extra: Record<string, unknown> = {}) => ({ ...base, rules, ...extra });
const tiers = (rows: unknown[], coverage?: string) =>
  withRules([{ id: "r", kind: "credit", amount: { tiers: { keys: ["delay"], rows, ...(coverage ? { coverage } : {}) } } }]);

describe("defineRemedyPolicy", () => {
  it("returns an immutable opaque value listing its versions", () => {
    const policy = defineRemedyPolicy({ ...withRules([{ id: "r", kind: "apology" }]), version: "v1", effectiveFrom: "2024-01-01T00:00:00+08:00" } as never);
    expect(policy).toMatchObject({ kind: "pledgekit.remedy_policy", id: "p", versions: [{ version: "v1", effectiveFrom: "2023-12-31T16:00:00.000Z" }] });
    expect(Object.keys(policy)).toEqual(["kind", "definition", "id", "versions"]);
    expect(Object.isFrozen(policy)).toBe(true);
    expect(Object.isFrozen(policy.definition)).toBe(true);
    expect(defineRemedyPolicy(policy.definition)).toEqual(policy);
    expect(JSON.parse(JSON.stringify(policy.definition))).toEqual(policy.definition);
  });

  it("throws invalid_policy naming unknown keys, also inside conditions and amounts", () => {
    try {
      defineRemedyPolicy(
        withRules([{ id: "r", kind: "refund", when: { fact: "delay", gtee: 3 }, amount: { percent: 10, of: "price", cap: 5 } }], { stackin: "sum" }) as never,
      );
      expect.unreachable();
    } catch (error) {
      expect(isPledgeError(error) && error.code).toBe("invalid_policy");
      if (!isPledgeError(error)) return;
      expect(error.issues.map((i) => [i.code, i.path])).toEqual(
        expect.arrayContaining([
          ["unknown_key", ["stackin"]],
          ["unknown_key", ["rules", 0, "when", "gtee"]],
          ["unknown_key", ["rules", 0, "amount", "cap"]],
        ]),
      );
    }
  });

  it("rejects references to undeclared facts and facts of the wrong type", () => {
    expect(issuesOf(withRules([{ id: "r", kind: "refund", when: { fact: "delai", gt: 0 }, amount: { percent: 10, of: "delay" } }]))).toEqual([
      expect.objectContaining({
        code: "unknown_fact_reference",
        path: ["rules", 0, "when", "fact"],
        message: 'fact "delai" is not declared in `facts` (declared: "delay", "price", "tier")',
      }),
      expect.objectContaining({ code: "fact_type_mismatch", path: ["rules", 0, "amount", "of"], message: 'fact "delay" is a "number", expected "money"' }),
    ]);
  });

  it("rejects values a string fact never takes and bounds of the wrong type", () => {
    expect(
      issuesOf(
        withRules([
          {
            id: "r",
            kind: "apology",
            when: {
              all: [
                { fact: "tier", eq: "platinum" },
                { fact: "delay", gt: "soon" },
              ],
            },
          },
        ]),
      ).map((i) => i.code),
    ).toEqual(["undeclared_value", "invalid_bound"]);
  });

  it("rejects overlapping tiers, naming both rows and where they meet", () => {
    const issues = issuesOf(
      tiers([
        { when: { delay: { lte: 10 } }, amount: "1" },
        { id: "late", when: { delay: { gte: 10 } }, amount: "2" },
      ]),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        code: "tier_overlap",
        path: ["rules", 0, "amount", "tiers", "rows", 1],
        message: 'tier rows 0 and "late" overlap where delay = 10',
      }),
    ]);
  });

  it("rejects gaps inside the declared range, and accepts them with coverage partial", () => {
    const rows = [
      { when: { delay: { lt: 10 } }, amount: "1" },
      { when: { delay: { gt: 10 } }, amount: "2" },
    ];
    expect(issuesOf(tiers(rows))).toEqual([
      expect.objectContaining({
        code: "tier_gap",
        path: ["rules", 0, "amount", "tiers", "rows"],
        message: expect.stringContaining("no tier row covers delay = 10"),
      }),
    ]);
    expect(safeDefineRemedyPolicy(tiers(rows, "partial") as never).success).toBe(true);
  });

  it("requires tiers over a fact with a declared minimum to start there", () => {
    expect(issuesOf(tiers([{ when: { delay: { gte: 15 } }, amount: "1" }])).map((i) => i.params)).toEqual([{ at: "delay = 0" }, { at: "0 < delay < 15" }]);
  });

  it("checks multi-key tables cell by cell", () => {
    const table = {
      ...base,
      rules: [
        {
          id: "r",
          kind: "credit",
          amount: {
            tiers: {
              keys: ["tier", "delay"],
              rows: [
                { when: { tier: { eq: "gold" }, delay: { lt: 30 } }, amount: "5" },
                { when: { tier: { eq: "gold" }, delay: { gte: 30 } }, amount: "10" },
                { when: { tier: { eq: "basic" }, delay: { gte: 60 } }, amount: "3" },
              ],
            },
          },
        },
      ],
    };
    expect(issuesOf(table).map((i) => i.params)).toEqual([
      { at: 'tier = "basic", delay = 0' },
      { at: 'tier = "basic", 0 < delay < 30' },
      { at: 'tier = "basic", delay = 30' },
    ]);
  });

  it("knows integer facts have no values between 14 and 15", () => {
    const input = {
      ...base,
      facts: { minutes: { type: "number", min: 0, integer: true } },
      rules: [
        {
          id: "r",
          kind: "credit",
          amount: { tiers: { keys: ["minutes"], rows: [{ when: { minutes: { lte: 14 } } }, { when: { minutes: { gte: 15 } }, amount: "1" }] } },
        },
      ],
    };
    expect(safeDefineRemedyPolicy(input as never).success).toBe(true);
  });

  it("rejects money finer than the currency's minor unit, unknown currencies and currency mismatches", () => {
    expect(issuesOf(withRules([{ id: "r", kind: "refund", amount: "12.505" }]))[0]).toMatchObject({ code: "too_precise", path: ["rules", 0, "amount"] });
    expect(issuesOf(withRules([{ id: "r", kind: "refund", amount: { fixed: "1", currency: "EUO" } }]))[0]).toMatchObject({ code: "unknown_currency" });
    expect(
      issuesOf(
        withRules([
          {
            id: "r",
            kind: "refund",
            amount: {
              min: [
                { fixed: "5", currency: "USD" },
                { percent: 10, of: "price" },
              ],
            },
          },
        ]),
      )[0],
    ).toMatchObject({ code: "currency_mismatch" });
    expect(issuesOf(withRules([{ id: "r", kind: "refund", amount: "5", floor: { fixed: "1", currency: "GBP" } }]))[0]).toMatchObject({
      code: "currency_mismatch",
      path: ["rules", 0, "floor", "currency"],
    });
  });

  it("rejects percents outside 0–1000 and modifiers outside 0–10", () => {
    expect(issuesOf(withRules([{ id: "r", kind: "refund", amount: { percent: 1500, of: "price" } }]))[0]).toMatchObject({ code: "percent_out_of_range" });
    expect(issuesOf(withRules([{ id: "r", kind: "refund", amount: { scale: "5", factor: -1 } }]))[0]).toMatchObject({ code: "factor_out_of_range" });
  });

  it("requires amounts on money remedies and refuses them on others", () => {
    expect(
      issuesOf(
        withRules([
          { id: "r", kind: "refund" },
          { id: "s", kind: "apology", amount: "5" },
          { id: "t", kind: "points" },
        ]),
      ).map((i) => i.code),
    ).toEqual(["amount_required", "money_not_allowed", "points_required"]);
  });

  it("rejects duplicate ids, unknown rules in caps and exclusions, and ambiguous amount forms", () => {
    const issues = issuesOf(
      withRules(
        [
          { id: "r", kind: "apology" },
          { id: "r", kind: "refund", amount: { fixed: "1", percent: 5 } },
        ],
        { exclusions: [{ id: "x", reason: "y", when: { fact: "delay", gt: 0 }, rules: ["nope"] }] },
      ),
    );
    expect(issues.map((i) => i.code)).toEqual(["amount_form"]);
    const semantic = issuesOf(
      withRules(
        [
          { id: "r", kind: "apology" },
          { id: "r", kind: "apology" },
        ],
        { exclusions: [{ id: "x", reason: "y", when: { fact: "delay", gt: 0 }, rules: ["nope"] }] },
      ),
    );
    expect(semantic.map((i) => i.code)).toEqual(["duplicate_id", "unknown_rule"]);
  });

  it("validates versioned policies: unique versions, one incident fact", () => {
    const version = (v: string, from: string) => ({
      version: v,
      effectiveFrom: from,
      currency: "EUR",
      facts: { incidentAt: { type: "instant" as const } },
      rules: [{ id: "r", kind: "apology" as const }],
    });
    expect(
      defineRemedyPolicy({ id: "p", versions: [version("2", "2024-01-01T00:00:00Z"), version("1", "2023-01-01T00:00:00Z")] }).versions.map((v) => v.version),
    ).toEqual(["1", "2"]);
    expect(issuesOf({ id: "p", versions: [version("1", "2024-01-01T00:00:00Z"), version("1", "2024-01-01T00:00:00Z")] }).map((i) => i.code)).toEqual([
      "duplicate_id",
      "duplicate_id",
    ]);
  });

  it("renders its issues in Chinese", () => {
    const result = safeDefineRemedyPolicy(withRules([{ id: "r", kind: "refund", amount: { percent: 10, of: "fee" } }]) as never);
    if (result.success) throw new Error("expected failure");
    expect(formatIssue(result.issues[0] as never, "zh-CN")).toBe('事实 "fee" 未在 `facts` 中声明（已声明："delay"、"price"、"tier"）');
  });
});
