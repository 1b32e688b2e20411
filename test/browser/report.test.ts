// The demo report and each of its charts (SLA timeline, SERVQUAL radar and gap bars, in en and
// zh-CN) rendered in headless Chromium at 1280 px and 414 px. From the DOM geometry: no text box
// overlaps another or is crossed by a straight line of its chart, and nothing overflows its card (a
// report section, or the chart's own SVG box). A failure names the texts that collide.
// Screenshots are saved under artifacts/browser/ (git-ignored) as artifacts of the run.
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildReport, chartGallery } from "../../examples/report/buildReport.js";
import { ARTIFACTS, HOOK_TIMEOUT, launch } from "./browser.js";

const WIDTHS = [1280, 414] as const;
const MEASURE = resolve("test", "browser", "measure.js");

let browser: Browser;
beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launch();
}, HOOK_TIMEOUT);
afterAll(async () => {
  await browser?.close();
}, HOOK_TIMEOUT);

interface Geometry {
  /** "A" ∩ "B" for every pair of text boxes (in one card) that overlap by more than a pixel each way, and texts crossed by lines. */
  readonly overlaps: string[];
  /** Boxes that stick out of their card. */
  readonly overflows: string[];
  /** The page is wider than the window (a horizontal scrollbar). */
  readonly pageOverflow: string | null;
  readonly texts: number;
}

/** Loads test/browser/measure.js (a plain browser script) and measures the page's cards. */
async function measure(page: Page, cardSelector: string): Promise<Geometry> {
  await page.addScriptTag({ path: MEASURE });
  return (await page.evaluate(`measureGeometry(${JSON.stringify(cardSelector)})`)) as Geometry;
}

async function render(html: string, width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
  await page.setContent(html, { waitUntil: "load" });
  await page.evaluate("document.fonts.ready");
  return page;
}

/** A chart alone, in a card as wide as the window allows, the way the report and docs embed it. */
const chartPage = (svg: string): string =>
  `<!DOCTYPE html><html><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><style>body{margin:8px;font:14px system-ui,sans-serif}.card{max-width:100%}.card svg{display:block;max-width:100%;height:auto}</style></head><body><div class="card">${svg}</div></body></html>`;

/** Renders a page once per (name, width), saves its screenshot and measures it; tests share the result. */
const measured = new Map<string, Promise<Geometry>>();
function geometryOf(name: string, html: string, width: number, cardSelector: string): Promise<Geometry> {
  const key = `${name}-${width}`;
  let result = measured.get(key);
  if (result === undefined) {
    result = (async () => {
      const page = await render(html, width);
      await page.screenshot({ path: join(ARTIFACTS, `${key}.png`), fullPage: true });
      const geometry = await measure(page, cardSelector);
      await page.close();
      return geometry;
    })();
    measured.set(key, result);
  }
  return result;
}

describe("the demo report in Chromium", () => {
  const { html } = buildReport();
  for (const width of WIDTHS) {
    it(`at ${width} px: nothing overflows its section (tables included) and the page has no horizontal scroll`, async () => {
      const geometry = await geometryOf("report", html, width, "section");
      expect(geometry.texts).toBeGreaterThan(100);
      expect({ overflows: geometry.overflows, page: geometry.pageOverflow }).toEqual({ overflows: [], page: null });
    });
    it(`at ${width} px: no text overlaps another or is crossed by a chart line`, async () => {
      const geometry = await geometryOf("report", html, width, "section");
      expect(geometry.overlaps).toEqual([]);
    });
  }

  it("marks each SMART criterion with one of three marks: ✓ passed, ~ warnings only, ✗ an error", async () => {
    const page = await render(html, 1280);
    const row = page.locator("#commitments tbody tr", { has: page.locator("td", { hasText: /^email-reply$/ }) });
    const achievable = row.locator('td[data-label="A"] span');
    expect(await achievable.textContent()).toBe("~");
    expect(await achievable.getAttribute("class")).toBe("warn");
    const marks = new Set(
      await page.locator('#commitments td[data-label="S"] span, #commitments td[data-label="A"] span, #commitments td[data-label="T"] span').allTextContents(),
    );
    await page.close();
    expect([...marks].sort()).toEqual(["~", "✓", "✗"]);
  });
});

describe("each chart in Chromium, alone", () => {
  const charts = chartGallery();
  for (const [file, svg] of Object.entries(charts).filter(([name]) => name.startsWith("sla-timeline"))) {
    it(`${file}: the time axis is labelled at round hours`, () => {
      // Axis labels are the bare "MM-DD HH:MM" texts (due labels carry an arrow and keep their exact time).
      const ticks = [...svg.matchAll(/<text\b[^>]*>(\d\d-\d\d \d\d:\d\d)<\/text>/g)].map((m) => m[1] ?? "");
      expect(ticks.length).toBeGreaterThan(2);
      expect(ticks.filter((tick) => !tick.endsWith(":00"))).toEqual([]);
    });
  }
  for (const [file, svg] of Object.entries(charts)) {
    const name = file.replace(/\.svg$/, "");
    for (const width of WIDTHS) {
      it(`${file} at ${width} px: no text leaves the chart`, async () => {
        const geometry = await geometryOf(name, chartPage(svg), width, ".card");
        expect(geometry.texts).toBeGreaterThan(5);
        expect({ overflows: geometry.overflows, page: geometry.pageOverflow }).toEqual({ overflows: [], page: null });
      });
      it(`${file} at ${width} px: no text overlaps another or is crossed by a chart line`, async () => {
        const geometry = await geometryOf(name, chartPage(svg), width, ".card");
        expect(geometry.overlaps).toEqual([]);
      });
    }
  }
});
