// Remedy decisions: defining (validating + compiling, including the tier partition check) and deciding.
import { readFileSync } from "node:fs";
import { decideRemedy, defineRemedyPolicy, type RemedyPolicyInput } from "../src/remedy/index.js";
import { measure, printTable } from "./harness.js";

const load = (name: string): RemedyPolicyInput =>
  JSON.parse(readFileSync(new URL(`../examples/remedies/${name}.json`, import.meta.url), "utf8")) as RemedyPolicyInput;

export function remedyBench(): void {
  const eu261 = load("eu261");
  const delayRepay = load("uk-delay-repay-15");
  const eu = defineRemedyPolicy(eu261);
  const dr = defineRemedyPolicy(delayRepay);
  const flight = {
    incidentAt: "2024-07-01T06:00:00Z",
    disruption: "delay",
    distanceKm: 6200,
    arrivalDelayMinutes: 200,
    departureDelayMinutes: 250,
    ticketPrice: { currency: "EUR", amount: "612.40" },
  };
  const train = { incidentAt: "2024-11-04T08:30:00Z", ticketType: "return", delayMinutes: 47, fare: { currency: "GBP", amount: "23.70" } };
  const history = Array.from({ length: 50 }, (_, i) => ({
    at: `2024-06-${String((i % 28) + 1).padStart(2, "0")}T10:00:00Z`,
    amount: { currency: "GBP", amount: "1.25" },
  }));
  const capped = defineRemedyPolicy({
    ...(delayRepay as object),
    periodCaps: [{ id: "m", amount: "100", period: "month", timeZone: "Europe/London" }],
  } as RemedyPolicyInput);
  printTable("remedy", [
    measure("defineRemedyPolicy(EU261: 4-row 2-key table)", () => defineRemedyPolicy(eu261)),
    measure("defineRemedyPolicy(Delay Repay: 9-row 2-key table)", () => defineRemedyPolicy(delayRepay)),
    measure("decideRemedy(EU261 delay, with explanation)", () => decideRemedy(eu, flight)),
    measure("decideRemedy(Delay Repay)", () => decideRemedy(dr, train)),
    measure("decideRemedy(Delay Repay + monthly cap, 50 grants)", () => decideRemedy(capped, { ...train, incidentAt: "2024-06-15T08:30:00Z" }, { history })),
  ]);
}
