// The demo's worker section: the bundled day through the worker on PGlite, and its outbox in the
// HTML report.
import { readFileSync } from "node:fs";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { CalendarInput } from "../../../src/calendar/index.js";
import { defineSlaPolicy, evaluateSla, type SlaPolicyInput, type TicketEvent } from "../../../src/sla/index.js";
import { slaWorkerDay } from "../../../examples/demo/slaWorker.js";
import { buildReport } from "../../../examples/report/buildReport.js";
import { effectKey, effectsOf } from "../../../examples/sla-worker/effects.js";

const readJson = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../../../examples/data/${name}`, import.meta.url), "utf8")) as T;

describe("the demo's SLA worker section", () => {
  it("records every effect of the day once, no earlier than it fired, and the report shows them", async () => {
    const run = await slaWorkerDay();
    const day = readJson<{ now: string; tickets: { id: string; events: TicketEvent[] }[] }>("sla-tickets.json");
    const policy = defineSlaPolicy({ ...readJson<SlaPolicyInput>("sla-policy.json"), calendar: readJson<CalendarInput>("calendar-shanghai-2024.json") });
    const keys = run.outbox.map((row) =>
      effectKey(row.ticket_id, { metricId: row.metric_id, cycle: row.cycle, effect: row.effect, detail: row.detail, firedAt: row.fired_at.toISOString() }),
    );
    expect(new Set(keys).size).toBe(keys.length);
    for (const ticket of day.tickets) {
      for (const effect of effectsOf(evaluateSla(policy, ticket.events, day.now))) expect(keys).toContain(effectKey(ticket.id, effect));
    }
    for (const row of run.outbox) expect(row.recorded_at.getTime()).toBeGreaterThanOrEqual(row.fired_at.getTime());
    expect(run.outbox.length).toBeGreaterThan(10);

    const { html } = buildReport({ slaOutbox: run });
    expect(XMLValidator.validate(html)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["section", "tr"].includes(name) }).parse(html) as {
      html: { body: { main: { section: { "@_id": string; table?: { tbody: { tr: unknown[] } } }[] } } };
    };
    const sections = doc.html.body.main.section;
    expect(sections.map((s) => s["@_id"])).toEqual(["commitments", "calendar", "sla", "sla-outbox", "complaint", "remedy", "servqual"]);
    expect(sections[3]?.table?.tbody.tr).toHaveLength(run.outbox.length);
  }, 120_000);
});
