// pledgekit: every public name. Each module is also reachable on its own subpath (pledgekit/calendar, …).
export { PledgeError, isPledgeError, type PledgeErrorCode, type SafeResult } from "./core/errors.js";
export type { Issue, IssuePath } from "./core/issues.js";
export type { Locale } from "./core/messages.js";
export type { DateInput } from "./core/instants.js";
export type { DurationInput } from "./core/durations.js";
export { formatIssue } from "./formatIssue.js";
export {
  holidaysFromDateHolidays,
  addHolidaysToCalendar,
  type HolidaysFromDateHolidaysOptions,
  type CalendarHolidays,
  type DateHolidaysEntry,
  type DateHolidaysSource,
  type HolidayEntry,
} from "./holidays/index.js";
