// Commitment review speed: a catalogue is reviewed on every edit in a CRM form, so one review must
// cost microseconds, and a year of history must not cost more than a few milliseconds.
import { defineCommitment, MAX_COMMITMENT_STATEMENT, validateCommitment } from "../src/commitment/index.js";
import { measure, printTable } from "./harness.js";

export function commitmentBench(): void {
  const english = {
    id: "online-first-reply",
    title: "We reply to every online enquiry within 2 business hours",
    statement: "Our team answers promptly; 95% of enquiries get a first reply within 2 hours, the best in town.",
    service: { content: "first reply to online enquiries" },
    standard: { metric: "first_response", target: "PT2H", attainment: 0.95 },
    remedy: { description: "a ¥20 coupon if we are late" },
    relevance: { servqualDimension: "responsiveness" as const },
  };
  const chinese = { ...english, id: "zh", title: "在线咨询两小时内回复，第一时间处理，行业第一", statement: "百分之九十五的咨询在2小时内得到首次回复。" };
  const defined = defineCommitment(english);
  const history = Array.from({ length: 10_000 }, (_, i) => ({ at: "2025-01-01T00:00:00Z", value: (i % 180) * 60_000 }));
  const long = { ...english, statement: english.statement.repeat(50) };
  printTable("commitment", [
    measure("defineCommitment", () => defineCommitment(english)),
    measure("validateCommitment (en, input)", () => validateCommitment(english)),
    measure("validateCommitment (en, defined)", () => validateCommitment(defined)),
    measure("validateCommitment (zh-CN wording)", () => validateCommitment(chinese, { locale: "zh-CN" })),
    measure("validateCommitment (5 kB statement)", () => validateCommitment(long)),
    measure("validateCommitment (10,000 history cases)", () => validateCommitment(defined, { history })),
  ]);
  // Hostile wording at the longest statement allowed (issue 12 #3): every review stays linear, far
  // under 50 ms; oversized text is refused at definition before any scan.
  const M = MAX_COMMITMENT_STATEMENT;
  const hostile = (statement: string) => ({ id: "x", statement, standard: { target: "PT3H" } });
  printTable("commitment, hostile wording (longest statement allowed)", [
    measure("a digit run", () => validateCommitment(hostile(`${"1".repeat(M - 1)}h`))),
    measure("百分之 repeated", () => validateCommitment(hostile("百分之".repeat(M / 3)))),
    measure("第一时间最佳 repeated (3,332 findings)", () => validateCommitment(hostile("第一时间最佳".repeat(M / 6)))),
    measure("2小时 repeated (1,250 mismatches)", () => validateCommitment(hostile("2小时 ".repeat(M / 4)))),
    measure("an 80,000-digit title (refused)", () => {
      try {
        return validateCommitment({ id: "x", title: `${"1".repeat(80_000)}h` });
      } catch (error) {
        return error;
      }
    }),
  ]);
}
