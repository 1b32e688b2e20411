// pledgekit/servqual: SERVQUAL instruments (1988, 1991, custom) and survey scoring.
export { servqualInstrument } from "./servqualInstrument.js";
export { defineInstrument, safeDefineInstrument } from "./defineInstrument.js";
export { scoreServqual } from "./scoreServqual.js";
export { renderServqualChart } from "./renderServqualChart.js";
export { reverseScore } from "./reverseScore.js";
export { servqualMessages } from "./messages.js";
export {
  InstrumentSchema,
  ServqualInstrumentOptionsSchema,
  ScoreServqualOptionsSchema,
  ServqualChartOptionsSchema,
  type InstrumentInput,
  type InstrumentOutput,
  type ServqualInstrumentOptions,
  type ScoreServqualOptions,
  type ServqualChartOptions,
} from "./schemas.js";
export type {
  Instrument,
  InstrumentDimension,
  InstrumentItem,
  ServqualAnswers,
  ServqualResponse,
  ServqualInterval,
  ServqualItemScore,
  ServqualDimensionScore,
  ServqualImportance,
  ServqualOverall,
  ServqualServperf,
  ServqualZoneScore,
  ServqualZoneOfTolerance,
  ServqualPriority,
  ServqualScores,
  ServqualSegment,
  ServqualReport,
} from "./types.js";
