// pledgekit: every public name. The root re-exports each module wholesale, so it cannot fall out of
// step with the subpaths (pledgekit/calendar, pledgekit/sla, …); only the cross-module names that
// belong to no single module are named here.
export {
  PledgeError,
  isPledgeError,
  coreMessages,
  type PledgeErrorCode,
  type SafeResult,
  type Issue,
  type IssuePath,
  type Locale,
  type DateInput,
  type DurationInput,
  type JsonShaped,
} from "./core/index.js";
export { formatIssue } from "./formatIssue.js";
export * from "./calendar/index.js";
export * from "./sla/index.js";
export * from "./commitment/index.js";
export * from "./complaint/index.js";
export * from "./remedy/index.js";
export * from "./servqual/index.js";
export * from "./holidays/index.js";
