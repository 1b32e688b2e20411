// Builds the demo's HTML report from the bundled sample data: a commitment catalogue reviewed, a
// calendar, a complaint followed to closure, a remedy decided and a SERVQUAL survey scored, with
// SVG charts. Pure: everything is computed from the sample files and fixed instants.
import { readFileSync } from "node:fs";
import { addBusinessDays, addBusinessTime, businessTimeBetween, defineCalendar, type CalendarInput } from "pledgekit/calendar";
import {
  applyComplaintEvent,
  complaintStatus,
  defaultComplaintPolicyInput,
  defineComplaintPolicy,
  openComplaint,
  regulatoryDeadlines,
  type ComplaintEventInput,
  type OpenComplaintInput,
} from "pledgekit/complaint";
import { decideRemedy, defineRemedyPolicy, type RemedyFacts, type RemedyGrantInput, type RemedyPolicyInput } from "pledgekit/remedy";
import { renderServqualChart, scoreServqual, servqualInstrument } from "pledgekit/servqual";
import { defineSlaPolicy, evaluateSlaBatch, explainSla, renderSlaTimeline, type SlaPolicyInput, type TicketEvent } from "pledgekit/sla";
import { loadCatalogue, reviewCatalogue } from "../commitment-review-catalogue.js";
import { readServqualCsv } from "../lib/servqualCsv.js";
import type { WorkerDay } from "../demo/slaWorker.js";
import { esc, page, table, type ReportSection } from "./html.js";
import { outboxSection } from "./outbox.js";

const readJson = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8")) as T;
const mark = (ok: boolean, yes = "✓", no = "✗"): { html: string } => ({ html: `<span class="${ok ? "ok" : "bad"}">${ok ? yes : no}</span>` });
/** A SMART criterion has three states, each with its own mark: passed, only warnings ("~"), or an error. */
function smartMark(bucket: { readonly pass: boolean; readonly issues: readonly { readonly severity: string }[] }): { html: string } {
  if (bucket.pass) return { html: `<span class="ok" title="passed 通过">✓</span>` };
  if (bucket.issues.every((issue) => issue.severity !== "error")) return { html: `<span class="warn" title="warnings only 仅有提示">~</span>` };
  return { html: `<span class="bad" title="an error 有错误">✗</span>` };
}
const fmtGap = (x: number | null): string => (x === null ? "–" : `${x >= 0 ? "+" : ""}${x.toFixed(2)}`);
const shanghaiTime = (iso: string | null): string =>
  iso === null ? "—" : new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai", dateStyle: "short", timeStyle: "short" }).format(new Date(iso));

function commitmentsSection(): ReportSection {
  const catalogue = loadCatalogue();
  const en = reviewCatalogue(catalogue, "en");
  const zh = reviewCatalogue(catalogue, "zh-CN");
  const rows = en.map((row, i) => {
    const smart = row.review.smart;
    const issue = row.review.issues[0];
    const issueZh = zh[i]?.review.issues[0];
    return [
      row.id,
      row.title,
      smartMark(smart.specific),
      smartMark(smart.measurable),
      smartMark(smart.achievable),
      smartMark(smart.relevant),
      smartMark(smart.timeBound),
      mark(row.review.valid, "publishable 可发布", "needs work 需修改"),
      issue === undefined ? "" : { html: `${esc(issue.message)}<br /><span class="muted">${esc(issueZh?.message ?? "")}</span>` },
    ];
  });
  const publishable = en.filter((row) => row.review.valid).length;
  return {
    id: "commitments",
    title: "Commitments 服务承诺 — SMART review",
    intro: `${publishable} of ${en.length} draft commitments can be published. Each is checked for vague wording, unproven superlatives, a measurable target, achievability against history, relevance, a time limit and a remedy.`,
    body: `${table(["id", "title", "S", "M", "A", "R", "T", "verdict", "first issue (en / zh-CN)"], rows)}<p class="legend"><span class="ok">✓</span> passed 通过 · <span class="warn">~</span> warnings only 仅有提示 (still publishable) · <span class="bad">✗</span> an error 有错误</p>`,
  };
}

function calendarSection(): ReportSection {
  const input = readJson<CalendarInput>("../data/calendar-shanghai-2024.json");
  const cal = defineCalendar(input);
  const starts = ["2024-02-09T17:00:00+08:00", "2024-09-30T16:30:00+08:00", "2024-10-11T17:30:00+08:00", "2024-12-31T11:30:00+08:00"];
  const rows = starts.map((start) => {
    const due = addBusinessTime(cal, start, "PT2H");
    return [shanghaiTime(new Date(start).toISOString()), shanghaiTime(due.toISOString()), `${(businessTimeBetween(cal, start, due) / 3_600_000).toFixed(1)} h`];
  });
  const dayRows = [
    ["2024-02-09", 1],
    ["2024-02-09", 2],
    ["2024-09-30", 1],
    ["2024-10-11", 1],
  ].map(([date, n]) => [`${String(date)} + ${String(n)}`, addBusinessDays(cal, String(date), Number(n))]);
  return {
    id: "calendar",
    title: "Business calendar 营业日历 — Shanghai 2024",
    intro:
      "Mon–Fri 09:00–12:00 and 13:00–18:00 in Asia/Shanghai, with the 2024 public holidays and the make-up working weekend days (调休) from the State Council notice. A two-business-hour promise made before a long holiday is due on the make-up working day after it.",
    body: `${table(["promise made (Shanghai time)", "2 business hours later", "business time"], rows)}${table(["business days", "result"], dayRows)}`,
  };
}

function slaSection(charts: Record<string, string>): ReportSection {
  const calendar = readJson<CalendarInput>("../data/calendar-shanghai-2024.json");
  const policy = defineSlaPolicy({ ...readJson<SlaPolicyInput>("../data/sla-policy.json"), calendar });
  const day = readJson<{ day: string; now: string; tickets: { id: string; events: TicketEvent[] }[] }>("../data/sla-tickets.json");
  const reports = evaluateSlaBatch(
    policy,
    day.tickets.map((ticket) => ticket.events),
    day.now,
  );
  const status = (s: string): { html: string } => ({ html: `<span class="${s === "breached" ? "bad" : s === "met" ? "ok" : "warn"}">${esc(s)}</span>` });
  const rows = reports.flatMap((report, n) =>
    report.metrics.map((m) => [day.tickets[n]?.id ?? "", m.id, m.priority ?? "", status(m.status), shanghaiTime(m.dueAt), shanghaiTime(report.nextCheckAt)]),
  );
  const ticket = day.tickets.find((t) => t.id === "T-103") ?? day.tickets[0];
  const explanation = explainSla(policy, ticket?.events ?? [], day.now, { locale: "en" });
  charts["sla-timeline.svg"] = renderSlaTimeline(explanation, { timeZone: "Asia/Shanghai", title: `Ticket ${ticket?.id ?? ""}: why it is due when it is` });
  const summaries = explanation.metrics.flatMap((m) => m.cycles.map((c) => `<li>${esc(`${m.id}: ${c.summary}`)}</li>`)).join("");
  return {
    id: "sla",
    title: "SLA timers 服务时限 — a day of tickets",
    intro: `Tickets of ${day.day}, evaluated as of ${shanghaiTime(new Date(day.now).toISOString())} Shanghai time. Business-hours clocks stop outside opening hours and over the National Day holiday; a scheduler re-evaluates each ticket at its next check.`,
    body: `${table(["ticket", "metric", "priority", "status", "due (Shanghai)", "next check"], rows)}<figure>${charts["sla-timeline.svg"]}<figcaption>Counted, paused and closed periods behind one ticket's due dates</figcaption></figure><ul>${summaries}</ul>`,
  };
}

function complaintSection(): ReportSection {
  const policy = defineComplaintPolicy({
    ...defaultComplaintPolicyInput(),
    id: "cn-retail",
    calendar: readJson<CalendarInput>("../data/calendar-shanghai-2024.json"),
    deadlines: regulatoryDeadlines("cn-samr"),
  });
  const log = readJson<{ complaint: OpenComplaintInput; events: ComplaintEventInput[] }>("../data/complaint-events.json");
  let state = openComplaint(policy, log.complaint);
  const rows: (string | { html: string })[][] = [];
  for (const event of log.events) {
    const result = applyComplaintEvent(policy, state, event);
    if (!result.ok) {
      rows.push([
        shanghaiTime(new Date(String(event.at)).toISOString()),
        event.type,
        { html: `<span class="bad">${esc(result.issues[0]?.message ?? "")}</span>` },
        "",
      ]);
      continue;
    }
    const effects = result.effects.map((effect) => effect.type).join(", ");
    rows.push([shanghaiTime(new Date(String(event.at)).toISOString()), event.type, result.state.step, effects]);
    state = result.state;
  }
  const status = complaintStatus(policy, state, "2024-10-12T12:00:00+08:00", { locale: "zh-CN" });
  const deadlines = status.deadlines.map((d) => [d.label, d.status, shanghaiTime(d.dueAt)]);
  return {
    id: "complaint",
    title: `Complaint 投诉 ${state.id} — from receipt to closure`,
    intro: `Step now: ${status.labels.step}; class ${status.labels.class}; the customer's highest stage: ${state.peakStage}. Every transition returns the effects to perform (notify, assign, escalate, propose a remedy); the market regulator's deadlines are counted in working days on the Shanghai calendar.`,
    body: `${table(["when (Shanghai)", "event", "step after", "effects"], rows)}${table(["deadline", "status", "due (Shanghai)"], deadlines)}`,
  };
}

function remedySection(): ReportSection {
  const policy = defineRemedyPolicy(readJson<RemedyPolicyInput>("../remedies/late-reply-guarantee.json"));
  const missed = readJson<{ commitment: string; ticket: string; facts: RemedyFacts; history: RemedyGrantInput[] }>("../data/remedy-missed-reply.json");
  const decision = decideRemedy(policy, missed.facts, { history: missed.history });
  const remedies = decision.remedies.map((r) => [
    r.ruleId,
    r.label ?? r.kind,
    r.amount === undefined ? (r.points === undefined ? "" : `${r.points} points`) : `${r.amount.amount} ${r.amount.currency}`,
  ]);
  const explanation = `<ul>${decision.explanation.map((line) => `<li>${esc(line.message)}</li>`).join("")}</ul>`;
  return {
    id: "remedy",
    title: "Remedy 补救措施 — a missed commitment",
    intro: `${missed.commitment} — ticket ${missed.ticket}: ${decision.eligible ? "the customer is owed" : "nothing is owed"} ${decision.totals.map((t) => `${t.amount} ${t.currency}`).join(" + ") || ""}${decision.points ? ` and ${decision.points} points` : ""}.`,
    body: `${table(["rule", "remedy", "amount"], remedies)}<h3>Explanation for the auditor</h3>${explanation}`,
  };
}

function servqualSection(charts: Record<string, string>): ReportSection {
  const responses = readServqualCsv(new URL("../data/servqual-survey.csv", import.meta.url));
  const report = scoreServqual(servqualInstrument({ version: "1991", locale: "zh-CN" }), responses, { mode: "lenient" });
  charts["servqual-radar.svg"] = renderServqualChart(report, { kind: "radar", locale: "zh-CN" });
  charts["servqual-gaps.svg"] = renderServqualChart(report, { kind: "gaps", locale: "en" });
  const rows = report.dimensions.map((d) => [
    `${d.labels.en} ${d.label}`,
    d.expectation?.toFixed(2) ?? "–",
    d.perception?.toFixed(2) ?? "–",
    { html: `<span class="${(d.gap ?? 0) < 0 ? "bad" : "ok"}">${fmtGap(d.gap)}</span>` },
    d.ci95 === null ? "–" : `[${fmtGap(d.ci95.lower)}, ${fmtGap(d.ci95.upper)}]`,
    d.alphaP?.toFixed(2) ?? "–",
  ]);
  const { unweighted, weighted } = report.overall;
  return {
    id: "servqual",
    title: "SERVQUAL 服务质量差距 — customer survey",
    intro: `${report.respondents} respondents, 1991 22-item instrument on a 7-point scale. Overall gap (P − E): unweighted ${fmtGap(unweighted)}, importance-weighted ${fmtGap(weighted)}. Negative gaps are where service falls short of expectations.`,
    body: `<div class="charts"><figure>${charts["servqual-radar.svg"]}<figcaption>Expectations vs perceptions per dimension (zh-CN labels)</figcaption></figure><figure>${charts["servqual-gaps.svg"]}<figcaption>Gap per dimension</figcaption></figure></div>${table(["dimension", "E", "P", "gap", "95% CI", "α (P)"], rows)}`,
  };
}

/**
 * Every chart of the report in both locales (file name → SVG): the SLA timeline of ticket T-103, the
 * SERVQUAL radar and the gap bars, each in en and zh-CN. The browser test renders each one on its own.
 */
export function chartGallery(): Readonly<Record<string, string>> {
  const calendar = readJson<CalendarInput>("../data/calendar-shanghai-2024.json");
  const policy = defineSlaPolicy({ ...readJson<SlaPolicyInput>("../data/sla-policy.json"), calendar });
  const day = readJson<{ now: string; tickets: { id: string; events: TicketEvent[] }[] }>("../data/sla-tickets.json");
  const ticket = day.tickets.find((t) => t.id === "T-103") ?? day.tickets[0];
  const responses = readServqualCsv(new URL("../data/servqual-survey.csv", import.meta.url));
  const charts: Record<string, string> = {};
  for (const locale of ["en", "zh-CN"] as const) {
    const explanation = explainSla(policy, ticket?.events ?? [], day.now, { locale });
    charts[`sla-timeline.${locale}.svg`] = renderSlaTimeline(explanation, { timeZone: "Asia/Shanghai", locale, title: `Ticket ${ticket?.id ?? ""}` });
    const report = scoreServqual(servqualInstrument({ version: "1991", locale }), responses, { mode: "lenient" });
    charts[`servqual-radar.${locale}.svg`] = renderServqualChart(report, { kind: "radar", locale });
    charts[`servqual-gaps.${locale}.svg`] = renderServqualChart(report, { kind: "gaps", locale });
  }
  return charts;
}

/**
 * The report page and the SVG charts in it (file name → SVG), all computed from the sample data.
 * `slaOutbox`: the SLA worker's run over the day (the demo passes it), shown after the SLA timers.
 */
export function buildReport(options: { readonly slaOutbox?: WorkerDay } = {}): { readonly html: string; readonly charts: Readonly<Record<string, string>> } {
  const charts: Record<string, string> = {};
  const worker = options.slaOutbox === undefined ? [] : [outboxSection(options.slaOutbox)];
  const sections = [commitmentsSection(), calendarSection(), slaSection(charts), ...worker, complaintSection(), remedySection(), servqualSection(charts)];
  return {
    html: page("pledgekit report 服务承诺报告", "Sample data bundled with pledgekit — every figure computed by the library, as of fixed instants.", sections),
    charts,
  };
}
