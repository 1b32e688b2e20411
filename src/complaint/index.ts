// pledgekit/complaint: complaint classes, the customer's escalation ladder, ISO 10002 handling
// steps as a pure state machine, escalation rules and regulatory deadlines.
export { defineComplaintPolicy } from "./defineComplaintPolicy.js";
export { safeDefineComplaintPolicy } from "./safeDefineComplaintPolicy.js";
export { defaultComplaintPolicy } from "./defaultComplaintPolicy.js";
export { defaultComplaintPolicyInput } from "./defaultComplaintPolicyInput.js";
export { openComplaint } from "./openComplaint.js";
export { openComplaintWithEffects } from "./openComplaintWithEffects.js";
export { applyComplaintEvent } from "./applyComplaintEvent.js";
export { complaintStatus } from "./complaintStatus.js";
export { complaintReport } from "./complaintReport.js";
export { replayComplaint, type ComplaintReplay } from "./replayComplaint.js";
export { complaintPolicyLabels, type ComplaintPolicyLabels } from "./complaintPolicyLabels.js";
export { regulatoryDeadlines, REGULATORY_PRESETS, type RegulatoryPreset, type RegulatoryStepMap } from "./regulatoryDeadlines.js";
export { complaintMessages } from "./messages.js";
export type { ComplaintPolicy } from "./internal/compile.js";
export {
  ComplaintPolicySchema,
  ComplaintEventSchema,
  ComplaintDeadlineSchema,
  ComplaintRuleSchema,
  DeadlineLengthSchema,
  DeadlineCountingSchema,
  OpenComplaintInputSchema,
  COMPLAINT_EVENT_TYPES,
  COMPLAINT_STEP_VERBS,
  type ComplaintPolicyInput,
  type ComplaintPolicyDefinition,
  type ComplaintDeadlineInput,
  type ComplaintDeadlineDefinition,
  type ComplaintEventInput,
  type ComplaintEvent,
  type ComplaintEventType,
  type ComplaintRuleInput,
  type ComplaintTriggerInput,
  type ComplaintLabelInput,
  type DeadlineLengthInput,
  type DeadlineCountingInput,
  type DeadlineUnit,
  type OpenComplaintInput,
} from "./schemas.js";
export type {
  ComplaintState,
  ComplaintEffect,
  ComplaintEffectType,
  ComplaintTransitionResult,
  ComplaintClockState,
  ComplaintPause,
  ComplaintExtension,
  ComplaintLevels,
  ComplaintHistoryEntry,
  ComplaintFiredRule,
  ComplaintStatus,
  ComplaintDeadlineStatus,
  ComplaintReport,
} from "./types.js";
