import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { CalendarInput } from "../../src/calendar/index.js";
import { validateCommitment, type CommitmentInput, type Observation } from "../../src/commitment/index.js";

// The bundled draft catalogue (examples/data/commitments.json) keeps telling the story the example
// and the demo print: which drafts are publishable and why the others are not.
const catalogue = JSON.parse(readFileSync("examples/data/commitments.json", "utf8")) as {
  commitments: CommitmentInput[];
  history: Record<string, Observation[]>;
};
const calendar = JSON.parse(readFileSync("examples/data/calendar-shanghai-2024.json", "utf8")) as CalendarInput;

describe("the bundled draft catalogue", () => {
  const verdicts = Object.fromEntries(
    catalogue.commitments.map((input) => {
      const history = catalogue.history[input.id];
      const review = validateCommitment(input, { calendar, ...(history === undefined ? {} : { history }) });
      return [input.id, review.issues.map((issue) => issue.code)];
    }),
  );

  it("reviews every draft as the example explains", () => {
    expect(verdicts).toEqual({
      "online-first-reply": [],
      "vip-first-reply": [],
      "hotline-answer": [],
      "email-reply": ["vague_wording", "insufficient_history", "missing_remedy"],
      "complaint-callback": ["vague_wording", "absolute_claim"],
      "repair-onsite": ["unachievable_target"],
      "refund-speed": ["statement_mismatch"],
      "csat-2025": [],
      "complaint-rate-2025": [],
      "best-service": ["absolute_claim", "missing_metric", "missing_target", "missing_relevance", "missing_time_limit", "missing_remedy"],
      "award-desk": [],
    });
  });

  it("needs business time to keep the online first-reply promise (95% in business hours, 85% on the wall clock)", () => {
    const input = catalogue.commitments.find((c) => c.id === "online-first-reply")!;
    const history = catalogue.history["online-first-reply"]!;
    expect(validateCommitment(input, { calendar, history }).attainment).toMatchObject({ sample: 40, met: 38, rate: 0.95 });
    const wallClock = validateCommitment({ ...input, standard: { ...input.standard, businessHours: false } }, { history });
    expect(wallClock.attainment).toMatchObject({ met: 34, rate: 0.85 });
    expect(wallClock.issues.map((issue) => issue.code)).toEqual(["unachievable_target"]);
  });
});
