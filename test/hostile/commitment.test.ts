// Hostile, huge and tampered input for pledgekit/commitment: each case names the exact error code
// and path it must get (issue 12), or the value it must return. Their cost is measured in
// bench/commitment.bench.ts (the "hostile" cases), never timed here.
import { describe, expect, it } from "vitest";
import {
  commitmentToSlaPolicy,
  computeKpis,
  defaultWordLists,
  defineCommitment,
  extendWordLists,
  isCommitment,
  MAX_COMMITMENT_STATEMENT,
  slaKindOf,
  validateCommitment,
} from "../../src/commitment/index.js";
import { isPledgeError } from "../../src/core/index.js";

function failure(run: () => unknown): { code: string; path: readonly (string | number)[]; issue: string } {
  try {
    run();
  } catch (error) {
    if (!isPledgeError(error)) throw error;
    return { code: error.code, path: error.issues[0]?.path ?? [], issue: error.issues[0]?.code ?? "" };
  }
  throw new Error("expected a PledgeError");
}

const reply = defineCommitment({ id: "reply", standard: { metric: "first_response", target: "PT2H", businessHours: true } });
const spans = [{ start: "2025-03-03T09:00:00Z", end: "2025-03-03T10:00:00Z" }];
const COMPILED = Symbol.for("pledgekit.compiled");

const cases: readonly { name: string; run: () => unknown; code: string; path: readonly (string | number)[]; issue: string }[] = [
  // Huge text is refused at definition, naming the field, before any scanning.
  {
    name: "an 80,001-character digit run as title",
    run: () => validateCommitment({ id: "x", title: `${"1".repeat(80_000)}h` }),
    code: "invalid_commitment",
    path: ["title"],
    issue: "too_big",
  },
  {
    name: "a 10 MB title",
    run: () => defineCommitment({ id: "x", title: "a".repeat(10_000_000) }),
    code: "invalid_commitment",
    path: ["title"],
    issue: "too_big",
  },
  {
    name: "1 MB of 百分之 as title",
    run: () => validateCommitment({ id: "x", title: "百分之".repeat(350_000) }),
    code: "invalid_commitment",
    path: ["title"],
    issue: "too_big",
  },
  {
    name: "a statement over the bound",
    run: () => defineCommitment({ id: "x", statement: "x".repeat(MAX_COMMITMENT_STATEMENT + 1) }),
    code: "invalid_commitment",
    path: ["statement"],
    issue: "too_big",
  },
  { name: "a huge id", run: () => defineCommitment({ id: "x".repeat(1_001) }), code: "invalid_commitment", path: ["id"], issue: "too_big" },
  {
    name: "10,000 evidence entries",
    run: () => defineCommitment({ id: "x", evidence: Array.from({ length: 10_000 }, () => "e") }),
    code: "invalid_commitment",
    path: ["evidence"],
    issue: "too_big",
  },
  {
    name: "an infinite number target",
    run: () => defineCommitment({ id: "x", standard: { target: Number.POSITIVE_INFINITY, unit: "count" } }),
    code: "invalid_commitment",
    path: ["standard", "target"],
    issue: "invalid_union",
  },
  {
    name: "a percentage of 1e308",
    run: () => defineCommitment({ id: "x", standard: { target: 1e308, unit: "percent" } }),
    code: "invalid_commitment",
    path: ["standard", "target"],
    issue: "percent_out_of_range",
  },
  // null and wrong-typed arguments (issue 12 #17).
  { name: "slaKindOf(null)", run: () => slaKindOf(null as never), code: "invalid_argument", path: ["commitment"], issue: "invalid_type" },
  { name: "slaKindOf(c, null)", run: () => slaKindOf(reply, null as never), code: "invalid_argument", path: ["kinds"], issue: "invalid_type" },
  {
    name: "commitmentToSlaPolicy(null, …)",
    run: () => commitmentToSlaPolicy(null as never, { id: "p" }),
    code: "invalid_argument",
    path: ["commitments"],
    issue: "invalid_type",
  },
  {
    name: "commitmentToSlaPolicy([], null)",
    run: () => commitmentToSlaPolicy([], null as never),
    code: "invalid_argument",
    path: ["options"],
    issue: "invalid_type",
  },
  {
    name: "commitmentToSlaPolicy([], undefined)",
    run: () => commitmentToSlaPolicy([], undefined as never),
    code: "invalid_argument",
    path: ["options"],
    issue: "missing_key",
  },
  {
    name: "commitmentToSlaPolicy([null], …)",
    run: () => commitmentToSlaPolicy([null as never], { id: "p" }),
    code: "invalid_argument",
    path: ["commitments", 0],
    issue: "invalid_type",
  },
  {
    name: "a bad definition in the list",
    run: () => commitmentToSlaPolicy([{ id: "" }], { id: "p" }),
    code: "invalid_commitment",
    path: ["commitments", 0, "id"],
    issue: "too_small",
  },
  {
    name: "pauseOn of a string",
    run: () => commitmentToSlaPolicy([], { id: "p", pauseOn: { resolution: "waiting" as never } }),
    code: "invalid_argument",
    path: ["pauseOn", "resolution"],
    issue: "invalid_type",
  },
  {
    name: "a business-hours commitment without calendar",
    run: () => commitmentToSlaPolicy([reply], { id: "p" }),
    code: "invalid_argument",
    path: ["calendar"],
    issue: "calendar_required",
  },
  {
    name: "a broken calendar for the policy",
    run: () => commitmentToSlaPolicy([reply], { id: "p", calendar: { timeZone: "Mars/Base" } as never }),
    code: "invalid_calendar",
    path: ["calendar", "timeZone"],
    issue: "invalid_time_zone",
  },
  { name: "extendWordLists(null, …)", run: () => extendWordLists(null as never, {}), code: "invalid_argument", path: ["base"], issue: "invalid_type" },
  {
    name: "extendWordLists(lists, null)",
    run: () => extendWordLists(defaultWordLists, null as never),
    code: "invalid_argument",
    path: ["extra"],
    issue: "invalid_type",
  },
  {
    name: "a 101-character word",
    run: () => extendWordLists(defaultWordLists, { vague: ["x".repeat(101)] }),
    code: "invalid_argument",
    path: ["extra", "vague", 0],
    issue: "too_big",
  },
  { name: "validateCommitment(null)", run: () => validateCommitment(null as never), code: "invalid_argument", path: ["commitment"], issue: "invalid_type" },
  {
    name: "validateCommitment(c, null)",
    run: () => validateCommitment(reply, null as never),
    code: "invalid_argument",
    path: ["options"],
    issue: "invalid_type",
  },
  {
    name: "history: null",
    run: () => validateCommitment(reply, { history: null as never }),
    code: "invalid_argument",
    path: ["history"],
    issue: "invalid_type",
  },
  {
    name: "history: [null]",
    run: () => validateCommitment(reply, { history: [null as never] }),
    code: "invalid_argument",
    path: ["history", 0],
    issue: "invalid_type",
  },
  {
    name: "business hours, spans, no calendar",
    run: () => validateCommitment(reply, { history: spans }),
    code: "invalid_argument",
    path: ["calendar"],
    issue: "calendar_required",
  },
  {
    name: "business hours, a broken calendar",
    run: () => validateCommitment(reply, { history: spans, calendar: { timeZone: "Mars/Base" } as never }),
    code: "invalid_calendar",
    path: ["calendar", "timeZone"],
    issue: "invalid_time_zone",
  },
  { name: "computeKpis(d, o, null)", run: () => computeKpis([], [], null as never), code: "invalid_argument", path: ["options"], issue: "invalid_type" },
  { name: "computeKpis(null, o)", run: () => computeKpis(null as never, []), code: "invalid_argument", path: ["definitions"], issue: "invalid_type" },
  {
    name: "computeKpis with outcomes [null]",
    run: () => computeKpis([], [null as never]),
    code: "invalid_argument",
    path: ["outcomes", 0],
    issue: "invalid_type",
  },
  {
    name: "a KPI target of Infinity",
    run: () => computeKpis([{ id: "k", kind: "satisfaction", target: Number.POSITIVE_INFINITY }], []),
    code: "invalid_argument",
    path: ["definitions", 0, "target"],
    issue: "invalid_type",
  },
  // Tampered compiled values: a forged brand gets the definition validated, never trusted.
  {
    name: "a forged commitment with a bad definition",
    run: () => validateCommitment({ kind: "pledgekit.commitment", definition: { id: 5 }, [COMPILED]: "pledgekit.commitment" } as never),
    code: "invalid_argument",
    path: ["commitment", "definition", "id"],
    issue: "invalid_type",
  },
  {
    name: "an object claiming the kind without the brand",
    run: () => slaKindOf({ kind: "pledgekit.commitment", definition: { id: "x" } } as never),
    code: "invalid_argument",
    path: ["commitment"],
    issue: "invalid_type",
  },
];

describe("hostile input to pledgekit/commitment", () => {
  for (const c of cases) {
    it(`${c.name}: ${c.code} at ${JSON.stringify(c.path)} (${c.issue})`, () => {
      expect(failure(c.run)).toEqual({ code: c.code, path: c.path, issue: c.issue });
    });
  }

  it("the longest statements allowed are reviewed, digit runs and 百分之 included", () => {
    const digits = validateCommitment({ id: "x", statement: `${"1".repeat(MAX_COMMITMENT_STATEMENT - 1)}h`, standard: { target: "PT2H" } });
    expect(digits.issues.map((issue) => issue.code)).toContain("missing_service");
    const percent = validateCommitment({ id: "x", statement: "百分之".repeat(MAX_COMMITMENT_STATEMENT / 3) });
    expect(percent.valid).toBe(false);
    const mixed = validateCommitment({ id: "x", statement: "within 2 hours 7x24 ".repeat(MAX_COMMITMENT_STATEMENT / 20), standard: { target: "PT2H" } });
    expect(mixed.smart.specific.issues.some((issue) => issue.code === "statement_mismatch")).toBe(false);
  });

  it("a commitment from another copy of pledgekit is adopted from its definition", () => {
    const foreign = {
      kind: "pledgekit.commitment",
      id: "reply",
      definition: JSON.parse(JSON.stringify(reply.definition)),
      standard: reply.standard,
      [COMPILED]: "pledgekit.commitment",
    };
    expect(isCommitment(foreign)).toBe(true);
    expect(slaKindOf(foreign as never)).toBe("first_response");
    expect(validateCommitment(foreign as never).issues).toEqual(validateCommitment(reply).issues);
  });
});
