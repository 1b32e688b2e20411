// The worker's tests, run once against PGlite and once against a throwaway PostgreSQL server.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CalendarInput } from "../../../src/calendar/index.js";
import { defineSlaPolicy, evaluateSla, type SlaPolicyInput, type SlaReport } from "../../../src/sla/index.js";
import { manualClock } from "../../../examples/sla-worker/clock.js";
import { applySchema, isoOf, type Database, type Sql } from "../../../examples/sla-worker/db.js";
import { effectKey, effectsOf } from "../../../examples/sla-worker/effects.js";
import { ingestEvent } from "../../../examples/sla-worker/ingest.js";
import { drainOutbox } from "../../../examples/sla-worker/outbox.js";
import { publishPolicy } from "../../../examples/sla-worker/policies.js";
import { reevaluateOpenTickets } from "../../../examples/sla-worker/reevaluate.js";
import { drainDueTickets, runWorker, runWorkerBatch } from "../../../examples/sla-worker/worker.js";
import { expectedOutbox, type Schedule } from "./oracle.js";
import { inParallel, readOutbox, resetDatabase, simulate } from "./simulate.js";
import { generateTickets, seed, WEEK, WEEK_START, type GeneratedTicket } from "./tickets.js";

const readJson = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../../../examples/data/${name}`, import.meta.url), "utf8")) as T;
const policyInput: SlaPolicyInput = { ...readJson<SlaPolicyInput>("sla-policy.json"), calendar: readJson<CalendarInput>("calendar-shanghai-2024.json") };
const policy = defineSlaPolicy(policyInput);
const MINUTE = 60_000;
const deep = process.env.PLEDGEKIT_DEEP !== undefined && process.env.PLEDGEKIT_DEEP !== "";

export interface Target {
  readonly name: string;
  open(): Promise<Database>;
  /** Kills the worker holding `tx`: its transaction is aborted and never commits. */
  kill(tx: Sql): Promise<void>;
  /** Tickets in the week's run (10,000 under PLEDGEKIT_DEEP, with 15-minute ticks instead of hourly). */
  readonly tickets: number;
}

/** Every report row, as JSON, by ticket. */
async function readReports(db: Sql): Promise<Map<string, { report: SlaReport; next: string | null; version: number; open: boolean }>> {
  const rows = await db.query<{ ticket_id: string; report: SlaReport; next_check_at: Date | null; policy_version: number; open: boolean }>(
    "select ticket_id, report, next_check_at, policy_version, open from sla_reports",
  );
  return new Map(rows.map((row) => [row.ticket_id, { report: row.report, next: isoOf(row.next_check_at), version: row.policy_version, open: row.open }]));
}

const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

async function expectOutboxToMatch(db: Database, tickets: readonly GeneratedTicket[], schedule: Schedule, workerEvaluations: number): Promise<void> {
  const expected = expectedOutbox(policy, tickets, schedule);
  const outbox = await readOutbox(db);
  const keys = new Set(outbox.map((row) => row.key));
  // Exactly once: no key twice (the unique constraint), none missing, none extra.
  expect(keys.size).toBe(outbox.length);
  expect([...keys].sort()).toEqual([...expected.effects.keys()].sort());
  // At the right instant: recorded by the first evaluation that listed it, within one tick of firing.
  const late = outbox.filter((row) => row.recordedAt !== expected.effects.get(row.key));
  expect(late).toEqual([]);
  // The headline: every effect evaluateSla lists at the end of the run is in the outbox.
  const end = schedule.start + schedule.ticks * schedule.tick;
  for (const ticket of tickets) {
    for (const effect of effectsOf(evaluateSla(policy, ticket.events, end))) expect(keys.has(effectKey(ticket.id, effect))).toBe(true);
  }
  // Latest reports and wake-ups as the replay left them; no ticket evaluated twice at one tick.
  const reports = await readReports(db);
  expect(reports.size).toBe(expected.finals.size);
  for (const [id, report] of expected.finals) {
    expect(reports.get(id)?.report).toEqual(json(report));
    expect(reports.get(id)?.next).toBe(report.nextCheckAt);
  }
  expect(workerEvaluations).toBe(expected.workerEvaluations);
}

export function describeWorker(target: Target): void {
  describe(`SLA worker on ${target.name}`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await target.open();
      await applySchema(db);
    }, 120_000);
    afterAll(async () => {
      await db?.close();
    });

    const count = deep ? 10_000 : target.tickets;
    it(`runs a week of ${count} generated tickets with 4 workers: every effect evaluateSla fired is in the outbox exactly once, recorded when it fired`, async () => {
      await resetDatabase(db);
      const tickets = generateTickets(count, seed());
      const tick = (deep ? 15 : 60) * MINUTE;
      const schedule: Schedule = { start: WEEK_START, tick, ticks: WEEK / tick };
      const run = await simulate(db, policy, tickets, schedule, { workers: 4 });
      expect(run.workerEvaluations).toBeGreaterThan(count);
      await expectOutboxToMatch(db, tickets, schedule, run.workerEvaluations);
    }, 600_000);

    it("loses and duplicates nothing when workers are killed mid-batch (every 3rd batch aborted before commit, then restarted)", async () => {
      await resetDatabase(db);
      const tickets = generateTickets(deep ? 2000 : 120, seed() + 1);
      // Four days of the week by default (events after the last tick never arrive).
      const schedule: Schedule = { start: WEEK_START, tick: 60 * MINUTE, ticks: (deep ? 7 : 4) * 24 };
      const run = await simulate(db, policy, tickets, schedule, { workers: 4, batchSize: 10, killEvery: 3, kill: target.kill });
      expect(run.kills).toBeGreaterThan(5);
      await expectOutboxToMatch(db, tickets, schedule, run.workerEvaluations);
    }, 300_000);

    it("a killed batch leaves the database exactly as it was", async () => {
      await resetDatabase(db);
      const clock = manualClock(WEEK_START);
      await publishPolicy(db, policyInput, clock.now());
      const tickets = generateTickets(60, seed() + 2);
      for (const ticket of tickets) await ingestEvent(db, ticket.id, ticket.events[0]!, { clock });
      clock.set(WEEK_START + WEEK);
      const snapshot = async (): Promise<unknown> => [await readReports(db), (await readOutbox(db)).sort((a, b) => a.key.localeCompare(b.key))];
      const before = await snapshot();
      let held: readonly string[] = [];
      await expect(
        runWorkerBatch(db, {
          clock,
          batchSize: 25,
          beforeCommit: async (tx, ids) => {
            held = ids;
            await target.kill(tx);
          },
        }),
      ).rejects.toThrow();
      expect(held).toHaveLength(25);
      expect(await snapshot()).toEqual(before);
      // The next worker takes the same tickets and finishes the job.
      const run = await drainDueTickets(db, { clock, batchSize: 25 });
      expect(run.tickets).toBe(60);
      const reports = await readReports(db);
      for (const ticket of tickets)
        expect(reports.get(ticket.id)?.report).toEqual(json(evaluateSla(policy, ticket.events.slice(0, 1), clock.now(), { lenient: true })));
    }, 120_000);

    it("ingest racing 4 workers: each ticket's last report reflects every event, no effect is recorded twice", async () => {
      await resetDatabase(db);
      const start = WEEK_START + 3 * 86_400_000;
      const clock = manualClock(start);
      await publishPolicy(db, policyInput, clock.now());
      const tickets = generateTickets(60, seed() + 6)
        .map((t) => ({ id: t.id, events: t.events.filter((e) => Date.parse(String(e.at)) <= start) }))
        .filter((t) => t.events.length > 1);
      await inParallel(tickets, 4, async (ticket) => void (await ingestEvent(db, ticket.id, ticket.events[0]!, { clock })));
      // Two days later every ticket with a clock running is due while the rest of its events arrive.
      clock.set(start + 2 * 86_400_000);
      const ingesting = inParallel(tickets, 4, async (ticket) => {
        for (const event of ticket.events.slice(1)) await ingestEvent(db, ticket.id, event, { clock });
      });
      const runs = await Promise.all([0, 1, 2, 3].map(() => drainDueTickets(db, { clock, batchSize: 5 })));
      await ingesting;
      await Promise.all([0, 1, 2, 3].map(() => drainDueTickets(db, { clock, batchSize: 5 })));
      expect(runs.reduce((sum, run) => sum + run.tickets, 0)).toBeGreaterThan(0);
      const reports = await readReports(db);
      const outbox = (await readOutbox(db)).map((row) => row.key);
      expect(new Set(outbox).size).toBe(outbox.length);
      for (const ticket of tickets) {
        const report = evaluateSla(policy, ticket.events, clock.now(), { lenient: true });
        expect(reports.get(ticket.id)?.report).toEqual(json(report));
        for (const effect of effectsOf(report)) expect(outbox).toContain(effectKey(ticket.id, effect));
      }
    }, 120_000);

    it("re-evaluates every open ticket after a policy change, resuming after an interruption", async () => {
      await resetDatabase(db);
      const clock = manualClock(WEEK_START);
      await publishPolicy(db, policyInput, clock.now());
      const tickets = generateTickets(deep ? 4000 : 150, seed() + 3);
      const now = WEEK_START + 4 * 86_400_000;
      clock.set(now);
      const ingested = tickets.map((t) => ({ id: t.id, events: t.events.filter((e) => Date.parse(String(e.at)) <= now) })).filter((t) => t.events.length > 0);
      await inParallel(ingested, 4, async (ticket) => {
        for (const event of ticket.events) await ingestEvent(db, ticket.id, event, { clock });
      });
      const open = [...(await readReports(db))].filter(([, r]) => r.open).map(([id]) => id);
      const closed = ingested.length - open.length;
      expect(open.length).toBeGreaterThan(45);
      expect(closed).toBeGreaterThan(10);
      // Version 2: every target halved, an earlier warning.
      const stricterInput: SlaPolicyInput = {
        ...policyInput,
        id: "cn-support-v2",
        warnAt: [0.25, 0.5, 0.75],
        metrics: policyInput.metrics.map((m) => ({ ...m, targets: { urgent: "PT30M", default: "PT2H" } })),
      };
      const stricter = defineSlaPolicy(stricterInput);
      clock.set(now + 10 * MINUTE);
      await publishPolicy(db, stricterInput, clock.now());
      let batches = 0;
      await expect(
        reevaluateOpenTickets(db, {
          clock,
          batchSize: 20,
          beforeCommit: async () => {
            if (++batches === 3) throw new Error("interrupted");
          },
        }),
      ).rejects.toThrow("interrupted");
      const halfway = await readReports(db);
      expect([...halfway.values()].filter((r) => r.version === 2)).toHaveLength(40);
      const resumed = await reevaluateOpenTickets(db, { clock, batchSize: 20 });
      expect(resumed.tickets).toBe(open.length - 40);
      const after = await readReports(db);
      const outbox = new Set((await readOutbox(db)).map((row) => row.key));
      for (const ticket of ingested) {
        const row = after.get(ticket.id)!;
        if (!row.open) {
          expect(row.version).toBe(1);
          continue;
        }
        expect(row.version).toBe(2);
        const report = evaluateSla(stricter, ticket.events, clock.now(), { lenient: true });
        expect(row.report).toEqual(json(report));
        for (const effect of effectsOf(report)) expect(outbox.has(effectKey(ticket.id, effect))).toBe(true);
      }
      expect(await reevaluateOpenTickets(db, { clock })).toEqual({ batches: 0, tickets: 0, effects: 0 });
    }, 300_000);

    it("refuses a malformed event at ingest and stores nothing", async () => {
      await resetDatabase(db);
      const clock = manualClock(WEEK_START + 86_400_000);
      await publishPolicy(db, policyInput, clock.now());
      await ingestEvent(db, "T-1", { type: "created", at: WEEK_START + 3_600_000, priority: "high" }, { clock });
      await expect(ingestEvent(db, "T-1", { type: "created", at: WEEK_START + 7_200_000, priority: "high" }, { clock })).rejects.toMatchObject({
        code: "invalid_event",
      });
      await expect(ingestEvent(db, "T-2", { type: "agent_reply", at: WEEK_START + 7_200_000 }, { clock })).rejects.toMatchObject({ code: "invalid_event" });
      expect(await db.query("select ticket_id, seq from ticket_events")).toEqual([{ ticket_id: "T-1", seq: 1 }]);
      expect(await db.query("select id from tickets")).toEqual([{ id: "T-1" }]);
    });

    it("wakes a ticket at an event stored ahead of the clock", async () => {
      await resetDatabase(db);
      const clock = manualClock(WEEK_START + 3_600_000);
      await publishPolicy(db, policyInput, clock.now());
      const future = WEEK_START + 5 * 3_600_000;
      await ingestEvent(db, "T-1", { type: "created", at: WEEK_START + 3_600_000, priority: "high" }, { clock });
      await ingestEvent(db, "T-1", { type: "resolved", at: WEEK_START + 2 * 3_600_000 }, { clock });
      expect((await readReports(db)).get("T-1")?.next).toBe(new Date(WEEK_START + 2 * 3_600_000).toISOString());
      await ingestEvent(db, "T-2", { type: "created", at: future, priority: "high" }, { clock });
      expect((await readReports(db)).get("T-2")?.next).toBe(new Date(future).toISOString());
    });

    it("runWorker drains what is due, then idles until its signal aborts", async () => {
      await resetDatabase(db);
      const clock = manualClock(WEEK_START);
      await publishPolicy(db, policyInput, clock.now());
      for (const ticket of generateTickets(5, seed() + 5)) await ingestEvent(db, ticket.id, ticket.events[0]!, { clock });
      clock.set(WEEK_START + WEEK);
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 1500);
      const run = await runWorker(db, { clock, signal: controller.signal, idleMs: 20 });
      expect(run.tickets).toBe(5);
      expect(
        (await db.query<{ n: number }>("select count(*)::integer as n from sla_reports where next_check_at <= $1", [clock.now().toISOString()]))[0]?.n,
      ).toBe(0);
    });

    it("delivers each outbox row once; a failed delivery comes back", async () => {
      await resetDatabase(db);
      const clock = manualClock(WEEK_START);
      await publishPolicy(db, policyInput, clock.now());
      for (const ticket of generateTickets(30, seed() + 4)) await ingestEvent(db, ticket.id, ticket.events[0]!, { clock });
      clock.set(WEEK_START + WEEK);
      await drainDueTickets(db, { clock });
      const total = (await db.query<{ n: number }>("select count(*)::integer as n from sla_outbox"))[0]!.n;
      expect(total).toBeGreaterThan(30);
      await expect(drainOutbox(db, () => Promise.reject(new Error("mail server down")), { clock, batchSize: 20 })).rejects.toThrow("mail server down");
      const delivered: string[] = [];
      while ((await drainOutbox(db, async (rows) => void delivered.push(...rows.map((r) => r.id)), { clock, batchSize: 20 })) > 0);
      expect(delivered).toHaveLength(total);
      expect(new Set(delivered).size).toBe(total);
    });
  });
}
