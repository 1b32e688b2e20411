// The SMART review of one commitment: each check adds issues; the buckets and `valid` follow from them.
import type { IssuePath } from "../../core/index.js";
import { renderMessage, type Locale, type MessageParams } from "../../core/index.js";
import { commitmentMessages } from "../messages.js";
import type { WordLists } from "../types.js";
import type { HistoryCount } from "./attainment.js";
import type { Commitment, CommitmentAttainment, CommitmentIssue, CommitmentIssueSeverity, CommitmentReview, SmartCriterion, SmartResult } from "../types.js";
import { scanNormalized } from "./matcher.js";
import { readQuantities } from "./quantities.js";
import { normalizeText } from "./text.js";

/** Which SMART criterion each code belongs to; `missing_remedy` is the guarantee element, outside SMART. */
const SMART_OF_CODE: Readonly<Record<string, SmartCriterion | undefined>> = {
  vague_wording: "specific",
  absolute_claim: "specific",
  missing_service: "specific",
  statement_mismatch: "specific",
  missing_metric: "measurable",
  missing_target: "measurable",
  unachievable_target: "achievable",
  insufficient_history: "achievable",
  missing_relevance: "relevant",
  missing_time_limit: "timeBound",
  missing_remedy: undefined,
};

const SEVERITY_OF_CODE: Readonly<Record<string, CommitmentIssueSeverity>> = {
  insufficient_history: "warning",
  missing_relevance: "warning",
};

export interface ReviewContext {
  readonly locale: Locale;
  readonly wordLists: WordLists;
  readonly minSample: number;
  /** Counted history, when history was given and the standard has a target. */
  readonly history: HistoryCount | undefined;
}

const filled = (text: string | undefined): boolean => typeof text === "string" && text.trim() !== "";
const EPSILON = 1e-9;

export function reviewCommitment(commitment: Commitment, context: ReviewContext): CommitmentReview {
  const { definition: d, standard } = commitment;
  const issues: CommitmentIssue[] = [];
  const add = (code: string, path: IssuePath, params: MessageParams = {}): void => {
    issues.push({
      code,
      severity: SEVERITY_OF_CODE[code] ?? "error",
      path,
      message: renderMessage(commitmentMessages, code, params, context.locale, code),
      params,
    });
  };

  // Specific: a named service, and wording that is concrete, truthful and consistent with the standard.
  if (!filled(d.service?.content)) add("missing_service", ["service", "content"]);
  const hasEvidence = (d.evidence ?? []).some(filled);
  const target = standard.target;
  for (const field of ["title", "statement"] as const) {
    const text = d[field];
    if (!filled(text)) continue;
    const normalized = normalizeText(text as string);
    const matches = scanNormalized(normalized, context.wordLists);
    const findings: { start: number; emit: () => void }[] = [];
    for (const m of matches) {
      const params = { found: m.found, word: m.term, offset: m.offset };
      if (m.list === "vague") findings.push({ start: m.start, emit: () => add("vague_wording", [field], params) });
      else if (m.list === "absolute" && !hasEvidence) findings.push({ start: m.start, emit: () => add("absolute_claim", [field], params) });
    }
    for (const q of readQuantities(normalized, matches)) {
      const base = { found: q.found, offset: q.offset };
      if (q.kind === "duration" && target?.kind === "duration" && !q.businessDays && q.ms !== target.ms) {
        const params = { ...base, kind: "duration", value: q.ms, expected: target.ms, against: "target" };
        findings.push({ start: q.start, emit: () => add("statement_mismatch", [field], params) });
      } else if (q.kind === "percent" && target !== undefined) {
        // A percentage states the target of a percent standard, or the attainment of a time limit.
        const expected = target.kind === "number" ? (target.unit === "percent" ? target.value : undefined) : standard.attainment * 100;
        if (expected !== undefined && Math.abs(q.value - expected) > EPSILON) {
          const against = target.kind === "number" ? "target" : "attainment";
          const params = { ...base, kind: "percent", value: q.value, expected: Math.round(expected * 1e9) / 1e9, against };
          findings.push({ start: q.start, emit: () => add("statement_mismatch", [field], params) });
        }
      }
    }
    for (const finding of findings.sort((a, b) => a.start - b.start)) finding.emit();
  }

  // Measurable: a metric and a target with a unit.
  if (!filled(d.standard?.metric)) add("missing_metric", ["standard", "metric"]);
  if (target === undefined) add("missing_target", ["standard", "target"], { reason: "none" });
  else if (target.kind === "number" && target.unit === undefined) add("missing_target", ["standard", "unit"], { reason: "unit", target: target.value });

  // Achievable: history must show the promised attainment.
  let attainment: CommitmentAttainment | undefined;
  const history = context.history;
  if (history !== undefined) {
    const sufficient = history.sample >= context.minSample;
    if (history.sample > 0) {
      attainment = { sample: history.sample, met: history.met, rate: history.met / history.sample, promised: standard.attainment, sufficient };
    }
    if (!sufficient) add("insufficient_history", ["standard", "target"], { sample: history.sample, minSample: context.minSample });
    else if (attainment !== undefined && attainment.rate < attainment.promised) {
      add("unachievable_target", ["standard", "target"], {
        observed: attainment.rate,
        sample: attainment.sample,
        met: attainment.met,
        promised: attainment.promised,
      });
    }
  }

  // Relevant: tied to a need, a SERVQUAL dimension or a KPI.
  const relevance = d.relevance;
  if (!((relevance?.needs ?? []).some(filled) || relevance?.servqualDimension !== undefined || filled(relevance?.kpi))) {
    add("missing_relevance", ["relevance"]);
  }

  // Time-bound: a duration target is a time limit; otherwise a deadline.
  if (target?.kind !== "duration" && d.deadline === undefined) add("missing_time_limit", ["deadline"]);

  // The guarantee element.
  if (!filled(d.remedy?.policy) && !filled(d.remedy?.description)) add("missing_remedy", ["remedy"]);

  const bucket = (criterion: SmartCriterion): SmartResult => {
    const own = issues.filter((issue) => SMART_OF_CODE[issue.code] === criterion);
    return { pass: own.length === 0, issues: own };
  };
  const review = {
    valid: !issues.some((issue) => issue.severity === "error"),
    smart: {
      specific: bucket("specific"),
      measurable: bucket("measurable"),
      achievable: bucket("achievable"),
      relevant: bucket("relevant"),
      timeBound: bucket("timeBound"),
    },
    issues,
  };
  return attainment === undefined ? review : { ...review, attainment };
}
