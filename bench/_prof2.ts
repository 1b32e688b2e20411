import { defineSlaPolicy, evaluateSla, type TicketEvent } from "../src/sla/index.js";
import { consume } from "./harness.js";
import { benchPolicy, makeTickets } from "./sla.bench.js";
const policy = defineSlaPolicy(benchPolicy);
const epoch = makeTickets(100_000) as unknown as TicketEvent[][];
const now = Date.parse("2025-01-01T00:00:00Z");
for (let r = 0; r < 4; r++) {
  const t = performance.now();
  for (const events of epoch) consume(evaluateSla(policy, events, now));
  console.log(Math.round(100_000 / ((performance.now() - t) / 1000)), "tickets/s");
}
const one = evaluateSla(policy, epoch[5]!, now);
console.log(JSON.stringify(one).length, JSON.stringify(one, null, 1).slice(0, 3000));
