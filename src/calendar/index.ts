// pledgekit/calendar: business calendars and business-time arithmetic (docs/design.md §1).
export { defineCalendar } from "./defineCalendar.js";
export { safeDefineCalendar } from "./safeDefineCalendar.js";
export { isOpen } from "./isOpen.js";
export { nextOpen } from "./nextOpen.js";
export { nextClose } from "./nextClose.js";
export { prevClose } from "./prevClose.js";
export { prevOpen } from "./prevOpen.js";
export { addBusinessTime } from "./addBusinessTime.js";
export { subtractBusinessTime } from "./subtractBusinessTime.js";
export { businessTimeBetween } from "./businessTimeBetween.js";
export { openPeriods, type OpenPeriod } from "./openPeriods.js";
export { isBusinessDay } from "./isBusinessDay.js";
export { addBusinessDays } from "./addBusinessDays.js";
export { businessDaysBetween } from "./businessDaysBetween.js";
export { localDate } from "./localDate.js";
export { zonedTime } from "./zonedTime.js";
export { startOfLocalDay } from "./startOfLocalDay.js";
export { closeOfBusiness } from "./closeOfBusiness.js";
export { openOfBusiness } from "./openOfBusiness.js";
export { calendarTimeZone } from "./calendarTimeZone.js";
export { calendarDefinition } from "./calendarDefinition.js";
export { isCalendar } from "./isCalendar.js";
export { toCalendar } from "./toCalendar.js";
export { formatLocalTime, type FormatLocalTimeOptions } from "./formatLocalTime.js";
export { calendarMessages } from "./messages.js";
export type { Calendar } from "./internal/calendar.js";
export type { BusinessTimeOptions } from "./internal/options.js";
export {
  CalendarSchema,
  HolidaySchema,
  OpeningIntervalSchema,
  DayHoursSchema,
  WeekSchema,
  DatedHoursSchema,
  type CalendarInput,
  type CalendarDefinition,
  type HolidayInput,
  type Weekday,
} from "./schemas.js";
