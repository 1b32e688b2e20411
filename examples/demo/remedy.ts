// Demo section: a missed commitment becomes a remedy decision with its explanation.
import { readFileSync } from "node:fs";
import { decideRemedy, defineRemedyPolicy, type RemedyFacts, type RemedyGrantInput, type RemedyPolicyInput } from "../../src/remedy/index.js";

const read = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8")) as T;

export const remedySection = {
  title: "Remedies 补救措施: a missed commitment → what the customer is owed",
  run(): void {
    const policy = defineRemedyPolicy(read<RemedyPolicyInput>("../remedies/late-reply-guarantee.json"));
    const missed = read<{ commitment: string; ticket: string; facts: RemedyFacts; history: RemedyGrantInput[] }>("../data/remedy-missed-reply.json");
    console.log(`Commitment 承诺: ${missed.commitment}`);
    console.log(`Ticket ${missed.ticket}: replied ${String(missed.facts.lateMinutes)} minutes late; customer tier ${String(missed.facts.customerTier)}`);
    const decision = decideRemedy(policy, missed.facts, { history: missed.history });
    console.log(
      `\nDecision 补救决定 (policy ${decision.policyId} v${decision.version ?? "-"}): ${decision.eligible ? "eligible 应予补救" : "not eligible 无需补救"}`,
    );
    for (const remedy of decision.remedies) {
      const what =
        remedy.amount !== undefined ? `${remedy.amount.amount} ${remedy.amount.currency}` : remedy.points !== undefined ? `${remedy.points} points` : "";
      const window = remedy.claimWindow === undefined ? "" : ` (claim by 申领截止 ${remedy.claimWindow.closesAt})`;
      console.log(`  • ${remedy.label ?? remedy.kind} ${what}${window}`.trimEnd());
    }
    console.log(`  Total 合计: ${decision.totals.map((t) => `${t.amount} ${t.currency}`).join(", ") || "—"}; points 积分: ${decision.points}`);
    console.log("\nExplanation 决定依据:");
    for (const line of decision.explanation) console.log(`  - ${line.message}`);
    const zh = decideRemedy(policy, missed.facts, { history: missed.history, locale: "zh-CN" });
    console.log("\n决定依据（中文）:");
    for (const line of zh.explanation.filter((e) => e.ruleId === "coupon")) console.log(`  - ${line.message}`);
  },
};
