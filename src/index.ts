// pledgekit: every public name. Each module is also reachable on its own subpath (pledgekit/calendar, …).
export { PledgeError, isPledgeError, type PledgeErrorCode, type SafeResult } from "./core/errors.js";
export type { Issue, IssuePath } from "./core/issues.js";
export type { Locale } from "./core/messages.js";
export type { DateInput } from "./core/instants.js";
export type { DurationInput } from "./core/durations.js";
export { formatIssue } from "./formatIssue.js";
export {
  defineSlaPolicy,
  safeDefineSlaPolicy,
  evaluateSla,
  isSlaPolicy,
  slaMessages,
  SLA_LABELS,
  SlaPolicySchema,
  SlaMetricSchema,
  SlaTargetSchema,
  SlaConditionSchema,
  SlaEscalationSchema,
  TICKET_EVENT_TYPES,
  type SlaPolicy,
  type SlaPolicyInput,
  type SlaPolicyDefinition,
  type SlaMetricInput,
  type SlaTargetInput,
  type SlaConditionInput,
  type SlaEscalationInput,
  type TicketEvent,
  type TicketEventType,
  type SlaMetricStatus,
  type SlaMetricKind,
  type SlaWarning,
  type SlaEscalation,
  type SlaCycleFigures,
  type SlaCycleReport,
  type SlaMetricReport,
  type MetricReport,
  type SlaReport,
  type SlaEvaluateOptions,
} from "./sla/index.js";
