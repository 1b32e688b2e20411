import { describe, expect, it } from "vitest";
import { isPledgeError } from "../../src/index.js";
import { servqualInstrument } from "../../src/servqual/index.js";

describe("servqualInstrument", () => {
  it("has 22 items q1–q22 in the five published dimensions on a 7-point scale", () => {
    const instrument = servqualInstrument();
    expect(instrument.version).toBe("1991");
    expect(instrument.scale).toEqual({ min: 1, max: 7, integer: true });
    expect(instrument.items.map((item) => item.id)).toEqual(Array.from({ length: 22 }, (_, i) => `q${i + 1}`));
    expect(instrument.dimensions.map((d) => [d.id, d.items.length])).toEqual([
      ["tangibles", 4],
      ["reliability", 5],
      ["responsiveness", 4],
      ["assurance", 4],
      ["empathy", 5],
    ]);
    expect(instrument.dimensions[2]!.items).toEqual(["q10", "q11", "q12", "q13"]);
  });

  it("marks the 1988 negatively worded items q10–q13 and q18–q22 reversed, and none in 1991", () => {
    const original = servqualInstrument({ version: "1988" });
    expect(original.reversed).toEqual(["q10", "q11", "q12", "q13", "q18", "q19", "q20", "q21", "q22"]);
    expect(original.items.filter((item) => item.reversed).map((item) => item.dimension)).toEqual([
      "responsiveness",
      "responsiveness",
      "responsiveness",
      "responsiveness",
      "empathy",
      "empathy",
      "empathy",
      "empathy",
      "empathy",
    ]);
    expect(servqualInstrument({ version: "1991" }).reversed).toEqual([]);
  });

  it("words every item twice (expectation, perception) in English and Chinese", () => {
    for (const version of ["1988", "1991"] as const) {
      for (const locale of ["en", "zh-CN"] as const) {
        const instrument = servqualInstrument({ version, locale });
        expect(instrument.locale).toBe(locale);
        for (const item of instrument.items) {
          expect(item.expectation?.length).toBeGreaterThan(4);
          expect(item.perception?.length).toBeGreaterThan(4);
          expect(item.expectation).not.toBe(item.perception);
        }
        const texts = instrument.items.flatMap((item) => [item.expectation, item.perception]);
        if (locale === "zh-CN") expect(texts.every((text) => /[\u4e00-\u9fff]/.test(text!))).toBe(true);
      }
    }
    expect(servqualInstrument({ locale: "zh-CN" }).dimensions.map((d) => d.label)).toEqual(["有形性", "可靠性", "响应性", "保证性", "移情性"]);
    expect(servqualInstrument().dimensions[4]!.labels).toEqual({ en: "Empathy", "zh-CN": "移情性" });
  });

  it("keeps the published meaning where the versions differ", () => {
    const e88 = servqualInstrument({ version: "1988" });
    const e91 = servqualInstrument({ version: "1991" });
    // 1988 q11 is negatively worded; 1991 q11 asks for prompt service directly.
    expect(e88.items[10]!.expectation).toMatch(/cannot realistically expect prompt service/);
    expect(e91.items[10]!.expectation).toMatch(/prompt service/);
    expect(e91.items[10]!.expectation).not.toMatch(/not|cannot/);
    // 1991 moved convenient hours to q19 and added "understand specific needs" as q22.
    expect(e91.items[18]!.expectation).toMatch(/opening hours/);
    expect(e91.items[21]!.expectation).toMatch(/specific needs/);
    expect(e88.items[21]!.expectation).toMatch(/opening hours/);
  });

  it("returns a deeply frozen, JSON-friendly value, fresh per call", () => {
    const instrument = servqualInstrument();
    expect(Object.isFrozen(instrument)).toBe(true);
    expect(Object.isFrozen(instrument.items[0])).toBe(true);
    expect(Object.isFrozen(instrument.dimensions[0]!.items)).toBe(true);
    expect(JSON.parse(JSON.stringify(instrument))).toEqual(instrument);
    expect(servqualInstrument()).not.toBe(instrument);
    expect(servqualInstrument()).toEqual(instrument);
  });

  it("rejects unknown options and versions with invalid_argument", () => {
    for (const bad of [{ version: "1990" }, { locale: "fr" }, { versoin: "1988" }]) {
      try {
        servqualInstrument(bad as never);
        expect.unreachable();
      } catch (error) {
        expect(isPledgeError(error) && error.code).toBe("invalid_argument");
      }
    }
  });
});
