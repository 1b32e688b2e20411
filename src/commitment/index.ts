// pledgekit/commitment: service commitments (服务承诺), SMART review, wording checks, KPIs.
export { defineCommitment } from "./defineCommitment.js";
export { safeDefineCommitment } from "./safeDefineCommitment.js";
export { isCommitment } from "./isCommitment.js";
export { validateCommitment, type ValidateCommitmentOptions } from "./validateCommitment.js";
export { computeKpis, type ComputeKpisOptions, type KpiReport, type KpiResult } from "./computeKpis.js";
export {
  commitmentToSlaPolicy,
  type CommitmentSlaMetric,
  type CommitmentSlaPolicy,
  type CommitmentSlaTarget,
  type CommitmentToSlaPolicyOptions,
} from "./commitmentToSlaPolicy.js";
export { slaKindOf, type CommitmentSlaKind } from "./slaKindOf.js";
export { extendWordLists } from "./extendWordLists.js";
export { defaultWordLists, type WordLists } from "./wordLists.js";
export { commitmentMessages } from "./messages.js";
export type { Commitment, CompiledStandard, CompiledTarget } from "./internal/compile.js";
export type {
  CommitmentIssue,
  CommitmentIssueSeverity,
  CommitmentReview,
  CommitmentAttainment,
  SmartCriterion,
  SmartResult,
} from "./internal/review.js";
export {
  CommitmentSchema,
  CommitmentStandardSchema,
  CommitmentComparisonSchema,
  ObservationSchema,
  WordListsSchema,
  KpiKindSchema,
  KpiDefinitionSchema,
  KpiOutcomeSchema,
  type CommitmentInput,
  type CommitmentOutput,
  type CommitmentStandardInput,
  type CommitmentComparison,
  type Observation,
  type WordListsInput,
  type KpiKind,
  type KpiDefinitionInput,
  type KpiOutcome,
} from "./schemas.js";
