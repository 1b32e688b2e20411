// Every applicable case of the shared business-time conformance suite (test/fixtures/conformance),
// transcribed from other libraries' test suites plus handmade DST / holiday / overnight cases.
// Cases that depend on a convention other than ours, ops outside the contract, date-only
// comparisons, inclusive day counts and known source quirks are skipped, each with its reason.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  addBusinessDays,
  addBusinessTime,
  businessDaysBetween,
  businessTimeBetween,
  defineCalendar,
  isBusinessDay,
  isOpen,
  nextClose,
  nextOpen,
  openPeriods,
  prevClose,
  prevOpen,
  type Calendar,
  type CalendarInput,
} from "../../src/calendar/index.js";

interface Case {
  readonly id: string;
  readonly calendar: CalendarInput;
  readonly op: string;
  readonly args: Record<string, unknown>;
  readonly expected: unknown;
  readonly expectedSeconds?: number;
  readonly conventions?: Record<string, string>;
  readonly compare?: string;
  readonly referenceModel?: string;
}

const OURS: Readonly<Record<string, string>> = {
  isOpenAtClose: "false",
  betweenReversed: "negative",
  dateAdd: "countFromNext",
  dayCount: "[start,end)",
  dstElapsed: "absolute",
  nonexistentLocalTime: "compatible",
  ambiguousLocalTime: "earlier",
  overnightOwnership: "startDay",
};
const OPS = new Set([
  "add",
  "between",
  "isOpen",
  "nextOpen",
  "nextClose",
  "prevClose",
  "isBusinessDay",
  "addBusinessDays",
  "businessDaysBetween",
  "periodsAfter",
  "periodsBefore",
]);

/** Why a case does not apply to our conventions, or undefined when it must pass. */
function skipReason(c: Case): string | undefined {
  if (!OPS.has(c.op)) return `op ${c.op} is not in the contract`;
  if (c.referenceModel === "expected-mismatch") return "a source's own quirk";
  if (c.compare === "localDate") return "compares local dates only";
  if (c.op === "businessDaysBetween" && c.args.inclusive === true) return "inclusive day count";
  for (const [key, value] of Object.entries(c.conventions ?? {})) {
    if (key === "addLandingOnClose") continue; // an option of ours, run with the matching value
    if (OURS[key] !== String(value)) return `convention ${key}=${String(value)}`;
  }
  return undefined;
}

const dir = join(import.meta.dirname, "..", "fixtures", "conformance");
const files = readdirSync(dir)
  .filter((name) => name.endsWith(".json"))
  .sort();
const instant = (text: unknown): number => Date.parse(text as string);
const calendars = new Map<string, Calendar>();
function calendarOf(c: Case): Calendar {
  const key = JSON.stringify(c.calendar);
  let cal = calendars.get(key);
  if (cal === undefined) {
    cal = defineCalendar(c.calendar);
    calendars.set(key, cal);
  }
  return cal;
}

function periodsAfter(cal: Calendar, at: string, count: number): number[][] {
  const out: number[][] = [];
  const far = instant(at) + 5 * 366 * 86_400_000;
  for (const p of openPeriods(cal, at, far)) {
    out.push([p.start.getTime(), p.end.getTime()]);
    if (out.length === count) break;
  }
  return out;
}

function periodsBefore(cal: Calendar, at: string, count: number): number[][] {
  const out: number[][] = [];
  let cursor: Date | null = new Date(at);
  while (cursor !== null && out.length < count) {
    const end = prevClose(cal, cursor);
    if (end === null) break;
    const start = prevOpen(cal, end) as Date;
    out.push([start.getTime(), end.getTime()]);
    cursor = start;
  }
  return out;
}

function run(c: Case): void {
  const cal = calendarOf(c);
  const a = c.args;
  switch (c.op) {
    case "add": {
      const ms = typeof a.minutes === "number" ? a.minutes * 60_000 : (a.seconds as number) * 1000;
      const atClose = c.conventions?.addLandingOnClose === "nextOpen" ? "nextOpen" : "close";
      expect(addBusinessTime(cal, a.start as string, ms, { atClose }).getTime()).toBe(instant(c.expected));
      return;
    }
    case "between": {
      const ms = c.expectedSeconds !== undefined ? c.expectedSeconds * 1000 : Math.round((c.expected as number) * 60_000);
      expect(businessTimeBetween(cal, a.start as string, a.end as string)).toBe(ms);
      return;
    }
    case "isOpen":
      expect(isOpen(cal, a.at as string)).toBe(c.expected);
      return;
    case "nextOpen":
    case "nextClose":
    case "prevClose": {
      const fn = c.op === "nextOpen" ? nextOpen : c.op === "nextClose" ? nextClose : prevClose;
      const result = fn(cal, a.at as string);
      expect(result === null ? null : result.getTime()).toBe(c.expected === null ? null : instant(c.expected));
      return;
    }
    case "isBusinessDay":
      expect(isBusinessDay(cal, a.date as string)).toBe(c.expected);
      return;
    case "addBusinessDays":
      expect(addBusinessDays(cal, a.date as string, a.days as number)).toBe(c.expected);
      return;
    case "businessDaysBetween":
      expect(businessDaysBetween(cal, a.startDate as string, a.endDate as string)).toBe(c.expected);
      return;
    case "periodsAfter":
    case "periodsBefore": {
      const fn = c.op === "periodsAfter" ? periodsAfter : periodsBefore;
      const expected = (c.expected as string[][]).map(([s, e]) => [instant(s), instant(e)]);
      expect(fn(cal, a.at as string, a.count as number)).toEqual(expected);
      return;
    }
    default:
      throw new Error(`unhandled op ${c.op}`);
  }
}

// Every case either runs or is listed here with its reason: nothing is skipped silently.
const perFile = new Map<string, { cases: number; run: number; skipped: number }>();
const skippedCases: [file: string, id: string, reason: string][] = [];
for (const file of files) {
  const { cases } = JSON.parse(readFileSync(join(dir, file), "utf8")) as { cases: Case[] };
  const counts = { cases: cases.length, run: 0, skipped: 0 };
  perFile.set(file, counts);
  const applicable = cases.filter((c) => {
    const reason = skipReason(c);
    if (reason !== undefined) skippedCases.push([file, c.id, reason]);
    return reason === undefined;
  });
  counts.run = applicable.length;
  counts.skipped = cases.length - applicable.length;
  describe(`conformance: ${file}`, () => {
    for (const c of applicable) it(`${c.id} ${c.op}`, () => run(c));
  });
}

/** The table of test/fixtures/conformance/README.md: file → cases, run, skipped. */
function readmeCounts(): Map<string, { cases: number; run: number; skipped: number }> {
  const out = new Map<string, { cases: number; run: number; skipped: number }>();
  for (const line of readFileSync(join(dir, "README.md"), "utf8").split("\n")) {
    const m = /^\| `([\w.-]+\.json)` \| (\d+) \| (\d+) \| (\d+) \|/.exec(line);
    if (m !== null) out.set(m[1] ?? "", { cases: Number(m[2]), run: Number(m[3]), skipped: Number(m[4]) });
  }
  return out;
}

describe("conformance: accounting", () => {
  it("runs or lists every case, as the fixtures README counts them, and skips only for these reasons", () => {
    expect(Object.fromEntries(perFile)).toEqual(Object.fromEntries(readmeCounts()));
    const reasons = new Map<string, number>();
    for (const [, , reason] of skippedCases) {
      const kind = reason.startsWith("op ") ? "op not in the contract" : reason;
      reasons.set(kind, (reasons.get(kind) ?? 0) + 1);
    }
    expect(Object.fromEntries(reasons)).toEqual({
      "op not in the contract": 47,
      "inclusive day count": 3,
      "convention isOpenAtClose=true": 1,
      "convention betweenReversed=zero": 1,
    });
    expect(skippedCases.filter(([, , reason]) => !reason.startsWith("op ")).map(([, id]) => id)).toEqual([
      "business_time-39",
      "business_time-40",
      "business_time-41",
      "moment-business-time-6",
      "biz-19",
    ]);
  });
});
