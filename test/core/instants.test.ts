import { describe, expect, it } from "vitest";
import { formatInstant, isPledgeError, parseIsoInstant, toInstantMs } from "../../src/core/index.js";

describe("toInstantMs", () => {
  it("accepts Dates, epoch milliseconds and ISO strings with Z or an offset", () => {
    const ms = Date.UTC(2024, 2, 10, 6, 30);
    expect(toInstantMs(new Date(ms))).toBe(ms);
    expect(toInstantMs(ms)).toBe(ms);
    expect(toInstantMs("2024-03-10T06:30:00Z")).toBe(ms);
    expect(toInstantMs("2024-03-10T01:30:00-05:00")).toBe(ms);
    expect(toInstantMs("2024-03-10T14:30+0800")).toBe(ms);
    expect(toInstantMs("2024-03-10T06:30:00.123456Z")).toBe(ms + 123);
  });

  it("agrees with Date.parse on valid strings", () => {
    for (const text of ["2024-02-29T23:59:59.999Z", "1969-12-31T23:59:59.001+05:45", "2000-01-01T00:00:00-12:00", "2024-12-31T24:00:00Z"]) {
      expect(parseIsoInstant(text)).toBe(Date.parse(text));
    }
  });

  it("rejects strings without an offset, naming the path and the value", () => {
    try {
      toInstantMs("2024-03-10T09:00", ["events", 2, "at"]);
      expect.unreachable();
    } catch (error) {
      expect(isPledgeError(error)).toBe(true);
      if (!isPledgeError(error)) return;
      expect(error.code).toBe("invalid_argument");
      expect(error.issues[0]?.code).toBe("ambiguous_instant");
      expect(error.message).toContain("events[2].at");
      expect(error.message).toContain('"2024-03-10T09:00"');
    }
  });

  it.each([Number.NaN, Infinity, new Date(Number.NaN), "2024-02-30T00:00:00Z", "2024-01-01T25:00Z", "tomorrow", null, undefined, {}])(
    "rejects %s with a PledgeError",
    (input) => {
      expect(() => toInstantMs(input)).toThrowError(expect.objectContaining({ name: "PledgeError", code: "invalid_argument" }));
    },
  );
});

describe("formatInstant", () => {
  it("equals Date.prototype.toISOString", () => {
    for (const ms of [0, 1, -1, 951_782_400_000, 1_709_999_999_999, 253_402_300_799_999, 253_402_300_800_000, -62_135_596_800_001]) {
      expect(formatInstant(ms)).toBe(new Date(ms).toISOString());
    }
  });
});
