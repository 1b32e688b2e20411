// Counted time with pauses for business-time and elapsed-time complaint deadlines: the SLA
// module's clock (one implementation of paused business time in pledgekit), seen through the
// complaint module's interval shape.
import type { Calendar } from "../../calendar/index.js";
import { createIssue, PledgeError } from "../../core/index.js";
import { businessTime, deadlineAfter, WALL_TIME } from "../../calendar/internal/index.js";
import { complaintMessages } from "../messages.js";

/** A paused interval `[from, to)` in epoch milliseconds. */
export interface PausedInterval {
  readonly from: number;
  readonly to: number;
}

/**
 * The instant at which `amount` of counted time (business time of `cal`, or elapsed time when
 * `cal` is null) has passed since `anchor`, skipping the paused intervals. Landing on a closing
 * instant gives the next opening, as SLA due instants do. Throws `beyond_calendar` when the
 * calendar never has that much open time again.
 */
export function countedDeadline(cal: Calendar | null, anchor: number, amount: number, pauses: readonly PausedInterval[]): number {
  const measure = cal === null ? WALL_TIME : businessTime(cal);
  const due = deadlineAfter(
    measure,
    anchor,
    amount,
    pauses.map((p) => ({ start: p.from, end: p.to })),
    "nextOpen",
  );
  if (due === null) throw new PledgeError("beyond_calendar", [createIssue(complaintMessages, "deadline_beyond_calendar", ["deadlines"], { amount })]);
  return due;
}
