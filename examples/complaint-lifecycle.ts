// One complaint from receipt to closure under the default policy: every event, the effects the
// host would perform, and the status a CRM would show. Run: npx tsx examples/complaint-lifecycle.ts
import {
  applyComplaintEvent,
  complaintStatus,
  defaultComplaintPolicy,
  openComplaintWithEffects,
  type ComplaintEffect,
  type ComplaintEventInput,
} from "pledgekit/complaint";

const policy = defaultComplaintPolicy();

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
  receivedAt: "2024-10-08T09:12:00+08:00",
  channel: "phone",
});
let state = opened.state;
console.log(`received ${state.id} — step ${state.step}, stage ${state.stage}, class ${state.class}`);

const events: ComplaintEventInput[] = [
  { type: "sentiment", at: "2024-10-08T09:15:00+08:00", score: -0.7 },
  { type: "acknowledge", at: "2024-10-08T09:40:00+08:00" },
  { type: "assign", at: "2024-10-08T09:41:00+08:00", owner: "li.wei" },
  { type: "assess", at: "2024-10-08T10:30:00+08:00", class: "major" },
  { type: "investigate", at: "2024-10-08T10:35:00+08:00" },
  { type: "missed_commitment", at: "2024-10-10T09:00:00+08:00", ref: "callback-within-24h" },
  { type: "close", at: "2024-10-10T10:00:00+08:00" }, // refused: a complaint is answered before it is closed
  { type: "respond", at: "2024-10-11T15:00:00+08:00", upheld: true },
  { type: "tag_root_cause", at: "2024-10-11T15:05:00+08:00", tags: ["billing_error"] },
  { type: "close", at: "2024-10-12T10:00:00+08:00", satisfied: true },
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
}

const status = complaintStatus(policy, state, "2024-10-12T12:00:00+08:00", { locale: "zh-CN" });
console.log(`\n${status.labels.step} · ${status.labels.stage} · ${status.labels.class} · peak stage ${state.peakStage}`);
console.log(`levels now ${state.level.functional}/${state.level.hierarchical}, at the peak ${state.peakLevel.functional}/${state.peakLevel.hierarchical}`);
