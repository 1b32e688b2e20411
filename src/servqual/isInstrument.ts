import { registry } from "./internal/compile.js";
import type { Instrument } from "./types.js";

/**
 * True for an instrument from `servqualInstrument` or `defineInstrument`, also one made by another
 * copy of pledgekit (the ESM and CommonJS builds side by side).
 *
 * @example
 * isInstrument(servqualInstrument()); // true
 * isInstrument({ scale: { min: 1, max: 7 } }); // false
 */
export function isInstrument(value: unknown): value is Instrument {
  return registry.is(value);
}
