import { toSafe } from "../core/index.js";
import { defineCalendar } from "./defineCalendar.js";

/**
 * `defineCalendar` without throwing: `{ success: true, data }` with the compiled calendar, or
 * `{ success: false, issues }` listing every problem found (for config editors and forms).
 *
 * @category Calendar
 * @example
 * import { safeDefineCalendar } from "pledgekit/calendar";
 * const result = safeDefineCalendar({ timeZone: "Mars/Olympus", week: { mon: [["09:00", "25:00"]] } });
 * if (!result.success) console.log(result.issues.map((issue) => issue.path.join(".")));
 */
export const safeDefineCalendar = toSafe(defineCalendar);
