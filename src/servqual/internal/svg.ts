// Small helpers for writing SVG by hand: escaping, coordinates, numbers.
import { escapeXml } from "../../core/index.js";

/** A coordinate with at most two decimals, never "-0". */
export function coord(x: number): string {
  const rounded = Math.round(x * 100) / 100;
  return String(rounded === 0 ? 0 : rounded);
}

/** A figure with fixed decimals, "–" when missing, never "-0.00". */
export function figure(x: number | null, decimals: number): string {
  if (x === null || !Number.isFinite(x)) return "–";
  const text = x.toFixed(decimals);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

export function element(name: string, attributes: Readonly<Record<string, string | number>>, content?: string): string {
  const attrs = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeXml(typeof value === "number" ? coord(value) : value)}"`)
    .join("");
  return content === undefined ? `<${name}${attrs}/>` : `<${name}${attrs}>${content}</${name}>`;
}
