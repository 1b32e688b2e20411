import { describe, expect, it } from "vitest";
import { amountOf, codes, decide, loadPolicy } from "./load.js";

const cny = (amount: string) => ({ currency: "CNY", amount });

describe("消费者权益保护法 Art. 55: three times the price, at least ¥500", () => {
  const policy = loadPolicy("cn-consumer-protection-art55");
  const fraud = (price: string, extra: Record<string, unknown> = {}) =>
    decide(policy, { incidentAt: "2024-03-15T10:00:00+08:00", price: cny(price), fraud: true, ...extra } as never);

  it.each([
    ["0.01", "500.00", "500.01"],
    ["100.00", "500.00", "600.00"],
    ["166.66", "500.00", "666.66"],
    ["166.67", "500.01", "666.68"],
    ["1000.00", "3000.00", "4000.00"],
  ])("price ¥%s → treble damages ¥%s, total with the refund ¥%s", (price, treble, total) => {
    const decision = fraud(price);
    expect(amountOf(decision, "treble-damages")).toBe(treble);
    expect(decision.totals).toEqual([cny(total)]);
  });

  it("says when the floor raised the amount", () => {
    const message = fraud("100.00").explanation.find((e) => e.code === "floor_applied")?.message;
    expect(message).toBe('rule "treble-damages": raised to the floor of 500.00 CNY (was 300.00 CNY)');
  });

  it("grants nothing without fraud", () => {
    expect(decide(policy, { incidentAt: "2024-03-15T10:00:00+08:00", price: cny("100.00"), fraud: false }).eligible).toBe(false);
  });

  it("adds the loss and up to twice the loss when a known defect caused serious harm (para. 2)", () => {
    const decision = fraud("80.00", { loss: cny("12000.00"), knowinglyDefective: true, deathOrSeriousHarm: true });
    expect(decision.remedies.map((r) => [r.ruleId, r.amount?.amount])).toEqual([
      ["refund", "80.00"],
      ["treble-damages", "500.00"],
      ["loss", "12000.00"],
      ["punitive-harm", "24000.00"],
    ]);
    expect(decision.totals).toEqual([cny("36580.00")]);
  });
});

describe("食品安全法 Art. 148: the larger of ten times the price and three times the loss, at least ¥1,000", () => {
  // "消费者除要求赔偿损失外，还可以……要求支付价款十倍或者损失三倍的赔偿金；增加赔偿的金额不足一千元的，为一千元。"
  // The consumer claims whichever is larger, so the policy pays the larger (see the example's meta.decision).
  const policy = loadPolicy("cn-food-safety-art148");
  const food = (price: string, loss: string, extra: Record<string, unknown> = {}) =>
    decide(policy, { incidentAt: "2024-05-01T12:00:00+08:00", price: cny(price), loss: cny(loss), nonCompliantFood: true, ...extra } as never);

  // Counted by hand: max(10 × price, 3 × loss), then raised to 1000.
  it.each([
    ["99.99", "0.00", "1000.00", "1000.00"], // max(999.90, 0) → floor 1000
    ["100.00", "0.00", "1000.00", "1000.00"],
    ["100.01", "0.00", "1000.10", "1000.10"],
    ["250.00", "0.00", "2500.00", "2500.00"],
    ["20.00", "333.33", "1000.00", "1333.33"], // max(200, 999.99) → 1000; plus the loss 333.33
    ["20.00", "333.34", "1000.02", "1333.36"], // 3 × 333.34 = 1000.02
    ["250.00", "1000.00", "3000.00", "4000.00"], // max(2500, 3000) = 3000; plus the loss 1000
    ["400.00", "1000.00", "4000.00", "5000.00"], // max(4000, 3000) = 4000
  ])("price ¥%s, loss ¥%s → punitive ¥%s, total with the loss ¥%s", (price, loss, punitive, total) => {
    const decision = food(price, loss);
    expect(amountOf(decision, "punitive")).toBe(punitive);
    expect(decision.totals).toEqual([cny(total)]);
  });

  it("explains which of the two was larger and when the floor raised it", () => {
    expect(food("250.00", "1000.00").explanation.find((e) => e.code === "amount_max")?.message).toBe(
      'rule "punitive": the largest of 2500.00, 3000.00 CNY is 3000.00 CNY',
    );
    expect(codes(food("50.00", "0.00"))).toContain("floor_applied");
  });

  it("excludes the punitive damages for a harmless label defect, but still pays the loss", () => {
    const decision = food("20.00", "35.00", { labelDefectOnly: true });
    expect(decision.remedies.map((r) => r.ruleId)).toEqual(["loss"]);
    expect(decision.explanation.find((e) => e.code === "excluded")?.message).toContain("标签");
  });
});

describe("邮政法 Art. 47: actual loss, at most three times the postage", () => {
  // "（二）未保价的给据邮件丢失、损毁或者内件短少的，按照实际损失赔偿，但最高赔偿额不超过所收取资费的三倍"
  const policy = loadPolicy("cn-postal-art47");
  const uninsured = (loss: string, postage: string) =>
    decide(policy, { incidentAt: "2024-05-01T12:00:00+08:00", insured: false, totalLoss: true, loss: cny(loss), postage: cny(postage) });

  it.each([
    ["149.99", "50.00", "149.99"],
    ["150.00", "50.00", "150.00"],
    ["150.01", "50.00", "150.00"],
    ["2000.00", "12.50", "37.50"],
  ])("loss ¥%s, postage ¥%s → ¥%s", (loss, postage, expected) => {
    expect(amountOf(uninsured(loss, postage), "uninsured")).toBe(expected);
  });

  it("explains the cap", () => {
    expect(uninsured("2000.00", "12.50").explanation.find((e) => e.code === "cap_applied")?.message).toBe(
      'rule "uninsured": cut to the per-incident cap of 37.50 CNY (was 2000.00 CNY)',
    );
  });

  // "（一）保价的给据邮件丢失或者全部损毁的，按照保价额赔偿"
  it("pays the declared value for a lost insured item", () => {
    const decision = decide(policy, {
      incidentAt: "2024-05-01T12:00:00+08:00",
      insured: true,
      totalLoss: true,
      loss: cny("900.00"),
      postage: cny("30.00"),
      insuredValue: cny("2000.00"),
    });
    expect(decision.totals).toEqual([cny("2000.00")]);
  });

  // "部分损毁或者内件短少的，按照保价额与邮件全部价值的比例对邮件的实际损失予以赔偿": loss × declared ÷ full value,
  // exact, rounded once (half-even). Counted by hand:
  //   300 × 1000 / 4000 = 75; 100 × 1000 / 3000 = 33.333… → 33.33; 0.05 × 1 / 2 = 0.025 → 0.02; 500 × 2000 / 2000 = 500.
  it.each([
    ["300.00", "1000.00", "4000.00", "75.00"],
    ["100.00", "1000.00", "3000.00", "33.33"],
    ["0.05", "1.00", "2.00", "0.02"],
    ["500.00", "2000.00", "2000.00", "500.00"],
  ])("insured partial loss ¥%s, declared ¥%s of ¥%s → ¥%s", (loss, insuredValue, fullValue, expected) => {
    const decision = decide(policy, {
      incidentAt: "2024-05-01T12:00:00+08:00",
      insured: true,
      totalLoss: false,
      loss: cny(loss),
      postage: cny("30.00"),
      insuredValue: cny(insuredValue),
      fullValue: cny(fullValue),
    });
    expect(amountOf(decision, "insured-partial-loss")).toBe(expected);
    expect(decision.remedies.map((r) => r.ruleId)).toEqual(["insured-partial-loss"]);
  });

  it("explains the proportion exactly before its one rounding", () => {
    const decision = decide(policy, {
      incidentAt: "2024-05-01T12:00:00+08:00",
      insured: true,
      totalLoss: false,
      loss: cny("100.00"),
      postage: cny("30.00"),
      insuredValue: cny("1000.00"),
      fullValue: cny("3000.00"),
    });
    expect(decision.explanation.find((e) => e.code === "amount_ratio")?.message).toBe(
      'rule "insured-partial-loss": 1 × loss 100.00 CNY × insuredValue 1000.00 CNY ÷ fullValue 3000.00 CNY = 33.33333333… CNY (exact, rounded once at the end)',
    );
  });

  // "挂号信件丢失、损毁的，按照所收取资费的三倍予以赔偿": three times the postage, whatever the loss.
  it.each([
    ["0.00", "3.00", "9.00"],
    ["500.00", "3.00", "9.00"],
    ["1.00", "4.80", "14.40"],
  ])("registered letter, loss ¥%s, postage ¥%s → ¥%s", (loss, postage, expected) => {
    const decision = decide(policy, {
      incidentAt: "2024-05-01T12:00:00+08:00",
      item: "registered_letter",
      insured: false,
      totalLoss: true,
      loss: cny(loss),
      postage: cny(postage),
    });
    expect(decision.remedies.map((r) => [r.ruleId, r.amount?.amount])).toEqual([["registered-letter", expected]]);
  });
});
