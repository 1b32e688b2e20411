// The effects a report says have fired, one row each for the outbox. Every cycle of every metric
// counts (a next_reply metric breaches once per cycle), so the key carries the cycle index.
import type { SlaReport } from "pledgekit/sla";

export interface SlaEffect {
  readonly metricId: string;
  readonly cycle: number;
  readonly effect: "warning" | "breached" | "escalation";
  /** `fraction:0.5`, `before:1800000` (ms before the due), `level:2`, or "" for a breach. */
  readonly detail: string;
  readonly firedAt: string;
}

/** Every warning, breach and escalation that has fired in `report`, in metric and cycle order. */
export function effectsOf(report: SlaReport): SlaEffect[] {
  const effects: SlaEffect[] = [];
  for (const metric of report.metrics) {
    for (const cycle of metric.cycles) {
      for (const warning of cycle.warnings) {
        effects.push({ metricId: metric.id, cycle: cycle.index, effect: "warning", detail: `${warning.kind}:${warning.value}`, firedAt: warning.firedAt });
      }
      if (cycle.breachedAt !== null) effects.push({ metricId: metric.id, cycle: cycle.index, effect: "breached", detail: "", firedAt: cycle.breachedAt });
      for (const escalation of cycle.escalations) {
        effects.push({ metricId: metric.id, cycle: cycle.index, effect: "escalation", detail: `level:${escalation.level}`, firedAt: escalation.firedAt });
      }
    }
  }
  return effects;
}

/** The outbox's unique key of an effect, as one string (for comparisons in tests and tools). */
export function effectKey(ticketId: string, effect: SlaEffect): string {
  return `${ticketId}|${effect.metricId}|${effect.cycle}|${effect.effect}|${effect.detail}|${effect.firedAt}`;
}
