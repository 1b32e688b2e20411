import { PledgeError } from "../core/index.js";
import { formatInstant } from "../core/index.js";
import { readInstantMs, toInstantMs } from "../core/index.js";
import { createIssue } from "../core/index.js";
import { meets } from "./internal/attainment.js";
import { parseList, readLocale, readOptions } from "./internal/options.js";
import { commitmentMessages, kpiLabels } from "./messages.js";
import type { ComputeKpisOptions, KpiReport, KpiResult } from "./types.js";
import { KpiDefinitionSchema, KpiOutcomeSchema, type KpiDefinitionInput, type KpiKind, type KpiOutcome } from "./schemas.js";

const LOWER_IS_BETTER: Readonly<Record<KpiKind, boolean>> = {
  commitment_compliance: false,
  first_contact_resolution: false,
  complaint_rate: true,
  satisfaction: false,
};

type ParsedOutcome = ReturnType<typeof KpiOutcomeSchema.parse>;
type ParsedDefinition = ReturnType<typeof KpiDefinitionSchema.parse>;

function share(flags: readonly boolean[]): number {
  return (flags.filter(Boolean).length / flags.length) * 100;
}

function measure(definition: ParsedDefinition, outcomes: readonly ParsedOutcome[]): { actual: number | null; sample: number } {
  let flags: boolean[] = [];
  switch (definition.kind) {
    case "commitment_compliance":
      for (const o of outcomes) {
        if (o.commitmentMet !== undefined && (definition.commitment === undefined || o.commitment === definition.commitment)) flags.push(o.commitmentMet);
      }
      break;
    case "first_contact_resolution":
      flags = outcomes.flatMap((o) => (o.firstContactResolved === undefined ? [] : [o.firstContactResolved]));
      break;
    case "complaint_rate":
      flags = outcomes.flatMap((o) => (o.complaint === undefined ? [] : [o.complaint]));
      break;
    case "satisfaction": {
      const scores = outcomes.flatMap((o) => (o.satisfaction === undefined ? [] : [o.satisfaction]));
      if (definition.satisfaction?.measure === "mean") {
        return { actual: scores.length === 0 ? null : scores.reduce((a, b) => a + b, 0) / scores.length, sample: scores.length };
      }
      const satisfiedAt = definition.satisfaction?.satisfiedAt ?? 4;
      flags = scores.map((score) => score >= satisfiedAt);
      break;
    }
  }
  return { actual: flags.length === 0 ? null : share(flags), sample: flags.length };
}

/**
 * KPIs over a period (关键绩效指标): commitment compliance rate (承诺达成率), first-contact resolution
 * rate (首次解决率), complaint rate (投诉率) and customer satisfaction (客户满意度), each with its
 * baseline, target, actual value, whether it was met, attainment and progress from the baseline.
 * Rates are percentages (0–100), like commitment targets with unit "percent". Each outcome counts
 * for the KPIs whose field it carries; outcomes outside `[from, to)` are ignored.
 * Throws `PledgeError` (`invalid_argument`) for malformed definitions, outcomes or options.
 *
 * @example
 * import { computeKpis } from "pledgekit/commitment";
 * const report = computeKpis(
 *   [
 *     { id: "csat", kind: "satisfaction", baseline: 78, target: 85 },
 *     { id: "complaints", kind: "complaint_rate", baseline: 4, target: 3 },
 *   ],
 *   [
 *     { at: "2025-03-01T10:00:00Z", satisfaction: 5, complaint: false },
 *     { at: "2025-03-02T10:00:00Z", satisfaction: 3, complaint: true },
 *   ],
 *   { locale: "zh-CN" },
 * );
 * report.kpis[0]?.label; // "客户满意度"
 * report.kpis[0]?.actual; // 50
 */
export function computeKpis(definitions: readonly KpiDefinitionInput[], outcomes: readonly KpiOutcome[], options: ComputeKpisOptions = {}): KpiReport {
  readOptions(options);
  const locale = readLocale(options.locale);
  const defs = parseList(KpiDefinitionSchema, definitions, ["definitions"]);
  const seen = new Set<string>();
  defs.forEach((d, index) => {
    if (seen.has(d.id))
      throw new PledgeError("invalid_argument", [createIssue(commitmentMessages, "duplicate_kpi", ["definitions", index, "id"], { id: d.id })]);
    seen.add(d.id);
  });
  const from = options.from === undefined ? undefined : toInstantMs(options.from, ["from"]);
  const to = options.to === undefined ? undefined : toInstantMs(options.to, ["to"]);
  const inPeriod = parseList(KpiOutcomeSchema, outcomes, ["outcomes"]).filter((o) => {
    const at = readInstantMs(o.at) as number;
    return (from === undefined || at >= from) && (to === undefined || at < to);
  });

  const kpis = defs.map((d): KpiResult => {
    const lower = LOWER_IS_BETTER[d.kind];
    const comparison = d.comparison ?? (lower ? "at_most" : "at_least");
    const unit = d.kind === "satisfaction" && d.satisfaction?.measure === "mean" ? "score" : "percent";
    const { actual, sample } = measure(d, inPeriod);
    const baseline = d.baseline ?? null;
    const better = comparison === "at_least" || comparison === "more_than";
    let attainment: number | null = null;
    if (actual !== null) {
      if (better) attainment = d.target === 0 ? null : actual / d.target;
      else if (unit === "percent") attainment = d.target === 100 ? null : (100 - actual) / (100 - d.target);
      else attainment = actual === 0 ? null : d.target / actual;
    }
    return {
      id: d.id,
      kind: d.kind,
      label: d.label ?? kpiLabels[d.kind]?.[locale] ?? d.kind,
      unit,
      comparison,
      baseline,
      target: d.target,
      actual,
      sample,
      met: actual === null ? null : meets(actual, d.target, comparison),
      attainment,
      progress: actual === null || baseline === null || baseline === d.target ? null : (actual - baseline) / (d.target - baseline),
      change: actual === null || baseline === null ? null : actual - baseline,
    };
  });
  return {
    from: from === undefined ? null : formatInstant(from),
    to: to === undefined ? null : formatInstant(to),
    kpis,
  };
}
