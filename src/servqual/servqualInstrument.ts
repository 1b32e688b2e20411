import { compileInstrument } from "./internal/compile.js";
import { parseOptions } from "./internal/options.js";
import { BUILT_IN_DIMENSIONS, BUILT_IN_DIMENSION_LABELS, ITEM_TEXTS_1988, ITEM_TEXTS_1991, REVERSED_1988 } from "./internal/texts.js";
import { InstrumentSchema, ServqualInstrumentOptionsSchema, type ServqualInstrumentOptions } from "./schemas.js";
import type { Instrument } from "./types.js";

/**
 * The published 22-item SERVQUAL instrument on a 7-point scale: items q1–q22 in five dimensions
 * (tangibles q1–q4, reliability q5–q9, responsiveness q10–q13, assurance q14–q17, empathy q18–q22),
 * with an expectation and a perception statement per item in `en` or `zh-CN`.
 * `version: "1991"` (default) is the revised, all-positive wording (Parasuraman, Berry & Zeithaml
 * 1991); `"1988"` is the original scale (Parasuraman, Zeithaml & Berry 1988), whose negatively worded
 * items q10–q13 and q18–q22 are reverse-scored (min + max − x) before any gap is computed.
 *
 * @example
 * const instrument = servqualInstrument({ version: "1991", locale: "zh-CN" });
 * instrument.dimensions[0].label; // "有形性"
 * instrument.items[0].perception; // "该企业拥有外观现代的设备。"
 */
export function servqualInstrument(options: ServqualInstrumentOptions = {}): Instrument {
  const { version = "1991", locale = "en" } = parseOptions(ServqualInstrumentOptionsSchema, options);
  const wording = (version === "1988" ? ITEM_TEXTS_1988 : ITEM_TEXTS_1991)[locale];
  const texts: Record<string, { expectation: string; perception: string }> = {};
  wording.forEach(([expectation, perception], i) => {
    texts[`q${i + 1}`] = { expectation, perception };
  });
  const input = InstrumentSchema.parse({
    id: `servqual-${version}`,
    version,
    locale,
    scale: { min: 1, max: 7 },
    dimensions: BUILT_IN_DIMENSIONS.map((dimension) => ({
      id: dimension.id,
      label: { ...BUILT_IN_DIMENSION_LABELS[dimension.id] },
      items: [...dimension.items],
    })),
    reversed: version === "1988" ? [...REVERSED_1988] : [],
    texts,
  });
  return compileInstrument(input);
}
