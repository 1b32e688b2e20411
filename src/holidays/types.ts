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

/** Holidays and partial-day closures ready to merge into a `CalendarInput`. */
export interface CalendarHolidays {
  readonly holidays: HolidayEntry[];
  /** Partial-day holidays (e.g. an afternoon off), as `CalendarInput.breaks`. */
  readonly breaks: Record<string, [string, string][]>;
}
