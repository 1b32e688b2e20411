// pledgekit/servqual: SERVQUAL instruments (1988, 1991, custom) and survey scoring.
export { servqualInstrument } from "./servqualInstrument.js";
export { defineInstrument } from "./defineInstrument.js";
export { safeDefineInstrument } from "./safeDefineInstrument.js";
export { isInstrument } from "./isInstrument.js";
export { scoreServqual } from "./scoreServqual.js";
export { renderServqualChart } from "./renderServqualChart.js";
export { readServqualTable } from "./readServqualTable.js";
export { reverseScore } from "./reverseScore.js";
export { servqualMessages } from "./messages.js";
export {
  InstrumentSchema,
  ServqualInstrumentOptionsSchema,
  ScoreServqualOptionsSchema,
  ServqualChartOptionsSchema,
  ServqualChartWordsSchema,
  ServqualTableOptionsSchema,
  MAX_SCALE_MAGNITUDE,
  MAX_DIMENSIONS,
  MAX_ITEMS,
  MAX_LABEL_LENGTH,
  MAX_TEXT_LENGTH,
  type InstrumentInput,
  type InstrumentDefinition,
  type ServqualInstrumentOptions,
  type ScoreServqualOptions,
  type ServqualChartOptions,
  type ServqualChartWords,
  type ServqualTableOptions,
} from "./schemas.js";
export type {
  Instrument,
  InstrumentDimension,
  InstrumentItem,
  ServqualAnswers,
  ServqualResponse,
  ServqualColumn,
  ServqualColumns,
  ServqualTable,
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
