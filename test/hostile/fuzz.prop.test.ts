// A fuzz over every export: whatever arrives in any argument position — arbitrary JSON, any JS value,
// or a valid compiled value next to junk — a public function either answers or throws a PledgeError
// whose issues each carry a path. Never a TypeError, RangeError, stack overflow or hang.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as pledgekit from "../../src/index.js";
import { shanghaiDesk, standardPolicy } from "../fixtures/sla.js";

const deep = process.env.PLEDGEKIT_DEEP !== undefined;
const runsPerFunction = deep ? 2_000 : 60;

// Valid values every module accepts somewhere, so the fuzz reaches past the first argument check.
function validValues(): unknown[] {
  const calendar = pledgekit.defineCalendar(shanghaiDesk);
  const policy = pledgekit.defineSlaPolicy(standardPolicy);
  const complaintPolicy = pledgekit.defaultComplaintPolicy();
  const events = [
    { type: "created", at: "2024-06-03T01:00:00Z", priority: "normal" },
    { type: "agent_reply", at: "2024-06-03T02:00:00Z" },
  ];
  const complaint = pledgekit.openComplaint(complaintPolicy, { id: "c1", receivedAt: "2024-06-03T01:00:00Z" });
  const instrument = pledgekit.servqualInstrument();
  const commitment = pledgekit.defineCommitment({ id: "reply", title: "We reply within 2 hours", standard: { metric: "first_response", target: "PT2H" } });
  return [
    calendar,
    shanghaiDesk,
    policy,
    standardPolicy,
    events,
    complaintPolicy,
    complaint,
    instrument,
    commitment,
    "2024-06-03T09:30:00+08:00",
    "2024-06-03",
    "PT2H",
    1_717_400_000_000,
    new Date(Date.UTC(2024, 5, 3, 1)),
    { locale: "zh-CN" },
    { type: "acknowledge", at: "2024-06-03T02:00:00Z" },
    [{ expectations: { q1: 5 }, perceptions: { q1: 6 } }],
    { price: { currency: "EUR", amount: "12.50" }, delayMinutes: 95 },
  ];
}

const pool = validValues();
const junk = fc.oneof(
  fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withNullPrototype: true, withSparseArray: true, withTypedArray: true }),
  fc.jsonValue(),
  fc.constantFrom(
    null,
    undefined,
    Number.NaN,
    Infinity,
    -Infinity,
    Number.MAX_SAFE_INTEGER,
    -1e300,
    1e300,
    "",
    "__proto__",
    "9999-12-31T23:59:59Z",
    "-271821-04-20T00:00:00Z",
    new Date(Number.NaN),
  ),
);
const argument = fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...pool) }, { weight: 3, arbitrary: junk });

function isAnswerOrPledgeError(call: () => unknown): true | string {
  try {
    const result = call();
    if (result !== null && typeof result === "object" && Symbol.iterator in result && !Array.isArray(result)) {
      let n = 0;
      for (const _ of result as Iterable<unknown>) if (++n >= 5) break;
    }
    return true;
  } catch (error) {
    if (!pledgekit.isPledgeError(error)) return `threw ${String((error as Error)?.name)}: ${String((error as Error)?.message).slice(0, 200)}`;
    if (error.issues.length === 0) return `PledgeError ${error.code} without issues`;
    const pathless = error.issues.find((issue) => !Array.isArray(issue.path) || typeof issue.message !== "string");
    return pathless === undefined ? true : `PledgeError ${error.code} with an issue lacking path or message`;
  }
}

const functions = Object.entries(pledgekit).filter(([name, value]) => typeof value === "function" && name !== "PledgeError") as [
  string,
  (...args: unknown[]) => unknown,
][];

describe("fuzz over every export", () => {
  it("finds the public functions", () => {
    expect(functions.length).toBeGreaterThan(50);
  });

  for (const [name, fn] of functions) {
    it(`${name} answers or throws a PledgeError with paths, whatever its arguments`, () => {
      fc.assert(
        fc.property(fc.array(argument, { minLength: 0, maxLength: Math.max(4, fn.length + 1) }), (args) => {
          const verdict = isAnswerOrPledgeError(() => fn(...args));
          if (verdict !== true) throw new Error(`${name}: ${verdict}`);
        }),
        { numRuns: runsPerFunction },
      );
    });
  }
});

// Valid configs with junk where data arrives from outside: one event of a log, or one field of a
// stored complaint state, replaced by anything.
function replaceAt(value: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(value)) return value.map((item, i) => (i === head ? replaceAt(item, rest, replacement) : item));
  if (typeof value === "object" && value !== null) return { ...value, [head]: replaceAt((value as Record<string | number, unknown>)[head], rest, replacement) };
  return value;
}

function leafPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const here = prefix.length > 0 ? [prefix] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, i) => leafPaths(item, [...prefix, i]))];
  if (typeof value === "object" && value !== null) return [...here, ...Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...prefix, k]))];
  return here;
}

describe("fuzz: valid configs with junk events and tampered stored state", () => {
  const policy = pledgekit.defineSlaPolicy(standardPolicy);
  const log = [
    { type: "created", at: "2024-06-03T01:00:00Z", priority: "normal" },
    { type: "customer_reply", at: "2024-06-03T01:30:00Z" },
    { type: "status", at: "2024-06-03T02:00:00Z", status: "pending_customer" },
    { type: "agent_reply", at: "2024-06-03T03:00:00Z" },
    { type: "resolved", at: "2024-06-04T03:00:00Z" },
  ];
  const logPaths = leafPaths(log);

  it("evaluateSla, explainSla and evaluateSlaBatch answer or throw PledgeError for a log with one junk value", () => {
    fc.assert(
      fc.property(fc.constantFrom(...logPaths), junk, fc.boolean(), (path, value, lenient) => {
        const events = replaceAt(log, path, value) as never;
        const now = "2024-06-05T00:00:00Z";
        for (const [name, call] of [
          ["evaluateSla", () => pledgekit.evaluateSla(policy, events, now, lenient ? ({ lenient: true } as never) : (undefined as never))],
          ["explainSla", () => pledgekit.explainSla(policy, events, now)],
          ["evaluateSlaBatch", () => pledgekit.evaluateSlaBatch(policy, [events, log] as never, now)],
        ] as const) {
          const verdict = isAnswerOrPledgeError(call);
          if (verdict !== true) throw new Error(`${name} at ${JSON.stringify(path)}: ${verdict}`);
        }
      }),
      { numRuns: deep ? 20_000 : 300 },
    );
  });

  const complaintPolicy = pledgekit.defaultComplaintPolicy();
  const state = JSON.parse(JSON.stringify(pledgekit.openComplaint(complaintPolicy, { id: "c1", receivedAt: "2024-06-03T01:00:00Z" }))) as unknown;
  const statePaths = leafPaths(state);

  it("complaintStatus, complaintReport and applyComplaintEvent answer or throw PledgeError for a stored state with one tampered field", () => {
    fc.assert(
      fc.property(fc.constantFrom(...statePaths), junk, (path, value) => {
        const tampered = replaceAt(state, path, value) as never;
        const now = "2024-06-10T00:00:00Z";
        for (const [name, call] of [
          ["complaintStatus", () => pledgekit.complaintStatus(complaintPolicy, tampered, now)],
          ["complaintReport", () => pledgekit.complaintReport(complaintPolicy, [tampered], now)],
          ["applyComplaintEvent", () => pledgekit.applyComplaintEvent(complaintPolicy, tampered, { type: "acknowledge", at: "2024-06-03T02:00:00Z" } as never)],
        ] as const) {
          const verdict = isAnswerOrPledgeError(call);
          if (verdict !== true) throw new Error(`${name} at ${JSON.stringify(path)}: ${verdict}`);
        }
      }),
      { numRuns: deep ? 20_000 : 300 },
    );
  });
});
