// Claim windows: when an on-claim remedy can be claimed, relative to an event. All calendar work —
// local dates, the start of a local day, business days, close of business — is the calendar engine's.
import { addBusinessDays, closeOfBusiness, defineCalendar, localDate, openOfBusiness, startOfLocalDay, type Calendar } from "../../calendar/index.js";
import { formatDayNumber, parseDayNumber } from "../../core/index.js";
import type { ClaimWindow } from "./model.js";

const ALL_DAY: [string, string][] = [["00:00", "24:00"]];
const zones = new Map<string, Calendar>();

/** An always-open calendar in `timeZone`: local dates and day starts for calendar-day windows. */
export function alwaysOpen(timeZone: string): Calendar {
  let cal = zones.get(timeZone);
  if (cal === undefined) {
    cal = defineCalendar({ timeZone, week: { mon: ALL_DAY, tue: ALL_DAY, wed: ALL_DAY, thu: ALL_DAY, fri: ALL_DAY, sat: ALL_DAY, sun: ALL_DAY } });
    zones.set(timeZone, cal);
  }
  return cal;
}

/** The window opened by an event at `fromMs`: claims at opensAt ≤ t < closesAt are in time. */
export function claimWindowFor(window: ClaimWindow, fromMs: number): { opensAt: number; closesAt: number } {
  const cal = window.calendar;
  const day = localDate(cal, fromMs);
  if (window.unit === "months") {
    // The period holding the event starts on `periodStartDay` of its month or the month before;
    // the window closes when the `closesAfter`-th period after it ends.
    const [year, month, date] = day.split("-").map(Number) as [number, number, number];
    const startMonth = year * 12 + (month - 1) - (date < window.periodStartDay ? 1 : 0);
    const endMonth = startMonth + window.closesAfter + 1;
    const end = `${String(Math.floor(endMonth / 12)).padStart(4, "0")}-${String((endMonth % 12) + 1).padStart(2, "0")}-${String(window.periodStartDay).padStart(2, "0")}`;
    return { opensAt: fromMs, closesAt: startOfLocalDay(cal, end).getTime() };
  }
  if (window.unit === "calendar_days") {
    const dayNumber = parseDayNumber(day) as number;
    const startOf = (offset: number): number => startOfLocalDay(cal, formatDayNumber(dayNumber + offset)).getTime();
    return { opensAt: window.opensAfter === 0 ? fromMs : startOf(window.opensAfter), closesAt: startOf(window.closesAfter + 1) };
  }
  const lastDay = addBusinessDays(cal, day, window.closesAfter);
  // With closesAfter 0 the event's own date may not be a business day: the next one's close counts.
  const close = closeOfBusiness(cal, lastDay) ?? (closeOfBusiness(cal, addBusinessDays(cal, lastDay, 1)) as Date);
  const opensAt = window.opensAfter === 0 ? fromMs : (openOfBusiness(cal, addBusinessDays(cal, day, window.opensAfter)) as Date).getTime();
  return { opensAt, closesAt: close.getTime() };
}
