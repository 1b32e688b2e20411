// Demo section: one complaint replayed from the bundled event log, then a small report.
import { readFileSync } from "node:fs";
import type { CalendarInput } from "pledgekit/calendar";
import {
  applyComplaintEvent,
  complaintReport,
  complaintStatus,
  defaultComplaintPolicyInput,
  defineComplaintPolicy,
  openComplaint,
  regulatoryDeadlines,
  type ComplaintEventInput,
  type ComplaintPolicy,
  type ComplaintState,
  type OpenComplaintInput,
} from "pledgekit/complaint";

const readJson = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../data/${name}`, import.meta.url), "utf8")) as T;

interface ComplaintLog {
  readonly complaint: OpenComplaintInput;
  readonly events: readonly ComplaintEventInput[];
}

function replay(policy: ComplaintPolicy, log: ComplaintLog): ComplaintState {
  let state = openComplaint(policy, log.complaint);
  for (const event of log.events) {
    const result = applyComplaintEvent(policy, state, event);
    if (result.ok) state = result.state;
  }
  return state;
}

export function run(): void {
  // The default policy with the Chinese market regulator's deadlines on the 2024 Shanghai calendar.
  const policy = defineComplaintPolicy({
    ...defaultComplaintPolicyInput(),
    id: "cn-retail",
    calendar: readJson<CalendarInput>("calendar-shanghai-2024.json"),
    deadlines: regulatoryDeadlines("cn-samr"),
  });
  const log = readJson<ComplaintLog>("complaint-events.json");
  let state = openComplaint(policy, log.complaint);
  console.log(`Complaint ${state.id} (投诉) received by ${state.channel} — step ${state.step} 已接收`);
  for (const event of log.events) {
    const result = applyComplaintEvent(policy, state, event);
    if (!result.ok) {
      console.log(`  ✗ ${event.type}: ${result.issues[0]?.message}`);
      continue;
    }
    const moved = result.state.step !== state.step ? ` → ${result.state.step}` : "";
    const effects = result.effects
      .map((e) => (e.type === "notify" ? `notify ${e.role}` : e.type === "escalate" ? `${e.ladder} ${e.from}→${e.to}` : e.type))
      .join(", ");
    state = result.state;
    console.log(`  ${String(event.at).slice(5, 16)} ${event.type.padEnd(17)}${moved}${effects ? `   [${effects}]` : ""}`);
  }
  const status = complaintStatus(policy, state, "2024-10-12T12:00:00+08:00", { locale: "zh-CN" });
  console.log(`  now: ${status.labels.step} / 客户阶段峰值 ${state.peakStage} / 类别 ${status.labels.class}`);
  for (const d of status.deadlines) console.log(`  ⏱ ${d.label}: ${d.status} (due ${d.dueAt ?? "—"})`);

  // A small book of complaints for the report: the replayed one plus three simpler ones.
  const others = [
    replay(policy, {
      complaint: { id: "C-2", receivedAt: "2024-09-27T10:00:00+08:00" },
      events: [{ type: "tag_root_cause", at: "2024-09-27T11:00:00+08:00", tags: ["slow_response"] }],
    }),
    replay(policy, { complaint: { id: "C-3", receivedAt: "2024-10-09T10:00:00+08:00", class: "difficult", stage: "potential_complaint" }, events: [] }),
    replay(policy, {
      complaint: { id: "C-4", receivedAt: "2024-10-09T10:00:00+08:00" },
      events: [{ type: "tag_root_cause", at: "2024-10-09T12:00:00+08:00", tags: ["billing_error"] }],
    }),
  ];
  const report = complaintReport(policy, [state, ...others], "2024-10-18T12:00:00+08:00", { locale: "zh-CN" });
  console.log(`  report: ${report.total} complaints, ${report.open} open; by class ${JSON.stringify(report.byClass)}`);
  console.log(`  top root causes 主要根因: ${report.topRootCauses.map((c) => `${c.label} ×${c.count}`).join(", ")}`);
  for (const d of report.deadlines) {
    console.log(
      `  ${d.id}: met ${d.met}, breached ${d.breached}, pending ${d.pending} — breach rate ${d.breachRate === null ? "n/a" : `${Math.round(d.breachRate * 100)}%`}`,
    );
  }
}
