import { describe, expect, it } from "vitest";
import { isPledgeError } from "../../src/index.js";
import { defineInstrument, renderServqualChart, scoreServqual, servqualInstrument } from "../../src/servqual/index.js";
import { smallInstrumentInput, smallResponses } from "../fixtures/servqual-small.js";

/**
 * A strict XML well-formedness check, enough for the SVG we write: balanced tags, quoted attributes
 * without raw < or &, no raw < or stray & in text, a single root.
 */
function checkXml(xml: string): void {
  const stack: string[] = [];
  let roots = 0;
  const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  let match: RegExpExecArray | null;
  let end = 0;
  while ((match = token.exec(xml)) !== null) {
    end = token.lastIndex;
    const [, closing, name, attributes, selfClosing, text, stray] = match;
    if (stray !== undefined) throw new Error(`malformed markup at ${match.index}: ${xml.slice(match.index, match.index + 40)}`);
    const checkEntities = (s: string): void => {
      const bad = s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);/g, "").indexOf("&");
      if (bad !== -1) throw new Error(`raw & in ${JSON.stringify(s)}`);
    };
    if (text !== undefined) {
      if (stack.length === 0 && text.trim() !== "") throw new Error("text outside the root");
      checkEntities(text);
      continue;
    }
    checkEntities(attributes ?? "");
    if (closing === "/") {
      if (stack.pop() !== name) throw new Error(`mismatched </${name}>`);
    } else {
      if (stack.length === 0) roots += 1;
      if (selfClosing !== "/") stack.push(name as string);
    }
  }
  if (end !== xml.length || stack.length > 0 || roots !== 1) throw new Error(`unbalanced document (open: ${stack.join(",")})`);
}

describe("renderServqualChart", () => {
  const report = scoreServqual(defineInstrument(smallInstrumentInput), smallResponses);

  it("draws a radar of E vs P per dimension as well-formed SVG", () => {
    const svg = renderServqualChart(report);
    checkXml(svg);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain("SERVQUAL: expectations vs perceptions");
    expect(svg).toContain("Access");
    expect(svg).toContain("E 4.50 · P 3.50");
    expect(svg.match(/<polygon/g)!.length).toBe(4 + 2); // 4 rings on a 1–5 scale + E and P
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
  });

  it("draws gap bars with 95% intervals, negative bars in red", () => {
    const svg = renderServqualChart(report, { kind: "gaps", decimals: 3 });
    checkXml(svg);
    expect(svg).toContain("-1.000");
    expect(svg).toContain("-0.222");
    expect(svg).toContain('fill="#dc2626"');
    expect(svg).toContain("Gap (P − E)");
  });

  it("labels in Chinese with locale zh-CN, falling back to the report's label", () => {
    const svg = renderServqualChart(report, { locale: "zh-CN" });
    checkXml(svg);
    expect(svg).toContain("SERVQUAL：期望与感知");
    expect(svg).toContain("可达性");
    expect(svg).toContain("期望（E）");
    const builtIn = scoreServqual(servqualInstrument(), [{ expectations: { q1: 6 }, perceptions: { q1: 5 } }]);
    const gaps = renderServqualChart(builtIn, { kind: "gaps", locale: "zh-CN" });
    checkXml(gaps);
    for (const label of ["有形性", "可靠性", "响应性", "保证性", "移情性"]) expect(gaps).toContain(label);
  });

  it("escapes every text: titles and labels with markup characters stay text", () => {
    const svg = renderServqualChart(report, { title: `<script>alert("x")</script> & "co"`, labels: { a: "R&D <team>", b: "O'Brien" } });
    checkXml(svg);
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;co&quot;");
    expect(svg).toContain("R&amp;D &lt;team&gt;");
    expect(svg).toContain("O&apos;Brien");
  });

  it("draws a segment's report, and reports with missing figures, without NaN", () => {
    const segment = report.segments[0]!.report;
    checkXml(renderServqualChart(segment, { kind: "gaps" }));
    const empty = scoreServqual(defineInstrument(smallInstrumentInput), []);
    for (const kind of ["radar", "gaps"] as const) {
      const svg = renderServqualChart(empty, { kind });
      checkXml(svg);
      expect(svg).not.toMatch(/NaN|undefined|Infinity/);
    }
  });

  it("is deterministic and sized by the options", () => {
    expect(renderServqualChart(report, { kind: "gaps" })).toBe(renderServqualChart(JSON.parse(JSON.stringify(report)), { kind: "gaps" }));
    expect(renderServqualChart(report, { width: 800, height: 600 })).toContain('viewBox="0 0 800 600"');
  });

  it("rejects bad options and non-reports with invalid_argument", () => {
    for (const call of [() => renderServqualChart(report, { kind: "pie" } as never), () => renderServqualChart({} as never)]) {
      try {
        call();
        expect.unreachable();
      } catch (error) {
        expect(isPledgeError(error) && error.code).toBe("invalid_argument");
      }
    }
  });
});
