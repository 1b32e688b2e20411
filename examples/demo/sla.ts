// Demo section: a day of tickets (Monday before China's National Day holiday) against one SLA policy.
import { readFileSync } from "node:fs";
import type { CalendarInput } from "pledgekit/calendar";
import { defineSlaPolicy, evaluateSlaBatch, explainSla, SLA_LABELS, type MetricReport, type SlaPolicyInput, type TicketEvent } from "pledgekit/sla";

const readJson = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../data/${name}`, import.meta.url), "utf8")) as T;

interface TicketDay {
  readonly day: string;
  readonly now: string;
  readonly tickets: readonly { readonly id: string; readonly events: readonly TicketEvent[] }[];
}

// Shanghai wall time of an ISO instant, "MM-DD HH:MM".
const local = (iso: string | null): string => (iso === null ? "—" : new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(5, 16).replace("T", " "));

function cell(metric: MetricReport | undefined): string {
  if (metric === undefined) return "";
  const label = `${metric.status} ${SLA_LABELS["zh-CN"][metric.status]}`;
  const due = metric.status === "running" || metric.status === "paused" || metric.status === "breached" ? ` due ${local(metric.dueAt)}` : "";
  return `${label}${due}`.padEnd(30);
}

export function run(): void {
  const policy = defineSlaPolicy({ ...readJson<SlaPolicyInput>("sla-policy.json"), calendar: readJson<CalendarInput>("calendar-shanghai-2024.json") });
  const day = readJson<TicketDay>("sla-tickets.json");
  console.log(`Policy ${policy.id}: ${policy.definition.metrics.map((m) => `${m.id} (${m.name ?? ""})`).join(", ")}`);
  console.log(`Tickets of ${day.day}; report as of ${local(day.now)} Shanghai`);
  const reports = evaluateSlaBatch(
    policy,
    day.tickets.map((t) => t.events),
    day.now,
  );
  console.log(`  ${"ticket".padEnd(8)}${"priority".padEnd(9)}${"first_response 首次响应".padEnd(30)}${"next_reply 后续回复".padEnd(30)}resolution 解决时限`);
  reports.forEach((report, n) => {
    const [first, next, resolution] = report.metrics;
    console.log(`  ${day.tickets[n]!.id.padEnd(8)}${(first?.priority ?? "").padEnd(9)}${cell(first)}${cell(next)}${cell(resolution)}`);
  });
  const breached = reports.flatMap((r, n) => r.metrics.filter((m) => m.breachedCycles > 0).map((m) => `${day.tickets[n]!.id}/${m.id}`));
  console.log(`  breached 已超时: ${breached.join(", ") || "none"}`);
  const schedule = reports
    .map((r, n) => ({ id: day.tickets[n]!.id, at: r.nextCheckAt }))
    .filter((s): s is { id: string; at: string } => s.at !== null)
    .sort((a, b) => a.at.localeCompare(b.at));
  console.log(`  next checks 下次检查: ${schedule.map((s) => `${s.id} @ ${local(s.at)}`).join(", ")}`);

  // Why is T-104 due after the holiday? The periods behind the figure.
  const t104 = day.tickets.find((t) => t.id === "T-104")!;
  const explanation = explainSla(policy, t104.events, day.now, { locale: "zh-CN" });
  for (const metric of explanation.metrics) {
    const cycle = metric.cycles[metric.cycles.length - 1];
    if (cycle !== undefined) console.log(`  T-104 ${metric.id}: ${cycle.summary}`);
  }
}
