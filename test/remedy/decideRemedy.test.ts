import { describe, expect, it } from "vitest";
import { isPledgeError } from "../../src/core/errors.js";
import { formatIssue } from "../../src/formatIssue.js";
import { decideRemedy, defineRemedyPolicy, type RemedyPolicyInput } from "../../src/remedy/index.js";

const facts = {
  incidentAt: { type: "instant" },
  lateHours: { type: "number", min: 0 },
  fee: { type: "money" },
  vip: { type: "boolean", default: false },
} as const;
const policy = (extra: Partial<RemedyPolicyInput> & { rules: unknown[] }) =>
  defineRemedyPolicy({ id: "p", currency: "CNY", facts, ...extra } as RemedyPolicyInput);
const at = "2024-06-15T10:00:00+08:00";
const cny = (amount: string) => ({ currency: "CNY", amount });
const codes = (d: { explanation: readonly { code: string }[] }) => d.explanation.map((e) => e.code);

describe("decideRemedy: within a rule, amount → floor → per-incident cap → one rounding", () => {
  const p = policy({ rules: [{ id: "r", kind: "credit", amount: { percent: "33.3", of: "fee" }, floor: "10", cap: "50" }] });

  it.each([
    ["10.00", "10.00", ["floor_applied"]],
    ["100.00", "33.30", []],
    ["100.01", "33.30", ["rounded"]],
    ["1000.00", "50.00", ["cap_applied"]],
  ])("fee %s → %s", (fee, expected, extraCodes) => {
    const d = decideRemedy(p, { fee: cny(fee) });
    expect(d.totals).toEqual([cny(expected)]);
    for (const code of extraCodes) expect(codes(d)).toContain(code);
  });

  it("rounds only once, at the end: 33.3% of 100.01 = 33.30333 → 33.30", () => {
    const d = decideRemedy(p, { fee: cny("100.01") });
    expect(d.explanation.find((e) => e.code === "rounded")?.message).toBe('rule "r": 33.30333 CNY rounded half_even to 33.30 CNY');
  });

  it("lets a cap applied after a floor cut below it, and says so", () => {
    const q = policy({ rules: [{ id: "r", kind: "credit", amount: { percent: 10, of: "fee" }, floor: "20", cap: { percent: 15, of: "fee" } }] });
    const d = decideRemedy(q, { fee: cny("100.00") });
    expect(d.totals).toEqual([cny("15.00")]);
    expect(codes(d)).toEqual(expect.arrayContaining(["floor_applied", "cap_applied", "cap_below_floor"]));
    expect(d.explanation.find((e) => e.code === "cap_below_floor")?.message).toBe(
      'rule "r": the cap of 15.00 CNY is below the floor of 20.00 CNY; the cap, applied after the floor, wins',
    );
  });

  it("uses the policy's rounding mode", () => {
    const amount = { percent: 50, of: "fee" };
    const modes = ["half_even", "half_up", "half_down", "floor", "ceiling", "truncate"] as const;
    const results = modes.map(
      (rounding) => decideRemedy(policy({ rounding, rules: [{ id: "r", kind: "credit", amount }] }), { fee: cny("0.05") }).totals[0]?.amount,
    );
    expect(results).toEqual(["0.02", "0.03", "0.02", "0.02", "0.03", "0.02"]);
  });
});

describe("decideRemedy: amounts", () => {
  it("counts started or completed units after a grace, with a unit cap", () => {
    const rule = (count: string) => ({ id: count, kind: "compensation", amount: { per: "5", of: "lateHours", grace: 2, unit: "0.5", count, maxUnits: 6 } });
    const p = policy({ rules: [rule("started"), rule("completed")] });
    const amounts = (lateHours: number) => decideRemedy(p, { lateHours }).remedies.map((r) => r.amount?.amount ?? "-");
    expect(amounts(2)).toEqual([]);
    expect(amounts(2.1)).toEqual(["5.00"]);
    expect(amounts(2.5)).toEqual(["5.00", "5.00"]);
    expect(amounts(2.9)).toEqual(["10.00", "5.00"]);
    expect(amounts(100)).toEqual(["30.00", "30.00"]);
  });

  it("takes min and max of amounts, and applies a modifier only when its condition holds", () => {
    const p = policy({
      rules: [
        { id: "lo", kind: "credit", amount: { min: ["30", { multiple: 2, of: "fee" }] } },
        { id: "hi", kind: "credit", amount: { max: ["30", { multiple: 2, of: "fee" }] } },
        { id: "vip", kind: "credit", amount: { scale: "10", factor: "1.5", when: { fact: "vip", eq: true }, reason: "VIP" } },
      ],
    });
    expect(decideRemedy(p, { fee: cny("12.00") }).remedies.map((r) => r.amount?.amount)).toEqual(["24.00", "30.00", "10.00"]);
    const vip = decideRemedy(p, { fee: cny("12.00"), vip: true });
    expect(vip.remedies[2]?.amount?.amount).toBe("15.00");
    expect(vip.explanation.find((e) => e.code === "modifier_applied")?.message).toBe('rule "vip": modifier ×1.5 applied (VIP)');
  });

  it("grants points, apologies, free services and replacements alongside money", () => {
    const p = policy({
      rules: [
        { id: "sorry", kind: "apology", label: "written apology" },
        { id: "pts", kind: "points", points: { per: 100, of: "lateHours", count: "started" } },
        { id: "free", kind: "free_service", item: "next delivery free", quantity: 1 },
        { id: "swap", kind: "replacement", item: "replacement parcel", when: { fact: "lateHours", gte: 48 } },
      ],
    });
    const d = decideRemedy(p, { lateHours: 2.5 });
    expect(d.remedies.map((r) => [r.kind, r.points ?? r.item ?? r.label])).toEqual([
      ["apology", "written apology"],
      ["points", 300],
      ["free_service", "next delivery free"],
    ]);
    expect(d).toMatchObject({ eligible: true, points: 300, totals: [] });
  });
});

describe("decideRemedy: stacking, period caps, minimum payable", () => {
  const rules = [
    { id: "a", kind: "credit", amount: "10" },
    { id: "b", kind: "credit", amount: "25" },
    { id: "c", kind: "voucher", amount: "5" },
    { id: "sorry", kind: "apology" },
  ];

  it.each([
    ["sum", "40.00", ["a", "b", "c", "sorry"]],
    ["highest", "25.00", ["b", "sorry"]],
    ["first", "10.00", ["a", "sorry"]],
  ] as const)("stacking %s → %s", (stacking, total, kept) => {
    const d = decideRemedy(policy({ stacking, rules }), {});
    expect(d.totals).toEqual([cny(total)]);
    expect(d.remedies.map((r) => r.ruleId)).toEqual(kept);
  });

  it("caps per calendar month in the cap's zone, counting earlier grants, cutting the last rules first", () => {
    const p = policy({ rules, periodCaps: [{ id: "monthly", amount: "50", period: "month", timeZone: "Asia/Shanghai" }] });
    const history = [
      { at: "2024-06-01T00:30:00+08:00", amount: cny("12.00") }, // June in Shanghai (still May in UTC)
      { at: "2024-05-31T23:00:00+08:00", amount: cny("30.00") }, // May: not counted
      { at: "2024-06-10T00:00:00Z", amount: cny("3.00"), policyId: "other-policy" }, // another policy: not counted
    ];
    const d = decideRemedy(p, { incidentAt: at }, { history });
    expect(d.totals).toEqual([cny("38.00")]);
    expect(d.remedies.map((r) => [r.ruleId, r.amount?.amount])).toEqual([
      ["a", "10.00"],
      ["b", "25.00"],
      ["c", "3.00"],
      ["sorry", undefined],
    ]);
    expect(d.explanation.find((e) => e.code === "period_cap")?.message).toBe(
      'period cap "monthly": 50.00 CNY per month 2024-06 (Asia/Shanghai), 12.00 CNY already granted, 38.00 CNY left',
    );
  });

  it("caps over rolling days and only the rules named, dropping remedies cut to zero", () => {
    const p = policy({ rules, periodCaps: [{ id: "rolling", amount: "30", period: { rollingDays: 30 }, rules: ["b", "c"] }] });
    const history = [
      { at: "2024-05-20T00:00:00Z", amount: cny("28.00"), ruleId: "b" },
      { at: "2024-05-01T00:00:00Z", amount: cny("100.00"), ruleId: "b" }, // more than 30 days before
      { at: "2024-06-01T00:00:00Z", amount: cny("100.00"), ruleId: "a" }, // rule a is not capped
    ];
    const d = decideRemedy(p, { incidentAt: at }, { history });
    expect(d.remedies.map((r) => [r.ruleId, r.amount?.amount])).toEqual([
      ["a", "10.00"],
      ["b", "2.00"],
      ["sorry", undefined],
    ]);
  });

  it("needs the incident's time for a period cap (or now)", () => {
    const p = policy({ rules, periodCaps: [{ id: "m", amount: "50", period: "month" }] });
    const d = decideRemedy(p, {});
    expect(d.issues.map((i) => [i.code, i.path])).toEqual([["missing_fact", ["facts", "incidentAt"]]]);
    expect(d.remedies.map((r) => r.ruleId)).toEqual(["sorry"]);
    expect(decideRemedy(p, {}, { now: at }).totals).toEqual([cny("40.00")]);
  });

  it("issues no money below the minimum payable, but keeps the apology", () => {
    const p = policy({
      rules: [
        { id: "r", kind: "credit", amount: { percent: 10, of: "fee" } },
        { id: "sorry", kind: "apology" },
      ],
      minimumPayable: "1.00",
    });
    expect(decideRemedy(p, { fee: cny("10.00") }).totals).toEqual([cny("1.00")]);
    // 10% of 9.99 is 0.999, rounded to 1.00: payable. 10% of 9.94 is 0.994 → 0.99: not.
    expect(decideRemedy(p, { fee: cny("9.99") }).totals).toEqual([cny("1.00")]);
    const small = decideRemedy(p, { fee: cny("9.94") });
    expect(small.totals).toEqual([]);
    expect(small.remedies.map((r) => r.kind)).toEqual(["apology"]);
    expect(small.explanation.find((e) => e.code === "below_minimum_payable")?.message).toBe(
      "the total of 0.99 CNY is below the minimum payable of 1.00 CNY: no money is issued",
    );
  });
});

describe("decideRemedy: facts", () => {
  const p = policy({ rules: [{ id: "r", kind: "credit", when: { fact: "lateHours", gt: 1 }, amount: { percent: 10, of: "fee" } }] });

  it("reports invalid facts (wrong type, below min, too precise, wrong currency) without throwing", () => {
    const d = decideRemedy(p, { lateHours: -1, fee: { currency: "CNY", amount: "1.005" } });
    expect(d.issues.map((i) => [i.code, i.path])).toEqual([
      ["invalid_fact", ["facts", "lateHours"]],
      ["invalid_fact", ["facts", "fee"]],
    ]);
    expect(d.eligible).toBe(false);
    expect(decideRemedy(p, { lateHours: "soon" as never, fee: cny("1") }).issues[0]?.code).toBe("invalid_fact");
  });

  it("reports facts the policy does not declare, and missing ones with the rules that need them", () => {
    const d = decideRemedy(p, { lateHour: 3 } as never);
    expect(d.issues.map((i) => i.code)).toEqual(["unknown_fact", "missing_fact"]);
    expect(formatIssue(d.issues[1] as never, "zh-CN")).toBe('缺少事实 "lateHours"；依赖它的规则（"r"）不适用');
  });

  it("accepts numbers as decimal strings, instants as Date, epoch ms or ISO with offset", () => {
    expect(decideRemedy(p, { lateHours: "1.5", fee: cny("20") }).totals).toEqual([cny("2.00")]);
    const q = policy({ rules: [{ id: "r", kind: "apology", when: { fact: "incidentAt", gte: "2024-06-01T00:00:00Z" } }] });
    for (const instant of [new Date("2024-06-02T00:00:00Z"), Date.parse("2024-06-02T00:00:00Z"), "2024-06-02T08:00:00+08:00"]) {
      expect(decideRemedy(q, { incidentAt: instant }).eligible).toBe(true);
    }
    expect(decideRemedy(q, { incidentAt: "2024-06-02T08:00:00" }).issues[0]?.code).toBe("invalid_fact");
  });

  it("throws invalid_argument only for misuse", () => {
    const misuse = [
      () => decideRemedy({ id: "p" }, {}),
      () => decideRemedy(p, null as never),
      () => decideRemedy(p, {}, { history: [{ at: "2024-01-01", amount: cny("1") }] }),
      () => decideRemedy(p, {}, { now: "yesterday" }),
      () => decideRemedy(p, {}, { choices: { r: "x" } }),
    ];
    for (const call of misuse) {
      try {
        call();
        expect.unreachable();
      } catch (error) {
        expect(isPledgeError(error) && error.code).toBe("invalid_argument");
      }
    }
  });
});

describe("decideRemedy: results", () => {
  const p = policy({
    rules: [
      { id: "r", kind: "credit", amount: { percent: 10, of: "fee" } },
      { id: "sorry", kind: "apology" },
    ],
  });

  it("explains in Chinese on request", () => {
    const d = decideRemedy(p, { fee: cny("50") }, { locale: "zh-CN" });
    expect(d.explanation.map((e) => e.message)).toContain('规则 "r"：金额 5.00 CNY');
    expect(d.explanation.at(-1)?.message).toBe("符合补救条件：5.00 CNY、致歉");
  });

  it("survives a JSON round trip and never shares the facts' objects", () => {
    const fee = cny("50");
    const d = decideRemedy(p, { fee });
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
    expect(fee).toEqual(cny("50"));
  });
});

describe("decideRemedy: claim windows", () => {
  const weekdays = [["09:00", "17:00"]];
  const calendar = { timeZone: "Europe/London", week: { mon: weekdays, tue: weekdays, wed: weekdays, thu: weekdays, fri: weekdays } };
  const windowed = (claimWindow: Record<string, unknown>) =>
    policy({ rules: [{ id: "r", kind: "credit", amount: "5", delivery: "on_claim", claimWindow: { from: "incidentAt", ...claimWindow } }] } as never);
  const claimAt = (claimWindow: Record<string, unknown>, event: string, claim: string) =>
    decideRemedy(windowed(claimWindow), { incidentAt: event }, { now: claim });

  it("opens at the start of a later local day with opensAfter", () => {
    const w = { opensAfter: 2, closesAfter: 5, timeZone: "Asia/Shanghai" };
    expect(claimAt(w, "2024-06-03T10:00:00+08:00", "2024-06-04T23:59:00+08:00").eligible).toBe(false);
    expect(claimAt(w, "2024-06-03T10:00:00+08:00", "2024-06-05T00:00:00+08:00").eligible).toBe(true);
    expect(claimAt(w, "2024-06-03T10:00:00+08:00", "2024-06-09T00:00:00+08:00").eligible).toBe(false);
  });

  it("closes at the close of business of the n-th business day, the event's weekend day rolling forward", () => {
    const w = { closesAfter: 0, unit: "business_days", calendar };
    expect(claimAt(w, "2024-06-08T12:00:00+01:00", "2024-06-10T16:59:59+01:00").eligible).toBe(true);
    expect(claimAt(w, "2024-06-08T12:00:00+01:00", "2024-06-10T17:00:00+01:00").eligible).toBe(false);
    const three = { closesAfter: 3, unit: "business_days", calendar };
    expect(decideRemedy(windowed(three), { incidentAt: "2024-06-07T10:00:00+01:00" }, { now: "2024-06-07T11:00:00+01:00" }).remedies[0]?.claimWindow).toEqual({
      opensAt: "2024-06-07T09:00:00.000Z",
      closesAt: "2024-06-12T16:00:00.000Z",
    });
  });

  it("rejects windows without a calendar for business days, reversed windows, windows on automatic rules and bad calendars", () => {
    const issues = (claimWindow: Record<string, unknown>, delivery = "on_claim") => {
      try {
        policy({ rules: [{ id: "r", kind: "credit", amount: "5", delivery, claimWindow: { from: "incidentAt", ...claimWindow } }] } as never);
        return [];
      } catch (error) {
        return isPledgeError(error) ? error.issues.map((i) => [i.code, i.path.join(".")]) : [];
      }
    };
    expect(issues({ closesAfter: 3, unit: "business_days" })).toEqual([["calendar_required", "rules.0.claimWindow.calendar"]]);
    expect(issues({ closesAfter: 3, opensAfter: 4 })).toEqual([["window_reversed", "rules.0.claimWindow.opensAfter"]]);
    expect(issues({ closesAfter: 3 }, "automatic")).toEqual([["window_needs_claim", "rules.0.claimWindow"]]);
    expect(issues({ closesAfter: 3, unit: "business_days", calendar: { timeZone: "Mars/Olympus", week: {} } })[0]).toEqual([
      "invalid_time_zone",
      "rules.0.claimWindow.calendar.timeZone",
    ]);
  });
});
