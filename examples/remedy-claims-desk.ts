// A claims desk: the same late-reply guarantee decided for several claims, with the customer's
// earlier coupons counted against the monthly cap and the 7-business-day claim window checked on a
// Shanghai calendar that knows the National Day holiday and its make-up working days (调休).
// Run: npx tsx examples/remedy-claims-desk.ts
import { readFileSync } from "node:fs";
import { decideRemedy, defineRemedyPolicy, type RemedyGrantInput, type RemedyPolicyInput } from "../src/remedy/index.js";

const policy = defineRemedyPolicy(JSON.parse(readFileSync(new URL("./remedies/late-reply-guarantee.json", import.meta.url), "utf8")) as RemedyPolicyInput);

const history: RemedyGrantInput[] = [];
const claims = [
  { ticket: "T-2001", incidentAt: "2025-09-26T16:00:00+08:00", lateMinutes: 95, claimedAt: "2025-10-09T10:00:00+08:00" },
  { ticket: "T-2002", incidentAt: "2025-09-29T11:00:00+08:00", lateMinutes: 400, claimedAt: "2025-09-29T15:00:00+08:00", customerTier: "plus" },
  { ticket: "T-2003", incidentAt: "2025-09-30T17:00:00+08:00", lateMinutes: 45, claimedAt: "2025-09-30T18:00:00+08:00" },
  { ticket: "T-2004", incidentAt: "2025-09-26T16:00:00+08:00", lateMinutes: 50, claimedAt: "2025-10-13T18:30:00+08:00" },
];

for (const { ticket, ...facts } of claims) {
  const decision = decideRemedy(policy, facts, { history });
  const coupon = decision.remedies.find((r) => r.ruleId === "coupon");
  console.log(`${ticket}: ${coupon?.amount ? `coupon ${coupon.amount.amount} CNY (claim window closes ${coupon.claimWindow?.closesAt ?? "—"})` : "no coupon"}`);
  for (const line of decision.explanation.filter((e) => ["period_cap", "period_cap_cut", "claim_outside_window"].includes(e.code)))
    console.log(`    ${line.message}`);
  // What was granted counts against the monthly cap of later claims, in its incident's month.
  if (coupon?.amount) history.push({ at: facts.incidentAt, amount: coupon.amount, ruleId: "coupon", policyId: decision.policyId });
}
