import { parseOrThrow, toSafe } from "../core/index.js";
import { compileInstrument } from "./internal/compile.js";
import { servqualMessages } from "./messages.js";
import { InstrumentSchema, type InstrumentInput } from "./schemas.js";
import type { Instrument } from "./types.js";

/**
 * Defines a custom SERVQUAL-style instrument: any scale (5, 7, 9 points or continuous), any items
 * grouped into any dimensions, and the negatively worded items to reverse-score. Validates once
 * (unknown keys, duplicate ids, reversed or worded items that do not exist, min ≥ max are
 * `invalid_instrument` errors naming the path) and returns a frozen instrument for `scoreServqual`.
 *
 * @example
 * const instrument = defineInstrument({
 *   scale: { min: 1, max: 5 },
 *   dimensions: [
 *     { id: "speed", label: { en: "Speed", "zh-CN": "速度" }, items: ["s1", "s2"] },
 *     { id: "care", label: { en: "Care", "zh-CN": "关怀" }, items: ["c1", "c2", "c3"] },
 *   ],
 *   reversed: ["c3"],
 * });
 */
export function defineInstrument(input: InstrumentInput): Instrument {
  return compileInstrument(parseOrThrow(InstrumentSchema, input, "invalid_instrument", servqualMessages), null);
}

/**
 * `defineInstrument` without throwing: `{ success: true, data }` or `{ success: false, issues }`
 * listing every problem found, for form builders and config editors.
 *
 * @example
 * const result = safeDefineInstrument({ scale: { min: 5, max: 1 }, dimensions: [] });
 * if (!result.success) console.log(result.issues.map((issue) => issue.code)); // ["invalid_scale", "too_small"]
 */
export const safeDefineInstrument = toSafe(defineInstrument);
