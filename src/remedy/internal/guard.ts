// A walk over raw input before zod sees it. zod's recursive schemas (conditions, amounts) recurse on
// the JS stack, so a condition nested 10,000 deep or a cycle would overflow it; JSON.parse also makes
// own `__proto__` keys that a record schema would drop silently. Both are refused here, naming the
// path, with a bounded walk (depth and node count) that cannot itself overflow.
import type { Issue, IssuePath } from "../../core/index.js";
import { createIssue } from "../../core/index.js";
import { remedyMessages } from "../messages.js";

/** Deepest nesting of objects and arrays a policy may have (real schedules stay under 20). */
const MAX_DEPTH = 48;
/** Most objects, arrays and values a policy may hold. */
const MAX_NODES = 100_000;
/** The walk stops after this many problems: a hostile tree can have millions. */
const MAX_ISSUES = 20;

const isPlain = (value: object): boolean => {
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
};

/** Problems of shape that would hurt zod or be lost by it; empty when the input can be parsed. */
export function guardInput(input: unknown, base: IssuePath = []): Issue[] {
  const issues: Issue[] = [];
  const open = new Set<object>();
  let nodes = 0;
  const visit = (value: unknown, path: IssuePath, depth: number): boolean => {
    if (issues.length >= MAX_ISSUES) return false;
    nodes += 1;
    if (nodes > MAX_NODES) {
      issues.push(createIssue(remedyMessages, "input_too_large", base, { maximum: MAX_NODES }));
      return false;
    }
    if (typeof value !== "object" || value === null || !isPlain(value)) return true;
    if (open.has(value)) {
      issues.push(createIssue(remedyMessages, "cyclic_input", path, {}));
      return true;
    }
    if (depth >= MAX_DEPTH) {
      issues.push(createIssue(remedyMessages, "input_too_deep", path, { maximum: MAX_DEPTH }));
      return true;
    }
    open.add(value);
    let keys: string[];
    try {
      keys = Object.keys(value);
    } catch {
      keys = [];
    }
    for (const key of keys) {
      const at = [...path, Array.isArray(value) ? Number(key) : key];
      if (key === "__proto__") {
        issues.push(createIssue(remedyMessages, "forbidden_key", at, { key }));
        continue;
      }
      let child: unknown;
      try {
        child = (value as Record<string, unknown>)[key];
      } catch {
        continue; // a throwing getter: zod reports the value it cannot read
      }
      if (!visit(child, at, depth + 1)) return false;
    }
    open.delete(value);
    return true;
  };
  visit(input, base, 0);
  return issues;
}
