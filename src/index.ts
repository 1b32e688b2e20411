// pledgekit: every public name. Each module is also reachable on its own subpath (pledgekit/calendar, …).
export { PledgeError, isPledgeError, type PledgeErrorCode, type SafeResult } from "./core/errors.js";
export type { Issue, IssuePath } from "./core/issues.js";
export type { Locale } from "./core/messages.js";
export type { DateInput } from "./core/instants.js";
export type { DurationInput } from "./core/durations.js";
export { formatIssue } from "./formatIssue.js";
export {
  servqualInstrument,
  defineInstrument,
  safeDefineInstrument,
  scoreServqual,
  renderServqualChart,
  reverseScore,
  InstrumentSchema,
  ServqualInstrumentOptionsSchema,
  ScoreServqualOptionsSchema,
  ServqualChartOptionsSchema,
  type InstrumentInput,
  type InstrumentOutput,
  type ServqualInstrumentOptions,
  type ScoreServqualOptions,
  type ServqualChartOptions,
  type Instrument,
  type InstrumentDimension,
  type InstrumentItem,
  type ServqualAnswers,
  type ServqualResponse,
  type ServqualInterval,
  type ServqualItemScore,
  type ServqualDimensionScore,
  type ServqualImportance,
  type ServqualOverall,
  type ServqualServperf,
  type ServqualZoneScore,
  type ServqualZoneOfTolerance,
  type ServqualPriority,
  type ServqualScores,
  type ServqualSegment,
  type ServqualReport,
} from "./servqual/index.js";
