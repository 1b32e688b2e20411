// One ticket's SLA, evaluated and explained: `npx tsx examples/sla-ticket.ts`.
// Created Friday 16:30 before a holiday Monday; the customer is asked for details on Tuesday.
import { defineSlaPolicy, evaluateSla, explainSla, SLA_LABELS, type TicketEvent } from "pledgekit/sla";

const hours: [string, string][] = [["09:00", "18:00"]];
const policy = defineSlaPolicy({
  id: "standard",
  calendar: {
    timeZone: "Asia/Shanghai",
    week: { mon: hours, tue: hours, wed: hours, thu: hours, fri: hours },
    holidays: [{ date: "2024-06-10", name: "端午节 Dragon Boat Festival" }],
  },
  metrics: [
    { id: "first_response", kind: "first_response", targets: { urgent: { target: "PT1H", businessHours: false }, default: "PT4H" } },
    { id: "next_reply", kind: "next_reply", targets: { default: "PT4H" } },
    { id: "resolution", kind: "resolution", targets: { default: { businessDays: 3 } }, pauseOn: ["pending_customer"] },
  ],
  warnAt: [0.75],
  warnBefore: ["PT30M"],
  escalations: [
    { level: 1, at: 1 },
    { level: 2, after: "PT2H" },
  ],
});

const events: TicketEvent[] = [
  { type: "created", at: "2024-06-07T16:30:00+08:00", priority: "normal" },
  { type: "agent_reply", at: "2024-06-11T10:50:00+08:00" },
  { type: "status", at: "2024-06-11T10:51:00+08:00", status: "pending_customer" },
  { type: "customer_reply", at: "2024-06-12T09:30:00+08:00" },
  { type: "status", at: "2024-06-12T09:30:00+08:00", status: "open" },
];
const now = "2024-06-12T15:00:00+08:00";

const report = evaluateSla(policy, events, now);
for (const metric of report.metrics) {
  const label = `${metric.status} (${SLA_LABELS["zh-CN"][metric.status]})`;
  console.log(`${metric.id.padEnd(15)} ${label.padEnd(20)} elapsed ${(metric.elapsed / 3_600_000).toFixed(2)} h  due ${metric.dueAt ?? "—"}`);
  for (const warning of metric.warnings) console.log(`  warning ${warning.kind} ${warning.value} at ${warning.firedAt}`);
  for (const escalation of metric.escalations) console.log(`  escalation level ${escalation.level} at ${escalation.firedAt}`);
}
console.log(`next check: ${report.nextCheckAt ?? "nothing pending"}`);

// Why is the resolution due when it is?
const explanation = explainSla(policy, events, now, { locale: "zh-CN" });
const resolution = explanation.metrics.find((m) => m.id === "resolution");
for (const period of resolution?.cycles[0]?.periods ?? []) {
  console.log(`  ${period.kind.padEnd(8)} ${period.start} → ${period.end} (${(period.duration / 3_600_000).toFixed(2)} h)`);
}
console.log(resolution?.cycles[0]?.summary);
