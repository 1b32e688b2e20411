import { describe, expect, it } from "vitest";
import { logGamma, normalCdf, normalQuantile, regularizedIncompleteBeta, studentTCdf, studentTQuantile } from "../../../src/servqual/internal/stats.js";

// Reference quantiles t(p, df) from R's qt() (15 significant digits).
const T_975: readonly (readonly [number, number])[] = [
  [1, 12.7062047361747],
  [2, 4.30265272974946],
  [3, 3.18244630528371],
  [4, 2.77644510519779],
  [5, 2.57058183563631],
  [9, 2.2621571627982],
  [10, 2.22813885198627],
  [20, 2.08596344726586],
  [29, 2.0452296421327],
  [30, 2.04227245630124],
  [60, 2.00029782201426],
  [100, 1.98397151852355],
  [120, 1.97993040508395],
  [1000, 1.96233908082641],
  [99_999, 1.95998770750013],
  [1_000_000, 1.9599663569596],
];

describe("studentTQuantile", () => {
  it.each(T_975)("t(0.975, %d) matches R's qt to 1e-9", (df, expected) => {
    expect(studentTQuantile(0.975, df)).toBeCloseTo(expected, 9);
  });

  it("matches other published quantiles (two-sided 99%, 90%, one-sided 0.6)", () => {
    expect(studentTQuantile(0.995, 10)).toBeCloseTo(3.16927267261695, 9);
    expect(studentTQuantile(0.995, 30)).toBeCloseTo(2.74999565356722, 9);
    expect(studentTQuantile(0.95, 7)).toBeCloseTo(1.89457860509001, 9);
    expect(studentTQuantile(0.6, 5)).toBeCloseTo(0.267180865704145, 9);
    expect(studentTQuantile(0.9999, 3)).toBeCloseTo(22.203742273205, 9);
  });

  it("is odd around p = 0.5 and approaches the normal quantile as df grows", () => {
    expect(studentTQuantile(0.5, 12)).toBe(0);
    expect(studentTQuantile(0.025, 10)).toBeCloseTo(-2.22813885198627, 9);
    expect(studentTQuantile(0.975, Infinity)).toBeCloseTo(1.95996398454005, 8);
    expect(studentTQuantile(0.975, 1e9)).toBeCloseTo(1.95996398691233, 12);
  });

  it("inverts the CDF over a grid of p and df, fractional df included", () => {
    for (const df of [1.5, 2, 3, 7.25, 15, 44, 250, 5000]) {
      for (const p of [0.001, 0.01, 0.1, 0.3, 0.55, 0.8, 0.975, 0.999]) {
        expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 12);
      }
    }
  });

  it("returns ±Infinity at p = 0 and 1, NaN outside (0, 1) or for df ≤ 0", () => {
    expect(studentTQuantile(0, 5)).toBe(-Infinity);
    expect(studentTQuantile(1, 5)).toBe(Infinity);
    expect(studentTQuantile(1.2, 5)).toBeNaN();
    expect(studentTQuantile(0.9, 0)).toBeNaN();
  });
});

describe("the special functions behind it", () => {
  it("logGamma matches ln((n−1)!) and Γ(1/2) = √π", () => {
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 13);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 13);
    expect(logGamma(101)).toBeCloseTo(363.739375555563, 9);
  });

  it("regularizedIncompleteBeta matches closed forms", () => {
    // I_x(1, 1) = x; I_x(a, 1) = x^a; I_x(1, b) = 1 − (1 − x)^b.
    expect(regularizedIncompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 14);
    expect(regularizedIncompleteBeta(0.4, 3, 1)).toBeCloseTo(0.064, 14);
    expect(regularizedIncompleteBeta(0.2, 1, 4)).toBeCloseTo(1 - 0.8 ** 4, 14);
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
  });

  it("studentTCdf matches the df = 1 (Cauchy) closed form", () => {
    for (const t of [-5, -1, 0, 0.5, 3]) expect(studentTCdf(t, 1)).toBeCloseTo(0.5 + Math.atan(t) / Math.PI, 13);
  });

  it("normalQuantile matches known values", () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.95996398454005, 8);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.09023230616781, 13);
    expect(normalQuantile(0.975)).toBeCloseTo(1.95996398454005, 13);
    expect(normalCdf(1.96)).toBeCloseTo(0.97500210485178, 14);
    expect(normalCdf(-3)).toBeCloseTo(0.00134989803163009, 15);
  });
});
