// Reads a wide survey export (id, channel, E1…E22, P1…P22, imp_<dimension>) straight into columns
// with readServqualTable, scores it, and draws the radar with a caller's own words: here Korean, for
// a survey team in Seoul. Run: npx tsx examples/servqual-wide-table.ts
// In your own project, import from "pledgekit/servqual" instead of the source folder.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { readServqualTable, renderServqualChart, scoreServqual, servqualInstrument } from "../src/servqual/index.js";

// The export has "#" comment lines at the top; everything else goes to the helper as it is.
const csv = readFileSync(new URL("./data/servqual-survey.csv", import.meta.url), "utf8")
  .split(/\r?\n/)
  .filter((line) => !line.startsWith("#"))
  .join("\r\n");
const instrument = servqualInstrument({ version: "1991" });
const columns = readServqualTable(instrument, csv, { expectations: "E{n}", perceptions: "P{n}", importance: "imp_{id}", id: "id", segment: "channel" });
const report = scoreServqual(instrument, columns, { mode: "lenient" });

console.log(`${columns.rows} respondents read into ${Object.keys(columns.perceptions).length} perception columns`);
for (const dimension of report.dimensions) {
  const alpha = (x: number | null) => (x === null ? "–" : x.toFixed(2));
  console.log(
    `${dimension.id.padEnd(15)} gap ${dimension.gap?.toFixed(2)}  α(E) ${alpha(dimension.alphaE)}  α(P) ${alpha(dimension.alphaP)}  α(P − E) ${alpha(dimension.alphaGap)}`,
  );
}
console.log("q7 by id:", report.itemsById.q7?.gap?.toFixed(2));

const svg = renderServqualChart(report, {
  title: "SERVQUAL: 기대와 인식",
  words: { expectation: "기대 (E)", perception: "인식 (P)", expectationShort: "기대", perceptionShort: "인식" },
  labels: { tangibles: "유형성", reliability: "신뢰성", responsiveness: "대응성", assurance: "확신성", empathy: "공감성" },
  decimals: 2,
});
const outDir = new URL("../output/servqual/", import.meta.url);
mkdirSync(outDir, { recursive: true });
writeFileSync(new URL("radar-ko.svg", outDir), svg);
console.log("wrote output/servqual/radar-ko.svg");
