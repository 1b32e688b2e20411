// Commitment drafts built from wording fragments that exercise every check (en + zh).
import fc from "fast-check";
import type { CommitmentInput } from "../../src/commitment/index.js";

export const wordingFragments = [
  "We reply",
  "within 2 hours",
  "within 4 business hours",
  "half an hour",
  "as soon as possible",
  "promptly",
  "ＡＳＡＰ",
  "the best",
  "bestow",
  "first reply",
  "No. 1",
  "industry-leading",
  "90%",
  "85 percent",
  "since 2015",
  "24/7",
  "我们",
  "2小时内回复",
  "两小时",
  "尽快",
  "第一时间",
  "第一次",
  "行业第一",
  "最佳",
  "百分之九十",
  "7×24小时",
  "３个工作日",
  "，",
] as const;

const wording = fc.array(fc.constantFrom(...wordingFragments), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(" "));
const text = fc.constantFrom("first reply to online enquiries", "客服热线接听", "", "  ");

export const commitmentDraft: fc.Arbitrary<CommitmentInput> = fc.record(
  {
    id: fc.constantFrom("c1", "承诺-2"),
    title: wording,
    statement: wording,
    service: fc.record({ content: text, channel: fc.constantFrom("chat", "电话") }, { requiredKeys: [] }),
    standard: fc.record(
      {
        metric: fc.constantFrom("first_response", "csat", ""),
        target: fc.constantFrom<string | number>("PT2H", "PT4H", "PT30M", 85, 90, 3),
        unit: fc.constantFrom("percent", "score"),
        comparison: fc.constantFrom("at_most", "at_least", "less_than", "more_than"),
        businessHours: fc.boolean(),
        attainment: fc.constantFrom(0.9, 0.95, 1),
      },
      { requiredKeys: [] },
    ),
    deadline: fc.constantFrom("2025-12-31"),
    remedy: fc.record({ policy: fc.constantFrom("credit", ""), description: text }, { requiredKeys: [] }),
    relevance: fc.record(
      { needs: fc.array(text, { maxLength: 2 }), servqualDimension: fc.constantFrom("responsiveness", "reliability"), kpi: text },
      { requiredKeys: [] },
    ),
    evidence: fc.array(fc.constantFrom("2024 index, rank 1", ""), { maxLength: 2 }),
    meta: fc.constant({ crm: { id: 1 } }),
  },
  { requiredKeys: ["id"] },
) as fc.Arbitrary<CommitmentInput>;

/** Observations for a duration target: minutes from a fixed start. */
export const spanHistory = fc
  .array(fc.integer({ min: 0, max: 600 }), { maxLength: 45 })
  .map((minutes) => minutes.map((m) => ({ start: "2025-01-06T01:00:00Z", end: new Date(Date.parse("2025-01-06T01:00:00Z") + m * 60_000).toISOString() })));

/** Pass/fail observations: valid against any standard, no calendar needed. */
export const metHistory = fc.array(fc.boolean(), { maxLength: 45 }).map((flags) => flags.map((met) => ({ at: "2025-01-06T01:00:00Z", met })));
