import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { buildReport } from "../examples/report/buildReport.js";

// The demo's HTML report and its SVG charts must be well-formed XML with the expected content,
// identically on every machine.
describe("the demo report", () => {
  const { html, charts } = buildReport();

  it("is well-formed XML (XHTML syntax)", () => {
    expect(XMLValidator.validate(html)).toBe(true);
  });

  it("has one section per module, each with a heading and content", () => {
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["section", "table", "svg", "figure", "tr", "a"].includes(name) }).parse(html) as {
      html: { body: { main: { section: { "@_id": string; h2: string; table?: unknown[] }[] }; nav: { a: unknown[] } } };
    };
    const sections = doc.html.body.main.section;
    expect(sections.map((s) => s["@_id"])).toEqual(["commitments", "calendar", "sla", "complaint", "remedy", "servqual"]);
    for (const section of sections) expect(section.h2.length).toBeGreaterThan(3);
    expect(doc.html.body.nav.a).toHaveLength(sections.length);
    expect(html).toContain("服务承诺");
  });

  for (const [name, svg] of Object.entries(charts)) {
    it(`${name} is a well-formed SVG document with content`, () => {
      expect(XMLValidator.validate(svg)).toBe(true);
      const doc = new XMLParser({ ignoreAttributes: false }).parse(svg) as { svg: Record<string, unknown> };
      expect(doc.svg["@_xmlns"]).toBe("http://www.w3.org/2000/svg");
      expect(svg).toMatch(/<(path|polygon|rect|line)\b/);
      expect(html).toContain(svg);
    });
  }

  it("is the same on every build (no clock, no randomness)", () => {
    expect(buildReport().html).toBe(html);
  });
});
