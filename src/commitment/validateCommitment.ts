import { businessTimeBetween, toCalendar, type Calendar, type CalendarInput } from "../calendar/index.js";
import { coreMessages, createIssue, isPledgeError, PledgeError } from "../core/index.js";
import { countMet, parseHistory, type ParsedObservation } from "./internal/attainment.js";
import { compileCommitment } from "./internal/compile.js";
import { readLocale, readMinSample, readOptions, readWordLists } from "./internal/options.js";
import { reviewCommitment } from "./internal/review.js";
import type { CommitmentInput } from "./schemas.js";
import type { Commitment, CommitmentReview, CompiledStandard, ValidateCommitmentOptions } from "./types.js";

/**
 * Reviews a commitment, or a draft of one, against SMART, the four elements (content, standard, time
 * limit, remedy) and the wording rules, and — when `history` is given — whether the company has
 * actually delivered what it promises. Problems are returned as issues, never thrown; only input that
 * is not a commitment at all (wrong types, unknown keys: `invalid_commitment`) or bad options
 * (`invalid_argument`, e.g. a business-hours standard with `{ start, end }` history and no calendar)
 * throw `PledgeError`.
 *
 * `valid` is false exactly when an issue has severity "error"; each SMART entry passes when it has
 * no issue at all (warnings included).
 *
 * @example
 * import { validateCommitment } from "pledgekit/commitment";
 * const review = validateCommitment(
 *   { id: "reply", title: "我们会尽快回复您的咨询", service: { content: "在线咨询回复" } },
 *   { locale: "zh-CN" },
 * );
 * review.valid; // false
 * review.smart.specific.issues[0]?.message; // '“尽快” 表述含糊：请改为具体时限（如“2小时内”）'
 */
export function validateCommitment(input: CommitmentInput | Commitment, options: ValidateCommitmentOptions = {}): CommitmentReview {
  const commitment = compileCommitment(input);
  readOptions(options);
  const locale = readLocale(options.locale);
  const minSample = readMinSample(options.minSample);
  const wordLists = readWordLists(options.wordLists);
  let history: ReturnType<typeof countMet> | undefined;
  if (options.history !== undefined) {
    const observations = parseHistory(options.history);
    const measure = spanMeasure(commitment.standard, observations, options.calendar);
    if (commitment.standard.target !== undefined) history = countMet(commitment.standard, observations, measure);
  }
  return reviewCommitment(commitment, { locale, minSample, wordLists, history });
}

const elapsed = (start: number, end: number): number => end - start;

// How a { start, end } case is measured: elapsed time, or business time on the calendar when the
// standard counts business hours. Calendar arithmetic is the calendar module's, never ours.
function spanMeasure(
  standard: CompiledStandard,
  observations: readonly ParsedObservation[],
  calendar: CalendarInput | Calendar | undefined,
): (start: number, end: number) => number {
  if (!standard.businessHours || !observations.some((o) => o.kind === "span")) return elapsed;
  if (calendar === undefined) {
    throw new PledgeError("invalid_argument", [
      createIssue(coreMessages, "calendar_required", ["calendar"], { what: "the standard counts business hours ({ start, end } history)" }),
    ]);
  }
  let cal: Calendar;
  try {
    cal = toCalendar(calendar);
  } catch (error) {
    // The calendar's own paths start inside it; here it is the `calendar` option.
    if (!isPledgeError(error)) throw error;
    throw new PledgeError(
      error.code,
      error.issues.map((issue) => ({ ...issue, path: ["calendar", ...issue.path] })),
    );
  }
  return (start, end) => businessTimeBetween(cal, start, end);
}
