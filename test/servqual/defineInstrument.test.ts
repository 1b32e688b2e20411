import { describe, expect, it } from "vitest";
import { formatIssue, isPledgeError } from "../../src/index.js";
import { defineInstrument, InstrumentSchema, safeDefineInstrument } from "../../src/servqual/index.js";

describe("defineInstrument", () => {
  it("compiles other scales, item sets and dimension groupings", () => {
    const instrument = defineInstrument({
      id: "retail-3d",
      locale: "zh-CN",
      scale: { min: 1, max: 5 },
      dimensions: [
        { id: "speed", label: { en: "Speed", "zh-CN": "速度" }, items: ["s1", "s2"] },
        { id: "care", label: "Care", items: ["c1", "c2", "c3"] },
        { id: "place", items: ["p1"] },
      ],
      reversed: ["c3"],
      texts: { s1: { expectation: "Queues are short.", perception: "The queue was short." } },
      meta: { owner: "cx-team" },
    });
    expect(instrument.version).toBeNull();
    expect(instrument.dimensions.map((d) => d.label)).toEqual(["速度", "Care", "place"]);
    expect(instrument.items.map((i) => [i.id, i.dimension, i.reversed])).toEqual([
      ["s1", "speed", false],
      ["s2", "speed", false],
      ["c1", "care", false],
      ["c2", "care", false],
      ["c3", "care", true],
      ["p1", "place", false],
    ]);
    expect(instrument.items[0]).toMatchObject({ expectation: "Queues are short.", perception: "The queue was short." });
    expect(instrument.items[1]).toMatchObject({ expectation: null, perception: null });
    expect(instrument.meta).toEqual({ owner: "cx-team" });
    expect(Object.isFrozen(instrument.meta)).toBe(true);
  });

  it("does not share state with its input", () => {
    const input = { scale: { min: 1, max: 7 }, dimensions: [{ id: "d", items: ["a", "b"] }], meta: { tags: ["x"] } };
    const instrument = defineInstrument(input);
    input.dimensions[0]!.items.push("c");
    input.meta.tags.push("y");
    expect(instrument.dimensions[0]!.items).toEqual(["a", "b"]);
    expect(instrument.meta).toEqual({ tags: ["x"] });
  });

  it("throws invalid_instrument naming every problem and its path", () => {
    try {
      defineInstrument({
        scale: { min: 5, max: 1 },
        dimensions: [
          { id: "d", items: ["a", "b"] },
          { id: "d", items: ["b"] },
        ],
        reversed: ["zz"],
        texts: { qq: { expectation: "?" } },
        dimension: [],
      } as never);
      expect.unreachable();
    } catch (error) {
      if (!isPledgeError(error)) throw error;
      expect(error.code).toBe("invalid_instrument");
      expect(error.issues.map((i) => [i.code, i.path])).toEqual([
        ["invalid_scale", ["scale"]],
        ["unknown_key", ["dimension"]],
        ["duplicate_dimension", ["dimensions", 1, "id"]],
        ["duplicate_item", ["dimensions", 1, "items", 0]],
        ["unknown_item", ["reversed", 0]],
        ["unknown_item", ["texts", "qq"]],
      ]);
      expect(error.message).toContain('unknown key "dimension"');
      expect(formatIssue(error.issues[0]!, "zh-CN")).toBe("量表最小值 5 必须小于最大值 1");
    }
  });

  it("requires integer bounds on an integer scale, and at least one dimension and item", () => {
    const result = safeDefineInstrument({ scale: { min: 0.5, max: 7 }, dimensions: [] });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ["non_integer_scale", ["scale", "min"]],
      ["too_small", ["dimensions"]],
    ]);
    expect(safeDefineInstrument({ scale: { min: 0.5, max: 7, integer: false }, dimensions: [{ id: "d", items: ["a"] }] }).success).toBe(true);
    expect(safeDefineInstrument({ scale: { min: 1, max: 7 }, dimensions: [{ id: "d", items: [] }] }).success).toBe(false);
  });

  it("safeDefineInstrument returns the instrument on success", () => {
    const result = safeDefineInstrument({ scale: { min: 1, max: 9 }, dimensions: [{ id: "d", items: ["a"] }] });
    expect(result.success && result.data.scale).toEqual({ min: 1, max: 9, integer: true });
  });

  it("exports the schema for form builders", () => {
    expect(InstrumentSchema.safeParse({ scale: { min: 1, max: 5 }, dimensions: [{ id: "d", items: ["x"] }] }).success).toBe(true);
  });
});
