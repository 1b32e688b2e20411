// Per-period caps: what the claimant already received in the incident's period (from `history`)
// counts against the cap; the current money remedies are cut, last rule first, to what is left.
import { localDate } from "../../calendar/index.js";
import { MS_PER_DAY } from "../../core/index.js";
import type { Note } from "./evaluate.js";
import type { Granted } from "./grant.js";
import type { PeriodCap, PolicyVersion } from "./model.js";
import { currencyExponent, formatMinorUnits } from "./money.js";
import { alwaysOpen } from "./windows.js";

export interface PastGrant {
  readonly at: number;
  readonly currency: string;
  readonly minor: bigint;
  readonly ruleId: string | undefined;
  readonly policyId: string | undefined;
}

const PERIOD_LENGTH = { day: 10, month: 7, year: 4 } as const;

/** The calendar period (day, month or year in the cap's zone) holding an instant, as text. */
function periodKey(period: "day" | "month" | "year", timeZone: string, at: number): string {
  return localDate(alwaysOpen(timeZone), at).slice(0, PERIOD_LENGTH[period]);
}

function inPeriod(cap: PeriodCap, anchor: number, at: number): boolean {
  if (typeof cap.period === "object") return at <= anchor && at > anchor - cap.period.rollingDays * MS_PER_DAY;
  return periodKey(cap.period, cap.timeZone, at) === periodKey(cap.period, cap.timeZone, anchor);
}

function periodText(cap: PeriodCap, anchor: number): string {
  if (typeof cap.period === "object") return `${cap.period.rollingDays} days up to the incident`;
  return `${cap.period} ${periodKey(cap.period, cap.timeZone, anchor)} (${cap.timeZone})`;
}

export type CapOutcome =
  | { readonly ok: true; readonly value: Granted[] }
  | { readonly ok: false; readonly missing: readonly string[]; readonly rules: readonly string[] };

export function applyPeriodCaps(
  version: PolicyVersion,
  granted: readonly Granted[],
  anchor: number | undefined,
  history: readonly PastGrant[],
  policyId: string,
  notes: Note[],
): CapOutcome {
  let current = [...granted];
  for (const cap of version.periodCaps) {
    const subject = (g: { currency: string | undefined; ruleId: string | undefined }): boolean =>
      g.currency === cap.currency && (cap.rules === undefined || (g.ruleId !== undefined && cap.rules.includes(g.ruleId)));
    const capped = current.filter((g) => g.minor !== undefined && subject(g));
    if (capped.length === 0) continue;
    if (anchor === undefined) {
      return { ok: false, missing: [version.incidentFact as string], rules: capped.map((g) => g.ruleId) };
    }
    const used = history
      .filter((h) => (h.policyId === undefined || h.policyId === policyId) && subject(h) && inPeriod(cap, anchor, h.at))
      .reduce((sum, h) => sum + h.minor, 0n);
    const remaining = used >= cap.minor ? 0n : cap.minor - used;
    const exponent = currencyExponent(cap.currency) as number;
    const show = (minor: bigint): string => formatMinorUnits(minor, exponent);
    notes.push({
      code: "period_cap",
      params: { cap: cap.id, period: periodText(cap, anchor), limit: show(cap.minor), used: show(used), remaining: show(remaining), currency: cap.currency },
    });
    let excess = capped.reduce((sum, g) => sum + (g.minor as bigint), 0n) - remaining;
    if (excess <= 0n) continue;
    const cut = new Map<Granted, bigint>();
    for (const g of [...capped].reverse()) {
      if (excess <= 0n) break;
      const take = (g.minor as bigint) < excess ? (g.minor as bigint) : excess;
      excess -= take;
      cut.set(g, (g.minor as bigint) - take);
      notes.push({
        code: "period_cap_cut",
        ruleId: g.ruleId,
        params: { rule: g.ruleId, cap: cap.id, before: show(g.minor as bigint), after: show((g.minor as bigint) - take), currency: cap.currency },
      });
    }
    current = current.flatMap((g) => {
      const after = cut.get(g);
      if (after === undefined) return [g];
      return after === 0n ? [] : [{ ...g, minor: after }];
    });
  }
  return { ok: true, value: current };
}
