export { holidaysFromDateHolidays, type HolidaysFromDateHolidaysOptions } from "./holidaysFromDateHolidays.js";
export { addHolidaysToCalendar } from "./addHolidaysToCalendar.js";
export type { CalendarHolidays, DateHolidaysEntry, DateHolidaysSource, HolidayEntry } from "./types.js";
export { holidayMessages } from "./messages.js";
