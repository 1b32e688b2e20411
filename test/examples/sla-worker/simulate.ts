// Runs the week against a database: at each tick, ingest what arrived (4 ingesters in parallel, one
// ticket's events in order), then let `workers` workers drain what is due, in parallel.
import type { SlaPolicy } from "../../../src/sla/index.js";
import { manualClock } from "../../../examples/sla-worker/clock.js";
import { isoOf, type Database, type Sql } from "../../../examples/sla-worker/db.js";
import { effectKey } from "../../../examples/sla-worker/effects.js";
import { ingestEvent } from "../../../examples/sla-worker/ingest.js";
import { policyCache, publishPolicy } from "../../../examples/sla-worker/policies.js";
import { runWorkerBatch } from "../../../examples/sla-worker/worker.js";
import { arrivalTick, type Schedule } from "./oracle.js";
import type { GeneratedTicket } from "./tickets.js";

export interface SimulationOptions {
  readonly workers: number;
  readonly batchSize?: number;
  /** Kill (abort the transaction of) every n-th non-empty batch, just before its commit. */
  readonly killEvery?: number;
  readonly kill?: (tx: Sql) => Promise<void>;
}

export interface SimulationResult {
  readonly workerEvaluations: number;
  /** Tickets each worker evaluated. */
  readonly perWorker: readonly number[];
  readonly kills: number;
}

export async function resetDatabase(db: Database): Promise<void> {
  await db.query("truncate sla_outbox, sla_reports, ticket_events, tickets, sla_policies restart identity");
}

/** Runs `lanes` async loops over `items`, each taking the next item when it is free. */
export async function inParallel<T>(items: readonly T[], lanes: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

export async function simulate(
  db: Database,
  policy: SlaPolicy,
  tickets: readonly GeneratedTicket[],
  schedule: Schedule,
  options: SimulationOptions,
): Promise<SimulationResult> {
  const clock = manualClock(schedule.start);
  await publishPolicy(db, policy.definition, clock.now());
  const policies = policyCache();
  const arrivals = new Map<number, { id: string; events: GeneratedTicket["events"][number][] }[]>();
  for (const ticket of tickets) {
    for (const event of ticket.events) {
      const k = arrivalTick(schedule, Date.parse(String(event.at)));
      const due = arrivals.get(k) ?? [];
      let entry = due.at(-1);
      if (entry?.id !== ticket.id) {
        entry = { id: ticket.id, events: [] };
        due.push(entry);
      }
      entry.events.push(event);
      arrivals.set(k, due);
    }
  }
  const perWorker = new Array<number>(options.workers).fill(0);
  let batches = 0;
  let kills = 0;
  const beforeCommit =
    options.killEvery === undefined || options.kill === undefined
      ? undefined
      : async (tx: Sql): Promise<void> => {
          if (++batches % options.killEvery! === 0) await options.kill!(tx);
        };
  for (let k = 0; k <= schedule.ticks; k++) {
    clock.set(schedule.start + k * schedule.tick);
    await inParallel(arrivals.get(k) ?? [], 4, async (arrival) => {
      for (const event of arrival.events) await ingestEvent(db, arrival.id, event, { clock, policies });
    });
    await Promise.all(
      perWorker.map(async (_, w) => {
        // Batch by batch, so a kill loses only its own batch; a killed worker is restarted, as a
        // supervisor would, and goes on until nothing is due.
        for (;;) {
          try {
            const batch = await runWorkerBatch(db, {
              clock,
              policies,
              batchSize: options.batchSize ?? 50,
              ...(beforeCommit === undefined ? {} : { beforeCommit }),
            });
            if (batch.tickets === 0) return;
            perWorker[w]! += batch.tickets;
          } catch (error) {
            if (beforeCommit === undefined) throw error;
            kills += 1;
          }
        }
      }),
    );
  }
  return { workerEvaluations: perWorker.reduce((a, b) => a + b, 0), perWorker, kills };
}

export interface OutboxEntry {
  readonly key: string;
  readonly recordedAt: number;
}

export async function readOutbox(db: Sql): Promise<OutboxEntry[]> {
  const rows = await db.query<{
    ticket_id: string;
    metric_id: string;
    cycle: number;
    effect: "warning" | "breached" | "escalation";
    detail: string;
    fired_at: Date;
    recorded_at: Date;
  }>("select ticket_id, metric_id, cycle, effect, detail, fired_at, recorded_at from sla_outbox");
  return rows.map((row) => ({
    key: effectKey(row.ticket_id, { metricId: row.metric_id, cycle: row.cycle, effect: row.effect, detail: row.detail, firedAt: isoOf(row.fired_at)! }),
    recordedAt: row.recorded_at.getTime(),
  }));
}
