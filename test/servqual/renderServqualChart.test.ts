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

// Text boxes estimated from the SVG (Latin glyphs ~0.6 em wide, CJK and Hangul 1 em, ascent 0.8 em):
// enough to see two labels drawn over each other, as the radar's top tick and top label once were.
interface Box {
  readonly text: string;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

function textBoxes(svg: string): Box[] {
  const boxes: Box[] = [];
  for (const m of svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)) {
    const attrs = Object.fromEntries([...(m[1] as string).matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]]));
    const size = Number(attrs["font-size"] ?? 12);
    const text = (m[2] as string).replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">");
    let width = 0;
    for (const char of text) width += /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(char) ? size : size * 0.6;
    const x = Number(attrs.x);
    const y = Number(attrs.y);
    const anchor = attrs["text-anchor"] ?? "start";
    const left = anchor === "middle" ? x - width / 2 : anchor === "end" ? x - width : x;
    boxes.push({ text, left, right: left + width, top: y - size * 0.8, bottom: y + size * 0.2 });
  }
  return boxes;
}

function collisions(svg: string): string[] {
  const boxes = textBoxes(svg);
  const out: string[] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) {
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) out.push(`${a.text} × ${b.text}`);
    }
  });
  return out;
}

describe("radar layout", () => {
  const standard = servqualInstrument();
  const answers = (value: number) => Object.fromEntries(standard.items.map((item) => [item.id, value]));
  const report = scoreServqual(standard, [
    { expectations: answers(7), perceptions: answers(6) },
    { expectations: answers(6), perceptions: answers(6) },
  ]);
  const korean = {
    words: { expectation: "기대 (E)", perception: "인식 (P)", radarTitle: "SERVQUAL: 기대와 인식", gap: "격차 (P − E)", gapsTitle: "SERVQUAL 차원별 격차" },
    labels: { tangibles: "유형성", reliability: "신뢰성", responsiveness: "대응성", assurance: "확신성", empathy: "공감성" },
  };

  it("no text meets another on the standard radar, in en, zh-CN and with a caller's Korean words", () => {
    for (const options of [{}, { locale: "zh-CN" as const }, korean, { width: 420, height: 400 }]) {
      expect(collisions(renderServqualChart(report, options))).toEqual([]);
    }
  });

  it("the top scale tick stays clear of the top dimension's figures", () => {
    const boxes = textBoxes(renderServqualChart(report));
    const tick = boxes.find((box) => box.text === "7") as Box;
    const figures = boxes.find((box) => box.text.startsWith("E 6.50")) as Box;
    expect(figures.bottom).toBeLessThanOrEqual(tick.top);
  });

  it("prints the caller's words and number format", () => {
    const svg = renderServqualChart(report, {
      ...korean,
      decimalSeparator: ",",
      minusSign: "−",
      words: { ...korean.words, expectationShort: "기대", perceptionShort: "인식" },
    });
    expect(svg).toContain("기대 (E)");
    expect(svg).toContain("유형성");
    expect(svg).toContain("기대 6,50 · 인식 6,00");
    expect(renderServqualChart(report, { kind: "gaps", decimalSeparator: ",", minusSign: "−" })).toContain("−0,50");
  });
});
