import { coreMessages, createIssue, PledgeError, type IssuePath } from "../core/index.js";
import { compileCalendar, isCalendarValue, ownCalendar, type Calendar } from "./internal/calendar.js";
import { parseOrThrow } from "../core/index.js";
import { calendarMessages } from "./messages.js";
import { CalendarSchema, type CalendarInput } from "./schemas.js";

/**
 * THE rule for a calendar embedded in another config (an SLA, complaint or remedy policy, a
 * commitment check): `CalendarInput` JSON, or a compiled `Calendar`. A compiled calendar is reused
 * as it is, never recompiled (one made by another copy of pledgekit is adopted once); JSON is
 * defined with `defineCalendar`'s rules. Errors name `path` (default: the calendar itself):
 * `toCalendar(input.calendar, ["calendar"])` reports `calendar.week.mon.0` or `calendar.timeZone`.
 *
 * Throws `PledgeError` with code `invalid_calendar` for a bad definition (issue paths under
 * `path`), `invalid_argument` for a forged or foreign value that does not compile.
 *
 * @category Calendar
 * @example
 * import { toCalendar } from "pledgekit/calendar";
 * const cal = toCalendar({ timeZone: "UTC", week: { mon: [["09:00", "17:00"]] } });
 * toCalendar(cal) === cal; // true
 */
export function toCalendar(input: CalendarInput | Calendar, path: IssuePath = []): Calendar {
  if (!Array.isArray(path) || !path.every((key) => typeof key === "string" || typeof key === "number")) {
    throw new PledgeError("invalid_argument", [
      createIssue(coreMessages, "invalid_type", ["path"], {
        expected: 'an issue path such as ["policy", "calendar"]',
        received: path,
        receivedType: typeof path,
      }),
    ]);
  }
  if (isCalendarValue(input)) return ownCalendar(input, path);
  if (typeof input === "object" && input !== null && "kind" in input) {
    // Carries a calendar's `kind` but is no calendar of any copy: refuse rather than read it as JSON.
    return ownCalendar(input, path);
  }
  try {
    return compileCalendar(parseOrThrow(CalendarSchema, input, "invalid_calendar", calendarMessages));
  } catch (error) {
    if (error instanceof PledgeError && path.length > 0) {
      throw new PledgeError(
        error.code,
        error.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] })),
      );
    }
    throw error;
  }
}
