import { type ParseArgsConfig, parseArgs } from "node:util";
import type { Locale } from "../index.js";
import { usageError } from "./errors.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Options every command takes. */
const COMMON_OPTIONS = {
  locale: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const satisfies Options;

/** `util.parseArgs` in strict mode; its errors (unknown option, missing value) become usage errors. */
export function parseCommandArgs<const O extends Options>(argv: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...argv], options: { ...COMMON_OPTIONS, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageError(error instanceof Error ? error.message : String(error));
  }
}

/** `--locale`: en (default) or zh-CN. */
export function readLocale(value: string | undefined): Locale {
  if (value === undefined || value === "en") return "en";
  if (value === "zh-CN") return "zh-CN";
  throw usageError(`--locale must be en or zh-CN, got ${JSON.stringify(value)}`);
}

/** A required string option. */
export function required(value: string | undefined, name: string): string {
  if (value === undefined || value === "") throw usageError(`--${name} is required`);
  return value;
}

/** A whole number option within [min, max]. */
export function readInteger(value: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw usageError(`--${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`);
  return n;
}
