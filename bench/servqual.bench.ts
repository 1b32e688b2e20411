// SERVQUAL scoring throughput: the target is 100,000 respondents × 22 items in under 1 s.
import { scoreServqual, servqualInstrument, type ServqualResponse } from "../src/servqual/index.js";
import { consume, measure, printTable } from "./harness.js";

const DIMENSIONS = ["tangibles", "reliability", "responsiveness", "assurance", "empathy"] as const;

/** A deterministic synthetic survey (no Math.random: the same data on every run). */
export function syntheticSurvey(respondents: number, options: { missingEvery?: number; threeColumn?: boolean } = {}): ServqualResponse[] {
  let state = 20261125;
  const next = (): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
  const answer = (): number => 1 + Math.floor(next() * 7);
  const out: ServqualResponse[] = [];
  for (let r = 0; r < respondents; r++) {
    const expectations: Record<string, number | null> = {};
    const perceptions: Record<string, number | null> = {};
    const adequate: Record<string, number> = {};
    const desired: Record<string, number> = {};
    for (let q = 1; q <= 22; q++) {
      const id = `q${q}`;
      const missing = options.missingEvery !== undefined && (r * 22 + q) % options.missingEvery === 0;
      expectations[id] = missing ? null : answer();
      perceptions[id] = answer();
      if (options.threeColumn === true) {
        const low = 1 + Math.floor(next() * 4);
        adequate[id] = low;
        desired[id] = low + Math.floor(next() * (8 - low));
      }
    }
    const points = DIMENSIONS.map(() => 1 + Math.floor(next() * 40));
    // Copied into fresh objects: shaped like JSON.parse output (V8 keeps objects built key by key
    // in slower dictionary mode; real surveys arrive as JSON from an API or a database).
    out.push({
      id: r,
      segment: ["web", "phone", "store"][r % 3] as string,
      expectations: Object.fromEntries(Object.entries(expectations)),
      perceptions: Object.fromEntries(Object.entries(perceptions)),
      ...(options.threeColumn === true ? { adequate: Object.fromEntries(Object.entries(adequate)), desired: Object.fromEntries(Object.entries(desired)) } : {}),
      ...(r % 4 === 0 ? {} : { importance: Object.fromEntries(DIMENSIONS.map((d, i) => [d, points[i] as number])) }),
    });
  }
  return out;
}

export function servqualBench(): void {
  const instrument = servqualInstrument({ version: "1988" });
  const big = syntheticSurvey(100_000, { missingEvery: 37 });
  const plain = big.map(({ segment: _segment, ...response }) => response);
  const zone = syntheticSurvey(100_000, { threeColumn: true });
  const small = syntheticSurvey(300);
  const rows = [
    measure("scoreServqual 100k × 22", () => scoreServqual(instrument, plain), 3000),
    measure("scoreServqual 100k × 22 + 3 segments", () => scoreServqual(instrument, big), 3000),
    measure("scoreServqual 100k × 22, three-column", () => scoreServqual(instrument, zone), 3000),
    measure("scoreServqual 300 × 22", () => scoreServqual(instrument, small)),
  ];
  printTable("servqual", rows);
  // Wall time depends on what else the machine runs; CPU time of this process is steadier.
  const runs = 3;
  const before = process.cpuUsage();
  for (let i = 0; i < runs; i++) consume(scoreServqual(instrument, plain));
  const cpu = process.cpuUsage(before);
  const wall = (rows[0] as (typeof rows)[number]).nsPerOp / 1e6;
  console.log(
    `  100,000 respondents × 22 items: ${wall.toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000 / runs).toFixed(0)} ms CPU per survey (target < 1000 ms)`,
  );
  consume(rows);
  // The same survey as columns (what readServqualTable and the CLI produce), read in place.
  const ids = instrument.items.map((item) => item.id);
  const toColumns = (side: "expectations" | "perceptions") =>
    Object.fromEntries(ids.map((id) => [id, Float64Array.from(plain, (r) => (r[side][id] ?? Number.NaN) as number)]));
  const columns = { rows: plain.length, expectations: toColumns("expectations"), perceptions: toColumns("perceptions") };
  const columnar = measure("scoreServqual 100k × 22, columns", () => scoreServqual(instrument, columns), 3000);
  printTable("servqual, columnar input", [columnar]);
  console.log("  1,000,000 respondents: npm run bench:servqual-million (its own process, for peak RSS)");
}
