// Demo section: the reference SLA worker (examples/sla-worker) on PGlite over the bundled day of
// tickets. Events arrive at their instants; two workers wake every 15 minutes of simulated time and
// record each warning, breach and escalation once in the outbox, which the report then shows.
import { readFileSync } from "node:fs";
import type { CalendarInput } from "pledgekit/calendar";
import type { SlaPolicyInput, TicketEvent } from "pledgekit/sla";
import { manualClock } from "../sla-worker/clock.js";
import { applySchema } from "../sla-worker/db.js";
import { ingestEvent } from "../sla-worker/ingest.js";
import { drainOutbox, type OutboxRow } from "../sla-worker/outbox.js";
import { openPglite } from "../sla-worker/pglite.js";
import { policyCache, publishPolicy } from "../sla-worker/policies.js";
import { drainDueTickets } from "../sla-worker/worker.js";

const readJson = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../data/${name}`, import.meta.url), "utf8")) as T;
const TICK = 15 * 60_000;

interface TicketDay {
  readonly day: string;
  readonly now: string;
  readonly tickets: readonly { readonly id: string; readonly events: readonly TicketEvent[] }[];
}

export interface WorkerDay {
  readonly day: string;
  readonly until: string;
  readonly tickets: number;
  readonly events: number;
  readonly workerEvaluations: number;
  /** Every outbox row, in the order the workers recorded them. */
  readonly outbox: readonly OutboxRow[];
}

// Shanghai wall time of an instant, "MM-DD HH:MM".
const local = (at: Date): string => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(5, 16).replace("T", " ");

async function runDay(): Promise<WorkerDay> {
  const day = readJson<TicketDay>("sla-tickets.json");
  const db = await openPglite();
  try {
    await applySchema(db);
    const arrivals = day.tickets.flatMap((ticket) => ticket.events.map((event) => ({ id: ticket.id, event, at: new Date(event.at).getTime() })));
    arrivals.sort((a, b) => a.at - b.at);
    const start = Math.floor(arrivals[0]!.at / TICK) * TICK;
    const until = Date.parse(day.now);
    const clock = manualClock(start);
    const policies = policyCache();
    await publishPolicy(db, { ...readJson<SlaPolicyInput>("sla-policy.json"), calendar: readJson<CalendarInput>("calendar-shanghai-2024.json") }, clock.now());
    let next = 0;
    let workerEvaluations = 0;
    // Every 15 minutes, and last at the day's reporting instant.
    for (let now = start; ; now = Math.min(now + TICK, until)) {
      clock.set(now);
      while (next < arrivals.length && arrivals[next]!.at <= now) {
        const arrival = arrivals[next++]!;
        await ingestEvent(db, arrival.id, arrival.event, { clock, policies });
      }
      const runs = await Promise.all([0, 1].map(() => drainDueTickets(db, { clock, policies, batchSize: 4 })));
      workerEvaluations += runs.reduce((sum, run) => sum + run.tickets, 0);
      if (now >= until) break;
    }
    // Deliver the outbox (here: collect it), as a notifier process would.
    const outbox: OutboxRow[] = [];
    while ((await drainOutbox(db, async (rows) => void outbox.push(...rows), { clock })) > 0);
    return { day: day.day, until: day.now, tickets: day.tickets.length, events: arrivals.length, workerEvaluations, outbox };
  } finally {
    await db.close();
  }
}

let result: Promise<WorkerDay> | undefined;

/** The day's run, once per process (the demo section prints it, the report shows its outbox). */
export function slaWorkerDay(): Promise<WorkerDay> {
  result ??= runDay();
  return result;
}

export const slaWorkerSection = {
  title: "SLA worker on Postgres 工单时限后台 (PGlite): the same day, event by event",
  async run(): Promise<void> {
    const run = await slaWorkerDay();
    console.log(`${run.events} events of ${run.tickets} tickets ingested as they happened; 2 workers woke every 15 minutes until ${run.until}`);
    console.log(`Workers re-evaluated ${run.workerEvaluations} due ticket(s); the outbox holds ${run.outbox.length} effect(s), each recorded once:`);
    for (const row of run.outbox) {
      const what =
        row.effect === "breached" ? "breached 已超时" : row.effect === "warning" ? `warning 预警 (${row.detail})` : `escalation 升级 (${row.detail})`;
      console.log(`  ${local(row.fired_at)}  ${row.ticket_id.padEnd(6)} ${row.metric_id.padEnd(15)} ${what}  (recorded ${local(row.recorded_at)})`);
    }
  },
};
