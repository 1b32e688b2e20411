import { describe, expect, it } from "vitest";
import {
  currencyExponent,
  formatMinorUnits,
  formatRatio,
  parseDecimal,
  ratio,
  roundRatio,
  toMinorUnits,
  type RoundingMode,
} from "../../../src/remedy/internal/money.js";

describe("exact money", () => {
  it("knows ISO 4217 exponents, including 0, 3 and 4, and rejects unknown codes", () => {
    expect([currencyExponent("EUR"), currencyExponent("JPY"), currencyExponent("KWD"), currencyExponent("CLF"), currencyExponent("EUO")]).toEqual([
      2,
      0,
      3,
      4,
      undefined,
    ]);
  });

  it("parses decimals from their text, in lowest terms: 99.95 is 1999/20, not the nearest double", () => {
    expect(parseDecimal(99.95)).toEqual({ n: 1999n, d: 20n });
    expect(parseDecimal("0.1")).toEqual({ n: 1n, d: 10n });
    expect(parseDecimal(1e-7)).toEqual({ n: 1n, d: 10_000_000n });
    expect(parseDecimal("-12.50")).toEqual({ n: -25n, d: 2n });
    for (const bad of ["12,50", "", "1.2.3", Number.NaN, Number.POSITIVE_INFINITY, "0x10"]) expect(parseDecimal(bad)).toBeUndefined();
  });

  it.each<[RoundingMode, string[]]>([
    ["half_even", ["2", "2", "-2", "-2", "3", "-3"]],
    ["half_up", ["3", "2", "-3", "-2", "3", "-3"]],
    ["half_down", ["2", "2", "-2", "-2", "3", "-3"]],
    ["floor", ["2", "2", "-3", "-3", "2", "-3"]],
    ["ceiling", ["3", "3", "-2", "-2", "3", "-2"]],
    ["truncate", ["2", "2", "-2", "-2", "2", "-2"]],
  ])("rounds 2.5, 2.2, -2.5, -2.2, 2.7, -2.7 with %s", (mode, expected) => {
    const values = [ratio(5n, 2n), ratio(11n, 5n), ratio(-5n, 2n), ratio(-11n, 5n), ratio(27n, 10n), ratio(-27n, 10n)];
    expect(values.map((v) => roundRatio(v, mode).toString())).toEqual(expected);
  });

  it("rounds half to even on both sides: 3.5 → 4, 4.5 → 4", () => {
    expect([roundRatio(ratio(7n, 2n), "half_even"), roundRatio(ratio(9n, 2n), "half_even")]).toEqual([4n, 4n]);
  });

  it("converts to minor units only when exact, and formats with the currency's digits", () => {
    expect(toMinorUnits(ratio(1250n, 100n), 2)).toBe(1250n);
    expect(toMinorUnits(ratio(12505n, 1000n), 2)).toBeUndefined();
    expect([formatMinorUnits(1250n, 2), formatMinorUnits(5n, 2), formatMinorUnits(-5n, 3), formatMinorUnits(500n, 0)]).toEqual([
      "12.50",
      "0.05",
      "-0.005",
      "500",
    ]);
  });

  it("shows non-terminating ratios truncated with an ellipsis", () => {
    expect(formatRatio(ratio(1n, 3n), 4)).toBe("0.3333…");
    expect(formatRatio(ratio(1n, 8n))).toBe("0.125");
  });
});
