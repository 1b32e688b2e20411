import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { addBusinessDays, addBusinessTime, businessTimeBetween, defineCalendar, nextOpen } from "../../src/calendar/index.js";
import { complaintStatus, defaultComplaintPolicy, replayComplaint } from "../../src/complaint/index.js";
import { decideRemedy, defineRemedyPolicy } from "../../src/remedy/index.js";
import { scoreServqual, servqualInstrument } from "../../src/servqual/index.js";
import { shanghaiDesk } from "../fixtures/sla.js";
import { CLI_TEST_TIMEOUT, ensureBuilt, runCli, TERMINAL_CONTROL, tempFiles } from "./run.js";

const remedyPolicy = JSON.parse(readFileSync("examples/remedies/late-reply-guarantee.json", "utf8"));
const claim = JSON.parse(readFileSync("examples/data/remedy-missed-reply.json", "utf8"));
const complaintLog = JSON.parse(readFileSync("examples/data/complaint-events.json", "utf8"));

const header = [
  "id",
  "channel",
  ...["E", "P"].flatMap((side) => Array.from({ length: 22 }, (_, n) => `${side}${n + 1}`)),
  "imp_tangibles",
  "imp_reliability",
  "imp_responsiveness",
  "imp_assurance",
  "imp_empathy",
];
const row = (id: string, channel: string, e: number, p: number, blank = -1) =>
  [id, channel, ...Array.from({ length: 44 }, (_, n) => (n === blank ? "" : String(n < 22 ? e : ((p + n) % 7) + 1))), "20", "30", "20", "15", "15"].join(",");
const survey = ["# a comment line", header.join(","), row("r1", "web", 6, 3), row("r2", "phone", 5, 4, 30), row("r3", "web", 7, 5)].join("\n");

const files = tempFiles({
  "remedy.json": remedyPolicy,
  "facts.json": claim.facts,
  "history.json": claim.history,
  "complaint.json": complaintLog,
  "calendar.json": shanghaiDesk,
  "survey.csv": survey,
  "survey-bad.csv": ["# exported 2024-10-08", header.join(","), row("r1", "web", 6, 3).replace(",6,", ",six,")].join("\n"),
  "survey-unquoted.csv": `${header.join(",")}\n"r1,web`,
  "survey-other-names.csv": "respondent,E_q1,P_q1\nx,5,4\n",
  "facts-array.json": [],
});

vi.setConfig({ testTimeout: CLI_TEST_TIMEOUT });
beforeAll(ensureBuilt, CLI_TEST_TIMEOUT);
afterAll(files.dispose);

const json = (stdout: string) => JSON.parse(stdout) as unknown;
const roundTrip = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe("pledgekit remedy decide", () => {
  const args = [
    "remedy",
    "decide",
    "--policy",
    files.path("remedy.json"),
    "--facts",
    files.path("facts.json"),
    "--history",
    files.path("history.json"),
    "--now",
    "2025-03-11T10:00:00+08:00",
  ];

  it("prints the library's decision as JSON", async () => {
    const result = await runCli(args);
    expect(result.code).toBe(0);
    const expected = decideRemedy(defineRemedyPolicy(remedyPolicy), claim.facts, { history: claim.history, now: "2025-03-11T10:00:00+08:00", locale: "en" });
    expect(json(result.stdout)).toEqual(roundTrip(expected));
  });

  it("reads the facts from standard input and explains in Chinese", async () => {
    const result = await runCli([...args.slice(0, 5), "-", "--locale", "zh-CN"], { input: JSON.stringify(claim.facts) });
    expect(result.code).toBe(0);
    const expected = decideRemedy(defineRemedyPolicy(remedyPolicy), claim.facts, { locale: "zh-CN" });
    expect(json(result.stdout)).toEqual(roundTrip(expected));
  });

  it("exits 1 for facts that are not an object, 3 for a missing file, 2 for a bad --choice", async () => {
    const results = await Promise.all([
      runCli([...args.slice(0, 5), files.path("facts-array.json")]),
      runCli([...args.slice(0, 5), files.path("nope.json")]),
      runCli([...args, "--choice", "coupon"]),
    ]);
    expect(results.map((result) => result.code)).toEqual([1, 3, 2]);
  });
});

describe("pledgekit complaint status", () => {
  it("replays an event log and prints the status as of --now", async () => {
    const now = "2024-10-08T12:00:00+08:00";
    const result = await runCli(["complaint", "status", "--complaint", files.path("complaint.json"), "--now", now, "--locale", "zh-CN"]);
    expect(result.code).toBe(0);
    const policy = defaultComplaintPolicy();
    const replay = replayComplaint(policy, complaintLog.complaint, complaintLog.events);
    expect(json(result.stdout)).toEqual(roundTrip({ status: complaintStatus(policy, replay.state, now, { locale: "zh-CN" }), refused: replay.refused }));
  });

  it("accepts a stored ComplaintState", async () => {
    const policy = defaultComplaintPolicy();
    const { state } = replayComplaint(policy, complaintLog.complaint, complaintLog.events.slice(0, 3));
    const stored = tempFiles({ "state.json": state });
    const result = await runCli(["complaint", "status", "--complaint", stored.path("state.json"), "--now", "2024-10-09T09:00:00+08:00"]);
    stored.dispose();
    expect(result.code).toBe(0);
    expect(json(result.stdout)).toEqual(roundTrip({ status: complaintStatus(policy, state, "2024-10-09T09:00:00+08:00"), refused: [] }));
  });

  it("exits 2 without --now", async () => {
    expect((await runCli(["complaint", "status", "--complaint", files.path("complaint.json")])).code).toBe(2);
  });
});

describe("pledgekit servqual score", () => {
  it("scores a wide CSV table (E1…E22, P1…P22, imp_*) as the library does", async () => {
    const result = await runCli(["servqual", "score", files.path("survey.csv"), "--segment-column", "channel"]);
    expect(result.code).toBe(0);
    const report = json(result.stdout) as { respondents: number; segments: { key: string }[] };
    expect(report.respondents).toBe(3);
    expect(report.segments.map((segment) => segment.key).sort()).toEqual(["phone", "web"]);
    const answers = (cells: string[], from: number) =>
      Object.fromEntries(Array.from({ length: 22 }, (_, n) => [`q${n + 1}`, cells[from + n] === "" ? null : Number(cells[from + n])]));
    const responses = survey
      .split("\n")
      .slice(2)
      .map((line) => {
        const cells = line.split(",");
        return {
          id: cells[0] as string,
          segment: cells[1] as string,
          expectations: answers(cells, 2),
          perceptions: answers(cells, 24),
          importance: { tangibles: 20, reliability: 30, responsiveness: 20, assurance: 15, empathy: 15 },
        };
      });
    expect(report).toEqual(roundTrip(scoreServqual(servqualInstrument(), responses)));
  });

  it("reads other column names with --expectations and --perceptions patterns", async () => {
    const result = await runCli([
      "servqual",
      "score",
      files.path("survey-other-names.csv"),
      "--expectations",
      "E_{id}",
      "--perceptions",
      "P_{id}",
      "--id-column",
      "respondent",
    ]);
    expect(result.code).toBe(0);
    expect(json(result.stdout)).toMatchObject({ respondents: 1, items: expect.arrayContaining([expect.objectContaining({ id: "q1", gap: -1 })]) });
  });

  it("exits 1 for a cell that is not a number, naming its line in the file and its column", async () => {
    const [en, zh] = await Promise.all([
      runCli(["servqual", "score", files.path("survey-bad.csv")]),
      runCli(["servqual", "score", files.path("survey-bad.csv"), "--locale", "zh-CN"]),
    ]);
    expect([en?.code, zh?.code]).toEqual([1, 1]);
    expect(en?.stderr).toContain('row 3, column "E1": "six" is not a number');
    expect(zh?.stderr).toContain('第 3 行 "E1" 列："six" 不是数值');
  });

  it("exits 3 for a missing file or broken CSV, 2 when no column matches", async () => {
    const [missing, broken, unmatched] = await Promise.all([
      runCli(["servqual", "score", files.path("nope.csv")]),
      runCli(["servqual", "score", files.path("survey-unquoted.csv")]),
      runCli(["servqual", "score", files.path("survey-other-names.csv")]),
    ]);
    expect([missing?.code, broken?.code]).toEqual([3, 3]);
    if (unmatched === undefined) throw new Error("no result");
    expect(unmatched.code).toBe(2);
    expect(unmatched.stderr).not.toMatch(TERMINAL_CONTROL);
  });
});

describe("pledgekit calendar", () => {
  const calendar = defineCalendar(shanghaiDesk);
  const cal = ["--calendar", files.path("calendar.json")];
  const line = async (...args: string[]) => {
    const result = await runCli(["calendar", ...args, ...cal]);
    expect(result.code, `${args.join(" ")}: ${result.stderr}`).toBe(0);
    return result.stdout;
  };

  it("adds business time and business days", async () => {
    expect(await line("add", "2024-06-07T17:00:00+08:00", "PT2H")).toBe(`${addBusinessTime(calendar, "2024-06-07T17:00:00+08:00", "PT2H").toISOString()}\n`);
    expect(await line("add", "2024-06-07", "1")).toBe(`${addBusinessDays(calendar, "2024-06-07", 1)}\n`);
    expect(await line("add", "2024-06-07T17:00:00+08:00", "PT1H", "--at-close", "nextOpen")).toBe(
      `${addBusinessTime(calendar, "2024-06-07T17:00:00+08:00", "PT1H", { atClose: "nextOpen" }).toISOString()}\n`,
    );
  });

  it("measures business time and business days between", async () => {
    const ms = businessTimeBetween(calendar, "2024-06-07T10:00:00+08:00", "2024-06-11T10:00:00+08:00");
    expect(await line("between", "2024-06-07T10:00:00+08:00", "2024-06-11T10:00:00+08:00")).toBe(`${ms}\n`);
    expect(await line("between", "2024-06-07T10:00:00+08:00", "2024-06-11T10:00:00+08:00", "--unit", "h")).toBe(`${ms / 3_600_000}\n`);
    expect(await line("between", "2024-06-07", "2024-06-12")).toBe("2\n");
  });

  it("finds the next opening", async () => {
    expect(await line("next-open", "2024-06-08T12:00:00+08:00")).toBe(`${nextOpen(calendar, "2024-06-08T12:00:00+08:00")?.toISOString()}\n`);
  });

  it("exits 1 for an instant without an offset, 2 for a missing argument", async () => {
    const [ambiguous, missing, fractional] = await Promise.all([
      runCli(["calendar", "next-open", "2024-06-08T12:00:00", ...cal]),
      runCli(["calendar", "add", "2024-06-08T12:00:00Z", ...cal]),
      runCli(["calendar", "add", "2024-06-07", "1.5", ...cal]),
    ]);
    expect(ambiguous?.code).toBe(1);
    expect(ambiguous?.stderr).toContain("offset");
    expect([missing?.code, fractional?.code]).toEqual([2, 2]);
  });
});
