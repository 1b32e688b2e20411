import { describe, expect, it } from "vitest";
import { isPledgeError } from "../../src/index.js";
import { reverseScore } from "../../src/servqual/index.js";

describe("reverseScore", () => {
  it("maps x to min + max − x", () => {
    expect(reverseScore({ min: 1, max: 7 }, 2)).toBe(6);
    expect(reverseScore({ min: 1, max: 7 }, 4)).toBe(4);
    expect(reverseScore({ min: 0, max: 10 }, 3)).toBe(7);
  });

  it("rejects non-numbers with invalid_argument", () => {
    try {
      reverseScore({ min: 1, max: 7 }, Number.NaN);
      expect.unreachable();
    } catch (error) {
      expect(isPledgeError(error) && error.issues[0]!.path).toEqual(["answer"]);
    }
  });
});
