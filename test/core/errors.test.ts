import { z } from "zod";
import { describe, expect, it } from "vitest";
import { formatIssue } from "../../src/formatIssue.js";
import { formatValue, PledgeError, isPledgeError, parseOrThrow, safeParse, TimeOfDaySchema } from "../../src/core/index.js";

const Schema = z.strictObject({ open: TimeOfDaySchema, meta: z.record(z.string(), z.unknown()).optional() });

describe("PledgeError and issues", () => {
  it("names every unknown key, including __proto__, and never copies it", () => {
    const input = JSON.parse('{"open":"09:00","__proto__":{"polluted":true},"opne":"x"}') as unknown;
    const result = safeParse(Schema, input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((issue) => issue.path)).toEqual([["__proto__"], ["opne"]]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("throws one PledgeError with every issue and a message naming path and value", () => {
    try {
      parseOrThrow(Schema, { open: "25:00", extra: 1 }, "invalid_calendar");
      expect.unreachable();
    } catch (error) {
      expect(isPledgeError(error)).toBe(true);
      expect(error).toBeInstanceOf(PledgeError);
      if (!isPledgeError(error)) return;
      expect(error.code).toBe("invalid_calendar");
      expect(error.issues.map((issue) => issue.code)).toEqual(["invalid_time", "unknown_key"]);
      expect(error.message).toContain('open: "25:00" is not a time of day');
      expect(error.message).toContain('extra: unknown key "extra"');
    }
  });

  it("renders issues in en and zh-CN, also after a JSON round trip", () => {
    const result = safeParse(Schema, { open: "9am" });
    if (result.success) throw new Error("expected failure");
    const issue = JSON.parse(JSON.stringify(result.issues[0])) as (typeof result.issues)[number];
    expect(formatIssue(issue)).toContain('"9am" is not a time of day');
    expect(formatIssue(issue, "zh-CN")).toBe('"9am" 不是有效的时刻：应为 00:00 至 24:00 之间的 "HH:MM" 或 "HH:MM:SS"');
  });

  it("recognises look-alike errors from another copy of the library", () => {
    const foreign = Object.assign(new Error("x"), { name: "PledgeError", code: "invalid_argument", issues: [] });
    expect(isPledgeError(foreign)).toBe(true);
    expect(isPledgeError(new Error("x"))).toBe(false);
    expect(isPledgeError(null)).toBe(false);
  });
});

describe("formatIssue across modules", () => {
  it("renders a code that several modules use with the template of the module that raised it", async () => {
    const { allMessageCatalogues } = await import("../../src/formatIssue.js");
    const { createIssue } = await import("../../src/core/index.js");
    const owners = new Map<string, number>();
    for (const catalogue of allMessageCatalogues) for (const code of Object.keys(catalogue)) owners.set(code, (owners.get(code) ?? 0) + 1);
    const shared = [...owners].filter(([, count]) => count > 1).map(([code]) => code);
    for (const catalogue of allMessageCatalogues) {
      for (const code of shared.filter((c) => c in catalogue)) {
        const params = { received: 120, minimum: 0, maximum: 100, id: "x", unit: "business days" };
        const issue = createIssue(catalogue, code, ["a"], params);
        const entry = catalogue[code];
        expect(formatIssue(issue, "zh-CN")).toBe(entry?.["zh-CN"](params));
      }
    }
  });

  it("has every message in English and Chinese", async () => {
    const { allMessageCatalogues } = await import("../../src/formatIssue.js");
    for (const catalogue of allMessageCatalogues) {
      for (const [code, entry] of Object.entries(catalogue)) {
        expect(typeof entry.en, code).toBe("function");
        expect(typeof entry["zh-CN"], code).toBe("function");
      }
    }
  });
});

describe("formatIssue refuses what is not an issue", () => {
  it.each([null, undefined, 5, "x", {}, { code: 1, message: "m" }])("formatIssue(%j) is invalid_argument at issue", (value) => {
    expect(() => formatIssue(value as never)).toThrowError(
      expect.objectContaining({ code: "invalid_argument", issues: [expect.objectContaining({ path: ["issue"] })] }) as Error,
    );
  });
  it("an unknown locale is invalid_argument at locale", () => {
    const issue = { code: "unknown_key", path: [], message: 'unknown key "x"', params: { key: "x" } };
    expect(() => formatIssue(issue, "fr" as never)).toThrowError(
      expect.objectContaining({ code: "invalid_argument", issues: [expect.objectContaining({ path: ["locale"] })] }) as Error,
    );
  });
});

describe("formatValue is bounded", () => {
  it("shows at most 80 characters of a huge string, array or object, reading only that much", () => {
    const reads = { count: 0 };
    const huge = new Proxy([] as unknown[], {
      get(target, key) {
        if (key === "length") return 1_000_000;
        if (typeof key === "string" && /^\d+$/.test(key)) reads.count += 1;
        return Reflect.get(target, key) ?? 7;
      },
    });
    expect(formatValue("x".repeat(1_000_000))).toHaveLength(80);
    expect(formatValue(huge).length).toBeLessThanOrEqual(80);
    expect(reads.count).toBeLessThan(100);
    expect(formatValue({ a: 1, b: [1, "x"], c: null })).toBe('{"a":1,"b":[1,"x"],"c":null}');
  });
});
