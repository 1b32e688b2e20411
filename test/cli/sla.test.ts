import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { defineSlaPolicy, evaluateSla, type TicketEvent } from "../../src/sla/index.js";
import { standardPolicy } from "../fixtures/sla.js";
import { CLI_TEST_TIMEOUT, CLI, ensureBuilt, runCli, TERMINAL_CONTROL, tempFiles } from "./run.js";

const NOW = "2024-06-12T10:00:00+08:00";
const policy = defineSlaPolicy(standardPolicy);

/** Deterministic tickets of a few events each, varied enough to give different reports. */
function ticket(n: number): TicketEvent[] {
  const day = 11 + (n % 2);
  const hour = String(9 + (n % 8)).padStart(2, "0");
  const minute = String((n * 7) % 60).padStart(2, "0");
  const created = `2024-06-${day}T${hour}:${minute}:00+08:00`;
  const events: TicketEvent[] = [{ type: "created", at: created, priority: ["urgent", "high", "normal", "low"][n % 4] as string }];
  if (n % 3 !== 0)
    events.push({ type: "agent_reply", at: `2024-06-${day}T${hour}:${String(Math.min(59, ((n * 7) % 60) + 1 + (n % 5))).padStart(2, "0")}:30+08:00` });
  if (n % 5 === 0) events.push({ type: "status", at: `2024-06-${day}T${hour}:59:00+08:00`, status: "pending_customer" });
  return events;
}

const good = Array.from({ length: 12 }, (_, n) => ticket(n));
const mixedLines = [
  JSON.stringify({ id: "T-0", events: good[0] }),
  JSON.stringify(good[1]),
  "",
  "{ not json",
  JSON.stringify({ id: 4, events: [...(good[2] ?? []), { type: "bogus", at: NOW }] }),
  JSON.stringify({ id: "T-5", events: good[3], extra: true }),
  `${JSON.stringify({ id: "T-6", events: good[4] })}\r`,
  JSON.stringify({ id: "T-7", events: good[5] }),
];
const many = Array.from({ length: 3000 }, (_, n) => JSON.stringify({ id: `T-${n}`, events: ticket(n) })).join("\n");

const files = tempFiles({
  "policy.json": standardPolicy,
  "mixed.ndjson": mixedLines.join("\n"),
  "many.ndjson": `${many}\n`,
  "bad-policy.json": { ...standardPolicy, metrics: [] },
});

vi.setConfig({ testTimeout: CLI_TEST_TIMEOUT });
beforeAll(ensureBuilt, CLI_TEST_TIMEOUT);
afterAll(files.dispose);

const evaluate = (events: string, ...extra: string[]) =>
  runCli(["sla", "evaluate", "--policy", files.path("policy.json"), "--events", events, "--now", NOW, ...extra]);

const parse = (stdout: string) =>
  stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));

describe("pledgekit sla evaluate", () => {
  it("writes one report per line, equal to evaluateSla's, and reports bad lines by number without stopping", async () => {
    const result = await evaluate(files.path("mixed.ndjson"), "--workers", "2");
    expect(result.code).toBe(0);
    const out = parse(result.stdout);
    expect(out.map((record) => record.line)).toEqual([1, 2, 4, 5, 6, 7, 8]);
    expect(out[0]).toEqual({ line: 1, id: "T-0", report: JSON.parse(JSON.stringify(evaluateSla(policy, good[0] ?? [], NOW))) });
    expect(out[1]).toMatchObject({ line: 2, id: null, report: { evaluatedAt: "2024-06-12T02:00:00.000Z" } });
    expect(out[2]).toMatchObject({ line: 4, id: null, error: { code: "invalid_line", issues: [{ code: "invalid_json" }] } });
    expect(out[3]).toMatchObject({ line: 5, id: 4, error: { code: "invalid_event", issues: [{ path: ["events", 2, "type"] }] } });
    expect(out[4]).toMatchObject({ line: 6, error: { code: "invalid_line" } });
    expect(out[5]).toMatchObject({ line: 7, id: "T-6", report: {} });
    expect(result.stderr.split("\n").filter(Boolean)).toEqual([
      expect.stringMatching(/^line 4: not JSON/),
      expect.stringMatching(/^line 5: events\[2\]\.type: unknown event type "bogus"/),
      expect.stringMatching(/^line 6: expected an array of events/),
    ]);
  });

  it("draws no progress bar and no terminal codes when stderr is not a terminal", async () => {
    const result = await evaluate(files.path("many.ndjson"), "--workers", "2");
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).not.toMatch(TERMINAL_CONTROL);
  });

  it("draws the progress bar and a summary when stderr is a terminal, and still writes clean NDJSON", () => {
    // util-linux `script` runs the command on a pseudo-terminal: stderr is a TTY, stdout goes to a file.
    const out = files.path("tty-out.ndjson");
    const command = [CLI, "sla", "evaluate", "--policy", files.path("policy.json"), "--events", files.path("many.ndjson"), "--now", NOW, "--workers", "2"];
    const shell = `${[process.execPath, ...command].map((arg) => `'${arg}'`).join(" ")} > '${out}'`;
    const terminal = spawnSync("script", ["-qec", shell, "/dev/null"], { encoding: "utf8" });
    expect(terminal.status).toBe(0);
    expect(terminal.stdout).toContain("\x1b[K");
    expect(terminal.stdout).toMatch(/3000 ticket\(s\), 0 bad line\(s\)/);
    const written = readFileSync(out, "utf8");
    expect(written).not.toMatch(TERMINAL_CONTROL);
    expect(written.trim().split("\n")).toHaveLength(3000);
  });

  it("keeps input order over many batches and workers, with the same answers as the library", async () => {
    const result = await evaluate(files.path("many.ndjson"), "--workers", "3");
    expect(result.code).toBe(0);
    const out = parse(result.stdout);
    expect(out).toHaveLength(3000);
    expect(out.map((record) => record.line)).toEqual(Array.from({ length: 3000 }, (_, n) => n + 1));
    for (const n of [0, 1, 17, 1499, 2999]) {
      expect(out[n]).toEqual({ line: n + 1, id: `T-${n}`, report: JSON.parse(JSON.stringify(evaluateSla(policy, ticket(n), NOW))) });
    }
  });

  it("gives the same output with 1 worker as with 3", async () => {
    const [one, three] = await Promise.all([evaluate(files.path("many.ndjson"), "--workers", "1"), evaluate(files.path("many.ndjson"), "--workers", "3")]);
    expect(one.stdout).toBe(three.stdout);
  });

  it("reads standard input with --events -", async () => {
    const result = await runCli(["sla", "evaluate", "--policy", files.path("policy.json"), "--events", "-", "--now", NOW], {
      input: mixedLines.slice(0, 2).join("\n"),
    });
    expect(result.code).toBe(0);
    expect(parse(result.stdout).map((record) => record.line)).toEqual([1, 2]);
  });

  it("stops at the first bad line with --strict, exit 1, in the chosen locale", async () => {
    const result = await evaluate(files.path("mixed.ndjson"), "--strict", "--locale", "zh-CN");
    expect(result.code).toBe(1);
    expect(parse(result.stdout).map((record) => record.line)).toEqual([1, 2, 4]);
    expect(result.stderr).toContain("第 4 行");
    expect(result.stderr).toContain("在第 4 行停止（--strict）");
    expect(result.stderr).not.toMatch(TERMINAL_CONTROL);
  });

  it("skips bad events inside a ticket with --lenient and lists them in its report", async () => {
    const result = await evaluate(files.path("mixed.ndjson"), "--lenient");
    const line5 = parse(result.stdout).find((record) => record.line === 5);
    expect(line5.report.skipped).toEqual([expect.objectContaining({ code: "unknown_event_type", path: ["events", 2, "type"] })]);
  });

  it("exits 3 for an unreadable events file, 1 for an invalid policy, 2 for bad arguments", async () => {
    const run = (...args: string[]) => runCli(["sla", ...args]);
    const base = ["evaluate", "--policy", files.path("policy.json"), "--events", files.path("mixed.ndjson"), "--now", NOW];
    const [missing, folder, badPolicy, ...usage] = await Promise.all([
      evaluate(files.path("missing.ndjson")),
      evaluate(files.dir),
      run("evaluate", "--policy", files.path("bad-policy.json"), "--events", files.path("mixed.ndjson"), "--now", NOW),
      run(...base, "--now", "2024-06-12T10:00:00"),
      run(...base, "--workers", "0"),
      run(...base, "--unknown"),
      run("evaluate", "--events", files.path("mixed.ndjson"), "--now", NOW),
      run("nonsense"),
    ]);
    expect(missing?.code).toBe(3);
    expect(folder?.code).toBe(3);
    expect(badPolicy?.code).toBe(1);
    expect(badPolicy?.stderr).toContain("metrics");
    expect(usage.map((result) => result.code)).toEqual([2, 2, 2, 2, 2]);
  });
});
