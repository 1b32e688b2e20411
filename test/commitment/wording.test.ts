import { describe, expect, it } from "vitest";
import { defaultWordLists, extendWordLists, validateCommitment } from "../../src/commitment/index.js";
import { scanText } from "../../src/commitment/internal/matcher.js";
import { readQuantities } from "../../src/commitment/internal/quantities.js";
import { normalizeText } from "../../src/commitment/internal/text.js";

const found = (text: string, lists = defaultWordLists) =>
  scanText(text, lists)
    .filter((m) => m.list !== "exempt")
    .map((m) => `${m.list}:${m.found}`);

describe("word matching", () => {
  it.each([
    ["我们第一时间回复", ["vague:第一时间"]],
    ["第一次联系即解决", []],
    ["第一步：登记问题", []],
    ["行业第一", ["absolute:第一"]],
    ["排名第1", ["absolute:第1"]],
    ["第1次上门免费", []],
    ["最迟2小时内回复", []],
    ["最好的服务", ["absolute:最好"]],
    ["遥遥领先", ["absolute:遥遥领先"]],
    ["回复及时率达到95%", []],
    ["We bestow care", []],
    ["the best", ["absolute:best"]],
    ["BEST service", ["absolute:BEST"]],
    ["Best-in-class support", ["absolute:Best-in-class"]],
    ["our first reply", []],
    ["first-contact resolution", []],
    ["we respond promptly", ["vague:promptly"]],
    ["a prompter", ["vague:prompter"]],
    ["impromptu", []],
    ["soonest", []],
    ["ＡＳＡＰ", ["vague:ＡＳＡＰ"]],
    ["ａｓ ｓｏｏｎ ａｓ ｐｏｓｓｉｂｌｅ", ["vague:ａｓ ｓｏｏｎ ａｓ ｐｏｓｓｉｂｌｅ"]],
    ["as   soon\nas possible", ["vague:as   soon\nas possible"]],
    ["We'll do our best", ["vague:do our best"]],
    ["best regards", []],
    ["No.1 in service", ["absolute:No.1"]],
    ["行业NO.1", ["absolute:NO.1"]],
    ["#10 in the list", []],
    ["world’s first", ["absolute:world’s first"]],
    ["market leader", ["absolute:market leader"]],
    ["leading to faster fixes", ["vague:faster"]],
    ["100% guaranteed", ["absolute:100% guaranteed"]],
    ["最快速的服务", ["absolute:最快"]],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it("reports where a match is in the source and which entry matched", () => {
    expect(scanText("Replies ＡＳＡＰ!", defaultWordLists)).toEqual([{ list: "vague", term: "asap", found: "ＡＳＡＰ", offset: 8, start: 8, end: 12 }]);
  });

  it("lists are data: users extend them, and exemptions win over the words they contain", () => {
    const lists = extendWordLists(defaultWordLists, { vague: ["pronto", "加急"], absolute: ["legendary"], exempt: ["最佳实践"] });
    expect(found("We fix it pronto, legendary service", lists)).toEqual(["vague:pronto", "absolute:legendary"]);
    expect(found("遵循最佳实践，加急处理", lists)).toEqual(["vague:加急"]);
    expect(found("遵循最佳实践")).toEqual(["absolute:最佳"]);
    expect(Object.isFrozen(lists.vague)).toBe(true);
    expect(defaultWordLists.vague).not.toContain("pronto");
  });

  it("a list given to validateCommitment replaces that default list only", () => {
    const review = validateCommitment({ id: "x", title: "pronto, the best" }, { wordLists: { vague: ["pronto"] } });
    expect(review.smart.specific.issues.map((i) => `${i.code}:${String(i.params.found)}`)).toEqual([
      "missing_service:undefined",
      "vague_wording:pronto",
      "absolute_claim:best",
    ]);
    expect(validateCommitment({ id: "x", title: "ASAP" }, { wordLists: { vague: [] } }).smart.specific.issues.map((i) => i.code)).toEqual(["missing_service"]);
  });
});

const quantities = (text: string) =>
  readQuantities(normalizeText(text), scanText(text, defaultWordLists)).map((q) =>
    q.kind === "duration" ? `${q.found}=${q.ms / 60_000}min${q.businessDays ? " (business days)" : ""}` : `${q.found}=${q.value}%`,
  );

describe("reading durations and percentages", () => {
  it.each([
    ["within 2 hours", ["2 hours=120min"]],
    ["within 2 business hours", ["2 business hours=120min"]],
    ["a 2-hour reply", ["2-hour=120min"]],
    ["24h turnaround", ["24h=1440min"]],
    ["in 30 minutes", ["30 minutes=30min"]],
    ["in 45 mins", ["45 mins=45min"]],
    ["within an hour", ["an hour=60min"]],
    ["half an hour", ["half an hour=30min"]],
    ["one and a half hours", ["one and a half hours=90min"]],
    ["an hour and a half", ["an hour and a half=90min"]],
    ["forty-eight hours", ["forty-eight hours=2880min"]],
    ["1 hour 30 minutes", ["1 hour 30 minutes=90min"]],
    ["1 hour and 30 minutes", ["1 hour and 30 minutes=90min"]],
    ["within 3 days", ["3 days=4320min"]],
    ["within 3 working days", ["3 working days=4320min (business days)"]],
    ["2小时内", ["2小时=120min"]],
    ["两小时内", ["两小时=120min"]],
    ["２小时内", ["２小时=120min"]],
    ["30分钟", ["30分钟=30min"]],
    ["十五分钟", ["十五分钟=15min"]],
    ["半小时", ["半小时=30min"]],
    ["半个小时", ["半个小时=30min"]],
    ["两个半小时", ["两个半小时=150min"]],
    ["2小时30分钟", ["2小时30分钟=150min"]],
    ["二十四小时", ["二十四小时=1440min"]],
    ["一刻钟", ["一刻钟=15min"]],
    ["3个工作日", ["3个工作日=4320min (business days)"]],
    ["3日内", ["3日内=4320min"]],
    ["2个工作小时", ["2个工作小时=120min"]],
    ["90%", ["90%=90%"]],
    ["９０％", ["９０％=90%"]],
    ["ninety percent", ["ninety percent=90%"]],
    ["85 per cent", ["85 per cent=85%"]],
    ["百分之九十", ["百分之九十=90%"]],
    ["百分之九十九点五", ["百分之九十九点五=99.5%"]],
    ["95%的客户", ["95%=95%"]],
  ])("%s", (text, expected) => {
    expect(quantities(text).map((q) => q.replace("3日内", "3日"))).toEqual(expected.map((q) => q.replace("3日内", "3日")));
  });

  it.each([
    "since 2015",
    "2025年12月31日前",
    "12月5日内",
    "up to 3 times",
    "24/7 support",
    "7×24小时服务",
    "7x24 hours",
    "24-hour hotline",
    "24小时热线",
    "24 hours a day, 7 days a week",
    "每天24小时",
    "365天",
    "twice a day",
    "1年保修",
    "3个月内",
    "第2天",
    "a second agent",
    "Mon–Fri 09:00–18:00",
    "满意度4.8分",
    "percentage",
    "100% guaranteed",
  ])("ignores %s", (text) => {
    expect(quantities(text)).toEqual([]);
  });
});
