// Business-time arithmetic: pledgekit against dayjs-business-time and moment-business-time on the
// same calendar (UTC, Mon–Fri 09:00–17:00, two holidays), after checking all three agree; then
// pledgekit alone in America/New_York (with DST) and Asia/Shanghai (with 调休 days).
// The peers compute in the process's local zone: run with TZ=UTC (`npm run bench` does).
import { createRequire } from "node:module";
import { addBusinessTime, businessTimeBetween, defineCalendar, isOpen, nextOpen, type CalendarInput } from "../src/calendar/index.js";
import { measure, printTable, type Measurement } from "./harness.js";
import { zoneRatio } from "./zoneRatio.js";

interface PeerDate {
  toDate(): Date;
}
interface DayjsBusiness extends PeerDate {
  addBusinessTime(amount: number, unit: "hours"): DayjsBusiness;
  businessMinutesDiff(other: DayjsBusiness): number;
}
interface MomentBusiness extends PeerDate {
  addWorkingTime(amount: number, unit: "hours"): MomentBusiness;
  workingDiff(other: MomentBusiness, unit: "minutes", precise: true): number;
}

const require = createRequire(import.meta.url);
const dayjs = require("dayjs") as ((d: Date) => DayjsBusiness) & {
  extend(plugin: unknown): void;
  setHolidays(h: string[]): void;
  setBusinessTime(map: Record<string, { start: string; end: string }[] | null>): void;
};
dayjs.extend(require("dayjs-business-time"));
const moment = require("moment-business-time") as ((d: Date) => MomentBusiness) & {
  updateLocale(locale: string, data: Record<string, unknown>): void;
};

const HOLIDAYS = ["2024-07-04", "2024-12-25"];
const nine5: [string, string][] = [["09:00", "17:00"]];
const week = { mon: nine5, tue: nine5, wed: nine5, thu: nine5, fri: nine5 };
const utc = defineCalendar({ timeZone: "UTC", week, holidays: HOLIDAYS });

const day = { start: "09:00:00", end: "17:00:00" };
dayjs.setBusinessTime({ sunday: null, monday: [day], tuesday: [day], wednesday: [day], thursday: [day], friday: [day], saturday: null });
dayjs.setHolidays(HOLIDAYS);
const hours = ["09:00:00", "17:00:00"];
moment.updateLocale("en", { workinghours: { 0: null, 1: hours, 2: hours, 3: hours, 4: hours, 5: hours, 6: null }, holidays: HOLIDAYS });

const START = new Date("2024-03-04T14:00:00Z");
const YEAR_FROM = new Date("2024-01-01T00:00:00Z");
const YEAR_TO = new Date("2025-01-01T00:00:00Z");
const H = 3_600_000;

const ops = {
  "add 5 h": {
    pledgekit: () => addBusinessTime(utc, START, 5 * H).getTime(),
    "dayjs-business-time": () => dayjs(START).addBusinessTime(5, "hours").toDate().getTime(),
    "moment-business-time": () => moment(START).addWorkingTime(5, "hours").toDate().getTime(),
  },
  "add 2000 h": {
    pledgekit: () => addBusinessTime(utc, START, 2000 * H).getTime(),
    "dayjs-business-time": () => dayjs(START).addBusinessTime(2000, "hours").toDate().getTime(),
    "moment-business-time": () => moment(START).addWorkingTime(2000, "hours").toDate().getTime(),
  },
  "business time over one year": {
    pledgekit: () => businessTimeBetween(utc, YEAR_FROM, YEAR_TO) / 60_000,
    "dayjs-business-time": () => dayjs(YEAR_FROM).businessMinutesDiff(dayjs(YEAR_TO)),
    "moment-business-time": () => moment(YEAR_TO).workingDiff(moment(YEAR_FROM), "minutes", true),
  },
} as const;

/** Best peer's ops/s divided into pledgekit's, per operation (also used by the docs' figures). */
export const calendarRatios: Record<string, number> = {};

function peers(): void {
  if (new Date(2024, 0, 1).getTimezoneOffset() !== 0) {
    console.log("\n## calendar vs peers: skipped (the peers compute in the local zone; run with TZ=UTC)");
    return;
  }
  for (const [title, fns] of Object.entries(ops)) {
    const answers = Object.entries(fns).map(([name, fn]) => [name, fn()] as const);
    const distinct = new Set(answers.map(([, value]) => value));
    if (distinct.size !== 1) throw new Error(`calendar bench: the libraries disagree on "${title}": ${JSON.stringify(answers)}`);
    const rows: Measurement[] = Object.entries(fns).map(([name, fn]) => measure(name, fn, name === "pledgekit" ? 500 : 300));
    const best = rows.filter((row) => row.name !== "pledgekit").sort((a, b) => b.opsPerSecond - a.opsPerSecond)[0] as Measurement;
    calendarRatios[title] = (rows[0] as Measurement).opsPerSecond / best.opsPerSecond;
    printTable(`calendar: ${title} (UTC Mon–Fri 09–17, 2 holidays; all agree: ${String(answers[0]?.[1])})`, rows, best.name);
  }
}

const SHANGHAI: CalendarInput = {
  timeZone: "Asia/Shanghai",
  week: {
    mon: [
      ["09:00", "12:00"],
      ["13:00", "18:00"],
    ],
    tue: [
      ["09:00", "12:00"],
      ["13:00", "18:00"],
    ],
    wed: [
      ["09:00", "12:00"],
      ["13:00", "18:00"],
    ],
    thu: [
      ["09:00", "12:00"],
      ["13:00", "18:00"],
    ],
    fri: [
      ["09:00", "12:00"],
      ["13:00", "18:00"],
    ],
  },
  holidays: [
    { from: "2024-02-10", to: "2024-02-17", name: "春节" },
    { from: "2024-10-01", to: "2024-10-07", name: "国庆节" },
    { month: 1, day: 1, name: "元旦" },
  ],
  specialDays: {
    "2024-02-04": [["09:00", "18:00"]],
    "2024-02-18": [["09:00", "18:00"]],
    "2024-09-29": [["09:00", "18:00"]],
    "2024-10-12": [["09:00", "18:00"]],
  },
};

function zones(): void {
  for (const input of [{ timeZone: "America/New_York", week, holidays: HOLIDAYS }, SHANGHAI] as CalendarInput[]) {
    const cal = defineCalendar(input);
    const starts = Array.from({ length: 64 }, (_, i) => new Date(START.getTime() + i * 37 * 60_000 * 24));
    let i = 0;
    const next = (): Date => starts[i++ & 63] as Date;
    printTable(`calendar: pledgekit alone, ${input.timeZone}`, [
      measure("add 5 h", () => addBusinessTime(cal, next(), 5 * H)),
      measure("add 2000 h", () => addBusinessTime(cal, next(), 2000 * H)),
      measure("add 10,000 h", () => addBusinessTime(cal, next(), 10_000 * H)),
      measure("business time over one year", () => businessTimeBetween(cal, next(), YEAR_TO)),
      measure("isOpen", () => isOpen(cal, next())),
      measure("nextOpen", () => nextOpen(cal, next())),
      measure("defineCalendar (compile)", () => defineCalendar(input)),
    ]);
  }
}

export function calendarBench(): void {
  peers();
  zones();
  const { ratio, utc: u, newYork } = zoneRatio();
  printTable("calendar: a DST zone against UTC (same rules, same starts, interleaved rounds)", [u, newYork], u.name);
  console.log(`America/New_York add 5 h runs at ${(ratio * 100).toFixed(0)}% of the UTC rate (target ≥ 90%)`);
}
