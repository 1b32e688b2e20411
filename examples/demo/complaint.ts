// Demo section: one complaint replayed from the bundled event log, then a small report.
import { readFileSync } from "node:fs";
import {
  applyComplaintEvent,
  complaintReport,
  complaintStatus,
  defaultComplaintPolicy,
  openComplaint,
  type ComplaintEventInput,
  type ComplaintState,
  type OpenComplaintInput,
} from "pledgekit/complaint";

interface ComplaintLog {
  readonly complaint: OpenComplaintInput;
  readonly events: readonly ComplaintEventInput[];
}

function replay(log: ComplaintLog, policy = defaultComplaintPolicy()): ComplaintState {
  let state = openComplaint(policy, log.complaint);
  for (const event of log.events) {
    const result = applyComplaintEvent(policy, state, event);
    if (result.ok) state = result.state;
  }
  return state;
}

export function run(): void {
  const policy = defaultComplaintPolicy();
  const log = JSON.parse(readFileSync(new URL("../data/complaint-events.json", import.meta.url), "utf8")) as ComplaintLog;
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

  // A small book of complaints for the report: the replayed one plus three simpler ones.
  const others = [
    replay({ complaint: { id: "C-2", receivedAt: "2024-10-09T10:00:00+08:00" }, events: [{ type: "tag_root_cause", at: "2024-10-09T11:00:00+08:00", tags: ["slow_response"] }] }),
    replay({ complaint: { id: "C-3", receivedAt: "2024-10-09T10:00:00+08:00", class: "difficult", stage: "potential_complaint" }, events: [] }),
    replay({ complaint: { id: "C-4", receivedAt: "2024-10-09T10:00:00+08:00" }, events: [{ type: "tag_root_cause", at: "2024-10-09T12:00:00+08:00", tags: ["billing_error"] }] }),
  ];
  const report = complaintReport(policy, [state, ...others], "2024-10-12T12:00:00+08:00", { locale: "zh-CN" });
  console.log(`  report: ${report.total} complaints, ${report.open} open; by class ${JSON.stringify(report.byClass)}`);
  console.log(`  top root causes 主要根因: ${report.topRootCauses.map((c) => `${c.label} ×${c.count}`).join(", ")}`);
}
