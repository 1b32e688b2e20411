export { holidaysFromDateHolidays, type HolidaysFromDateHolidaysOptions } from "./holidaysFromDateHolidays.js";
export { holidaysFromChineseDays, type HolidaysFromChineseDaysOptions } from "./holidaysFromChineseDays.js";
export { addHolidaysToCalendar } from "./addHolidaysToCalendar.js";
export { holidayMessages } from "./messages.js";
export type {
  CalendarHolidays,
  ChineseDaysDetail,
  ChineseDaysSource,
  ChineseHolidays,
  DateHolidaysEntry,
  DateHolidaysSource,
  HolidayEntry,
} from "./types.js";
