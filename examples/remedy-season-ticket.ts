// Delay Repay for a season ticket, exactly as the terms are written: one journey is worth the
// season price divided by the journeys it covers (464 for an annual ticket), and a delay of 30–59
// minutes pays 50% of that journey. The division is exact and the compensation is rounded once:
// £4,653.92 ÷ 464 × 50% = 5.015 → £5.02 (half-even). A pre-computed, truncated journey value would
// give £5.01.
// Run: npx tsx examples/remedy-season-ticket.ts
import { readFileSync } from "node:fs";
import { decideRemedy, defineRemedyPolicy, type RemedyPolicyInput } from "../src/remedy/index.js";

const policy = defineRemedyPolicy(JSON.parse(readFileSync(new URL("./remedies/uk-delay-repay-15.json", import.meta.url), "utf8")) as RemedyPolicyInput);

const journey = {
  incidentAt: "2024-11-04T08:30:00Z",
  ticketType: "season",
  seasonJourneys: 464,
  fare: { currency: "GBP", amount: "4653.92" },
  claimedAt: "2024-11-05T12:00:00Z",
};

for (const delayMinutes of [20, 45, 75]) {
  const decision = decideRemedy(policy, { ...journey, delayMinutes });
  console.log(`${delayMinutes} minutes late: ${decision.totals[0]?.amount ?? "nothing"} GBP`);
}
// 20 minutes late: nothing GBP   (season tickets have no 15–29 band)
// 45 minutes late: 5.02 GBP
// 75 minutes late: 10.03 GBP

// The explanation shows the exact formula before the one rounding.
const decision = decideRemedy(policy, { ...journey, delayMinutes: 45 });
for (const line of decision.explanation) console.log(`  ${line.message}`);

// A bad fact from an upstream system: reported as "given but invalid" by default, thrown with strict.
const careless = decideRemedy(policy, { ...journey, delayMinutes: 45, fare: 4653.92 as never });
console.log(careless.issues.map((issue) => issue.message));
