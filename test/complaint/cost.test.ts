// Cost laws for the complaint fold (issue 12 #2): the work of a replay is counted in internal
// steps (never timed) and must grow linearly with the event log.
import { describe, expect, it } from "vitest";
import {
  defaultComplaintPolicy,
  defaultComplaintPolicyInput,
  defineComplaintPolicy,
  replayComplaint,
  type ComplaintEventInput,
} from "../../src/complaint/index.js";
import { complaintWork } from "../../src/complaint/internal/cost.js";

const RECEIVED = Date.parse("2024-10-08T01:00:00Z");
const at = (i: number): string => new Date(RECEIVED + (i + 1) * 60_000).toISOString();

function stepsOf(run: () => unknown): number {
  complaintWork.steps = 0;
  run();
  return complaintWork.steps;
}

const contacts = (n: number): ComplaintEventInput[] => Array.from({ length: n }, (_, i) => ({ type: "contact", at: at(i) }));
const pauseResume = (n: number): ComplaintEventInput[] =>
  Array.from({ length: n }, (_, i) => ({ type: i % 2 === 0 ? "pause" : "resume", at: at(i) }) as ComplaintEventInput);

const pausable = defineComplaintPolicy({
  ...defaultComplaintPolicyInput(),
  id: "pausable",
  deadlines: [
    { id: "final", startOn: "received", stopOn: ["responded"], length: { elapsed: "PT2000H" }, pausable: true },
    { id: "ack", startOn: "received", stopOn: ["acknowledged"], length: { elapsed: "PT24H" } },
  ],
});

describe("replayComplaint cost", () => {
  it("is linear in the log: 16 times the contact events cost at most 20 times the steps (16k contacts)", () => {
    const small = stepsOf(() => replayComplaint(defaultComplaintPolicy(), { id: "C", receivedAt: at(-1) }, contacts(1_000)));
    const large = stepsOf(() => replayComplaint(defaultComplaintPolicy(), { id: "C", receivedAt: at(-1) }, contacts(16_000)));
    expect(small).toBeGreaterThan(1_000);
    expect(large).toBeLessThanOrEqual(20 * small);
  });

  it("is linear in the log: 8k alternating pause/resume events cost at most 10 times the steps of 1k", () => {
    const small = stepsOf(() => replayComplaint(pausable, { id: "C", receivedAt: at(-1) }, pauseResume(1_000)));
    const large = stepsOf(() => replayComplaint(pausable, { id: "C", receivedAt: at(-1) }, pauseResume(8_000)));
    expect(large).toBeLessThanOrEqual(10 * small);
  });

  it("a refused event costs no more than an accepted one: 8k refused closes stay linear", () => {
    const refused = (n: number): ComplaintEventInput[] => [...contacts(n), ...Array.from({ length: n }, (_, i) => ({ type: "close" as const, at: at(n + i) }))];
    const small = stepsOf(() => replayComplaint(defaultComplaintPolicy(), { id: "C", receivedAt: at(-1) }, refused(500)));
    const large = stepsOf(() => replayComplaint(defaultComplaintPolicy(), { id: "C", receivedAt: at(-1) }, refused(8_000)));
    expect(large).toBeLessThanOrEqual(20 * small);
  });

  it("gives the same state as applying the events one by one (the fold undoes refusals exactly)", async () => {
    const { applyComplaintEvent, openComplaint } = await import("../../src/complaint/index.js");
    const events: ComplaintEventInput[] = [
      { type: "contact", at: at(0) },
      { type: "close", at: at(1) },
      { type: "acknowledge", at: at(2) },
      { type: "pause", at: at(3), deadlines: ["ack"] },
      { type: "pause", at: at(4) },
      { type: "escalate", at: at(5), hierarchical: "manager" },
      { type: "tag_root_cause", at: at(6), tags: ["billing_error", "nope"] },
      { type: "respond", at: at(7), upheld: true },
      { type: "resume", at: at(8) },
      { type: "close", at: at(9), satisfied: true },
      { type: "reopen", at: at(10) },
    ];
    const replay = replayComplaint(pausable, { id: "C", receivedAt: at(-1) }, events);
    let state = openComplaint(pausable, { id: "C", receivedAt: at(-1) });
    const refused: number[] = [];
    events.forEach((event, i) => {
      const result = applyComplaintEvent(pausable, state, event);
      if (result.ok) state = result.state;
      else refused.push(i);
    });
    expect(replay.state).toEqual(state);
    expect(replay.refused.map((r) => r.index)).toEqual(refused);
  });
});
