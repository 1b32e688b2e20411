import { PledgeError, createIssue, formatValue, type Locale } from "../core/index.js";
import { escapeXml } from "../core/index.js";
import { parseOptions } from "./internal/options.js";
import { coord, element, figure, type NumberFormat } from "./internal/svg.js";
import { servqualMessages } from "./messages.js";
import { ServqualChartOptionsSchema, type ServqualChartOptions } from "./schemas.js";
import type { ServqualScores } from "./types.js";

type Words = Readonly<Record<"expectation" | "perception" | "gap" | "radarTitle" | "gapsTitle" | "expectationShort" | "perceptionShort" | "missing", string>>;

const WORDS: Readonly<Record<Locale, Words>> = {
  en: {
    expectation: "Expectation (E)",
    perception: "Perception (P)",
    gap: "Gap (P − E)",
    radarTitle: "SERVQUAL: expectations vs perceptions",
    gapsTitle: "SERVQUAL gap by dimension",
    expectationShort: "E",
    perceptionShort: "P",
    missing: "–",
  },
  "zh-CN": {
    expectation: "期望（E）",
    perception: "感知（P）",
    gap: "差距（P − E）",
    radarTitle: "SERVQUAL：期望与感知",
    gapsTitle: "SERVQUAL 各维度差距",
    expectationShort: "E",
    perceptionShort: "P",
    missing: "–",
  },
};

const FONT = "system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";
const COLOR_E = "#64748b";
const COLOR_P = "#2563eb";
const COLOR_NEG = "#dc2626";
const COLOR_POS = "#16a34a";

interface ChartDimension {
  readonly label: string;
  readonly expectation: number | null;
  readonly perception: number | null;
  readonly gap: number | null;
  readonly ci95: { readonly lower: number; readonly upper: number } | null;
}

/**
 * Draws a report (or one segment's report) as a standalone SVG string, with no dependency:
 * `kind: "radar"` (default) plots expectations against perceptions per dimension on the scale;
 * `kind: "gaps"` draws one bar per dimension gap (negative in red, positive in green) with its 95%
 * interval. The chart's own words come in `en` or `zh-CN`, or in any language through `words`, with
 * `labels` for the dimensions and `decimals`, `decimalSeparator` and `minusSign` for the figures (a
 * Korean or German survey prints its own words and numbers). Every text is XML-escaped.
 *
 * @example
 * const instrument = servqualInstrument({ locale: "zh-CN" });
 * const report = scoreServqual(instrument, [{ expectations: { q1: 7, q5: 6 }, perceptions: { q1: 5, q5: 6 } }]);
 * const svg = renderServqualChart(report, { kind: "gaps", locale: "zh-CN" });
 * svg.startsWith("<svg"); // true
 */
export function renderServqualChart(report: ServqualScores, options: ServqualChartOptions = {}): string {
  const parsed = parseOptions(ServqualChartOptionsSchema, options);
  if (
    typeof report !== "object" ||
    report === null ||
    !Array.isArray(report.dimensions) ||
    typeof report.instrument?.scale?.min !== "number" ||
    typeof report.instrument?.scale?.max !== "number"
  ) {
    throw new PledgeError("invalid_argument", [createIssue(servqualMessages, "not_a_report", ["report"], { received: formatValue(report) })]);
  }
  const locale = parsed.locale ?? "en";
  const kind = parsed.kind ?? "radar";
  const decimals = parsed.decimals ?? 2;
  const given = Object.entries(parsed.words ?? {}).filter((entry): entry is [string, string] => entry[1] !== undefined);
  const words: Words = { ...WORDS[locale], ...Object.fromEntries(given) };
  const format: NumberFormat = {
    decimalSeparator: parsed.decimalSeparator ?? ".",
    minusSign: parsed.minusSign ?? "-",
    missing: words.missing,
  };
  const dimensions: ChartDimension[] = report.dimensions.map((dimension) => ({
    label: parsed.labels?.[dimension.id] ?? dimension.labels?.[locale] ?? dimension.label ?? dimension.id,
    expectation: dimension.expectation,
    perception: dimension.perception,
    gap: dimension.gap,
    ci95: dimension.ci95,
  }));
  const title = parsed.title ?? (kind === "radar" ? words.radarTitle : words.gapsTitle);
  const width = parsed.width ?? (kind === "radar" ? 560 : 640);
  const height = parsed.height ?? (kind === "radar" ? 520 : Math.max(200, 110 + dimensions.length * 44));
  const body =
    kind === "radar"
      ? radar(dimensions, report.instrument.scale, width, height, words, decimals, format)
      : gaps(dimensions, width, height, words, decimals, format);
  const description = dimensions
    .map(
      (d) =>
        `${d.label}: ${words.expectationShort} ${figure(d.expectation, decimals, format)}, ${words.perceptionShort} ${figure(d.perception, decimals, format)}, ${words.perceptionShort} − ${words.expectationShort} ${figure(d.gap, decimals, format)}`,
    )
    .join("; ");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="servqual-title servqual-desc" font-family="${escapeXml(FONT)}">` +
    `<title id="servqual-title">${escapeXml(title)}</title><desc id="servqual-desc">${escapeXml(description)}</desc>` +
    element("rect", { x: 0, y: 0, width, height, fill: "#ffffff" }) +
    element("text", { x: width / 2, y: 28, "text-anchor": "middle", "font-size": 17, "font-weight": "600", fill: "#0f172a" }, escapeXml(title)) +
    body +
    "</svg>"
  );
}

function legend(x: number, y: number, entries: readonly (readonly [string, string, boolean])[]): string {
  return entries
    .map(([label, color, dashed], i) => {
      const top = y + i * 20;
      return (
        element("line", { x1: x, y1: top, x2: x + 24, y2: top, stroke: color, "stroke-width": 2.5, ...(dashed ? { "stroke-dasharray": "5 3" } : {}) }) +
        element("text", { x: x + 30, y: top + 4, "font-size": 12, fill: "#334155" }, escapeXml(label))
      );
    })
    .join("");
}

function radar(
  dimensions: readonly ChartDimension[],
  scale: { readonly min: number; readonly max: number },
  width: number,
  height: number,
  words: Words,
  decimals: number,
  format: NumberFormat,
): string {
  const cx = width / 2;
  const cy = 48 + (height - 48 - 56) / 2;
  // Room above and below the rings for two lines of label (name, figures) at each end.
  const radius = Math.max(40, Math.min(width / 2 - 110, (height - 48 - 56) / 2 - 46));
  const count = Math.max(dimensions.length, 1);
  const span = scale.max - scale.min;
  const angle = (i: number): number => -Math.PI / 2 + (2 * Math.PI * i) / count;
  const at = (i: number, value: number | null): [number, number] => {
    const share = value === null ? 0 : Math.min(1, Math.max(0, (value - scale.min) / span));
    return [cx + radius * share * Math.cos(angle(i)), cy + radius * share * Math.sin(angle(i))];
  };
  const points = (values: readonly (number | null)[]): string => values.map((value, i) => at(i, value).map(coord).join(",")).join(" ");
  let out = "";
  // Rings at whole scale points when there are few of them, else at quarters.
  const steps = Number.isInteger(span) && span <= 10 ? span : 4;
  for (let s = 1; s <= steps; s++) {
    const value = scale.min + (span * s) / steps;
    const ring = dimensions.map((_, i) => at(i, value).map(coord).join(",")).join(" ");
    out += element("polygon", { points: ring, fill: "none", stroke: "#e2e8f0", "stroke-width": 1 });
    out += element(
      "text",
      { x: cx + 3, y: at(0, value)[1] - 2, "font-size": 10, fill: "#94a3b8" },
      escapeXml(figure(value, Number.isInteger(value) ? 0 : 1, format)),
    );
  }
  dimensions.forEach((dimension, i) => {
    const [x, y] = at(i, scale.max);
    out += element("line", { x1: cx, y1: cy, x2: x, y2: y, stroke: "#cbd5e1", "stroke-width": 1 });
    const cos = Math.cos(angle(i));
    const anchor = Math.abs(cos) < 0.2 ? "middle" : cos > 0 ? "start" : "end";
    const sin = Math.sin(angle(i));
    const lx = cx + (radius + 14) * cos;
    // Labels above the centre stack upwards (figures nearest the ring, name above them), so the top
    // scale tick, which sits just above the top ring on the vertical axis, never meets them.
    const ly = cy + (radius + 14) * sin + (sin > 0.2 ? 12 : sin < -0.2 ? -19 : 4);
    out += element("text", { x: lx, y: ly, "text-anchor": anchor, "font-size": 13, "font-weight": "600", fill: "#1e293b" }, escapeXml(dimension.label));
    out += element(
      "text",
      { x: lx, y: ly + 15, "text-anchor": anchor, "font-size": 11, fill: "#475569" },
      escapeXml(
        `${words.expectationShort} ${figure(dimension.expectation, decimals, format)} · ${words.perceptionShort} ${figure(dimension.perception, decimals, format)}`,
      ),
    );
  });
  out += element("polygon", {
    points: points(dimensions.map((d) => d.expectation)),
    fill: "none",
    stroke: COLOR_E,
    "stroke-width": 2.5,
    "stroke-dasharray": "6 4",
  });
  out += element("polygon", { points: points(dimensions.map((d) => d.perception)), fill: COLOR_P, "fill-opacity": 0.15, stroke: COLOR_P, "stroke-width": 2.5 });
  dimensions.forEach((dimension, i) => {
    if (dimension.perception === null) return;
    const [x, y] = at(i, dimension.perception);
    out += element("circle", { cx: x, cy: y, r: 3.5, fill: COLOR_P });
  });
  out += legend(24, height - 40, [
    [words.expectation, COLOR_E, true],
    [words.perception, COLOR_P, false],
  ]);
  return out;
}

function gaps(dimensions: readonly ChartDimension[], width: number, height: number, words: Words, decimals: number, format: NumberFormat): string {
  const left = Math.min(200, Math.max(110, width * 0.25));
  const right = width - 70;
  const top = 56;
  const rowHeight = Math.max(24, (height - top - 50) / Math.max(dimensions.length, 1));
  let extent = 0;
  for (const d of dimensions) {
    extent = Math.max(extent, Math.abs(d.gap ?? 0), Math.abs(d.ci95?.lower ?? 0), Math.abs(d.ci95?.upper ?? 0));
  }
  // A symmetric axis in half points, so bars of different charts compare by eye.
  extent = Math.max(0.5, Math.ceil(extent * 2) / 2);
  const x = (value: number): number => left + ((value + extent) / (2 * extent)) * (right - left);
  let out = "";
  const ticks = Math.round(extent * 2);
  for (let t = -ticks; t <= ticks; t++) {
    const value = t / 2;
    const tx = x(value);
    out += element("line", {
      x1: tx,
      y1: top - 6,
      x2: tx,
      y2: top + rowHeight * dimensions.length,
      stroke: value === 0 ? "#475569" : "#e2e8f0",
      "stroke-width": value === 0 ? 1.5 : 1,
    });
    if (ticks <= 12 || t % 2 === 0) {
      out += element(
        "text",
        { x: tx, y: top + rowHeight * dimensions.length + 16, "text-anchor": "middle", "font-size": 10, fill: "#64748b" },
        escapeXml(figure(value, 1, format)),
      );
    }
  }
  dimensions.forEach((dimension, i) => {
    const cy = top + rowHeight * i + rowHeight / 2;
    out += element(
      "text",
      { x: left - 10, y: cy + 4, "text-anchor": "end", "font-size": 13, "font-weight": "600", fill: "#1e293b" },
      escapeXml(dimension.label),
    );
    if (dimension.gap === null) {
      out += element("text", { x: x(0) + 6, y: cy + 4, "font-size": 11, fill: "#64748b" }, escapeXml(words.missing));
      return;
    }
    const x0 = x(Math.min(0, dimension.gap));
    const x1 = x(Math.max(0, dimension.gap));
    out += element("rect", {
      x: x0,
      y: cy - rowHeight * 0.3,
      width: Math.max(0.5, x1 - x0),
      height: rowHeight * 0.6,
      fill: dimension.gap < 0 ? COLOR_NEG : COLOR_POS,
      "fill-opacity": 0.85,
    });
    if (dimension.ci95 !== null) {
      const lo = x(Math.max(-extent, dimension.ci95.lower));
      const hi = x(Math.min(extent, dimension.ci95.upper));
      out += element("line", { x1: lo, y1: cy, x2: hi, y2: cy, stroke: "#0f172a", "stroke-width": 1.2 });
      out += element("line", { x1: lo, y1: cy - 5, x2: lo, y2: cy + 5, stroke: "#0f172a", "stroke-width": 1.2 });
      out += element("line", { x1: hi, y1: cy - 5, x2: hi, y2: cy + 5, stroke: "#0f172a", "stroke-width": 1.2 });
    }
    out += element("text", { x: right + 8, y: cy + 4, "font-size": 12, fill: "#0f172a" }, escapeXml(figure(dimension.gap, decimals, format)));
  });
  out += element("text", { x: (left + right) / 2, y: height - 12, "text-anchor": "middle", "font-size": 12, fill: "#334155" }, escapeXml(words.gap));
  return out;
}
