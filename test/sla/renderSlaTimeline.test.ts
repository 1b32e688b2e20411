import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { defineSlaPolicy, explainSla, renderSlaTimeline, type TicketEvent } from "../../src/sla/index.js";

const hours: [string, string][] = [["09:00", "18:00"]];
const policy = defineSlaPolicy({
  id: "timeline",
  calendar: { timeZone: "Asia/Shanghai", week: { mon: hours, tue: hours, wed: hours, thu: hours, fri: hours } },
  metrics: [
    { id: "first_response", kind: "first_response", targets: { default: "PT4H" } },
    { id: "resolution", kind: "resolution", targets: { default: "PT16H" }, pauseOn: ["pending_customer"] },
  ],
  warnAt: [0.5],
  escalations: [{ level: 1, at: 1 }],
});
// Friday 16:00 Shanghai: first response due Monday 11:00; the ticket waits on the customer over the weekend.
const events: TicketEvent[] = [
  { type: "created", at: "2024-03-08T16:00:00+08:00", priority: "normal" },
  { type: "agent_reply", at: "2024-03-11T10:00:00+08:00" },
  { type: "status", at: "2024-03-11T10:05:00+08:00", status: "pending_customer" },
  { type: "status", at: "2024-03-12T09:30:00+08:00", status: "open" },
];
const now = "2024-03-12T12:00:00+08:00";

describe("renderSlaTimeline", () => {
  const explanation = explainSla(policy, events, now);
  const svg = renderSlaTimeline(explanation, { timeZone: "Asia/Shanghai", title: "T-1 <timeline> & clocks" });

  it("is a well-formed SVG document with escaped text", () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain("T-1 &lt;timeline&gt; &amp; clocks");
  });

  it("draws one lane per metric cycle, with bars for counted, closed and paused periods", () => {
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "rect" || name === "text" }).parse(svg) as {
      svg: { rect: { "@_fill": string }[]; text: (string | { "#text": string })[] };
    };
    const texts = doc.svg.text.map((t) => (typeof t === "string" ? t : t["#text"]));
    expect(texts).toContain("first_response");
    expect(texts).toContain("resolution");
    const fills = doc.svg.rect.map((r) => r["@_fill"]);
    const periods = explanation.metrics.flatMap((m) => m.cycles.flatMap((c) => c.periods));
    expect(periods.some((p) => p.kind === "paused")).toBe(true);
    expect(periods.some((p) => p.kind === "closed")).toBe(true);
    // one bar per period, plus the background and four legend swatches
    expect(fills.length).toBe(periods.length + 5);
    expect(fills.filter((f) => f === "#f0a202").length).toBe(periods.filter((p) => p.kind === "paused").length + 1); // + legend
  });

  it("labels the axis in the requested zone, not the host's, with a date-fns pattern", () => {
    expect(renderSlaTimeline(explanation, { timeZone: "Asia/Shanghai", pattern: "MM-dd HH:mm xxx" })).toContain("03-09 00:00 +08:00");
    expect(renderSlaTimeline(explanation, { timeZone: "UTC", pattern: "MM-dd HH:mm xxx" })).toContain("03-09 00:00 +00:00");
  });

  it("puts axis ticks at round local hours", () => {
    const short = explainSla(policy, events.slice(0, 1), "2024-03-08T21:10:00+08:00");
    const chart = renderSlaTimeline(short, { timeZone: "Asia/Kolkata" });
    const ticks = [...chart.matchAll(/fill="#52606d">([^<]+)</g)].map((m) => m[1]);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    for (const tick of ticks) expect(tick).toMatch(/^\d\d-\d\d \d\d:00$/);
  });

  it("keeps the '→ due' labels clear of the now line, and draws no due for a met cycle", () => {
    const nextReply = defineSlaPolicy({
      id: "replies",
      calendar: { timeZone: "UTC", week: { mon: hours, tue: hours, wed: hours, thu: hours, fri: hours } },
      metrics: [
        { id: "next_reply", kind: "next_reply", targets: { default: "PT8H" } },
        { id: "resolution", kind: "resolution", targets: { default: "PT40H" } },
      ],
    });
    const log: TicketEvent[] = [
      { type: "created", at: "2024-03-04T09:00:00Z", priority: "normal" },
      { type: "customer_reply", at: "2024-03-04T09:10:00Z" },
      { type: "agent_reply", at: "2024-03-04T09:40:00Z" },
    ];
    const chart = renderSlaTimeline(explainSla(nextReply, log, "2024-03-04T10:00:00Z"), { width: 600 });
    // The met next_reply cycle has no due marker (a red line with a title) and no arrow.
    const lanes = chart.split('text-anchor="end">');
    expect(chart.match(/→ /g)?.length ?? 0).toBe(1);
    expect(lanes.length).toBeGreaterThan(1);
    const nowX = Number(/<line x1="([\d.]+)" y1="\d+" x2="[\d.]+" y2="\d+" stroke="#243b53"/.exec(chart)?.[1]);
    const label = /<text x="([\d.]+)" y="\d+" text-anchor="end" fill="#c62828" font-size="11">([^<]+)</.exec(chart);
    expect(label).not.toBeNull();
    // The label ends at x and is about 7 px per character wide: it starts right of the now line.
    expect(Number(label?.[1]) - (label?.[2]?.length ?? 0) * 7).toBeGreaterThan(nowX);
    expect(chart).not.toMatch(/stroke="#c62828" stroke-width="2"><title>due 2024-03-04T17:10/);
  });

  it("uses Chinese labels with locale zh-CN and can draw chosen metrics only", () => {
    const zh = renderSlaTimeline(explanation, { locale: "zh-CN", metrics: ["resolution"] });
    expect(zh).toContain("暂停");
    expect(zh).not.toContain(">first_response<");
  });

  it("rejects an unknown zone or a tiny width with a PledgeError", () => {
    expect(() => renderSlaTimeline(explanation, { timeZone: "Mars/Olympus" })).toThrowError(expect.objectContaining({ code: "invalid_argument" }));
    expect(() => renderSlaTimeline(explanation, { width: 10 })).toThrowError(/options\.width/);
  });
});
