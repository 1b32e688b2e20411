// Windows and limits, pausability and extension limits, as the rules are written:
// - FCA DISP 1.5 summary resolution is a *window*: after close of business on the third business
//   day it lapses (no breach, no escalation); the DISP 1.6 eight-week *limit* runs on.
// - DISP has no clock-stop rule: the eight-week deadline cannot be paused.
// - NFRA (银保监会令2020年第3号): 15 days, extended to 30 (+15 at most), then by another 30: 60 days at most.
// Run: npx tsx examples/complaint-windows-and-limits.ts
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
} from "pledgekit/complaint";

const london: [string, string][] = [["09:00", "17:30"]];
const fca = defineComplaintPolicy({
  ...defaultComplaintPolicyInput(),
  id: "uk-bank",
  calendar: { timeZone: "Europe/London", week: { mon: london, tue: london, wed: london, thu: london, fri: london }, holidays: ["2024-03-29", "2024-04-01"] },
  deadlines: regulatoryDeadlines("uk-fca-disp"),
});

function apply(policy: ComplaintPolicy, state: ComplaintState, event: ComplaintEventInput): ComplaintState {
  const result = applyComplaintEvent(policy, state, event);
  if (!result.ok) {
    console.log(`  refused ${event.type}: ${result.issues.map((issue) => issue.message).join("; ")}`);
    return state;
  }
  for (const effect of result.effects) console.log(`  effect ${effect.type}${"role" in effect ? ` ${effect.role}` : ""}`);
  return result.state;
}

// Received Mon 4 March 2024: Tue 5 (1), Wed 6 (2), Thu 7 (3) → the window ends at 17:30 on the 7th.
let uk = openComplaint(fca, { id: "UK-1", receivedAt: "2024-03-04T10:00:00Z" });
console.log("FCA: a pause of the eight-week limit");
uk = apply(fca, uk, { type: "pause", at: "2024-03-05T10:00:00Z", deadlines: ["fca_final_response"] });
console.log("FCA: the scheduler ticks just after the window's end");
uk = apply(fca, uk, { type: "tick", at: "2024-03-07T17:30:00.001Z" }); // no escalation, no notice
for (const d of complaintStatus(fca, uk, "2024-03-08T09:00:00Z").deadlines) console.log(`  ${d.id} (${d.kind}): ${d.status}, due ${d.dueAt}`);
// fca_summary_resolution (window): lapsed, due 2024-03-07T17:30:00.000Z
// fca_final_response (limit): running, due 2024-04-29T23:00:00.000Z (end of Mon 29 April, BST)
const row = complaintReport(fca, [uk], "2024-03-08T09:00:00Z").deadlines[0];
console.log(`  report: lapsed ${row?.lapsed}, breached ${row?.breached}, breach rate ${row?.breachRate}`); // 1, 0, null

const shanghai: [string, string][] = [
  ["09:00", "12:00"],
  ["13:00", "18:00"],
];
const nfra = defineComplaintPolicy({
  ...defaultComplaintPolicyInput(),
  id: "cn-bank",
  calendar: { timeZone: "Asia/Shanghai", week: { mon: shanghai, tue: shanghai, wed: shanghai, thu: shanghai, fri: shanghai } },
  deadlines: regulatoryDeadlines("cn-nfra"),
});
let cn = openComplaint(nfra, { id: "CN-1", receivedAt: "2024-03-01T10:00:00+08:00" });
const due = (state: ComplaintState): string | null => complaintStatus(nfra, state, state.updatedAt).deadlines[0]?.dueAt ?? null;
console.log(`NFRA: 15 days → ${due(cn)}`); // Sat 16 March rolls to Mon 18 March (民法典 第二百零三条)
cn = apply(nfra, cn, { type: "extend", at: "2024-03-10T10:00:00+08:00", deadline: "nfra_decision", by: { calendarDays: 30 } }); // refused: first at most 15
cn = apply(nfra, cn, { type: "extend", at: "2024-03-10T10:00:00+08:00", deadline: "nfra_decision", by: { calendarDays: 15 }, approvedBy: "branch" });
console.log(`NFRA: extended to 30 days → ${due(cn)}`); // Sun 31 March rolls to Mon 1 April
cn = apply(nfra, cn, { type: "extend", at: "2024-03-25T10:00:00+08:00", deadline: "nfra_decision", by: { calendarDays: 30 }, approvedBy: "head office" });
console.log(`NFRA: another 30 days → ${due(cn)}`); // Tue 30 April: 60 days after receipt
