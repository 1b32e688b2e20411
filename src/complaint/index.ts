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
export { replayComplaint } from "./replayComplaint.js";
export { complaintPolicyLabels } from "./complaintPolicyLabels.js";
export { isComplaintPolicy } from "./isComplaintPolicy.js";
export { regulatoryDeadlines, REGULATORY_PRESETS } from "./regulatoryDeadlines.js";
export { complaintMessages } from "./messages.js";
export {
  ComplaintPolicySchema,
  ComplaintEventSchema,
  ComplaintDeadlineSchema,
  ComplaintRuleSchema,
  DeadlineLengthSchema,
  DeadlineCountingSchema,
  OpenComplaintInputSchema,
  ComplaintStateSchema,
  DEADLINE_KINDS,
  DEADLINE_LIMITS,
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
  type DeadlineLengthDefinition,
  type ComplaintStateInput,
  type DeadlineCountingInput,
  type DeadlineUnit,
  type OpenComplaintInput,
} from "./schemas.js";
export type {
  ComplaintPolicy,
  ComplaintPolicyLabels,
  ComplaintReplay,
  RegulatoryPreset,
  RegulatoryStepMap,
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
