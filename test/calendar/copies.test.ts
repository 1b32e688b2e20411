// CommonJS builds hold one copy of the calendar code per entry point: a calendar compiled by one
// copy must work with the functions of another (and with the ESM build's).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";

const script = `
  const sub = require("pledgekit/calendar");
  const root = require("pledgekit");
  const cal = sub.defineCalendar({ timeZone: "Asia/Shanghai", week: { mon: [["09:00", "18:00"]] } });
  console.log(JSON.stringify([root.isCalendar(cal), root.addBusinessTime(cal, "2024-06-03T17:00:00+08:00", "PT2H").toISOString(), root.calendarTimeZone(cal)]));
`;

describe("calendars across copies of the library", () => {
  it.skipIf(!existsSync("dist/calendar/index.cjs"))("a calendar from pledgekit/calendar (CommonJS) works with pledgekit's functions", () => {
    const out = execFileSync(process.execPath, ["-e", script], { encoding: "utf8" });
    expect(JSON.parse(out)).toEqual([true, "2024-06-10T02:00:00.000Z", "Asia/Shanghai"]);
  });
});
