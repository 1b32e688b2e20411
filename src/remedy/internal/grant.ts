// What one applicable rule grants: a money amount, points, a non-monetary remedy, or — for a
// claimant's-choice rule — the chosen option or the list of options still to choose from.
import type { RemedyKind } from "../schemas.js";
import type { RuleContext } from "./evaluate.js";
import type { Grantable, Rule } from "./model.js";
import { MONETARY_KINDS } from "../schemas.js";
import { currencyExponent, formatMinorUnits } from "./money.js";

export interface Granted {
  readonly ruleId: string;
  readonly kind: RemedyKind | "choice";
  readonly label: string | undefined;
  /** Money: whole minor units of `currency` (already rounded). */
  readonly minor: bigint | undefined;
  readonly currency: string | undefined;
  readonly points: number | undefined;
  readonly item: string | undefined;
  readonly quantity: number | undefined;
  readonly instrument: string | undefined;
  readonly optionId: string | undefined;
  readonly options: readonly Granted[] | undefined;
  readonly delivery: "automatic" | "on_claim";
  readonly claimWindow: { readonly opensAt: string; readonly closesAt: string } | undefined;
}

export type GrantOutcome =
  | { readonly ok: true; readonly value: Granted }
  | { readonly ok: false; readonly missing: readonly string[] }
  | { readonly ok: "none" };

type Window = Granted["claimWindow"];

function grantOne(ctx: RuleContext, rule: Rule, grant: Grantable, optionId: string | undefined, window: Window): GrantOutcome {
  const base = {
    ruleId: rule.id,
    kind: grant.kind,
    label: grant.label ?? rule.label,
    item: grant.item,
    quantity: grant.quantity,
    instrument: grant.instrument,
    optionId,
    options: undefined,
    delivery: rule.delivery,
    claimWindow: window,
  };
  if (MONETARY_KINDS.includes(grant.kind)) {
    const minor = ctx.money(grant, optionId);
    if (minor.ok !== true) return minor;
    if (minor.value === 0n) {
      ctx.note("amount_zero");
      return { ok: "none" };
    }
    return { ok: true, value: { ...base, minor: minor.value, currency: grant.currency, points: undefined } };
  }
  if (grant.points !== undefined) {
    const points = ctx.points(grant.points);
    if (points.ok !== true) return points;
    if (points.value === 0) {
      ctx.note("amount_zero");
      return { ok: "none" };
    }
    return { ok: true, value: { ...base, minor: undefined, currency: undefined, points: points.value } };
  }
  return { ok: true, value: { ...base, minor: undefined, currency: undefined, points: undefined } };
}

function noteGranted(ctx: RuleContext, g: Granted): void {
  ctx.note("remedy_granted", {
    kind: g.kind,
    amount: g.minor === undefined ? undefined : formatMinorUnits(g.minor, currencyExponent(g.currency as string) as number),
    currency: g.currency,
    points: g.points,
    item: g.item,
    delivery: g.delivery,
  });
}

/** The grant of an applicable rule (its condition holds and no exclusion bars it). */
export function grantRule(ctx: RuleContext, rule: Rule, choice: string | undefined, window: Window): GrantOutcome {
  if (rule.grant !== undefined) {
    const result = grantOne(ctx, rule, rule.grant, undefined, window);
    if (result.ok === true) noteGranted(ctx, result.value);
    return result;
  }
  if (choice !== undefined) {
    const option = rule.options.find((o) => o.id === choice);
    if (option === undefined) return { ok: "none" };
    ctx.note("choice_made", { option: choice });
    const result = grantOne(ctx, rule, option, option.id, window);
    if (result.ok === true) noteGranted(ctx, result.value);
    return result;
  }
  const offered: Granted[] = [];
  const missing = new Set<string>();
  for (const option of rule.options) {
    const result = grantOne(ctx, rule, option, option.id, window);
    if (result.ok === true) offered.push(result.value);
    else if (result.ok === false) result.missing.forEach((f) => missing.add(f));
  }
  if (missing.size > 0) return { ok: false, missing: [...missing] };
  if (offered.length === 0) return { ok: "none" };
  ctx.note("choice_pending", { options: offered.map((o) => o.optionId) });
  return {
    ok: true,
    value: {
      ruleId: rule.id,
      kind: "choice",
      label: rule.label,
      minor: undefined,
      currency: undefined,
      points: undefined,
      item: undefined,
      quantity: undefined,
      instrument: undefined,
      optionId: undefined,
      options: offered,
      delivery: rule.delivery,
      claimWindow: window,
    },
  };
}
