// Three-valued (Kleene) evaluation of conditions: a condition is true, false, or unknown because a
// fact it needs is missing. `all` is false as soon as one part is false, `any` true as soon as one
// part is true, whatever the missing facts; only an undecided condition reports them.
import type { Condition, FactTests, Scalar, Test } from "./model.js";
import { cmp, formatRatio, type Ratio } from "./money.js";

/** A fact's value as conditions see it: numbers, money (major units) and instants (ms) as ratios. */
export type FactKey = Scalar;

const isRatio = (x: Scalar): x is Ratio => typeof x === "object";

function sameScalar(a: Scalar, b: Scalar): boolean {
  if (isRatio(a) && isRatio(b)) return cmp(a, b) === 0;
  return a === b;
}

function passesOne(test: Test, value: Scalar): boolean {
  switch (test.op) {
    case "eq":
      return sameScalar(value, test.value);
    case "ne":
      return !sameScalar(value, test.value);
    case "in":
      return test.values.some((x) => sameScalar(value, x));
    case "notIn":
      return !test.values.some((x) => sameScalar(value, x));
    default: {
      if (!isRatio(value)) return false;
      const c = cmp(value, test.value);
      return test.op === "gte" ? c >= 0 : test.op === "gt" ? c > 0 : test.op === "lte" ? c <= 0 : c < 0;
    }
  }
}

/** True when `value` passes every test. */
export function passes(tests: readonly Test[], value: Scalar): boolean {
  return tests.every((test) => passesOne(test, value));
}

export interface Verdict {
  readonly value: boolean | undefined;
  /** RemedyFacts whose absence left the condition undecided (empty when decided). */
  readonly missing: readonly string[];
}

const TRUE: Verdict = { value: true, missing: [] };
const FALSE: Verdict = { value: false, missing: [] };

export function evaluateCondition(condition: Condition, facts: ReadonlyMap<string, FactKey>): Verdict {
  switch (condition.kind) {
    case "fact": {
      const value = facts.get(condition.fact);
      if (value === undefined) return { value: undefined, missing: [condition.fact] };
      return passes(condition.tests, value) ? TRUE : FALSE;
    }
    case "not": {
      const inner = evaluateCondition(condition.item, facts);
      return inner.value === undefined ? inner : inner.value ? FALSE : TRUE;
    }
    default: {
      // all: false wins; any: true wins; otherwise unknown if any part is unknown.
      const decisive = condition.kind === "any";
      const missing = new Set<string>();
      for (const item of condition.items) {
        const verdict = evaluateCondition(item, facts);
        if (verdict.value === decisive) return verdict;
        for (const fact of verdict.missing) missing.add(fact);
      }
      return missing.size > 0 ? { value: undefined, missing: [...missing] } : decisive ? FALSE : TRUE;
    }
  }
}

const show = (x: Scalar): string => (isRatio(x) ? formatRatio(x) : JSON.stringify(x));
const SYMBOL: Readonly<Record<string, string>> = { gte: "≥", gt: ">", lte: "≤", lt: "<", eq: "=", ne: "≠" };

/** "15 ≤ delayMinutes < 30", "ticketType in [\"single\", \"return\"]". Instants are shown as written. */
export function describeTests(band: FactTests): string {
  const parts: string[] = [];
  const raw = band.source;
  const lower = band.tests.find((t) => t.op === "gte" || t.op === "gt");
  const upper = band.tests.find((t) => t.op === "lte" || t.op === "lt");
  const text = (op: string): string => (typeof raw[op] === "string" ? String(raw[op]) : show((band.tests.find((t) => t.op === op) as { value: Scalar }).value));
  if (lower !== undefined && upper !== undefined) {
    parts.push(`${text(lower.op)} ${lower.op === "gte" ? "≤" : "<"} ${band.fact} ${SYMBOL[upper.op]} ${text(upper.op)}`);
  } else if (lower !== undefined) parts.push(`${band.fact} ${SYMBOL[lower.op]} ${text(lower.op)}`);
  else if (upper !== undefined) parts.push(`${band.fact} ${SYMBOL[upper.op]} ${text(upper.op)}`);
  for (const test of band.tests) {
    if (test.op === "eq" || test.op === "ne") parts.push(`${band.fact} ${SYMBOL[test.op]} ${show(test.value)}`);
    if (test.op === "in" || test.op === "notIn") parts.push(`${band.fact} ${test.op === "in" ? "in" : "not in"} [${test.values.map(show).join(", ")}]`);
  }
  return parts.join(", ");
}
