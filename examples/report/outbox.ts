// The report's outbox section: what the SLA worker (examples/sla-worker) recorded over the day,
// one row per warning, breach and escalation, each recorded once.
import type { WorkerDay } from "../demo/slaWorker.js";
import { esc, table, type ReportSection } from "./html.js";

const shanghai = (at: Date): string => new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai", dateStyle: "short", timeStyle: "short" }).format(at);

export function outboxSection(run: WorkerDay): ReportSection {
  const effect = (row: WorkerDay["outbox"][number]): { html: string } => {
    const [label, css] =
      row.effect === "breached"
        ? ["breached 已超时", "bad"]
        : row.effect === "escalation"
          ? [`escalation 升级 ${row.detail.replace("level:", "level ")}`, "bad"]
          : [`warning 预警 ${row.detail}`, "warn"];
    return { html: `<span class="${css}">${esc(label)}</span>` };
  };
  const rows = run.outbox.map((row) => [shanghai(row.fired_at), row.ticket_id, row.metric_id, effect(row), shanghai(row.recorded_at)]);
  return {
    id: "sla-outbox",
    title: "SLA worker outbox 工单时限后台 — effects recorded once",
    intro: `The reference SLA worker ran on PGlite (embedded PostgreSQL) over the same day: ${run.events} events of ${run.tickets} tickets ingested as they happened, two stateless workers waking every 15 minutes of simulated time until ${shanghai(new Date(run.until))}. Each effect below was written once to the outbox (a unique key per firing), in the transaction that evaluated the ticket.`,
    body: table(["fired (Shanghai)", "ticket", "metric", "effect", "recorded"], rows),
  };
}
