// Complaint state machine: applying events, computing status, reporting over many complaints.
import { readFileSync } from "node:fs";
import type { CalendarInput } from "../src/calendar/index.js";
import {
  applyComplaintEvent,
  complaintReport,
  complaintStatus,
  defaultComplaintPolicy,
  defaultComplaintPolicyInput,
  defineComplaintPolicy,
  openComplaint,
  regulatoryDeadlines,
  type ComplaintEventInput,
  type ComplaintState,
} from "../src/complaint/index.js";
import { measure, printTable } from "./harness.js";

const policy = defaultComplaintPolicy();
const received = Date.parse("2024-10-08T01:00:00Z");
const hour = 3_600_000;
const lifecycle: ComplaintEventInput[] = [
  { type: "acknowledge", at: received + hour },
  { type: "assign", at: received + hour, owner: "li.wei" },
  { type: "assess", at: received + 2 * hour, class: "major" },
  { type: "investigate", at: received + 3 * hour },
  { type: "contact", at: received + 20 * hour },
  { type: "respond", at: received + 40 * hour, upheld: true },
  { type: "tag_root_cause", at: received + 41 * hour, tags: ["billing_error"] },
  { type: "close", at: received + 50 * hour, satisfied: true },
];

function replay(id: string): ComplaintState {
  let state = openComplaint(policy, { id, receivedAt: received });
  for (const event of lifecycle) {
    const result = applyComplaintEvent(policy, state, event);
    if (result.ok) state = result.state;
  }
  return state;
}

export function complaintBench(): void {
  const opened = openComplaint(policy, { id: "B", receivedAt: received });
  const regulated = defineComplaintPolicy({
    ...defaultComplaintPolicyInput(),
    id: "regulated",
    calendar: JSON.parse(readFileSync("examples/data/calendar-shanghai-2024.json", "utf8")) as CalendarInput,
    deadlines: [...regulatoryDeadlines("cn-samr"), ...regulatoryDeadlines("cn-nfra")],
  });
  let paused = openComplaint(regulated, { id: "R", receivedAt: "2024-09-30T10:00:00+08:00" });
  for (const event of [
    { type: "acknowledge", at: "2024-09-30T11:00:00+08:00" },
    { type: "assess", at: "2024-10-08T10:00:00+08:00" },
    { type: "pause", at: "2024-10-21T10:00:00+08:00", reason: "testing" },
    { type: "resume", at: "2024-10-24T15:00:00+08:00" },
    { type: "extend", at: "2024-10-25T09:00:00+08:00", deadline: "nfra_decision", by: { calendarDays: 15 } },
  ] as const) {
    const result = applyComplaintEvent(regulated, paused, event);
    if (result.ok) paused = result.state;
  }
  const book = Array.from({ length: 1000 }, (_, i) => (i % 3 === 0 ? opened : replay(`B-${i}`)));
  printTable("complaint", [
    measure("openComplaint", () => openComplaint(policy, { id: "B", receivedAt: received })),
    measure("applyComplaintEvent (acknowledge)", () => applyComplaintEvent(policy, opened, lifecycle[0]!)),
    measure("full lifecycle (open + 8 events)", () => replay("B")),
    measure("complaintStatus", () => complaintStatus(policy, opened, received + 5 * hour)),
    measure("complaintStatus, 3 regulatory deadlines (pause, extension)", () => complaintStatus(regulated, paused, "2024-10-28T09:00:00+08:00")),
    measure("complaintReport over 1,000 complaints", () => complaintReport(policy, book, received + 60 * hour), 1000),
  ]);
}
