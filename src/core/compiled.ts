// One protocol for every compiled value (calendar, SLA policy, commitment, complaint policy, remedy
// policy, instrument): a frozen plain object `{ kind: "pledgekit.<name>", definition, … }` whose
// compiled tables live in a module-local WeakMap, out of sight and out of JSON.
//
// Two copies of pledgekit (the ESM and CJS builds side by side, or a duplicated install) each have
// their own WeakMap, so a value made by the other copy is not found there. It is recognised by a
// registered symbol and its `kind`, and then *adopted*: its `definition` is compiled again by this
// copy, once, and cached. Nothing is trusted from the foreign object but its definition, which goes
// through full validation, so a forged object carrying the symbol gets a PledgeError, never a crash.
import { PledgeError } from "./errors.js";
import type { Issue, IssuePath } from "./issues.js";
import { coreMessages, createIssue } from "./messages.js";

/** The registered symbol every compiled pledgekit value carries (value: its `kind`). */
const COMPILED = Symbol.for("pledgekit.compiled");

/** The kinds of compiled value, one naming scheme: `pledgekit.` + snake_case name. */
export type CompiledKind =
  | "pledgekit.calendar"
  | "pledgekit.sla_policy"
  | "pledgekit.commitment"
  | "pledgekit.complaint_policy"
  | "pledgekit.remedy_policy"
  | "pledgekit.instrument";

/** The public face shared by every compiled value. */
export interface CompiledValue<K extends CompiledKind, D> {
  readonly kind: K;
  /** The validated definition it was compiled from: JSON that the `define…` function accepts again. */
  readonly definition: D;
}

export interface CompiledRegistry<V extends object, T> {
  /** Records `tables` for `value`, marks it with the shared symbol and freezes it. */
  register(value: V, tables: T): V;
  /** True for a value of this kind from this copy, or from another copy whose definition compiles. */
  is(value: unknown): value is V;
  /** The compiled tables of `value` (adopting one from another copy); `invalid_argument` naming `path` otherwise. */
  tables(value: unknown, path?: IssuePath): T;
  /** `value` itself when it came from this copy; a value of this copy compiled from its definition otherwise. */
  own(value: unknown, path?: IssuePath): V;
}

/**
 * A registry for one kind. `define` is the module's own `define…` function: adopting a foreign value
 * calls it with that value's `definition` (it must register what it returns). `expected` names what
 * was expected in the error message ("a policy from defineSlaPolicy").
 */
export function compiledRegistry<V extends object, T>(
  kind: CompiledKind,
  expected: string,
  define: (definition: unknown) => V,
  defaultPath: IssuePath,
): CompiledRegistry<V, T> {
  const tablesOf = new WeakMap<object, T>();
  // Foreign value → this copy's value compiled from its definition, or the issues that refused it
  // (paths relative to the value, so each caller's error names its own argument).
  const adopted = new WeakMap<object, V | readonly Issue[]>();

  const notThisKind = (value: unknown, path: IssuePath): PledgeError =>
    new PledgeError("invalid_argument", [createIssue(coreMessages, "invalid_type", path, { expected, received: value, receivedType: typeOf(value) })]);

  function adopt(value: object): V | readonly Issue[] {
    let result = adopted.get(value);
    if (result === undefined) {
      result = compileForeign(value);
      adopted.set(value, result);
    }
    return result;
  }

  function compileForeign(value: object): V | readonly Issue[] {
    let marked: unknown;
    let definition: unknown;
    try {
      marked = (value as Record<symbol, unknown>)[COMPILED];
      definition = (value as { definition?: unknown }).definition;
    } catch {
      return notThisKind(value, []).issues; // a hostile getter or proxy
    }
    if (marked !== kind || typeof definition !== "object" || definition === null) return notThisKind(value, []).issues;
    try {
      return define(definition);
    } catch (error) {
      if (!(error instanceof PledgeError)) throw error;
      return error.issues.map((issue) => ({ ...issue, path: ["definition", ...issue.path] }));
    }
  }

  function own(value: unknown, path: IssuePath = defaultPath): V {
    if (typeof value !== "object" || value === null) throw notThisKind(value, path);
    if (tablesOf.has(value)) return value as V;
    const result = adopt(value);
    if (!Array.isArray(result)) return result as V;
    throw new PledgeError(
      "invalid_argument",
      (result as readonly Issue[]).map((issue) => ({ ...issue, path: [...path, ...issue.path] })),
    );
  }

  return {
    register(value, tables) {
      tablesOf.set(value, tables);
      Object.defineProperty(value, COMPILED, { value: kind, enumerable: false });
      return Object.freeze(value);
    },
    is(value): value is V {
      if (typeof value !== "object" || value === null) return false;
      return tablesOf.has(value) || !Array.isArray(adopt(value));
    },
    tables(value, path = defaultPath) {
      const direct = typeof value === "object" && value !== null ? tablesOf.get(value) : undefined;
      if (direct !== undefined) return direct;
      return tablesOf.get(own(value, path)) as T;
    },
    own,
  };
}

function typeOf(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
}
