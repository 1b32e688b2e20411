// One complaint from receipt to closure under the default policy with the Chinese market
// regulator's deadlines on the 2024 Shanghai calendar (National Day and its make-up working days):
// every event, the effects the host would perform, and the status a CRM would show.
// Run: npx tsx examples/complaint-lifecycle.ts
import { readFileSync } from "node:fs";
import type { CalendarInput } from "pledgekit/calendar";
import {
  applyComplaintEvent,
  complaintStatus,
  defaultComplaintPolicyInput,
  defineComplaintPolicy,
  openComplaintWithEffects,
  regulatoryDeadlines,
  type ComplaintEffect,
  type ComplaintEventInput,
  type ComplaintState,
} from "pledgekit/complaint";

const calendar = JSON.parse(readFileSync(new URL("data/calendar-shanghai-2024.json", import.meta.url), "utf8")) as CalendarInput;
const policy = defineComplaintPolicy({
  ...defaultComplaintPolicyInput(),
  id: "cn-retail",
  calendar,
  deadlines: regulatoryDeadlines("cn-samr"),
});

function showDeadlines(state: ComplaintState, now: string): void {
  for (const d of complaintStatus(policy, state, now, { locale: "zh-CN" }).deadlines) {
    console.log(`    ⏱ ${d.label}: ${d.status}, due ${d.dueAt ?? "—"}`);
  }
}

function describeEffect(effect: ComplaintEffect): string {
  switch (effect.type) {
    case "notify":
      return `notify ${effect.role} (${effect.reason})`;
    case "assign":
      return `assign ${effect.owner} as ${effect.role} owner`;
    case "raise_priority":
      return `raise priority ${effect.from ?? "none"} → ${effect.to}`;
    case "escalate":
    case "de_escalate":
      return `${effect.type} ${effect.ladder}: ${effect.from} → ${effect.to}`;
    case "reclassify":
      return `reclassify ${effect.from} → ${effect.to}`;
    case "start_clock":
    case "stop_clock":
    case "pause_clock":
    case "resume_clock":
    case "extend_clock":
      return `${effect.type} ${effect.deadline}`;
    case "propose_remedy_evaluation":
      return `evaluate a remedy (${effect.reason}) with facts ${JSON.stringify(effect.facts)}`;
  }
}

const opened = openComplaintWithEffects(policy, {
  id: "C-2024-1008-017",
  receivedAt: "2024-09-30T16:12:00+08:00",
  channel: "phone",
});
let state = opened.state;
console.log(`received ${state.id} — step ${state.step}, stage ${state.stage}, class ${state.class}`);
console.log(`    effects: ${opened.effects.map(describeEffect).join("; ")}`);
showDeadlines(state, "2024-09-30T17:00:00+08:00");

const events: ComplaintEventInput[] = [
  { type: "sentiment", at: "2024-09-30T16:15:00+08:00", score: -0.7 },
  { type: "acknowledge", at: "2024-09-30T16:40:00+08:00" },
  { type: "assign", at: "2024-09-30T16:41:00+08:00", owner: "li.wei" },
  { type: "assess", at: "2024-10-09T10:30:00+08:00", class: "major" }, // accepted: the 45-day mediation clock starts
  { type: "investigate", at: "2024-10-09T10:35:00+08:00" },
  { type: "pause", at: "2024-10-10T09:00:00+08:00", deadlines: ["samr_mediation"], reason: "product sent for testing (检测)" },
  { type: "missed_commitment", at: "2024-10-11T09:00:00+08:00", ref: "callback-within-24h" },
  { type: "resume", at: "2024-10-16T14:00:00+08:00", deadlines: ["samr_mediation"] },
  { type: "close", at: "2024-10-17T10:00:00+08:00" }, // refused: a complaint is answered before it is closed
  { type: "respond", at: "2024-10-18T15:00:00+08:00", upheld: true },
  { type: "tag_root_cause", at: "2024-10-18T15:05:00+08:00", tags: ["product_defect"] },
  { type: "close", at: "2024-10-21T10:00:00+08:00", satisfied: true },
];

for (const event of events) {
  const result = applyComplaintEvent(policy, state, event);
  if (!result.ok) {
    console.log(`✗ ${event.type}: ${result.issues[0]?.message}`);
    continue;
  }
  state = result.state;
  const effects = result.effects.map(describeEffect);
  console.log(`✓ ${event.type} → ${state.step}${effects.length > 0 ? `\n    ${effects.join("\n    ")}` : ""}`);
  if (event.type === "assess" || event.type === "resume") showDeadlines(state, String(event.at));
}

const status = complaintStatus(policy, state, "2024-10-21T12:00:00+08:00", { locale: "zh-CN" });
showDeadlines(state, "2024-10-21T12:00:00+08:00");
console.log(`\n${status.labels.step} · ${status.labels.stage} · ${status.labels.class} · peak stage ${state.peakStage}`);
console.log(`levels now ${state.level.functional}/${state.level.hierarchical}, at the peak ${state.peakLevel.functional}/${state.peakLevel.hierarchical}`);
