// End-to-end throughput of the worker: `npm run bench:worker [tickets]` (default 10,000 tickets of
// ~10 events, all due at once). Each run loads the tickets, then times workers draining them: lock
// due rows, load events, evaluate, write reports, wake-ups and outbox rows, commit. PostgreSQL
// (a throwaway cluster): each worker is a process of its own with one connection, as separate
// machines would be. PGlite: async workers sharing the one embedded connection, in this process.
import { fork, type ChildProcess } from "node:child_process";
import { loadavg } from "node:os";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { CalendarInput } from "pledgekit/calendar";
import type { SlaPolicyInput, TicketEvent } from "pledgekit/sla";
import { manualClock } from "./clock.js";
import { applySchema, type Database } from "./db.js";
import { openPglite } from "./pglite.js";
import { publishPolicy } from "./policies.js";
import { openPostgres } from "./postgres.js";
import { startThrowawayPostgres } from "./throwawayPostgres.js";
import { drainDueTickets } from "./worker.js";

const START = Date.parse("2024-09-23T09:00:00+08:00");
const NOW = new Date(START + 3 * 86_400_000);
const BATCH = 200;

interface Peak {
  rss: number;
  heap: number;
}

function watchMemory(): { peak: Peak; stop(): void } {
  const peak = { rss: 0, heap: 0 };
  const sample = (): void => {
    const usage = process.memoryUsage();
    peak.rss = Math.max(peak.rss, usage.rss);
    peak.heap = Math.max(peak.heap, usage.heapUsed);
  };
  sample();
  const timer = setInterval(sample, 20);
  return {
    peak,
    stop: () => {
      clearInterval(timer);
      return sample();
    },
  };
}

// A deterministic ticket: created, then ~9 replies, status changes and a resolution for some.
function ticketEvents(n: number): TicketEvent[] {
  let state = (n * 2_654_435_761) >>> 0;
  const next = (): number => (state = (state * 1_103_515_245 + 12_345) >>> 0) / 2 ** 32;
  let at = START + Math.floor(next() * 2 * 86_400_000);
  const events: TicketEvent[] = [{ type: "created", at: new Date(at).toISOString(), priority: ["urgent", "high", "normal", "low"][n % 4]! }];
  for (let i = 0; i < 9; i++) {
    at += 60_000 + Math.floor(next() * 3 * 3_600_000);
    const r = next();
    const event: TicketEvent =
      r < 0.4
        ? { type: "customer_reply", at: new Date(at).toISOString() }
        : r < 0.8
          ? { type: "agent_reply", at: new Date(at).toISOString() }
          : r < 0.95
            ? { type: "status", at: new Date(at).toISOString(), status: r < 0.9 ? "pending_customer" : "open" }
            : { type: "resolved", at: new Date(at).toISOString() };
    events.push(event);
  }
  return events;
}

async function load(db: Database, tickets: number): Promise<void> {
  await db.query("truncate sla_outbox, sla_reports, ticket_events, tickets, sla_policies restart identity");
  const data = (name: string): unknown => JSON.parse(readFileSync(new URL(`../data/${name}`, import.meta.url), "utf8"));
  await publishPolicy(db, { ...(data("sla-policy.json") as SlaPolicyInput), calendar: data("calendar-shanghai-2024.json") as CalendarInput }, NOW);
  for (let from = 0; from < tickets; from += 1000) {
    const ids = Array.from({ length: Math.min(1000, tickets - from) }, (_, i) => from + i);
    const events = ids.flatMap((n) => ticketEvents(n).map((event, seq) => ({ ticket_id: `T-${n}`, seq: seq + 1, at: event.at, event })));
    await db.query("insert into tickets (id, event_count) select x.id, 10 from jsonb_to_recordset($1::jsonb) as x (id text)", [
      JSON.stringify(ids.map((n) => ({ id: `T-${n}` }))),
    ]);
    await db.query("insert into ticket_events select * from jsonb_to_recordset($1::jsonb) as e (ticket_id text, seq integer, at timestamptz, event jsonb)", [
      JSON.stringify(events),
    ]);
    await db.query(
      "insert into sla_reports (ticket_id, policy_version, evaluated_at, next_check_at, open, report) select x.id, 1, $2, $2, true, '{}'::json from jsonb_to_recordset($1::jsonb) as x (id text)",
      [JSON.stringify(ids.map((n) => ({ id: `T-${n}` }))), new Date(START).toISOString()],
    );
  }
}

async function benchPglite(tickets: number): Promise<void> {
  const db = await openPglite();
  await applySchema(db);
  for (const workers of [1, 2, 4]) {
    await load(db, tickets);
    const memory = watchMemory();
    const clock = manualClock(NOW);
    const started = performance.now();
    const runs = await Promise.all(Array.from({ length: workers }, () => drainDueTickets(db, { clock, batchSize: BATCH })));
    const seconds = (performance.now() - started) / 1000;
    memory.stop();
    const done = runs.reduce((sum, run) => sum + run.tickets, 0);
    report("PGlite", workers, done, seconds, memory.peak);
  }
  await db.close();
}

async function benchPostgres(tickets: number): Promise<void> {
  const server = await startThrowawayPostgres();
  try {
    const db = openPostgres(server.url);
    await applySchema(db);
    for (const workers of [1, 2, 4]) {
      await load(db, tickets);
      await db.query("vacuum analyze");
      // Start the worker processes, wait until each is connected, then time from "go" to the last done.
      const children = Array.from({ length: workers }, () =>
        fork(fileURLToPath(import.meta.url), [], { execArgv: ["--import", "tsx"], env: { ...process.env, SLA_WORKER_BENCH_URL: server.url } }),
      );
      const message = <T>(child: ChildProcess): Promise<T> =>
        new Promise<T>((resolve, reject) => {
          child.once("message", (m) => resolve(m as T));
          child.once("error", reject);
        });
      await Promise.all(children.map((child) => message<"ready">(child)));
      const started = performance.now();
      const pending = children.map((child) => message<{ tickets: number; rss: number; heap: number }>(child));
      for (const child of children) child.send("go");
      const results = await Promise.all(pending);
      const seconds = (performance.now() - started) / 1000;
      const done = results.reduce((sum, r) => sum + r.tickets, 0);
      report(`PostgreSQL ${server.version}`, workers, done, seconds, {
        rss: Math.max(...results.map((r) => r.rss)),
        heap: Math.max(...results.map((r) => r.heap)),
      });
    }
    await db.close();
  } finally {
    server.stop();
  }
}

function report(database: string, workers: number, tickets: number, seconds: number, peak: Peak): void {
  const mb = (bytes: number): string => `${Math.round(bytes / 1_048_576)} MB`;
  console.log(
    `${database.padEnd(14)} ${String(workers).padStart(2)} worker(s): ${tickets} tickets in ${seconds.toFixed(1)} s = ${Math.round(tickets / seconds).toLocaleString("en")} tickets/s; peak RSS ${mb(peak.rss)}, peak JS heap ${mb(peak.heap)}`,
  );
}

const workerUrl = process.env.SLA_WORKER_BENCH_URL;
if (workerUrl === undefined) {
  const tickets = Number(process.argv[2] ?? 10_000);
  console.log(`SLA worker, ${tickets} due tickets of 10 events, batches of ${BATCH}, cn-support policy on the Shanghai calendar`);
  console.log("peak RSS: PGlite = the whole process with the embedded database; PostgreSQL = the largest worker process");
  await benchPglite(tickets);
  await benchPostgres(tickets);
  console.log(
    `load average at the end: ${loadavg()
      .map((x) => x.toFixed(1))
      .join(", ")} on this machine's cores`,
  );
} else {
  // A worker process: its own pool of one connection; reports its count and peak memory, then exits.
  const db = openPostgres(workerUrl, { max: 1 });
  await db.query("select 1");
  await new Promise<void>((resolve) => {
    process.once("message", () => resolve());
    process.send?.("ready");
  });
  const memory = watchMemory();
  const run = await drainDueTickets(db, { clock: manualClock(NOW), batchSize: BATCH });
  memory.stop();
  await db.close();
  process.send?.({ tickets: run.tickets, rss: memory.peak.rss, heap: memory.peak.heap });
  process.disconnect?.();
}
