import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatIso } from "../../../src/sla/internal/report.js";

describe("report formatting", () => {
  describe("properties", () => {
    it("formatIso equals Date.prototype.toISOString for every instant", () => {
      fc.assert(
        fc.property(fc.integer({ min: -8.64e15, max: 8.64e15 }), (ms) => {
          expect(formatIso(ms)).toBe(new Date(ms).toISOString());
        }),
        { numRuns: 300 },
      );
      for (const ms of [0, 1, 999, 86_399_999, 86_400_000, 253_402_300_799_999]) expect(formatIso(ms)).toBe(new Date(ms).toISOString());
    });
  });
});
