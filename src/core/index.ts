// Internal barrel for the modules; the public names are re-exported from src/index.ts.
export { PledgeError, isPledgeError, toSafe, type PledgeErrorCode, type SafeResult } from "./errors.js";
export { formatPath, formatValue, type Issue, type IssuePath } from "./issues.js";
export {
  coreMessages,
  createIssue,
  renderMessage,
  LOCALES,
  type Locale,
  type MessageCatalogue,
  type MessageParams,
  type MessageTemplate,
} from "./messages.js";
export { toInstantMs, readInstantMs, parseIsoInstant, toDate, MAX_INSTANT_MS, type DateInput } from "./instants.js";
export { toDurationMs, isDurationInput, durationProblem, formatDuration, type DurationInput } from "./durations.js";
export {
  daysFromCivil,
  civilFromDays,
  daysInMonth,
  isLeapYear,
  weekdayOfDayNumber,
  formatDayNumber,
  parseDayNumber,
  formatInstant,
  MS_PER_DAY,
  MS_PER_HOUR,
  MS_PER_MINUTE,
  MS_PER_SECOND,
  type CivilDate,
} from "./civil.js";
export {
  addIssue,
  issuesFromZod,
  parseOrThrow,
  protoKeyIssues,
  safeParse,
  parseTimeOfDay,
  isValidTimeZone,
  timeZoneProblem,
  MetaSchema,
  LocaleSchema,
  LocalDateSchema,
  TimeOfDaySchema,
  TimeZoneSchema,
  DurationInputSchema,
  InstantInputSchema,
} from "./schemas.js";
export { zoneLookupCount, zoneOffset, zoneOffsetLookup, zoneTransitions, wallToInstant } from "./zones.js";
export { TZDATA_VERSION } from "./zoneNames.data.js";
export { readTimeZone, type TimeZoneProblem } from "./zoneNames.js";
export { escapeXml } from "./xml.js";
export { compiledRegistry, type CompiledKind, type CompiledRegistry, type CompiledValue } from "./compiled.js";
export { formatLocal, DEFAULT_TIME_PATTERN } from "./formatLocal.js";
export type { JsonShaped } from "./jsonShaped.js";
