// `npm run bench:servqual-million`: 1,000,000 respondents × 22 items from columns (issue 16 #15).
// Its own process, so peak RSS is this survey's alone. Targets: under 2 s CPU, peak RSS under 400 MB.
// The answers are Uint8Array columns (0 = missing), as a CSV import or the CLI would hold them.
import { scoreServqual, servqualInstrument, type ServqualColumns } from "../src/servqual/index.js";

const ROWS = 1_000_000;
const instrument = servqualInstrument({ version: "1988" });
let state = 20261205;
const next = (): number => {
  state = (Math.imul(state, 1103515245) + 12345) >>> 0;
  return state / 2 ** 32;
};
const column = (missingEvery: number): Uint8Array => {
  const out = new Uint8Array(ROWS);
  for (let r = 0; r < ROWS; r++) out[r] = (r + 1) % missingEvery === 0 ? 0 : 1 + Math.floor(next() * 7);
  return out;
};
const ids = instrument.items.map((item) => item.id);
const keys = ["web", "phone", "store"];
const columns: ServqualColumns = {
  rows: ROWS,
  missing: 0,
  expectations: Object.fromEntries(ids.map((id) => [id, column(37)])),
  perceptions: Object.fromEntries(ids.map((id) => [id, column(101)])),
  segments: Array.from({ length: ROWS }, (_, r) => keys[r % 3] as string),
};

const before = process.cpuUsage();
const start = performance.now();
const report = scoreServqual(instrument, columns);
const wall = performance.now() - start;
const cpu = process.cpuUsage(before);
const rss = process.resourceUsage().maxRSS / 1024;
console.log(`\n## servqual: 1,000,000 respondents × 22 items, columnar input (3 segments)`);
console.log(`  ${wall.toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU (target < 2000 ms)`);
console.log(`  peak RSS ${rss.toFixed(0)} MB for the whole process, input included (target < 400 MB)`);
console.log(`  overall gap ${report.overall.unweighted?.toFixed(4)}, ${report.scored} respondents scored`);
