// Within one rule: condition → exclusions → amount → floor → per-incident cap → one rounding.
// Every step appends an explanation note; amounts stay exact ratios of minor units until the rounding.
import { describeTests, evaluateCondition, type FactKey } from "./conditions.js";
import type { ReadFacts } from "./facts.js";
import type { Amount, Exclusion, Grantable, Points, PolicyVersion, Rule, Scalar, UnitCount } from "./model.js";
import {
  ceilRatio,
  cmp,
  currencyExponent,
  div,
  floorRatio,
  formatMinorUnits,
  formatRatio,
  mul,
  pow10,
  ratio,
  roundRatio,
  sub,
  type Ratio,
} from "./money.js";
import { findTierRow } from "./tiers.js";
import { claimWindowFor } from "./windows.js";

export interface Note {
  readonly code: string;
  readonly ruleId?: string;
  readonly params: Record<string, unknown>;
}

type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly missing: readonly string[] } | { readonly ok: "none" };

const NONE = { ok: "none" } as const;
const missing = (facts: readonly string[]): { ok: false; missing: readonly string[] } => ({ ok: false, missing: facts });

/** Exact decimal text of minor units, in major units (for explanations). */
export function showMinor(minor: Ratio, currency: string): string {
  const exponent = currencyExponent(currency) as number;
  if (minor.d === 1n) return formatMinorUnits(minor.n, exponent);
  return formatRatio(div(minor, ratio(pow10(exponent))), exponent + 6);
}

export class RuleContext {
  readonly notes: Note[] = [];

  constructor(
    readonly version: PolicyVersion,
    readonly facts: ReadFacts,
    readonly ruleId: string,
  ) {}

  note(code: string, params: Record<string, unknown> = {}): void {
    this.notes.push({ code, ruleId: this.ruleId, params: { rule: this.ruleId, ...params } });
  }

  units(count: UnitCount): Outcome<bigint> {
    const fact = this.facts.values.get(count.fact);
    if (fact?.type !== "number") return missing([count.fact]);
    const over = sub(fact.value, count.grace);
    let units = over.n <= 0n ? 0n : count.count === "started" ? ceilRatio(div(over, count.unit)) : floorRatio(div(over, count.unit));
    if (count.maxUnits !== undefined && units > BigInt(count.maxUnits)) units = BigInt(count.maxUnits);
    this.note("units_counted", {
      fact: count.fact,
      value: formatRatio(fact.value),
      grace: formatRatio(count.grace),
      unit: formatRatio(count.unit),
      count: count.count,
      units: units.toString(),
    });
    return { ok: true, value: units };
  }

  amount(node: Amount): Outcome<Ratio> {
    switch (node.kind) {
      case "fixed":
        return { ok: true, value: node.minor };
      case "percent":
      case "multiple": {
        const fact = this.facts.values.get(node.fact);
        if (fact?.type !== "money") return missing([node.fact]);
        const factor = node.kind === "percent" ? div(node.percent, ratio(100n)) : node.factor;
        return { ok: true, value: mul(ratio(fact.minor), factor) };
      }
      case "per": {
        const units = this.units(node);
        if (units.ok !== true) return units;
        const per = this.amount(node.per);
        return per.ok === true ? { ok: true, value: mul(per.value, ratio(units.value)) } : per;
      }
      case "min":
      case "max": {
        const values: Ratio[] = [];
        const needed = new Set<string>();
        for (const item of node.items) {
          const result = this.amount(item);
          if (result.ok === "none") return NONE;
          if (result.ok === false) result.missing.forEach((f) => needed.add(f));
          else values.push(result.value);
        }
        if (needed.size > 0) return missing([...needed]);
        const pick = values.reduce((a, b) => ((node.kind === "min" ? cmp(b, a) < 0 : cmp(b, a) > 0) ? b : a));
        this.note(node.kind === "min" ? "amount_min" : "amount_max", { values: values.map((x) => showMinor(x, node.currency)), amount: showMinor(pick, node.currency), currency: node.currency });
        return { ok: true, value: pick };
      }
      case "scale": {
        const inner = this.amount(node.inner);
        if (inner.ok !== true) return inner;
        const params = { factor: formatRatio(node.factor), reason: node.reason };
        if (node.when !== undefined) {
          const verdict = evaluateCondition(node.when, this.facts.keys);
          if (verdict.value === undefined) return missing(verdict.missing);
          if (!verdict.value) {
            this.note("modifier_not_applied", params);
            return inner;
          }
        }
        this.note("modifier_applied", params);
        return { ok: true, value: mul(inner.value, node.factor) };
      }
      case "tiers": {
        const values = new Map<string, Scalar>();
        const absent = node.table.keys.filter((key) => !this.facts.keys.has(key));
        if (absent.length > 0) return missing(absent);
        for (const key of node.table.keys) values.set(key, this.facts.keys.get(key) as FactKey);
        const row = findTierRow(node.table.rows, values);
        if (row === undefined) {
          this.note("no_tier_matched", { values: node.table.keys.map((key) => `${key} = ${this.showFact(key)}`).join(", ") });
          return NONE;
        }
        const bands = row.bands.map(describeTests).join("; ") || "any value";
        const name = row.id ?? row.label ?? row.index;
        if (row.amount === undefined) {
          this.note("tier_no_remedy", { row: name, bands });
          return NONE;
        }
        this.note("tier_matched", { row: name, bands });
        return this.amount(row.amount);
      }
    }
  }

  showFact(name: string): string {
    const value = this.facts.values.get(name);
    if (value === undefined) return "missing";
    switch (value.type) {
      case "number":
        return formatRatio(value.value);
      case "money":
        return `${formatMinorUnits(value.minor, currencyExponent(value.currency) as number)} ${value.currency}`;
      case "instant":
        return new Date(value.ms).toISOString();
      default:
        return JSON.stringify(value.value);
    }
  }

  points(points: Points): Outcome<number> {
    if (points.kind === "fixed") return { ok: true, value: points.points };
    const units = this.units(points);
    return units.ok === true ? { ok: true, value: Number(units.value) * points.per } : units;
  }

  /** A monetary grant: amount → floor → per-incident cap → one rounding, in integer minor units. */
  money(grant: Grantable, option: string | undefined): Outcome<bigint> {
    const currency = grant.currency as string;
    const exponent = currencyExponent(currency) as number;
    const shown = (x: Ratio): string => showMinor(x, currency);
    const amount = this.amount(grant.amount as Amount);
    if (amount.ok !== true) return amount;
    let value = amount.value;
    this.note("amount_computed", { option, amount: shown(value), currency });
    let floor: Ratio | undefined;
    if (grant.floor !== undefined) {
      const result = this.amount(grant.floor);
      if (result.ok === false) return result;
      if (result.ok === true) {
        floor = result.value;
        if (cmp(value, floor) < 0) {
          this.note("floor_applied", { floor: shown(floor), before: shown(value), currency });
          value = floor;
        }
      }
    }
    if (grant.cap !== undefined) {
      const result = this.amount(grant.cap);
      if (result.ok === false) return result;
      if (result.ok === true && cmp(value, result.value) > 0) {
        this.note("cap_applied", { cap: shown(result.value), before: shown(value), currency });
        value = result.value;
        if (floor !== undefined && cmp(result.value, floor) < 0) this.note("cap_below_floor", { cap: shown(result.value), floor: shown(floor), currency });
      }
    }
    const rounded = roundRatio(value, this.version.rounding);
    if (value.d !== 1n) {
      this.note("rounded", { exact: shown(value), amount: formatMinorUnits(rounded, exponent), currency, mode: this.version.rounding });
    }
    return { ok: true, value: rounded };
  }
}

/** The exclusions that bar `rule` (policy-level ones naming it or naming no rule, then the rule's own). */
export function applicableExclusions(version: PolicyVersion, rule: Rule): Exclusion[] {
  return [...version.exclusions.filter((e) => e.rules === undefined || e.rules.includes(rule.id)), ...rule.exclusions];
}

export type Gate = { readonly open: true } | { readonly open: false; readonly missing: readonly string[] };

/** Condition and exclusions of a rule, with their notes. */
export function checkRule(ctx: RuleContext, rule: Rule): Gate {
  if (rule.when !== undefined) {
    const verdict = evaluateCondition(rule.when, ctx.facts.keys);
    if (verdict.value === undefined) return { open: false, missing: verdict.missing };
    if (!verdict.value) {
      ctx.note("rule_not_applicable");
      return { open: false, missing: [] };
    }
  }
  ctx.note("rule_applies");
  for (const exclusion of applicableExclusions(ctx.version, rule)) {
    const hit = evaluateCondition(exclusion.when, ctx.facts.keys);
    if (hit.value === undefined) return { open: false, missing: hit.missing };
    if (!hit.value) continue;
    const params = { exclusion: exclusion.id, reason: exclusion.reason };
    if (exclusion.unless !== undefined) {
      const carveBack = evaluateCondition(exclusion.unless, ctx.facts.keys);
      if (carveBack.value === undefined) return { open: false, missing: carveBack.missing };
      if (carveBack.value) {
        ctx.note("carve_back", params);
        continue;
      }
    }
    ctx.note("excluded", params);
    return { open: false, missing: [] };
  }
  return { open: true };
}


export type WindowGate =
  | { readonly open: true; readonly window: { readonly opensAt: string; readonly closesAt: string } | undefined }
  | { readonly open: false; readonly missing: readonly string[] };

/**
 * The claim window of an on-claim rule, checked against the claim instant (the claim fact, else
 * `now`). Automatic rules and rules without a window pass.
 */
export function checkClaimWindow(ctx: RuleContext, rule: Rule, claimMs: number | undefined): WindowGate {
  const window = rule.claimWindow;
  if (rule.delivery !== "on_claim" || window === undefined) return { open: true, window: undefined };
  const from = ctx.facts.values.get(window.from);
  if (from?.type !== "instant") return { open: false, missing: [window.from] };
  const { opensAt, closesAt } = claimWindowFor(window, from.ms);
  const shown = { opensAt: new Date(opensAt).toISOString(), closesAt: new Date(closesAt).toISOString() };
  if (claimMs === undefined) {
    ctx.note("claim_time_unknown", { fact: ctx.version.claimFact ?? "claimedAt", ...shown });
    return { open: false, missing: [ctx.version.claimFact ?? "claimedAt"] };
  }
  const inside = opensAt <= claimMs && claimMs < closesAt;
  ctx.note(inside ? "claim_in_window" : "claim_outside_window", { claimedAt: new Date(claimMs).toISOString(), ...shown });
  return inside ? { open: true, window: shown } : { open: false, missing: [] };
}
