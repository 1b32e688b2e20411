// SLA timers: evaluate 100,000 tickets of ~10 events each against one compiled policy, with ISO
// strings and with epoch-millisecond instants. The targets: ≥ 50,000 tickets/s (ISO) and
// ≥ 100,000 tickets/s (epoch ms) on one core. Measures the built package ("pledgekit/sla", as users
// run it; `npm install` builds dist/), since tsx's development transform adds per-closure overhead.
import { defineSlaPolicy, evaluateSla, evaluateSlaBatch, type SlaPolicyInput, type TicketEvent } from "pledgekit/sla";
import { consume } from "./harness.js";

const HOUR = 3_600_000;

export const benchPolicy: SlaPolicyInput = {
  id: "bench",
  calendar: {
    timeZone: "Asia/Shanghai",
    week: {
      mon: [
        ["09:00", "12:00"],
        ["13:00", "18:00"],
      ],
      tue: [
        ["09:00", "12:00"],
        ["13:00", "18:00"],
      ],
      wed: [
        ["09:00", "12:00"],
        ["13:00", "18:00"],
      ],
      thu: [
        ["09:00", "12:00"],
        ["13:00", "18:00"],
      ],
      fri: [
        ["09:00", "12:00"],
        ["13:00", "18:00"],
      ],
    },
    holidays: ["2024-10-01", "2024-10-02", "2024-10-03", { month: 1, day: 1, name: "元旦" }],
  },
  metrics: [
    { id: "first_response", kind: "first_response", targets: { urgent: { target: "PT1H", businessHours: false }, high: "PT2H", default: "PT8H" } },
    { id: "next_reply", kind: "next_reply", targets: { default: "PT4H" } },
    { id: "resolution", kind: "resolution", targets: { urgent: "PT8H", default: { businessDays: 3 } }, pauseOn: ["pending_customer"] },
  ],
  warnAt: [0.5, 0.75],
  warnBefore: ["PT30M"],
  escalations: [
    { level: 1, at: 1 },
    { level: 2, after: "PT2H" },
  ],
};
const policy = defineSlaPolicy(benchPolicy);

// A deterministic pseudo-random generator so every run measures the same tickets.
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const PRIORITIES = ["urgent", "high", "normal", "low"];

/** `count` tickets of 10 events each, created over 2024, as epoch-ms events. */
export function makeTickets(count: number): { type: string; at: number; priority?: string; status?: string }[][] {
  const random = generator(42);
  const start = Date.parse("2024-01-02T01:00:00Z");
  const tickets = [];
  for (let n = 0; n < count; n++) {
    let at = start + Math.floor(random() * 360 * 24) * HOUR + Math.floor(random() * HOUR);
    const events: { type: string; at: number; priority?: string; status?: string }[] = [
      { type: "created", at, priority: PRIORITIES[Math.floor(random() * 4)] as string },
    ];
    const step = (): number => (at += Math.floor(random() * 6 * HOUR) + 60_000);
    events.push({ type: "agent_reply", at: step() });
    events.push({ type: "customer_reply", at: step() });
    events.push({ type: "status", at: step(), status: "pending_customer" });
    events.push({ type: "customer_reply", at: step() });
    events.push({ type: "status", at: step(), status: "open" });
    events.push(random() < 0.2 ? { type: "priority", at: step(), priority: "high" } : { type: "agent_reply", at: step() });
    events.push({ type: "customer_reply", at: step() });
    events.push({ type: "agent_reply", at: step() });
    events.push({ type: "resolved", at: step() });
    tickets.push(events);
  }
  return tickets;
}

const TICKETS = 100_000;

export function runSlaBench(): void {
  const epoch = makeTickets(TICKETS) as unknown as TicketEvent[][];
  const iso = epoch.map((events) => events.map((event) => ({ ...event, at: new Date(event.at as number).toISOString() }))) as TicketEvent[][];
  const now = Date.parse("2025-01-01T00:00:00Z");
  const nowIso = "2025-01-01T00:00:00.000Z";
  // Mid-year `now`: many tickets still running, so due instants and next checks are projected.
  const midYear = Date.parse("2024-07-01T04:00:00Z");

  console.log(`\n## SLA timers — ${TICKETS.toLocaleString("en")} tickets × 10 events, one compiled policy`);
  const rows: [string, () => unknown][] = [
    [
      "evaluateSla, ISO-string events",
      () => {
        for (const events of iso) consume(evaluateSla(policy, events, nowIso));
      },
    ],
    [
      "evaluateSla, epoch-ms events",
      () => {
        for (const events of epoch) consume(evaluateSla(policy, events, now));
      },
    ],
    [
      "evaluateSla, epoch-ms, mid-year now",
      () => {
        for (const events of epoch) consume(evaluateSla(policy, events, midYear));
      },
    ],
    // A dashboard evaluates a page at a time. The reports a page keeps alive outlive V8's young
    // generation once pages reach about a thousand tickets: the second row is mostly GC.
    [
      "evaluateSlaBatch, epoch-ms, pages of 100",
      () => {
        for (let start = 0; start < epoch.length; start += 100) consume(evaluateSlaBatch(policy, epoch.slice(start, start + 100), now));
      },
    ],
    [
      "evaluateSlaBatch, epoch-ms, pages of 1,000",
      () => {
        for (let start = 0; start < epoch.length; start += 1000) consume(evaluateSlaBatch(policy, epoch.slice(start, start + 1000), now));
      },
    ],
  ];
  // The machine may be shared: each row keeps its best of three runs, timed in CPU time of this
  // process (≈ one core) as well as wall time.
  for (const [name, run] of rows) {
    run(); // warm-up
    let bestWall = Infinity;
    let bestCpu = Infinity;
    for (let attempt = 0; attempt < 3; attempt++) {
      const cpu = process.cpuUsage();
      const begin = performance.now();
      run();
      bestWall = Math.min(bestWall, (performance.now() - begin) / 1000);
      const used = process.cpuUsage(cpu);
      bestCpu = Math.min(bestCpu, (used.user + used.system) / 1e6);
    }
    const fmt = (seconds: number): string =>
      Math.round(TICKETS / seconds)
        .toLocaleString("en")
        .padStart(9);
    console.log(`  ${name.padEnd(40)} ${fmt(bestCpu)} tickets/CPU-s  ${fmt(bestWall)} tickets/s wall`);
  }
}
