// Reading a decision's facts against the policy's declarations. Problems never throw: an invalid
// value is reported (`invalid_fact`) and treated as missing, so the rules that need it do not apply.
import { createIssue, formatValue, readInstantMs, type Issue } from "../../core/index.js";
import { remedyMessages } from "../messages.js";
import type { FactKey } from "./conditions.js";
import type { FactInfo } from "./model.js";
import { cmp, currencyExponent, MAX_DECIMAL_LENGTH, parseDecimal, ratio, toMinorUnits, type Ratio } from "./money.js";

/** Instants a decision accepts: years 0002–9998, the calendar's covered range with a year's margin. */
const MIN_INSTANT_MS = Date.parse("0002-01-01T00:00:00Z");
const LAST_INSTANT_MS = Date.parse("9999-01-01T00:00:00Z");
export const inInstantRange = (ms: number): boolean => ms >= MIN_INSTANT_MS && ms < LAST_INSTANT_MS;

/**
 * A caller's value as an issue param: JSON-safe and bounded, never the caller's object itself. Only
 * a bounded part of a huge value is read (serialising a 10 MB string whole costs 200 ms or more).
 */
export function receivedParam(raw: unknown): unknown {
  if (typeof raw === "boolean" || (typeof raw === "number" && Number.isFinite(raw))) return raw;
  if (typeof raw === "string") return raw.length <= 100 ? raw : `${raw.slice(0, 80)}… (${raw.length} characters)`;
  if (typeof raw === "object" && raw !== null && !(raw instanceof Date)) {
    if (Array.isArray(raw)) return `an array of ${raw.length}`;
    try {
      const shown = Object.keys(raw)
        .slice(0, 5)
        .map((key) => `${JSON.stringify(key.slice(0, 40))}: ${brief((raw as Record<string, unknown>)[key])}`);
      return `{ ${shown.join(", ")} }`;
    } catch {
      return "an unreadable object";
    }
  }
  return formatValue(raw);
}

function brief(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length <= 40 ? value : `${value.slice(0, 40)}…`);
  if (typeof value === "object" && value !== null) return Array.isArray(value) ? "[…]" : "{…}";
  return formatValue(value);
}

/** A fact value as the engine uses it. */
type FactValue =
  | { readonly type: "number"; readonly value: Ratio }
  | { readonly type: "string"; readonly value: string }
  | { readonly type: "boolean"; readonly value: boolean }
  | { readonly type: "instant"; readonly ms: number }
  | { readonly type: "money"; readonly currency: string; readonly minor: bigint };

export interface ReadFacts {
  readonly values: ReadonlyMap<string, FactValue>;
  /** The value conditions and tiers compare. */
  readonly keys: ReadonlyMap<string, FactKey>;
  readonly issues: readonly Issue[];
  /** Facts given but invalid (reported in `issues`), as opposed to absent. */
  readonly invalid: ReadonlySet<string>;
}

const own = (record: object, key: string): boolean => Object.hasOwn(record, key);

function expectedText(info: FactInfo): string {
  switch (info.type) {
    case "number":
      return `number${info.integer ? " (whole)" : ""}${info.min !== undefined || info.max !== undefined ? ` in [${info.min ?? "-∞"}, ${info.max ?? "∞"}]` : ""} (a JSON number or a decimal string of at most ${MAX_DECIMAL_LENGTH} characters)`;
    case "string":
      return info.values === undefined ? "string" : `one of ${info.values.map((x) => JSON.stringify(x)).join(", ")}`;
    case "money":
      return `money { currency: "${String(info.currency)}", amount: "12.50" } with at most ${String(currencyExponent(info.currency as string))} decimals, not negative`;
    case "instant":
      return INSTANT_EXPECTED;
    default:
      return info.type;
  }
}

export const INSTANT_EXPECTED = "instant (ISO-8601 with an offset, epoch ms, or Date) in the years 0002–9998";

function readOne(info: FactInfo, raw: unknown): FactValue | undefined {
  switch (info.type) {
    case "number": {
      const value = typeof raw === "number" || typeof raw === "string" ? parseDecimal(raw) : undefined;
      if (value === undefined) return undefined;
      if (info.integer && value.d !== 1n) return undefined;
      if (info.min !== undefined && cmp(value, parseDecimal(info.min) as Ratio) < 0) return undefined;
      if (info.max !== undefined && cmp(value, parseDecimal(info.max) as Ratio) > 0) return undefined;
      return { type: "number", value };
    }
    case "string":
      if (typeof raw !== "string" || (info.values !== undefined && !info.values.includes(raw))) return undefined;
      return { type: "string", value: raw };
    case "boolean":
      return typeof raw === "boolean" ? { type: "boolean", value: raw } : undefined;
    case "instant": {
      const ms = raw instanceof Date || typeof raw === "number" || typeof raw === "string" ? readInstantMs(raw) : undefined;
      return ms === undefined || !inInstantRange(ms) ? undefined : { type: "instant", ms };
    }
    case "money": {
      if (typeof raw !== "object" || raw === null || !own(raw, "currency") || !own(raw, "amount")) return undefined;
      const { currency, amount } = raw as { currency: unknown; amount: unknown };
      if (typeof currency !== "string" || currency !== info.currency || Object.keys(raw).length !== 2) return undefined;
      const major = parseDecimal(amount);
      const minor = major === undefined ? undefined : toMinorUnits(major, currencyExponent(currency) as number);
      return minor === undefined || minor < 0n ? undefined : { type: "money", currency, minor };
    }
  }
}

function keyOf(value: FactValue): FactKey {
  switch (value.type) {
    case "instant":
      return ratio(BigInt(value.ms));
    case "money":
      return ratio(value.minor, 10n ** BigInt(currencyExponent(value.currency) as number));
    default:
      return value.value;
  }
}

/** Reads every declared fact; absent and null facts take their default or stay missing. */
export function readFacts(declared: ReadonlyMap<string, FactInfo>, facts: Readonly<Record<string, unknown>>): ReadFacts {
  const values = new Map<string, FactValue>();
  const keys = new Map<string, FactKey>();
  const issues: Issue[] = [];
  const invalid = new Set<string>();
  for (const [name, info] of declared) {
    const present = own(facts, name) && facts[name] !== undefined && facts[name] !== null;
    const raw = present ? facts[name] : info.type === "money" && info.default !== undefined ? { currency: info.currency, amount: info.default } : info.default;
    if (raw === undefined) continue;
    const value = readOne(info, raw);
    if (value === undefined) {
      issues.push(createIssue(remedyMessages, "invalid_fact", ["facts", name], { fact: name, received: receivedParam(raw), expected: expectedText(info) }));
      invalid.add(name);
      continue;
    }
    values.set(name, value);
    keys.set(name, keyOf(value));
  }
  for (const name of Object.keys(facts)) {
    if (!declared.has(name)) issues.push(createIssue(remedyMessages, "unknown_fact", ["facts", name], { fact: name }));
  }
  return { values, keys, issues, invalid };
}
