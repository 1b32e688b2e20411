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

describe("食品安全法 Art. 148: ten times the price or three times the loss, at least ¥1,000", () => {
  const policy = loadPolicy("cn-food-safety-art148");
  const food = (price: string, loss: string, choice?: string, extra: Record<string, unknown> = {}) =>
    decide(policy, { incidentAt: "2024-05-01T12:00:00+08:00", price: cny(price), loss: cny(loss), nonCompliantFood: true, ...extra } as never, choice === undefined ? {} : { choices: { punitive: choice } });

  it("lets the consumer choose, showing both amounts after the floor", () => {
    const decision = food("99.99", "0.00");
    const choice = decision.remedies.find((r) => r.ruleId === "punitive");
    expect(choice?.options?.map((o) => [o.optionId, o.amount?.amount])).toEqual([
      ["ten-times-price", "1000.00"],
      ["three-times-loss", "1000.00"],
    ]);
    expect(decision.totals).toEqual([]);
    expect(decision.eligible).toBe(true);
    expect(codes(decision)).toContain("choice_pending");
  });

  it.each([
    ["99.99", "1000.00"],
    ["100.00", "1000.00"],
    ["100.01", "1000.10"],
    ["250.00", "2500.00"],
  ])("price ¥%s, ten times the price → ¥%s", (price, expected) => {
    expect(amountOf(food(price, "0.00", "ten-times-price"), "punitive")).toBe(expected);
  });

  it.each([
    ["333.33", "1000.00", "1333.33"],
    ["333.34", "1000.02", "1333.36"],
  ])("loss ¥%s, three times the loss → ¥%s, total with the loss ¥%s", (loss, expected, total) => {
    const decision = food("20.00", loss, "three-times-loss");
    expect(amountOf(decision, "punitive")).toBe(expected);
    expect(decision.totals).toEqual([cny(total)]);
  });

  it("excludes the punitive damages for a harmless label defect, but still pays the loss", () => {
    const decision = food("20.00", "35.00", undefined, { labelDefectOnly: true });
    expect(decision.remedies.map((r) => r.ruleId)).toEqual(["loss"]);
    expect(decision.explanation.find((e) => e.code === "excluded")?.message).toContain("标签");
  });
});

describe("邮政法 Art. 47: actual loss, at most three times the postage", () => {
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

  it("pays the declared value for a lost insured item", () => {
    const decision = decide(policy, { incidentAt: "2024-05-01T12:00:00+08:00", insured: true, totalLoss: true, loss: cny("900.00"), postage: cny("30.00"), insuredValue: cny("2000.00") });
    expect(decision.totals).toEqual([cny("2000.00")]);
  });
});
