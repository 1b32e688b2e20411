// pledgekit/sla — SLA policies and timers over ticket event logs (docs/design.md §2).
export { defineSlaPolicy } from "./defineSlaPolicy.js";
export { safeDefineSlaPolicy } from "./safeDefineSlaPolicy.js";
export { evaluateSla } from "./evaluateSla.js";
export { evaluateSlaBatch } from "./evaluateSlaBatch.js";
export { renderSlaTimeline } from "./renderSlaTimeline.js";
export { explainSla } from "./explainSla.js";
export { isSlaPolicy } from "./isSlaPolicy.js";
export { slaMessages, SLA_LABELS } from "./messages.js";
export {
  SlaPolicySchema,
  SlaMetricSchema,
  SlaTargetSchema,
  SlaConditionSchema,
  SlaEscalationSchema,
  TICKET_EVENT_TYPES,
  type SlaPolicyInput,
  type SlaPolicyDefinition,
  type SlaPolicyJson,
  type SlaMetricInput,
  type SlaTargetInput,
  type SlaConditionInput,
  type SlaEscalationInput,
} from "./schemas.js";
export type {
  SlaPolicy,
  SlaTimelineOptions,
  TicketEvent,
  TicketEventType,
  SlaMetricStatus,
  SlaMetricKind,
  SlaWarning,
  SlaEscalation,
  SlaCycleFigures,
  SlaCycleReport,
  MetricReport,
  SlaReport,
  SlaEvaluateOptions,
  SlaExplainOptions,
  SlaExplanation,
  SlaMetricExplanation,
  SlaCycleExplanation,
  SlaPeriod,
  SlaPeriodTotals,
  SlaChange,
  SlaThresholdExplanation,
} from "./types.js";
