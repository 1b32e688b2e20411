// Small helpers for writing SVG by hand: escaping, coordinates, numbers.
import { escapeXml } from "../../core/index.js";

/** A coordinate with at most two decimals, never "-0". */
export function coord(x: number): string {
  const rounded = Math.round(x * 100) / 100;
  return String(rounded === 0 ? 0 : rounded);
}

/** How the caller wants figures printed. */
export interface NumberFormat {
  readonly decimalSeparator: string;
  readonly minusSign: string;
  readonly missing: string;
}

export const PLAIN_NUMBERS: NumberFormat = { decimalSeparator: ".", minusSign: "-", missing: "–" };

/** A figure with fixed decimals in the caller's format, `missing` when absent, never "-0.00". */
export function figure(x: number | null, decimals: number, format: NumberFormat = PLAIN_NUMBERS): string {
  if (x === null || !Number.isFinite(x)) return format.missing;
  const text = x.toFixed(decimals);
  if (/^-0(\.0*)?$/.test(text)) return text.slice(1).replace(".", format.decimalSeparator);
  const unsigned = (text.startsWith("-") ? text.slice(1) : text).replace(".", format.decimalSeparator);
  return text.startsWith("-") ? `${format.minusSign}${unsigned}` : unsigned;
}

export function element(name: string, attributes: Readonly<Record<string, string | number>>, content?: string): string {
  const attrs = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeXml(typeof value === "number" ? coord(value) : value)}"`)
    .join("");
  return content === undefined ? `<${name}${attrs}/>` : `<${name}${attrs}>${content}</${name}>`;
}
