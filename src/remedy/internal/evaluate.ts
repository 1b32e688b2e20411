// Within one rule: condition → exclusions → amount → floor → per-incident cap → one rounding.
// Every step appends an explanation note; amounts stay exact ratios of minor units until the rounding.
import { createIssue, isPledgeError, type Issue } from "../../core/index.js";
import { remedyMessages } from "../messages.js";
import { describeTests, evaluateCondition } from "./conditions.js";
import type { ReadFacts } from "./facts.js";
import type { Amount, Exclusion, Grantable, Points, PolicyVersion, Proportion, Rule, UnitCount } from "./model.js";
import {
  add,
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

/** The most units a per-unit amount or points rule counts when it sets no `maxUnits`. */
const MAX_COUNTED_UNITS = 1_000_000;

export interface Note {
  readonly code: string;
  readonly ruleId?: string;
  readonly params: Record<string, unknown>;
  /** Params holding ISO instants that the message prints as local times in `timeZone`. */
  readonly local?: { readonly keys: readonly string[]; readonly timeZone: string };
}

type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly missing: readonly string[] } | { readonly ok: "none" };

const NONE = { ok: "none" } as const;
const missing = (facts: readonly string[]): { ok: false; missing: readonly string[] } => ({ ok: false, missing: facts });

/** Exact decimal text of minor units, in major units (for explanations). */
function showMinor(minor: Ratio, currency: string): string {
  const exponent = currencyExponent(currency) as number;
  if (minor.d === 1n) return formatMinorUnits(minor.n, exponent);
  return formatRatio(div(minor, ratio(pow10(exponent))), exponent + 6);
}

export class RuleContext {
  readonly notes: Note[] = [];
  /** Problems with the facts found while deciding this rule (reported in the decision). */
  readonly issues: Issue[] = [];

  constructor(
    readonly version: PolicyVersion,
    readonly facts: ReadFacts,
    readonly ruleId: string,
  ) {}

  note(code: string, params: Record<string, unknown> = {}, local?: Note["local"]): void {
    this.notes.push({ code, ruleId: this.ruleId, params: { rule: this.ruleId, ...params }, ...(local === undefined ? {} : { local }) });
  }

  units(count: UnitCount): Outcome<bigint> {
    const fact = this.facts.values.get(count.fact);
    if (fact?.type !== "number") return missing([count.fact]);
    const over = sub(fact.value, count.grace);
    let units = over.n <= 0n ? 0n : count.count === "started" ? ceilRatio(div(over, count.unit)) : floorRatio(div(over, count.unit));
    // At most a million units are ever counted, so points stay safe integers and amounts stay small.
    const most = BigInt(count.maxUnits ?? MAX_COUNTED_UNITS);
    if (units > most) units = most;
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
      case "multiple":
        return this.proportion(node, node.kind === "percent" ? div(node.percent, ratio(100n)) : node.factor);
      case "per": {
        const units = this.units(node);
        if (units.ok !== true) return units;
        const per = this.amount(node.per);
        return per.ok === true ? { ok: true, value: mul(per.value, ratio(units.value)) } : per;
      }
      case "sum":
      case "min":
      case "max": {
        const values: Ratio[] = [];
        const needed = new Set<string>();
        for (const item of node.items) {
          const result = this.amount(item);
          // A sum skips a part that grants nothing (a tier without remedy); min and max need every part.
          if (result.ok === "none") {
            if (node.kind === "sum") continue;
            return NONE;
          }
          if (result.ok === false) result.missing.forEach((f) => needed.add(f));
          else values.push(result.value);
        }
        if (needed.size > 0) return missing([...needed]);
        if (values.length === 0) return NONE;
        const pick = node.kind === "sum" ? values.reduce(add) : values.reduce((a, b) => ((node.kind === "min" ? cmp(b, a) < 0 : cmp(b, a) > 0) ? b : a));
        this.note(`amount_${node.kind}`, {
          values: values.map((x) => showMinor(x, node.currency)),
          amount: showMinor(pick, node.currency),
          currency: node.currency,
        });
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
        const { row, missing: absent } = findTierRow(node.table.rows, this.facts.keys);
        if (absent.length > 0) return missing(absent);
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

  /** A money fact × factor (× another fact, ÷ a constant or a fact), exact. */
  proportion(node: Proportion & { readonly currency: string }, factor: Ratio): Outcome<Ratio> {
    const base = this.facts.values.get(node.fact);
    const times = node.times === undefined ? undefined : this.facts.keys.get(node.times);
    const divisor = node.divideByFact === undefined ? node.divideBy : this.facts.keys.get(node.divideByFact);
    const absent = [
      ...(base?.type === "money" ? [] : [node.fact]),
      ...(node.times !== undefined && times === undefined ? [node.times] : []),
      ...(node.divideByFact !== undefined && divisor === undefined ? [node.divideByFact] : []),
    ];
    if (absent.length > 0) return missing(absent);
    let value = mul(ratio((base as { minor: bigint }).minor), factor);
    if (times === undefined && divisor === undefined) return { ok: true, value };
    if (times !== undefined) value = mul(value, times as Ratio);
    if (divisor !== undefined) {
      if ((divisor as Ratio).n === 0n) {
        this.note("division_by_zero", { fact: node.divideByFact });
        return NONE;
      }
      value = div(value, divisor as Ratio);
    }
    const parts = [`${formatRatio(factor)} × ${node.fact} ${this.showFact(node.fact)}`];
    if (node.times !== undefined) parts.push(`× ${node.times} ${this.showFact(node.times)}`);
    if (node.divideByFact !== undefined) parts.push(`÷ ${node.divideByFact} ${this.showFact(node.divideByFact)}`);
    else if (node.divideBy !== undefined) parts.push(`÷ ${formatRatio(node.divideBy)}`);
    this.note("amount_ratio", { formula: parts.join(" "), amount: showMinor(value, node.currency), currency: node.currency });
    return { ok: true, value };
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
function applicableExclusions(version: PolicyVersion, rule: Rule): Exclusion[] {
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
  let bounds: { opensAt: number; closesAt: number };
  try {
    bounds = claimWindowFor(window, from.ms);
  } catch (error) {
    // An event so late that its window ends past the calendar's years: a fact problem, reported.
    if (!isPledgeError(error)) throw error;
    ctx.issues.push(
      createIssue(remedyMessages, "invalid_fact", ["facts", window.from], {
        fact: window.from,
        received: new Date(from.ms).toISOString(),
        expected: "an instant whose claim window ends within the years 0002–9998",
      }),
    );
    ctx.note("rule_invalid_facts", { facts: [window.from] });
    return { open: false, missing: [] };
  }
  const { opensAt, closesAt } = bounds;
  const shown = { opensAt: new Date(opensAt).toISOString(), closesAt: new Date(closesAt).toISOString() };
  const timeZone = window.calendar.timeZone;
  if (claimMs === undefined) {
    ctx.note("claim_time_unknown", { fact: ctx.version.claimFact ?? "claimedAt", ...shown }, { keys: ["opensAt", "closesAt"], timeZone });
    return { open: false, missing: [ctx.version.claimFact ?? "claimedAt"] };
  }
  const inside = opensAt <= claimMs && claimMs < closesAt;
  ctx.note(
    inside ? "claim_in_window" : "claim_outside_window",
    { claimedAt: new Date(claimMs).toISOString(), ...shown },
    { keys: ["claimedAt", "opensAt", "closesAt"], timeZone },
  );
  return inside ? { open: true, window: shown } : { open: false, missing: [] };
}
