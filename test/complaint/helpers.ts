import { expect } from "vitest";
import { applyComplaintEvent, type ComplaintEffect, type ComplaintEventInput, type ComplaintPolicy, type ComplaintState } from "../../src/complaint/index.js";

/** Applies events in order, failing the test on the first refusal; returns the last state and every effect. */
export function fold(
  policy: ComplaintPolicy,
  state: ComplaintState,
  events: readonly ComplaintEventInput[],
): { state: ComplaintState; effects: ComplaintEffect[] } {
  let current = state;
  const effects: ComplaintEffect[] = [];
  for (const event of events) {
    const result = applyComplaintEvent(policy, current, event);
    if (!result.ok) expect.fail(`${event.type} refused: ${result.issues.map((i) => i.message).join("; ")}`);
    current = result.state;
    effects.push(...result.effects);
  }
  return { state: current, effects };
}

/** An instant `hours` after 2024-10-08T09:00:00+08:00 (a Tuesday), as an ISO string with offset. */
export function t(hours: number): string {
  return new Date(Date.parse("2024-10-08T01:00:00Z") + hours * 3_600_000).toISOString();
}
