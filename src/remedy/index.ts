// pledgekit/remedy: exact, explainable compensation rules (docs/design.md §5).
export { defineRemedyPolicy } from "./defineRemedyPolicy.js";
export { safeDefineRemedyPolicy } from "./safeDefineRemedyPolicy.js";
export { decideRemedy } from "./decideRemedy.js";
export { isRemedyPolicy } from "./isRemedyPolicy.js";
export { remedyMessages } from "./messages.js";
export type { RemedyPolicy, Money, RemedyFacts, DecideRemedyOptions, Remedy, RemedyContent, RemedyChoiceOption, RemedyDecision, RemedyExplanationEntry } from "./types.js";
export {
  RemedyPolicySchema,
  SingleRemedyPolicySchema,
  VersionedRemedyPolicySchema,
  RemedyPolicyVersionSchema,
  RemedyRuleSchema,
  RemedyOptionSchema,
  RemedyConditionSchema,
  RemedyComparisonSchema,
  RemedyAmountSchema,
  RemedyTierTableSchema,
  RemedyExclusionSchema,
  RemedyPeriodCapSchema,
  RemedyClaimWindowSchema,
  RemedyFactSchema,
  MoneySchema,
  RemedyGrantSchema,
  RoundingModeSchema,
  type RemedyPolicyInput,
  type RemedyPolicyDefinition,
  type RemedyPolicyVersionInput,
  type RemedyRuleInput,
  type RemedyOptionInput,
  type RemedyConditionInput,
  type RemedyComparisonInput,
  type RemedyAmountInput,
  type RemedyTierTableInput,
  type RemedyTierRowInput,
  type RemedyExclusionInput,
  type RemedyPeriodCapInput,
  type RemedyClaimWindowInput,
  type RemedyFactInput,
  type MoneyInput,
  type RemedyGrantInput,
  type RemedyFactOperandInput,
  type RemedyKind,
  type DecimalInput,
} from "./schemas.js";
