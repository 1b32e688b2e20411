import { defineFromInput } from "./internal/compile.js";
import type { InstrumentInput } from "./schemas.js";
import type { Instrument } from "./types.js";

/**
 * Defines a custom SERVQUAL-style instrument: any scale (5, 7, 9 points or continuous), any items
 * grouped into any dimensions, standalone items outside every dimension (a cost or a language item,
 * scored per item only), the questionnaire's item order and the negatively worded items to
 * reverse-score. Validates once (unknown keys, duplicate ids, reversed or worded items that do not
 * exist, min ≥ max, scales beyond ±1,000,000, `__proto__` keys are `invalid_instrument` errors naming
 * the path) and returns a frozen instrument for `scoreServqual`.
 *
 * @example
 * const instrument = defineInstrument({
 *   scale: { min: 1, max: 5 },
 *   dimensions: [
 *     { id: "speed", label: { en: "Speed", "zh-CN": "速度" }, items: ["s1", "s2"] },
 *     { id: "care", label: { en: "Care", "zh-CN": "关怀" }, items: ["c1", "c2", "c3"] },
 *   ],
 *   standalone: ["price"],
 *   reversed: ["c3"],
 * });
 */
export function defineInstrument(input: InstrumentInput): Instrument {
  return defineFromInput(input);
}
