// A tiny benchmark harness: run a function repeatedly for a minimum wall time, report ops/s.
// Benchmarks live here, never in unit tests; `npm run bench` runs them all in one process.

export interface Measurement {
  readonly name: string;
  readonly opsPerSecond: number;
  readonly nsPerOp: number;
  readonly iterations: number;
}

let sink: unknown;
/** Keeps results alive so the engine cannot drop the work being measured. */
export function consume(value: unknown): void {
  sink = value;
}

/** Measures `fn` (one call = one operation) after a warm-up, for at least `minMs` milliseconds. */
export function measure(name: string, fn: () => unknown, minMs = 500): Measurement {
  const warmUpEnd = performance.now() + Math.min(200, minMs / 2);
  while (performance.now() < warmUpEnd) consume(fn());
  let iterations = 0;
  let batch = 1;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (let i = 0; i < batch; i++) consume(fn());
    iterations += batch;
    batch = Math.min(batch * 2, 1 << 16);
    elapsed = performance.now() - start;
  }
  const nsPerOp = (elapsed * 1e6) / iterations;
  return { name, opsPerSecond: 1e9 / nsPerOp, nsPerOp, iterations };
}

const fmt = (n: number): string => (n >= 1e6 ? `${(n / 1e6).toFixed(2)} M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)} k` : n.toFixed(1));

/** Prints measurements as a table, with each one's speed as a ratio to the slowest peer given. */
export function printTable(title: string, rows: readonly Measurement[], baseline?: string): void {
  console.log(`\n## ${title}`);
  const base = rows.find((row) => row.name === baseline);
  for (const row of rows) {
    const times = base === undefined ? 0 : row.opsPerSecond / base.opsPerSecond;
    const ratio = base !== undefined && row !== base ? `  ${times >= 10 ? times.toFixed(0) : times.toFixed(2)}× ${base.name}` : "";
    console.log(`  ${row.name.padEnd(44)} ${fmt(row.opsPerSecond).padStart(10)} ops/s  ${row.nsPerOp.toFixed(0).padStart(10)} ns/op${ratio}`);
  }
}

consume(sink);
