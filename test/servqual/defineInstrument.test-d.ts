// JSON configs type-check: what TypeScript infers for an imported .json file or a literal held in a
// variable (strings for the enums, mutable arrays) is a valid InstrumentInput (issue 16 #2).
import { describe, expectTypeOf, it } from "vitest";
import { defineInstrument, type Instrument, type InstrumentInput } from "../../src/servqual/index.js";
import config from "./fixtures/instrument.json";

describe("defineInstrument input types", () => {
  it("accepts an imported JSON file", () => {
    expectTypeOf(config).toMatchTypeOf<InstrumentInput>();
    expectTypeOf(defineInstrument(config)).toEqualTypeOf<Instrument>();
  });

  it("accepts literals held in variables, with widened strings and arrays", () => {
    const locale = "en" as string;
    const items = ["a", "b"];
    const dimensions = [{ id: "d", items }];
    expectTypeOf({ locale, scale: { min: 1, max: 7 }, dimensions }).toMatchTypeOf<InstrumentInput>();
    const frozen = { scale: { min: 1, max: 7 }, dimensions: [{ id: "d", items: ["a"] }] } as const;
    expectTypeOf(frozen).toMatchTypeOf<InstrumentInput>();
  });

  it("still refuses what is no instrument at all", () => {
    expectTypeOf({ scale: { min: "1", max: 7 }, dimensions: [] }).not.toMatchTypeOf<InstrumentInput>();
    expectTypeOf({ dimensions: [] }).not.toMatchTypeOf<InstrumentInput>();
  });
});
