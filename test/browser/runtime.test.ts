// pledgekit in a browser: the built ESM package bundled for the browser with esbuild (as an app's
// bundler would; a Node built-in in dist/ fails the bundle), then the same calls run in headless
// Chromium, whose time zone and locale are set far from the calendars', and in Node. The answers
// must be identical. docs/supported.md cites this test for "tested in Chromium".
import { build } from "esbuild";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as pledgekit from "../../src/index.js";
import { newYorkDesk, shanghaiDesk, standardPolicy } from "../fixtures/sla.js";
import { smallInstrumentInput, smallResponses } from "../fixtures/servqual-small.js";
import { launch } from "./browser.js";

const input = { shanghaiDesk, newYorkDesk, standardPolicy, smallInstrumentInput, smallResponses };

// One scenario, as source text, run unchanged in both places: `p` is the package, `input` the fixtures.
const SCENARIO = `(p, input) => {
  const shanghai = p.defineCalendar(input.shanghaiDesk);
  const newYork = p.defineCalendar(input.newYorkDesk);
  const policy = p.defineSlaPolicy(input.standardPolicy);
  const events = [
    { type: "created", at: "2024-06-07T16:00:00+08:00", priority: "high" },
    { type: "agent_reply", at: "2024-06-11T09:30:00+08:00" },
    { type: "customer_reply", at: "2024-06-11T10:00:00+08:00" },
    { type: "status", at: "2024-06-11T11:00:00+08:00", status: "pending_customer" },
  ];
  let error = null;
  try { p.defineCalendar({ timeZone: "Asia/Shanghai", week: { mon: [["09:00", "25:00"]] } }); }
  catch (e) { error = { is: p.isPledgeError(e), code: e.code, zh: p.formatIssue(e.issues[0], "zh-CN") }; }
  return JSON.stringify({
    dueAcrossHoliday: p.addBusinessTime(shanghai, "2024-06-07T17:00:00+08:00", "PT3H").toISOString(),
    yearOfBusinessTime: p.businessTimeBetween(shanghai, "2024-01-01T00:00:00+08:00", "2025-01-01T00:00:00+08:00"),
    acrossSpringForward: p.addBusinessTime(newYork, "2024-03-08T15:00:00-05:00", "PT4H").toISOString(),
    nextOpen: p.nextOpen(newYork, "2024-11-02T12:00:00Z")?.toISOString() ?? null,
    businessDays: p.addBusinessDays(shanghai, "2024-06-07", 1),
    sla: p.evaluateSla(policy, events, "2024-06-11T15:00:00+08:00"),
    servqual: p.scoreServqual(p.defineInstrument(input.smallInstrumentInput), input.smallResponses),
    error,
  });
}`;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("pledgekit in Chromium", () => {
  it("bundles for the browser and gives Node's answers under another time zone and locale", async () => {
    const bundle = await build({
      entryPoints: ["dist/index.js"],
      bundle: true,
      format: "iife",
      globalName: "pledgekit",
      platform: "browser",
      target: "es2022",
      write: false,
      logLevel: "silent",
    });
    const code = bundle.outputFiles[0]?.text ?? "";
    expect(code.length).toBeGreaterThan(10_000);

    const context = await browser.newContext({ timezoneId: "Pacific/Chatham", locale: "de-DE" });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.addScriptTag({ content: code });
    const inBrowser = (await page.evaluate(`(${SCENARIO})(globalThis.pledgekit, ${JSON.stringify(input)})`)) as string;
    const hostZone = await page.evaluate("Intl.DateTimeFormat().resolvedOptions().timeZone");
    await context.close();

    const inNode = (new Function(`return ${SCENARIO}`)() as (p: typeof pledgekit, i: typeof input) => string)(pledgekit, JSON.parse(JSON.stringify(input)));
    expect(hostZone).toBe("Pacific/Chatham");
    expect(errors).toEqual([]);
    const result = JSON.parse(inBrowser) as { dueAcrossHoliday: string; error: { is: boolean; code: string } };
    expect(result.dueAcrossHoliday).toBe("2024-06-11T03:00:00.000Z"); // Fri 17:00 + 1 h, Mon holiday, Tue 09:00 + 2 h = 11:00 Shanghai
    expect(result.error).toMatchObject({ is: true, code: "invalid_calendar" });
    expect(JSON.parse(inBrowser)).toEqual(JSON.parse(inNode));
  });
});
