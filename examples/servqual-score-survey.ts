// Scores the bundled SERVQUAL survey (examples/data/servqual-survey.csv), prints the gap table and
// the priorities, and writes radar and gap charts (English and Chinese) to output/servqual/.
// Run: npx tsx examples/servqual-score-survey.ts
// In your own project, import from "pledgekit/servqual" instead of the source folder.
import { mkdirSync, writeFileSync } from "node:fs";
import { renderServqualChart, scoreServqual, servqualInstrument } from "../src/servqual/index.js";
import { readServqualCsv } from "./lib/servqualCsv.js";

const responses = readServqualCsv(new URL("./data/servqual-survey.csv", import.meta.url));
const instrument = servqualInstrument({ version: "1991", locale: "en" });
// Lenient: a stray out-of-scale answer is skipped and listed instead of stopping the run.
const report = scoreServqual(instrument, responses, { mode: "lenient" });

const f = (x: number | null): string => (x === null ? "   –" : x.toFixed(2).padStart(5));
console.log(`${report.respondents} respondents, ${report.scored} scored, ${report.issues.length} answers skipped`);
console.log("dimension        E     P     gap   95% CI            α(E)  α(P)");
for (const d of report.dimensions) {
  const ci = d.ci95 === null ? "–" : `[${f(d.ci95.lower)}, ${f(d.ci95.upper)}]`;
  console.log(`${d.label.padEnd(15)} ${f(d.expectation)} ${f(d.perception)} ${f(d.gap)}  ${ci.padEnd(16)} ${f(d.alphaE)} ${f(d.alphaP)}`);
}
console.log(`overall: unweighted ${f(report.overall.unweighted)}, item mean ${f(report.overall.itemMean)}, weighted ${f(report.overall.weighted)}`);
console.log(`importance from ${report.overall.importance.respondents} respondents; ${report.overall.importance.filledWithMean} used the sample mean`);
console.log(
  "fix first:",
  report.priorities
    .filter((p) => p.shortfall)
    .map((p) => `${p.rank}. ${p.label} (${f(p.weightedGap)})`)
    .join("  "),
);
for (const segment of report.segments) {
  console.log(`  ${segment.key.padEnd(6)} n=${segment.report.respondents}  unweighted gap ${f(segment.report.overall.unweighted)}`);
}

const outDir = new URL("../output/servqual/", import.meta.url);
mkdirSync(outDir, { recursive: true });
const charts = {
  "radar.svg": renderServqualChart(report, { kind: "radar" }),
  "gaps.svg": renderServqualChart(report, { kind: "gaps" }),
  "radar.zh-CN.svg": renderServqualChart(report, { kind: "radar", locale: "zh-CN" }),
  "gaps.zh-CN.svg": renderServqualChart(report, { kind: "gaps", locale: "zh-CN" }),
};
for (const [name, svg] of Object.entries(charts)) writeFileSync(new URL(name, outDir), svg);
console.log(`charts written to ${outDir.pathname}`);
