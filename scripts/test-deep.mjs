#!/usr/bin/env node
// `npm run test:deep [seed]`: every differential and fuzz suite with many more cases than `npm test`
// (each suite reads PLEDGEKIT_DEEP and picks its deep run count), reproducible from the seed
// (FC_SEED, default 20261125). Prints the seed and the wall time, so a disagreement can be replayed.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const seed = process.argv[2] ?? process.env.FC_SEED ?? "20261125";
if (!/^-?\d+$/.test(seed)) {
  console.error(`test:deep: the seed must be an integer, got ${JSON.stringify(seed)}`);
  process.exit(2);
}

// The suites that read PLEDGEKIT_DEEP: found by content, so a new one is never forgotten.
function suites(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...suites(path));
    else if (/\.test\.ts$/.test(name) && readFileSync(path, "utf8").includes("PLEDGEKIT_DEEP")) out.push(path);
  }
  return out;
}
const files = suites("test").sort();
console.log(`test:deep: seed ${seed}, ${files.length} suites:\n  ${files.join("\n  ")}`);
const started = Date.now();
const result = spawnSync(join("node_modules", ".bin", "vitest"), ["run", ...files, "--testTimeout=0"], {
  stdio: "inherit",
  env: { ...process.env, FC_SEED: seed, PLEDGEKIT_DEEP: "1" },
});
const seconds = ((Date.now() - started) / 1000).toFixed(0);
console.log(`test:deep: seed ${seed}, ${seconds} s, exit ${result.status}`);
process.exit(result.status ?? 1);
