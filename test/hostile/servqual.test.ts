// Hostile, huge and tampered input for pledgekit/servqual: each case names the exact error code and
// path it must get (issue 12), or the value it must return. Their cost is measured in
// bench/servqual.bench.ts, never timed here.
import { describe, expect, it } from "vitest";
import { isPledgeError, PledgeError } from "../../src/core/index.js";
import {
  defineInstrument,
  isInstrument,
  MAX_ITEMS,
  renderServqualChart,
  scoreServqual,
  readServqualTable,
  servqualInstrument,
  type InstrumentInput,
} from "../../src/servqual/index.js";

function failure(run: () => unknown): { code: string; path: readonly (string | number)[]; issue: string } {
  try {
    run();
  } catch (error) {
    if (!isPledgeError(error)) throw error;
    return { code: error.code, path: error.issues[0]?.path ?? [], issue: error.issues[0]?.code ?? "" };
  }
  throw new Error("expected a PledgeError");
}

const instrument = servqualInstrument();
const small: InstrumentInput = { scale: { min: 1, max: 7 }, dimensions: [{ id: "d", items: ["a", "b"] }] };
const COMPILED = Symbol.for("pledgekit.compiled");

const cases: readonly { name: string; run: () => unknown; code: string; path: readonly (string | number)[]; issue: string }[] = [
  // Scales whose figures would overflow (issue 12 #15).
  {
    name: "a scale of ±1e308",
    run: () => defineInstrument({ ...small, scale: { min: -1e308, max: 1e308 } }),
    code: "invalid_instrument",
    path: ["scale", "min"],
    issue: "too_small",
  },
  {
    name: "a scale max of 1e308",
    run: () => defineInstrument({ ...small, scale: { min: 1, max: 1e308 } }),
    code: "invalid_instrument",
    path: ["scale", "max"],
    issue: "too_big",
  },
  {
    name: "an infinite scale",
    run: () => defineInstrument({ ...small, scale: { min: 1, max: Number.POSITIVE_INFINITY } }),
    code: "invalid_instrument",
    path: ["scale", "max"],
    issue: "invalid_type",
  },
  // `__proto__` keys are refused, never dropped (issue 12 #10).
  {
    name: "__proto__ in texts",
    run: () => defineInstrument({ ...small, texts: JSON.parse('{"__proto__":{"expectation":"x"}}') }),
    code: "invalid_instrument",
    path: ["texts", "__proto__"],
    issue: "reserved_key",
  },
  {
    name: "__proto__ in meta",
    run: () => defineInstrument({ ...small, meta: JSON.parse('{"__proto__":{"polluted":true}}') }),
    code: "invalid_instrument",
    path: ["meta", "__proto__"],
    issue: "reserved_key",
  },
  {
    name: "__proto__ as an item id",
    run: () => defineInstrument({ ...small, dimensions: [{ id: "d", items: ["__proto__"] }] }),
    code: "invalid_instrument",
    path: ["dimensions", 0, "items", 0],
    issue: "reserved_key",
  },
  {
    name: "__proto__ in a label object",
    run: () => defineInstrument({ ...small, dimensions: [{ id: "d", label: JSON.parse('{"__proto__":"x"}'), items: ["a"] }] }),
    code: "invalid_instrument",
    path: ["dimensions", 0, "label", "__proto__"],
    issue: "unknown_key",
  },
  // Sizes that would make work grow are bounded at definition.
  {
    name: "more than MAX_ITEMS items",
    run: () => defineInstrument({ ...small, dimensions: [{ id: "d", items: Array.from({ length: MAX_ITEMS + 1 }, (_, i) => `i${i}`) }] }),
    code: "invalid_instrument",
    path: ["dimensions", 0, "items"],
    issue: "too_big",
  },
  {
    name: "a 1 MB item wording",
    run: () => defineInstrument({ ...small, texts: { a: { expectation: "x".repeat(1_000_000) } } }),
    code: "invalid_instrument",
    path: ["texts", "a", "expectation"],
    issue: "too_big",
  },
  {
    name: "a 1 MB label",
    run: () => defineInstrument({ ...small, dimensions: [{ id: "d", label: "x".repeat(1_000_000), items: ["a"] }] }),
    code: "invalid_instrument",
    path: ["dimensions", 0, "label"],
    issue: "too_big",
  },
  {
    name: "a 10,000-character id",
    run: () => defineInstrument({ ...small, id: "x".repeat(10_000) }),
    code: "invalid_instrument",
    path: ["id"],
    issue: "too_big",
  },
  // Arguments are named, never `(root)` (issue 12 #23).
  { name: 'servqualInstrument("1988")', run: () => servqualInstrument("1988" as never), code: "invalid_argument", path: ["options"], issue: "invalid_type" },
  { name: "servqualInstrument(null)", run: () => servqualInstrument(null as never), code: "invalid_argument", path: ["options"], issue: "invalid_type" },
  {
    name: "servqualInstrument({ version: 1988 })",
    run: () => servqualInstrument({ version: 1988 as never }),
    code: "invalid_argument",
    path: ["options", "version"],
    issue: "invalid_value",
  },
  {
    name: "scoreServqual(…, null)",
    run: () => scoreServqual(instrument, [], null as never),
    code: "invalid_argument",
    path: ["options"],
    issue: "invalid_type",
  },
  {
    name: "scoreServqual(…, { minItemShare: 2 })",
    run: () => scoreServqual(instrument, [], { minItemShare: 2 }),
    code: "invalid_argument",
    path: ["options", "minItemShare"],
    issue: "too_big",
  },
  { name: "scoreServqual(null, …)", run: () => scoreServqual(null as never, []), code: "invalid_argument", path: ["instrument"], issue: "invalid_type" },
  {
    name: "scoreServqual(i, null)",
    run: () => scoreServqual(instrument, null as never),
    code: "invalid_argument",
    path: ["responses"],
    issue: "invalid_response",
  },
  {
    name: "responses [null]",
    run: () => scoreServqual(instrument, [null as never]),
    code: "invalid_response",
    path: ["responses", 0],
    issue: "invalid_response",
  },
  {
    name: "an answer of 1e308",
    run: () => scoreServqual(instrument, [{ expectations: { q1: 1e308 }, perceptions: {} }]),
    code: "invalid_response",
    path: ["responses", 0, "expectations", "q1"],
    issue: "answer_out_of_scale",
  },
  {
    name: "an answer of NaN",
    run: () => scoreServqual(instrument, [{ expectations: { q1: Number.NaN }, perceptions: {} }]),
    code: "invalid_response",
    path: ["responses", 0, "expectations", "q1"],
    issue: "answer_not_number",
  },
  {
    name: "a __proto__ answer key",
    run: () => scoreServqual(instrument, [{ expectations: JSON.parse('{"__proto__":7}'), perceptions: {} }]),
    code: "invalid_response",
    path: ["responses", 0, "expectations", "__proto__"],
    issue: "unknown_item",
  },
  {
    name: "renderServqualChart(r, null)",
    run: () => renderServqualChart(scoreServqual(instrument, []), null as never),
    code: "invalid_argument",
    path: ["options"],
    issue: "invalid_type",
  },
  { name: "renderServqualChart(null)", run: () => renderServqualChart(null as never), code: "invalid_argument", path: ["report"], issue: "not_a_report" },
  // Columnar input.
  {
    name: "columns of the wrong length",
    run: () => scoreServqual(instrument, { rows: 3, expectations: { q1: new Uint8Array(2) }, perceptions: {} }),
    code: "invalid_response",
    path: ["responses", "expectations", "q1"],
    issue: "invalid_column",
  },
  {
    name: "a column cell out of scale",
    run: () => scoreServqual(instrument, { rows: 2, expectations: { q1: new Float64Array([1, 9]) }, perceptions: {} }),
    code: "invalid_response",
    path: ["responses", "expectations", "q1", 1],
    issue: "answer_out_of_scale",
  },
  {
    name: "a missing marker inside the scale",
    run: () => scoreServqual(instrument, { rows: 1, expectations: {}, perceptions: {}, missing: 4 }),
    code: "invalid_response",
    path: ["responses", "missing"],
    issue: "invalid_column",
  },
  {
    name: "rows of 1e12",
    run: () => scoreServqual(instrument, { rows: 1e12, expectations: {}, perceptions: {} }),
    code: "invalid_response",
    path: ["responses", "rows"],
    issue: "invalid_type",
  },
  // Tampered compiled values.
  {
    name: "a forged instrument with a bad definition",
    run: () => scoreServqual({ kind: "pledgekit.instrument", definition: { scale: { min: 7, max: 1 } }, [COMPILED]: "pledgekit.instrument" } as never, []),
    code: "invalid_argument",
    path: ["instrument", "definition", "scale"],
    issue: "invalid_scale",
  },
  {
    name: "a JSON copy of an instrument",
    run: () => scoreServqual(JSON.parse(JSON.stringify(instrument)), []),
    code: "invalid_argument",
    path: ["instrument"],
    issue: "invalid_type",
  },
];

describe("hostile input to pledgekit/servqual", () => {
  for (const c of cases) {
    it(`${c.name}: ${c.code} at ${JSON.stringify(c.path)} (${c.issue})`, () => {
      expect(failure(c.run)).toEqual({ code: c.code, path: c.path, issue: c.issue });
    });
  }

  it("the widest scale allowed gives finite figures", () => {
    const wide = defineInstrument({ ...small, scale: { min: -1_000_000, max: 1_000_000 } });
    const report = scoreServqual(wide, [
      { expectations: { a: -1_000_000, b: 1_000_000 }, perceptions: { a: 1_000_000, b: -1_000_000 } },
      { expectations: { a: 1_000_000, b: -1_000_000 }, perceptions: { a: -1_000_000, b: 1_000_000 } },
    ]);
    for (const figure of [...report.items.flatMap((i) => [i.gap, i.sd]), report.overall.unweighted]) expect(Number.isFinite(figure)).toBe(true);
  });

  it("an uncaught error with thousands of issues keeps its message short and every issue on .issues", () => {
    const responses = Array.from({ length: 2_000 }, () => ({ expectations: { q1: 99 }, perceptions: {} }));
    const error = (() => {
      try {
        scoreServqual(instrument, responses);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(PledgeError);
    expect((error as PledgeError).issues).toHaveLength(2_000);
    expect((error as PledgeError).message.length).toBeLessThan(1_000);
    expect((error as PledgeError).message).toContain("(and 1995 more)");
  });

  it("an instrument from another copy of pledgekit is adopted from its definition", () => {
    const foreign = { ...JSON.parse(JSON.stringify(instrument)), [COMPILED]: "pledgekit.instrument" };
    expect(isInstrument(foreign)).toBe(true);
    const responses = [{ expectations: { q1: 7 }, perceptions: { q1: 5 } }];
    expect(scoreServqual(foreign, responses)).toEqual(scoreServqual(instrument, responses));
  });
});

describe("readServqualTable refuses what is not a table", () => {
  it.each([undefined, null, 5, { E01: "7" }])("readServqualTable(instrument, %j) is invalid_argument at table", (table) => {
    expect(() => readServqualTable(servqualInstrument(), table as never)).toThrowError(
      expect.objectContaining({ code: "invalid_argument", issues: [expect.objectContaining({ path: ["table"] })] }) as Error,
    );
  });
});
