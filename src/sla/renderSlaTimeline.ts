import {
  coreMessages,
  createIssue,
  escapeXml as esc,
  formatLocal,
  isValidTimeZone,
  MS_PER_HOUR,
  PledgeError,
  zoneOffset,
  type Issue,
  type Locale,
} from "../core/index.js";
import { slaMessages } from "./messages.js";
import type { SlaExplanation, SlaPeriod, SlaThresholdExplanation, SlaTimelineOptions } from "./types.js";

const COLOURS: Readonly<Record<SlaPeriod["kind"], string>> = {
  counted: "#2f6fdf",
  paused: "#f0a202",
  closed: "#c5ccd6",
  stopped: "#eef1f5",
};

const LABELS: Readonly<Record<Locale, Readonly<Record<SlaPeriod["kind"] | "due" | "warning" | "escalation" | "now", string>>>> = {
  en: {
    counted: "counted",
    paused: "paused",
    closed: "closed hours",
    stopped: "stopped",
    due: "due",
    warning: "warning",
    escalation: "escalation",
    now: "now",
  },
  "zh-CN": { counted: "计时", paused: "暂停", closed: "非营业时间", stopped: "已停止", due: "到期", warning: "预警", escalation: "升级", now: "当前" },
};

const num = (x: number): string => (Math.round(x * 10) / 10).toString();

const HOUR_STEPS = [0.25, 0.5, 1, 2, 3, 4, 6, 12, 24, 48, 168];

/** Axis ticks at round local hours (or midnights), at most six of them over [from, to]. */
function roundTicks(from: number, to: number, zone: string): number[] {
  let stepHours = HOUR_STEPS.find((hours) => (to - from) / (hours * MS_PER_HOUR) <= 6) ?? 168;
  while ((to - from) / (stepHours * MS_PER_HOUR) > 6) stepHours *= 2;
  const step = stepHours * MS_PER_HOUR;
  // Round in local wall time, so that ticks fall on 09:00, 12:00 … in the chart's zone.
  const localFrom = from + zoneOffset(zone, from);
  const ticks: number[] = [];
  for (let wall = Math.ceil(localFrom / step) * step; ticks.length < 8; wall += step) {
    const t = wall - zoneOffset(zone, wall - zoneOffset(zone, wall));
    if (t > to) break;
    if (t >= from) ticks.push(t);
  }
  return ticks;
}

const invalid = (code: string, path: (string | number)[], received: unknown, expected = ""): PledgeError => {
  const catalogue = code in slaMessages ? slaMessages : coreMessages;
  const issue: Issue = createIssue(catalogue, code, path, {
    received: typeof received === "object" && received !== null ? (Array.isArray(received) ? "an array" : "an object") : received,
    expected,
  });
  return new PledgeError("invalid_argument", [issue]);
};

/** Checks the shape `renderSlaTimeline` reads, so that a wrong argument is a PledgeError, not a TypeError. */
function checkArguments(explanation: unknown, options: unknown): void {
  const e = explanation as Partial<SlaExplanation> | null;
  if (typeof e !== "object" || e === null || typeof e.evaluatedAt !== "string" || Number.isNaN(Date.parse(e.evaluatedAt)) || !Array.isArray(e.metrics)) {
    throw invalid("not_an_explanation", ["explanation"], explanation);
  }
  e.metrics.forEach((metric, i) => {
    if (typeof metric !== "object" || metric === null || !Array.isArray(metric.cycles))
      throw invalid("not_an_explanation", ["explanation", "metrics", i], metric);
  });
  if (typeof options !== "object" || options === null || Array.isArray(options)) throw invalid("invalid_type", ["options"], options, "an options object");
  const metrics = (options as { metrics?: unknown }).metrics;
  if (metrics !== undefined && (!Array.isArray(metrics) || metrics.some((id) => typeof id !== "string")))
    throw invalid("invalid_type", ["options", "metrics"], metrics, "a list of metric ids");
}

/**
 * Draws one ticket's SLA clocks as an SVG timeline from `explainSla`: one lane per metric cycle,
 * with counted time, pauses, closed hours and stops as coloured bars, warnings, escalations and the
 * due instant as markers, and `now` as a line. No dependency; valid standalone SVG (XML).
 *
 * @example
 * const svg = renderSlaTimeline(explainSla(policy, events, now), { timeZone: "Asia/Shanghai", locale: "zh-CN" });
 */
export function renderSlaTimeline(explanation: SlaExplanation, options: SlaTimelineOptions = {}): string {
  checkArguments(explanation, options);
  const zone = options.timeZone ?? "UTC";
  if (!isValidTimeZone(zone)) {
    throw new PledgeError("invalid_argument", [createIssue(coreMessages, "invalid_time_zone", ["options", "timeZone"], { received: zone })]);
  }
  const width = options.width ?? 900;
  if (!Number.isFinite(width) || width < 300) {
    throw new PledgeError("invalid_argument", [createIssue(coreMessages, "too_small", ["options", "width"], { received: width, minimum: 300 })]);
  }
  const locale = options.locale ?? "en";
  const labels = LABELS[locale];
  const pattern = options.pattern ?? "MM-dd HH:mm";
  const wallLabel = (ms: number): string => formatLocal(ms, zone, locale, pattern);
  const wanted = options.metrics === undefined ? undefined : new Set(options.metrics);
  const lanes = explanation.metrics
    .filter((metric) => wanted === undefined || wanted.has(metric.id))
    .flatMap((metric) => metric.cycles.map((cycle) => ({ name: metric.cycles.length > 1 ? `${metric.id} #${cycle.index + 1}` : metric.id, cycle })));

  // The axis runs from the first start to a little after `now`: what happened is drawn to scale;
  // thresholds still ahead beyond the axis (often days away, after a weekend or a holiday) are
  // named at the lane's right end instead of squashing the past into a sliver.
  const now = Date.parse(explanation.evaluatedAt);
  let from = now;
  for (const { cycle } of lanes) from = Math.min(from, Date.parse(cycle.startedAt));
  const left = 150;
  const right = 20;
  const plotWidth = width - left - right;
  // A met cycle's due no longer matters: it draws no due marker nor arrow.
  const shown = (cycle: (typeof lanes)[number]["cycle"]) => cycle.thresholds.filter((threshold) => threshold.kind !== "due" || cycle.status !== "met");
  const aheadLabel = (cycle: (typeof lanes)[number]["cycle"], end: number): string | null => {
    const ahead = shown(cycle).filter((threshold) => threshold.kind === "due" && threshold.at !== null && Date.parse(threshold.at) > end);
    return ahead.length === 0 ? null : `→ ${ahead.map((threshold) => `${labels.due} ${wallLabel(Date.parse(threshold.at as string))}`).join(", ")}`;
  };
  // The axis ends a little after `now`, and far enough after it that the "→ due" labels at the
  // lanes' right end never reach the `now` line (about 7 px per character at 11 px).
  let to = Math.max(now + (now - from) * 0.15, from + MS_PER_HOUR);
  for (let pass = 0; pass < 2; pass++) {
    let room = 0;
    for (const { cycle } of lanes) room = Math.max(room, (aheadLabel(cycle, to)?.length ?? 0) * 7 + 12);
    if (room === 0 || room >= plotWidth - 40) break;
    to = Math.max(to, from + ((now - from) * plotWidth) / (plotWidth - room));
  }

  const top = options.title === undefined ? 30 : 56;
  const laneHeight = 34;
  const height = top + Math.max(1, lanes.length) * laneHeight + 70;
  const x = (ms: number): number => left + ((ms - from) / (to - from)) * plotWidth;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, 'PingFang SC', 'Microsoft YaHei', sans-serif" font-size="12">`,
  );
  out.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`);
  if (options.title !== undefined) out.push(`<text x="${width / 2}" y="24" text-anchor="middle" font-size="15" font-weight="600">${esc(options.title)}</text>`);

  // Axis: ticks at round local hours in the chosen zone.
  const axisY = top + Math.max(1, lanes.length) * laneHeight + 6;
  out.push(`<line x1="${left}" y1="${axisY}" x2="${left + plotWidth}" y2="${axisY}" stroke="#9aa5b1"/>`);
  for (const t of roundTicks(from, to, zone)) {
    out.push(`<line x1="${num(x(t))}" y1="${axisY}" x2="${num(x(t))}" y2="${axisY + 4}" stroke="#9aa5b1"/>`);
    // A label centred on a tick near either edge would leave the chart: anchor it inwards instead
    // (about 7.5 px per character at 12 px, CJK fonts included).
    const label = wallLabel(t);
    const half = (label.length * 7.5) / 2;
    const anchor = x(t) + half > width - 2 ? "end" : x(t) - half < 2 ? "start" : "middle";
    out.push(`<text x="${num(x(t))}" y="${axisY + 16}" text-anchor="${anchor}" fill="#52606d">${esc(label)}</text>`);
  }
  out.push(`<text x="${left + plotWidth}" y="${axisY + 30}" text-anchor="end" fill="#7b8794" font-size="10">${esc(zone)}</text>`);

  lanes.forEach(({ name, cycle }, lane) => {
    const y = top + lane * laneHeight;
    out.push(`<text x="${left - 8}" y="${y + 17}" text-anchor="end">${esc(name)}</text>`);
    out.push(`<text x="${left - 8}" y="${y + 29}" text-anchor="end" fill="#7b8794" font-size="10">${esc(cycle.status)}</text>`);
    for (const period of cycle.periods) {
      const x1 = x(Date.parse(period.start));
      const w = Math.max(0.5, x(Date.parse(period.end)) - x1);
      out.push(
        `<rect x="${num(x1)}" y="${y + 6}" width="${num(w)}" height="16" fill="${COLOURS[period.kind]}"><title>${esc(`${labels[period.kind]} ${period.start} – ${period.end}`)}</title></rect>`,
      );
    }
    for (const threshold of shown(cycle)) {
      if (threshold.at === null || Date.parse(threshold.at) <= to) out.push(marker(threshold, x, y, labels));
    }
    const ahead = aheadLabel(cycle, to);
    if (ahead !== null) out.push(`<text x="${left + plotWidth}" y="${y + 17}" text-anchor="end" fill="#c62828" font-size="11">${esc(ahead)}</text>`);
  });

  out.push(`<line x1="${num(x(now))}" y1="${top - 6}" x2="${num(x(now))}" y2="${axisY}" stroke="#243b53" stroke-dasharray="3 3"/>`);
  out.push(`<text x="${num(x(now))}" y="${top - 10}" text-anchor="middle" fill="#243b53" font-size="10">${esc(labels.now)}</text>`);

  // Legend.
  const legendY = height - 14;
  const legend: [string, string][] = [
    [COLOURS.counted, labels.counted],
    [COLOURS.paused, labels.paused],
    [COLOURS.closed, labels.closed],
    [COLOURS.stopped, labels.stopped],
  ];
  legend.forEach(([colour, text], i) => {
    const lx = left + i * 120;
    out.push(`<rect x="${lx}" y="${legendY - 9}" width="12" height="10" fill="${colour}" stroke="#9aa5b1" stroke-width="0.5"/>`);
    out.push(`<text x="${lx + 16}" y="${legendY}">${esc(text)}</text>`);
  });
  const lx = left + legend.length * 120;
  out.push(`<path d="M${lx} ${legendY - 10} l4 5 l-4 5 l-4 -5 z" fill="#f0a202"/><text x="${lx + 8}" y="${legendY}">${esc(labels.warning)}</text>`);
  out.push(`<path d="M${lx + 90} ${legendY - 10} l5 10 l-10 0 z" fill="#8e44ad"/><text x="${lx + 100}" y="${legendY}">${esc(labels.escalation)}</text>`);
  out.push(
    `<line x1="${lx + 190}" y1="${legendY - 10}" x2="${lx + 190}" y2="${legendY}" stroke="#c62828" stroke-width="2"/><text x="${lx + 196}" y="${legendY}">${esc(labels.due)}</text>`,
  );
  out.push("</svg>");
  return out.join("");
}

function marker(threshold: SlaThresholdExplanation, x: (ms: number) => number, y: number, labels: (typeof LABELS)[Locale]): string {
  if (threshold.at === null) return "";
  const cx = num(x(Date.parse(threshold.at)));
  const title = `<title>${esc(`${labels[threshold.kind]} ${threshold.at}${threshold.fired ? " ✓" : ""}`)}</title>`;
  if (threshold.kind === "due") return `<line x1="${cx}" y1="${y + 2}" x2="${cx}" y2="${y + 26}" stroke="#c62828" stroke-width="2">${title}</line>`;
  if (threshold.kind === "warning") return `<path d="M${cx} ${y + 1} l4 5 l-4 5 l-4 -5 z" fill="#f0a202" stroke="#ffffff" stroke-width="0.5">${title}</path>`;
  return `<path d="M${cx} ${y + 22} l5 9 l-10 0 z" fill="#8e44ad">${title}</path>`;
}
