// `npm run bench:cli`: the `pledgekit sla evaluate` command end to end on a generated NDJSON file of
// 1,000,000 tickets × 10 events (issue 15's figure), with 1 and 2 worker threads. Reports tickets/s,
// CPU seconds and peak RSS of the whole CLI process (worker threads included), measured by
// /usr/bin/time -f on Linux. Each configuration runs --repeat times; the fastest run is reported,
// since on a shared machine the slower runs measure the neighbours. Needs `npm run build` first.
//   --tickets N   (default 1000000)   --workers 1,2   --repeat 2   --keep (keep the generated file)
import { spawnSync } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { benchPolicy } from "./sla.bench.js";

const { values } = parseArgs({
  options: {
    tickets: { type: "string", default: "1000000" },
    workers: { type: "string", default: "1,2" },
    repeat: { type: "string", default: "2" },
    keep: { type: "boolean", default: false },
  },
});
const tickets = Number(values.tickets);
const workerCounts = values.workers.split(",").map(Number);
const repeat = Number(values.repeat);
const cli = join(process.cwd(), "dist", "cli", "index.js");
if (!existsSync(cli)) throw new Error("dist/cli/index.js is missing: run `npm run build` first");

const HOUR = 3_600_000;
const PRIORITIES = ["urgent", "high", "normal", "low"];

/** Deterministic pseudo-random numbers, so every run measures the same tickets. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Writes `count` tickets of 10 events (the shape of bench/sla.bench.ts, ISO instants), one per line. */
async function generate(path: string, count: number): Promise<void> {
  const random = generator(42);
  const out = createWriteStream(path);
  const start = Date.parse("2024-01-02T01:00:00Z");
  const iso = (ms: number): string => new Date(ms).toISOString();
  for (let n = 0; n < count; n++) {
    let at = start + Math.floor(random() * 360 * 24) * HOUR + Math.floor(random() * HOUR);
    const step = (): string => iso((at += Math.floor(random() * 6 * HOUR) + 60_000));
    const events: object[] = [{ type: "created", at: iso(at), priority: PRIORITIES[Math.floor(random() * 4)] }];
    events.push({ type: "agent_reply", at: step() });
    events.push({ type: "customer_reply", at: step() });
    events.push({ type: "status", at: step(), status: "pending_customer" });
    events.push({ type: "customer_reply", at: step() });
    events.push({ type: "status", at: step(), status: "open" });
    events.push(random() < 0.2 ? { type: "priority", at: step(), priority: "high" } : { type: "agent_reply", at: step() });
    events.push({ type: "customer_reply", at: step() });
    events.push({ type: "agent_reply", at: step() });
    events.push({ type: "resolved", at: step() });
    if (!out.write(`${JSON.stringify({ id: `T-${n}`, events })}\n`)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(resolve));
}

const dir = join(tmpdir(), "pledgekit-cli-bench");
mkdirSync(dir, { recursive: true });
const events = join(dir, `tickets-${tickets}.ndjson`);
const policy = join(dir, "policy.json");
writeFileSync(policy, JSON.stringify(benchPolicy));
if (!existsSync(events)) {
  console.log(`generating ${tickets.toLocaleString("en")} tickets into ${events} …`);
  await generate(events, tickets);
}

console.log(`\n## CLI: pledgekit sla evaluate — ${tickets.toLocaleString("en")} tickets × 10 events (node ${process.version})`);
console.log("| workers | tickets/s | wall s | CPU s | peak RSS | speed-up |\n| --- | --- | --- | --- | --- | --- |");
let baseline = 0;
for (const workers of workerCounts) {
  let best: { wall: number; cpu: number; rss: number } | null = null;
  for (let run = 0; run < repeat; run++) {
    const args = [
      "-f",
      "%e %U %S %M",
      process.execPath,
      cli,
      "sla",
      "evaluate",
      "--policy",
      policy,
      "--events",
      events,
      "--now",
      "2024-07-01T04:00:00Z",
      "--workers",
      String(workers),
    ];
    // stdout to /dev/null: the figure is the CLI's own cost, not the disk's.
    const result = spawnSync("/usr/bin/time", args, { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
    if (result.status !== 0) throw new Error(`sla evaluate failed (${result.status}): ${result.stderr}`);
    const [wall, user, sys, rssKb] = (result.stderr.trim().split("\n").pop() ?? "").split(" ").map(Number) as [number, number, number, number];
    const measured = { wall, cpu: user + sys, rss: rssKb / 1024 };
    if (best === null || measured.wall < best.wall) best = measured;
  }
  if (best === null) continue;
  const rate = tickets / best.wall;
  if (baseline === 0) baseline = rate;
  console.log(
    `| ${workers} | ${Math.round(rate).toLocaleString("en")} | ${best.wall.toFixed(1)} | ${best.cpu.toFixed(1)} | ${best.rss.toFixed(0)} MB | ${(rate / baseline).toFixed(2)}× |`,
  );
}
if (!values.keep) rmSync(events);
