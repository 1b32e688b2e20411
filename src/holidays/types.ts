/** One holiday as the `date-holidays` package returns it (only the fields pledgekit reads). */
export interface DateHolidaysEntry {
  /** Local wall time of the start, "YYYY-MM-DD HH:mm:ss", in the holiday set's zone. */
  readonly date: string;
  readonly start: Date;
  readonly end: Date;
  readonly name: string;
  /** "public", "bank", "school", "optional" or "observance". */
  readonly type: string;
  readonly substitute?: boolean;
}

/** Anything with `getHolidays(year)`, such as `new Holidays("GB", "ENG")` from `date-holidays`. */
export interface DateHolidaysSource {
  getHolidays(year: number): readonly DateHolidaysEntry[];
}

/** Calendar holiday entries, in the shapes `CalendarInput.holidays` accepts (fresh arrays, yours to keep). */
export type HolidayEntry = { date: string; name: string } | { from: string; to: string; name: string };

/** Holidays, partial-day closures and make-up working days ready to merge into a `CalendarInput`. */
export interface CalendarHolidays {
  readonly holidays: HolidayEntry[];
  /** Partial-day holidays (e.g. an afternoon off), as `CalendarInput.breaks`. */
  readonly breaks?: Record<string, [string, string][]>;
  /** Dates with their own hours, such as China's make-up working days (调休), as `CalendarInput.specialDays`. */
  readonly specialDays?: Record<string, [string, string][]>;
}

/** One day as the `chinese-days` package describes it (`getDayDetail`); only these fields are read. */
export interface ChineseDaysDetail {
  readonly date: string;
  /** True on a working day, including a make-up working day (调休上班) on a weekend. */
  readonly work: boolean;
  /** "National Day,国庆节,3" on a holiday or make-up day; the weekday's name ("Monday") otherwise. */
  readonly name: string;
}

/** The `chinese-days` package (`import chineseDays from "chinese-days"`), or anything with its `getDayDetail`. */
export interface ChineseDaysSource {
  getDayDetail(date: string): ChineseDaysDetail;
}

/** China's official schedule for some years, ready for `addHolidaysToCalendar`. */
export interface ChineseHolidays extends CalendarHolidays {
  /** Make-up working days (调休上班), with the hours given in `workdayHours`. */
  readonly specialDays: Record<string, [string, string][]>;
  /** Years asked for that the source has no schedule for (not published yet, or before its data): check them. */
  readonly yearsWithoutSchedule: number[];
}
