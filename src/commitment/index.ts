// pledgekit/commitment: service commitments (服务承诺), SMART review, wording checks, KPIs.
export { defineCommitment } from "./defineCommitment.js";
export { safeDefineCommitment } from "./safeDefineCommitment.js";
export { isCommitment } from "./isCommitment.js";
export { validateCommitment } from "./validateCommitment.js";
export { computeKpis } from "./computeKpis.js";
export { commitmentToSlaPolicy } from "./commitmentToSlaPolicy.js";
export { slaKindOf } from "./slaKindOf.js";
export { extendWordLists } from "./extendWordLists.js";
export { defaultWordLists } from "./wordLists.js";
export { commitmentMessages } from "./messages.js";
export type {
  Commitment,
  CompiledStandard,
  CompiledTarget,
  CommitmentIssue,
  CommitmentIssueSeverity,
  CommitmentReview,
  CommitmentAttainment,
  CommitmentSlaKind,
  CommitmentToSlaPolicyOptions,
  ComputeKpisOptions,
  KpiReport,
  KpiResult,
  SmartCriterion,
  SmartResult,
  ValidateCommitmentOptions,
  WordLists,
} from "./types.js";
export {
  CommitmentSchema,
  CommitmentStandardSchema,
  CommitmentComparisonSchema,
  ObservationSchema,
  WordListsSchema,
  KpiKindSchema,
  KpiDefinitionSchema,
  KpiOutcomeSchema,
  MAX_COMMITMENT_TEXT,
  MAX_COMMITMENT_STATEMENT,
  MAX_COMMITMENT_LIST,
  MAX_WORD_LENGTH,
  MAX_WORD_LIST,
  type CommitmentInput,
  type CommitmentDefinition,
  type CommitmentStandardInput,
  type CommitmentComparison,
  type Observation,
  type WordListsInput,
  type KpiKind,
  type KpiDefinitionInput,
  type KpiOutcome,
} from "./schemas.js";
