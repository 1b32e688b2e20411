import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { defaultComplaintPolicyInput } from "../../src/complaint/index.js";
import { shanghaiDesk, standardPolicy } from "../fixtures/sla.js";
import { CLI_TEST_TIMEOUT, ensureBuilt, runCli, TERMINAL_CONTROL, tempFiles } from "./run.js";

const schema = (kind: string): string => `https://unpkg.com/pledgekit/dist/schemas/${kind}.json`;

const commitment = {
  id: "first-reply",
  title: "We reply to every online enquiry within 2 business hours",
  service: { content: "first reply to online enquiries" },
  standard: { metric: "first_response", target: "PT2H", businessHours: true },
  relevance: { servqualDimension: "responsiveness" },
  remedy: { description: "a ¥20 coupon if we are late" },
};
const files = tempFiles({
  "calendar.json": { $schema: schema("calendar"), ...shanghaiDesk },
  "calendar-no-schema.json": shanghaiDesk,
  "policy.json": { $schema: "./node_modules/pledgekit/dist/schemas/sla-policy.json", ...standardPolicy },
  "commitment.json": { $schema: schema("commitment"), ...commitment },
  "vague.json": { $schema: schema("commitment"), ...commitment, title: "We reply as soon as possible" },
  "complaint.json": { $schema: schema("complaint-policy"), ...defaultComplaintPolicyInput() },
  "remedy.json": { $schema: schema("remedy-policy"), ...JSON.parse(readFileSync("examples/remedies/late-reply-guarantee.json", "utf8")) },
  "instrument.json": { $schema: schema("instrument"), scale: { min: 1, max: 5 }, dimensions: [{ id: "speed", items: ["s1", "s2"] }] },
  "bad-calendar.json": { $schema: schema("calendar"), timeZone: "Asia/Shanghai", week: { mon: [["09:00", "27:00"]] }, holiday: [] },
  "unknown-schema.json": { $schema: "https://example.com/other.json", timeZone: "UTC" },
  "not-json.json": "{ timeZone: UTC",
});

vi.setConfig({ testTimeout: CLI_TEST_TIMEOUT });
beforeAll(ensureBuilt, CLI_TEST_TIMEOUT);
afterAll(files.dispose);

describe("pledgekit check", () => {
  it.each([
    ["calendar.json", "calendar"],
    ["policy.json", "sla-policy"],
    ["commitment.json", "commitment"],
    ["complaint.json", "complaint-policy"],
    ["remedy.json", "remedy-policy"],
    ["instrument.json", "instrument"],
  ])("accepts a valid %s, its kind read from $schema (exit 0)", async (file, kind) => {
    const result = await runCli(["check", files.path(file)]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toBe(`${files.path(file)}: valid ${kind}\n`);
  });

  it("takes the kind from --kind when the file has no $schema", async () => {
    expect((await runCli(["check", "--kind", "calendar", files.path("calendar-no-schema.json")])).code).toBe(0);
  });

  it("prints every issue with its path and exits 1", async () => {
    const result = await runCli(["check", files.path("bad-calendar.json")]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("invalid calendar: 2 issue(s)");
    expect(result.stdout).toContain('  week.mon[0][1]: "27:00" is not a time of day');
    expect(result.stdout).toContain('  holiday: unknown key "holiday"');
  });

  it("prints the issues in Chinese with --locale zh-CN", async () => {
    const result = await runCli(["check", "--locale", "zh-CN", files.path("bad-calendar.json")]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("无效的 calendar：2 个问题");
    expect(result.stdout).toContain('  holiday: 未知字段 "holiday"');
  });

  it("fails a commitment whose SMART review has an error (vague wording)", async () => {
    const result = await runCli(["check", files.path("vague.json")]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/title: .*as soon as possible/);
  });

  it("reports a $schema that contradicts --kind as an invalid file", async () => {
    const result = await runCli(["check", "--kind", "sla-policy", files.path("calendar.json")]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("$schema");
  });

  it("gives machine-readable results with --json, one line per file", async () => {
    const result = await runCli(["check", "--json", files.path("calendar.json"), files.path("bad-calendar.json")]);
    expect(result.code).toBe(1);
    const lines = result.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines[0]).toEqual({ file: files.path("calendar.json"), kind: "calendar", valid: true, issues: [] });
    expect(lines[1].issues.map((issue: { path: unknown[] }) => issue.path)).toEqual([["week", "mon", 0, 1], ["holiday"]]);
  });

  it("exits 3 for a missing file, a folder and text that is not JSON, naming the file on stderr", async () => {
    const names = ["missing.json", ".", "not-json.json"];
    const results = await Promise.all(names.map((file) => runCli(["check", "--kind", "calendar", file], { cwd: files.dir })));
    results.forEach((result, n) => {
      expect(result.code, names[n]).toBe(3);
      expect(result.stderr, names[n]).toContain(names[n]);
      expect(result.stdout).toBe("");
    });
  });

  it("ranks unreadable above invalid when several files are checked", async () => {
    const result = await runCli(["check", files.path("bad-calendar.json"), files.path("missing.json"), files.path("calendar.json")]);
    expect(result.code).toBe(3);
    expect(result.stdout).toContain("valid calendar");
  });

  it("exits 2 when the kind cannot be told, or the arguments are wrong", async () => {
    const cases = [
      ["check", files.path("calendar-no-schema.json")],
      ["check", files.path("unknown-schema.json")],
      ["check", "--kind", "nonsense", files.path("calendar.json")],
      ["check"],
      ["check", "--no-such-option", files.path("calendar.json")],
      ["no-such-command"],
      [],
    ];
    const results = await Promise.all(cases.map((args) => runCli(args)));
    results.forEach((result, n) => {
      expect(result.code, cases[n]?.join(" ")).toBe(2);
      expect(result.stderr, cases[n]?.join(" ")).not.toMatch(TERMINAL_CONTROL);
    });
  });

  it("prints help on --help with exit 0", async () => {
    const result = await runCli(["check", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Exit code: 0 all valid, 1 some invalid, 3 some unreadable");
  });
});
