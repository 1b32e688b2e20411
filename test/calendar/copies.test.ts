// Two copies of pledgekit meet (the ESM and CJS builds side by side, a duplicated install): a
// calendar compiled by one copy must work with the functions of the other, adopted by compiling its
// definition, and a forged object carrying the brand must be refused, never crash.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import * as here from "../../src/calendar/index.js";

const input: here.CalendarInput = { timeZone: "Asia/Shanghai", week: { mon: [["09:00", "18:00"]] } };

async function otherCopy(): Promise<typeof here> {
  vi.resetModules(); // a fresh module graph: its own registry, as a second install would have
  const specifier = "../../src/calendar/index.js?copy"; // the query makes Vite load a second instance
  return (await import(/* @vite-ignore */ specifier)) as typeof here;
}

describe("calendars across copies of the library", () => {
  it("a calendar from another copy is recognised and adopted once, with the same answers", async () => {
    const other = await otherCopy();
    const foreign = other.defineCalendar(input);
    expect(here.isCalendar(foreign)).toBe(true);
    expect(here.addBusinessTime(foreign, "2024-06-03T17:00:00+08:00", "PT2H").toISOString()).toBe("2024-06-10T02:00:00.000Z");
    const adopted = here.toCalendar(foreign);
    expect(adopted).not.toBe(foreign);
    expect(here.toCalendar(foreign)).toBe(adopted); // compiled once, then reused
    expect(adopted.definition).toEqual(foreign.definition);
  });

  it("the dist builds (CommonJS beside ESM) share calendars", () => {
    // `npm test` builds dist/ first; run `npm run build` before this file alone.
    expect(existsSync("dist/calendar/index.cjs"), "dist/ is missing: run `npm run build`").toBe(true);
    const script = `
      const sub = require("pledgekit/calendar");
      const root = require("pledgekit");
      const cal = sub.defineCalendar({ timeZone: "Asia/Shanghai", week: { mon: [["09:00", "18:00"]] } });
      console.log(JSON.stringify([root.isCalendar(cal), root.addBusinessTime(cal, "2024-06-03T17:00:00+08:00", "PT2H").toISOString(), root.calendarTimeZone(cal)]));
    `;
    const out = execFileSync(process.execPath, ["-e", script], { encoding: "utf8" });
    expect(JSON.parse(out)).toEqual([true, "2024-06-10T02:00:00.000Z", "Asia/Shanghai"]);
  });
});
