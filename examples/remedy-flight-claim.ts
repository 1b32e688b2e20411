// A flight-delay claim under EU261: define the bundled policy, decide, print remedies and the reasons.
// Run: npx tsx examples/remedy-flight-claim.ts
import { readFileSync } from "node:fs";
import { decideRemedy, defineRemedyPolicy, type RemedyPolicyInput } from "../src/remedy/index.js";

const policy = defineRemedyPolicy(JSON.parse(readFileSync(new URL("./remedies/eu261.json", import.meta.url), "utf8")) as RemedyPolicyInput);

// Frankfurt → New York (6,200 km), arrived 3 h 20 min late: band (c), halved for a 3–4 hour delay.
const decision = decideRemedy(policy, {
  incidentAt: "2024-07-01T08:05:00+02:00",
  disruption: "delay",
  distanceKm: 6200,
  arrivalDelayMinutes: 200,
  departureDelayMinutes: 250,
  ticketPrice: { currency: "EUR", amount: "612.40" },
});

console.log(decision.eligible ? "Compensation is due:" : "Nothing is due.");
for (const remedy of decision.remedies)
  console.log(`- ${remedy.label ?? remedy.kind}: ${remedy.amount ? `${remedy.amount.amount} ${remedy.amount.currency}` : (remedy.item ?? "")}`);
console.log("Totals:", decision.totals);
for (const line of decision.explanation) console.log(`  ${line.message}`);

// The same flight cancelled two days ahead, re-routed and arriving 2 h 30 min late: the passenger
// also chooses between reimbursement and re-routing (Art. 8).
const cancelled = decideRemedy(
  policy,
  {
    incidentAt: "2024-07-01T08:05:00+02:00",
    disruption: "cancellation",
    noticeDays: 2,
    reroutingOffered: true,
    distanceKm: 6200,
    arrivalDelayMinutes: 150,
    ticketPrice: { currency: "EUR", amount: "612.40" },
  },
  { choices: { "reimbursement-or-rerouting": "rerouting" } },
);
console.log(
  "\nCancelled:",
  cancelled.remedies.map((r) => `${r.ruleId}${r.optionId ? `/${r.optionId}` : ""} ${r.amount?.amount ?? ""}`.trim()),
);
