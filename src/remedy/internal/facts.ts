// Reading a decision's facts against the policy's declarations. Problems never throw: an invalid
// value is reported (`invalid_fact`) and treated as missing, so the rules that need it do not apply.
import { readInstantMs } from "../../core/index.js";
import type { Issue } from "../../core/index.js";
import { createIssue } from "../../core/index.js";
import { remedyMessages } from "../messages.js";
import type { FactKey } from "./conditions.js";
import type { FactInfo } from "./model.js";
import { cmp, currencyExponent, parseDecimal, ratio, toMinorUnits, type Ratio } from "./money.js";

/** A fact value as the engine uses it. */
export type FactValue =
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
}

const own = (record: object, key: string): boolean => Object.prototype.hasOwnProperty.call(record, key);

function expectedText(info: FactInfo): string {
  switch (info.type) {
    case "number":
      return `number${info.integer ? " (whole)" : ""}${info.min !== undefined || info.max !== undefined ? ` in [${info.min ?? "-∞"}, ${info.max ?? "∞"}]` : ""}`;
    case "string":
      return info.values === undefined ? "string" : `one of ${info.values.map((x) => JSON.stringify(x)).join(", ")}`;
    case "money":
      return `money { currency: "${String(info.currency)}", amount } with at most ${String(currencyExponent(info.currency as string))} decimals, not negative`;
    case "instant":
      return "instant (ISO-8601 with an offset, epoch ms, or Date)";
    default:
      return info.type;
  }
}

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
      return ms === undefined ? undefined : { type: "instant", ms };
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

export function keyOf(value: FactValue): FactKey {
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
  for (const [name, info] of declared) {
    const present = own(facts, name) && facts[name] !== undefined && facts[name] !== null;
    const raw = present ? facts[name] : info.type === "money" && info.default !== undefined ? { currency: info.currency, amount: info.default } : info.default;
    if (raw === undefined) continue;
    const value = readOne(info, raw);
    if (value === undefined) {
      issues.push(createIssue(remedyMessages, "invalid_fact", [name], { fact: name, received: raw, expected: expectedText(info) }));
      continue;
    }
    values.set(name, value);
    keys.set(name, keyOf(value));
  }
  for (const name of Object.keys(facts)) {
    if (!declared.has(name)) issues.push(createIssue(remedyMessages, "unknown_fact", [name], { fact: name }));
  }
  return { values, keys, issues };
}
