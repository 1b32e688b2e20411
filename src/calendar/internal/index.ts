// The calendar's one internal entry for other pledgekit modules (as date-fns offers `_lib`): the
// epoch-millisecond machinery behind business-time measuring, which the SLA fold and complaint
// deadlines run millions of times and cannot afford through the Date-returning public functions.
// Other modules import the calendar's public index or this file, never another calendar file.
export {
  activeSegments,
  businessDaysEnd,
  businessTime,
  countedTime,
  deadlineAfter,
  reachInstant,
  WALL_TIME,
  type AtClose,
  type TimeMeasure,
} from "./measure.js";
