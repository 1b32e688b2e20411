import { describe, expect, it } from "vitest";
import { formatDuration, toDurationMs } from "../../src/core/index.js";

describe("toDurationMs", () => {
  it.each([
    [90_000, 90_000],
    ["PT8H", 8 * 3_600_000],
    ["PT1H30M", 5_400_000],
    ["pt0.5s", 500],
    ["-PT15M", -900_000],
    ["PT1,5H", 5_400_000],
    [{ hours: 1, minutes: 30 }, 5_400_000],
    [{ milliseconds: 1 }, 1],
  ] as const)("reads %j as %d ms", (input, expected) => {
    expect(toDurationMs(input)).toBe(expected);
  });

  it.each(["P1D", "P1DT2H", "P1W", "P1Y"])("rejects %s: business durations have no days", (input) => {
    expect(() => toDurationMs(input, ["target"])).toThrowError(/target: "P\w+" has date parts/);
  });

  it.each(["PT", "P", "8 hours", "", Number.NaN, Infinity, { days: 1 }, { hours: "1" }, {}, null, []])("rejects %j", (input) => {
    expect(() => toDurationMs(input)).toThrowError(expect.objectContaining({ code: "invalid_argument" }));
  });
});

describe("formatDuration", () => {
  it("writes ISO-8601 that reads back to the same milliseconds", () => {
    for (const ms of [0, 1, 999, 60_000, 5_400_000, 90_061_001, -900_000]) {
      expect(toDurationMs(formatDuration(ms))).toBe(ms);
    }
  });
});
