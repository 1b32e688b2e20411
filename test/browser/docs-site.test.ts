// The built documentation site (`npm run docs:build`, run by `npm test` before the suites) opened in
// headless Chromium: the home page, a concept page, an API page and the zh-CN home render without
// console errors or failed requests, local search finds a function, and every internal link of every
// page (sidebar and nav included) points at a page and an anchor that exist.
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTIFACTS, fileFor, HOOK_TIMEOUT, launch, serve } from "./browser.js";

const SITE = resolve("docs", ".vitepress", "dist");

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "assets" ? [] : htmlFiles(path);
    return entry.name.endsWith(".html") ? [path] : [];
  });
}

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  if (fileFor(SITE, "/index.html") === null) throw new Error("docs/.vitepress/dist is missing: run `npm run docs:build` (npm test does)");
  mkdirSync(ARTIFACTS, { recursive: true });
  [browser, server] = await Promise.all([launch(), serve(SITE)]);
}, HOOK_TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await server?.close();
}, HOOK_TIMEOUT);

/** Opens a page and returns what went wrong while it loaded: console errors, page errors, failed requests. */
async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("requestfailed", (request) => problems.push(`request failed: ${request.url()}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(`${server.url}${path}`, { waitUntil: "networkidle" });
  return { page, problems };
}

describe("the documentation site in Chromium", () => {
  const pages = [
    { name: "home page", path: "/", heading: ".VPHero .name", text: "pledgekit" },
    { name: "concept page (business calendars)", path: "/concepts/business-calendars.html", heading: "h1", text: "Business calendars" },
    { name: "API page (pledgekit/calendar, generated)", path: "/api/reference/pledgekit/calendar.html", heading: "h1", text: "pledgekit/calendar" },
    { name: "zh-CN home page", path: "/zh-CN/", heading: ".VPHero .text", text: "把服务承诺落到实处" },
    { name: "zh-CN concept page", path: "/zh-CN/concepts/business-calendars.html", heading: "h1", text: "营业日历" },
  ];
  for (const { name, path, heading, text } of pages) {
    it(`renders the ${name} without console errors`, async () => {
      const { page, problems } = await open(path);
      await expect.poll(() => page.locator(heading).first().textContent()).toContain(text);
      await page.screenshot({ path: join(ARTIFACTS, `docs${path.replace(/[^\w]+/g, "_")}.png`) });
      await page.close();
      expect(problems).toEqual([]);
    });
  }

  it("the API page lists the subpath's functions, schemas and types", async () => {
    const { page, problems } = await open("/api/reference/pledgekit/calendar.html");
    const headings = await page.locator("h2").allTextContents();
    expect(headings.map((h) => h.replace(/\u200b|#/g, "").trim())).toEqual(expect.arrayContaining(["Functions", "Schemas", "Interfaces"]));
    expect(await page.locator("h3", { hasText: "defineCalendar()" }).count()).toBe(1);
    await page.close();
    expect(problems).toEqual([]);
  });

  it("local search finds addBusinessTime and opens its page", async () => {
    const { page, problems } = await open("/");
    await page.locator(".DocSearch-Button").click();
    await page.locator("#localsearch-input").fill("addBusinessTime");
    const results = page.locator(".VPLocalSearchBox .results a.result");
    await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, "docs_search.png") });
    const href = await results.first().getAttribute("href");
    await results.first().click();
    await page.waitForLoadState("networkidle");
    expect(page.url()).toContain(String(href).split("#")[0]);
    expect(await page.locator("h1").first().textContent()).not.toBe("");
    await page.close();
    expect(problems).toEqual([]);
  });
});

describe("every internal link of the built site resolves", () => {
  it("points at an existing page and, with a #fragment, at an element with that id", () => {
    const files = htmlFiles(SITE);
    expect(files.length).toBeGreaterThan(30);
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string): Set<string> => {
      let set = ids.get(file);
      if (set === undefined) {
        set = new Set([...readFileSync(file, "utf8").matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ""));
        ids.set(file, set);
      }
      return set;
    };
    const broken: string[] = [];
    let checked = 0;
    for (const file of files) {
      const html = readFileSync(file, "utf8");
      const base = `/${relative(SITE, file).split("\\").join("/")}`;
      for (const [, raw] of html.matchAll(/<a\b[^>]*\shref="([^"]*)"/g)) {
        const href = (raw ?? "").replace(/&amp;/g, "&");
        if (/^(https?:|mailto:|javascript:)/.test(href) || href === "") continue;
        checked += 1;
        const url = new URL(href, `http://site${base}`);
        const target = fileFor(SITE, url.pathname);
        if (target === null) {
          broken.push(`${base}: ${href} (no page)`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment !== "" && !idsOf(target).has(fragment)) broken.push(`${base}: ${href} (no #${fragment} in ${relative(SITE, target)})`);
      }
    }
    expect(checked).toBeGreaterThan(500);
    expect(broken).toEqual([]);
  });
});
