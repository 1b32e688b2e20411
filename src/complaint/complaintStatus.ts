import type { DateInput, Locale } from "../core/index.js";
import { compiled } from "./internal/compile.js";
import { checkState } from "./internal/state.js";
import { statusOf } from "./internal/status.js";
import type { ComplaintPolicy, ComplaintState, ComplaintStatus } from "./types.js";
import { complaintInstant } from "./internal/instant.js";

/**
 * Where a complaint stands at `now`: its stage, step and levels, the handling actions still open
 * in this step, every deadline with its due instant and status, the escalation rules that hold
 * now but have not fired yet (apply a `tick` event to fire them), and `nextCheckAt` — the earliest
 * instant strictly after `now` at which this status would change if no event arrives (a deadline
 * turning at risk or breached, a time-based rule coming due), or null. Same scheduler contract
 * as SLA reports: store it and re-evaluate the complaint then.
 *
 * A running deadline's `dueAt` already includes paused time and approved extensions; while a
 * clock is paused, `dueAt` is projected as if it resumed at `now`. A `now` earlier than the
 * state's last event is read as that event's instant (`evaluatedAt` says which was used).
 *
 * @example
 * import { complaintStatus, defaultComplaintPolicy, openComplaint } from "pledgekit/complaint";
 * const policy = defaultComplaintPolicy();
 * const state = openComplaint(policy, { id: "C-1", receivedAt: "2024-10-08T09:00:00+08:00" });
 * const status = complaintStatus(policy, state, "2024-10-08T10:00:00+08:00", { locale: "zh-CN" });
 * status.labels.step; // "已接收"
 */
export function complaintStatus(policy: ComplaintPolicy, state: ComplaintState, now: DateInput, options: { readonly locale?: Locale } = {}): ComplaintStatus {
  const tables = compiled(policy);
  checkState(tables, state);
  const nowMs = Math.max(complaintInstant(now, ["now"]), Date.parse(state.updatedAt));
  return statusOf(tables, state, nowMs, options?.locale ?? "en");
}
