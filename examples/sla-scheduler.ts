// A worker that re-evaluates tickets at their nextCheckAt: `npx tsx examples/sla-scheduler.ts`.
// It simulates a clock jumping from one nextCheckAt to the next and notifies each warning,
// escalation and breach exactly once.
import { defineSlaPolicy, evaluateSla, type SlaReport, type TicketEvent } from "pledgekit/sla";

const hours: [string, string][] = [
  ["09:00", "12:00"],
  ["13:00", "18:00"],
];
const policy = defineSlaPolicy({
  id: "scheduler-demo",
  calendar: { timeZone: "Europe/London", week: { mon: hours, tue: hours, wed: hours, thu: hours, fri: hours } },
  metrics: [{ id: "first_response", kind: "first_response", targets: { default: "PT4H" } }],
  warnAt: [0.5],
  warnBefore: ["PT30M"],
  escalations: [
    { level: 1, at: 1 },
    { level: 2, after: "PT1H" },
  ],
});

const events: TicketEvent[] = [{ type: "created", at: "2024-10-25T15:00:00+01:00", priority: "normal" }];
const seen = new Set<string>();

function notify(report: SlaReport): void {
  for (const metric of report.metrics) {
    const signals = [
      ...metric.warnings.map((w) => `warning ${w.kind} ${w.value} @ ${w.firedAt}`),
      ...metric.escalations.map((e) => `escalation ${e.level} @ ${e.firedAt}`),
      ...(metric.breachedAt === null ? [] : [`breached @ ${metric.breachedAt}`]),
    ];
    for (const signal of signals) {
      if (seen.has(signal)) continue;
      seen.add(signal);
      console.log(`  [${report.evaluatedAt}] ${metric.id}: ${signal}`);
    }
  }
}

// Friday 15:00 BST; the clocks go back on Sunday 27 October — business time does not care.
let now: string | null = "2024-10-25T15:00:00+01:00";
for (let step = 0; now !== null && step < 10; step++) {
  const report = evaluateSla(policy, events, now);
  notify(report);
  now = report.nextCheckAt;
}
console.log(now === null ? "nothing pending" : `next check ${now}`);
