import { describe, expect, it } from "vitest";
import { compiledRegistry, isPledgeError, PledgeError, createIssue, coreMessages } from "../../src/core/index.js";

interface Thing {
  readonly kind: "pledgekit.instrument";
  readonly definition: { readonly size: number };
}

// Two registries stand for two copies of the library (the ESM and CJS builds side by side).
function copy() {
  let compiles = 0;
  const registry = compiledRegistry<Thing, { double: number }>("pledgekit.instrument", "an instrument from defineThing", (definition) => define(definition), [
    "thing",
  ]);
  function define(input: unknown): Thing {
    const size = (input as { size?: unknown }).size;
    if (typeof size !== "number")
      throw new PledgeError("invalid_instrument", [
        createIssue(coreMessages, "invalid_type", ["size"], { expected: "a number", received: size, receivedType: typeof size }),
      ]);
    compiles += 1;
    return registry.register({ kind: "pledgekit.instrument", definition: { size } }, { double: size * 2 });
  }
  return { registry, define, compiles: () => compiles };
}

describe("compiled values: one protocol across copies", () => {
  it("a value is frozen, carries kind and definition, and JSON shows only those", () => {
    const a = copy();
    const thing = a.define({ size: 2 });
    expect(Object.isFrozen(thing)).toBe(true);
    expect(JSON.parse(JSON.stringify(thing))).toEqual({ kind: "pledgekit.instrument", definition: { size: 2 } });
    expect(a.registry.tables(thing)).toEqual({ double: 4 });
  });

  it("a value from another copy is recognised and adopted by compiling its definition once", () => {
    const a = copy();
    const b = copy();
    const thing = a.define({ size: 3 });
    expect(b.registry.is(thing)).toBe(true);
    expect(b.registry.tables(thing)).toEqual({ double: 6 });
    expect(b.registry.tables(thing)).toEqual({ double: 6 });
    expect(b.compiles()).toBe(1);
    expect(b.registry.own(thing)).not.toBe(thing);
    expect(a.registry.own(thing)).toBe(thing);
  });

  it("a forged object carrying the symbol gets invalid_argument naming the path, never a crash", () => {
    const a = copy();
    const forged = { kind: "pledgekit.instrument", definition: { size: "big" }, [Symbol.for("pledgekit.compiled")]: "pledgekit.instrument" };
    expect(a.registry.is(forged)).toBe(false);
    try {
      a.registry.tables(forged, ["policy"]);
      expect.unreachable();
    } catch (error) {
      expect(isPledgeError(error) && error.code).toBe("invalid_argument");
      expect(isPledgeError(error) && error.issues[0]?.path).toEqual(["policy", "definition", "size"]);
    }
  });

  it("plain objects, other kinds and primitives are refused with invalid_argument", () => {
    const a = copy();
    for (const value of [
      null,
      5,
      "x",
      {},
      { kind: "pledgekit.instrument", definition: { size: 1 } },
      { [Symbol.for("pledgekit.compiled")]: "pledgekit.calendar", definition: { size: 1 } },
    ]) {
      expect(a.registry.is(value)).toBe(false);
      expect(() => a.registry.tables(value)).toThrowError(expect.objectContaining({ code: "invalid_argument" }) as Error);
    }
  });
});
