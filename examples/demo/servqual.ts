// Demo section: score the bundled SERVQUAL survey and show what a service-quality team would read.
import { renderServqualChart, scoreServqual, servqualInstrument } from "../../src/servqual/index.js";
import { readServqualCsv } from "../lib/servqualCsv.js";

const f = (x: number | null): string => (x === null ? "–" : (x >= 0 ? "+" : "") + x.toFixed(2));

export const servqualDemo = {
  title: "SERVQUAL survey — 服务质量差距 (60 customers, 3 channels)",
  run(): void {
    const responses = readServqualCsv(new URL("../data/servqual-survey.csv", import.meta.url));
    const instrument = servqualInstrument({ version: "1991", locale: "zh-CN" });
    const report = scoreServqual(instrument, responses, { mode: "lenient" });
    console.log(`${report.respondents} respondents scored on the 1991 22-item scale (P − E, 7 points).`);
    for (const d of report.dimensions) {
      const en = d.labels.en.padEnd(15);
      const ci = d.ci95 === null ? "" : `95% CI [${f(d.ci95.lower)}, ${f(d.ci95.upper)}]`;
      console.log(`  ${en}${d.label}  E ${d.expectation?.toFixed(2)}  P ${d.perception?.toFixed(2)}  gap ${f(d.gap)}  ${ci}  α(P) ${d.alphaP?.toFixed(2)}`);
    }
    const { unweighted, itemMean, weighted, importance } = report.overall;
    console.log(`  overall gap: unweighted ${f(unweighted)} · item mean ${f(itemMean)} · importance-weighted ${f(weighted)}`);
    console.log(`  (${importance.filledWithMean} respondents without importance points used the sample's mean weights)`);
    const fix = report.priorities.filter((p) => p.shortfall).slice(0, 2);
    console.log(`  fix first 优先改进: ${fix.map((p) => `${p.label} (importance ${(p.importance * 100).toFixed(0)}%, gap ${f(p.gap)})`).join(", ")}`);
    const worst = [...report.segments].sort((a, b) => (a.report.overall.unweighted ?? 0) - (b.report.overall.unweighted ?? 0))[0];
    if (worst !== undefined) console.log(`  weakest channel: ${worst.key} (gap ${f(worst.report.overall.unweighted)})`);
    const svg = renderServqualChart(report, { kind: "gaps", locale: "zh-CN" });
    console.log(`  chart: renderServqualChart(report, { kind: "gaps", locale: "zh-CN" }) → ${svg.length} characters of SVG`);
  },
};
