import { PledgeError, createIssue, coreMessages } from "../core/index.js";

/**
 * Reverse-scores one answer on a scale: `min + max − x` (on 1–7, 2 becomes 6). Applying it twice
 * gives the answer back. `scoreServqual` does this itself for the instrument's `reversed` items;
 * use it to prepare data for other tools.
 *
 * @example
 * reverseScore({ min: 1, max: 7 }, 2); // 6
 * reverseScore({ min: 1, max: 5 }, reverseScore({ min: 1, max: 5 }, 4)); // 4
 */
export function reverseScore(scale: { readonly min: number; readonly max: number }, answer: number): number {
  for (const [key, value] of [
    ["min", scale?.min],
    ["max", scale?.max],
    ["answer", answer],
  ] as const) {
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw new PledgeError("invalid_argument", [createIssue(coreMessages, "invalid_number", [key], { received: value })]);
    }
  }
  return scale.min + scale.max - answer;
}
