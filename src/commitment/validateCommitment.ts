import type { Locale } from "../core/index.js";
import { countMet, parseHistory } from "./internal/attainment.js";
import { spanMeasure, type CalendarLike } from "./internal/businessSpan.js";
import { compileCommitment, type Commitment } from "./internal/compile.js";
import { readLocale, readMinSample, readWordLists } from "./internal/options.js";
import { reviewCommitment, type CommitmentReview } from "./internal/review.js";
import type { CommitmentInput, Observation, WordListsInput } from "./schemas.js";
import type { WordLists } from "./wordLists.js";

export interface ValidateCommitmentOptions {
  /** Real cases, to judge achievability: `{ start, end }`, `{ at, value }` or `{ at, met }`. */
  readonly history?: readonly Observation[];
  /** Business hours for a `businessHours` standard measured from `{ start, end }` history. */
  readonly calendar?: CalendarLike;
  /** Language of the issue messages (default "en"). */
  readonly locale?: Locale;
  /** Fewer history cases than this only give `insufficient_history` (default 30). */
  readonly minSample?: number;
  /** Word lists for the wording checks; each list given replaces the default one. */
  readonly wordLists?: WordLists | WordListsInput;
}

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
  const locale = readLocale(options.locale);
  const minSample = readMinSample(options.minSample);
  const wordLists = readWordLists(options.wordLists);
  let history;
  if (options.history !== undefined) {
    const observations = parseHistory(options.history);
    const measure = spanMeasure(commitment.standard, observations, options.calendar);
    if (commitment.standard.target !== undefined) history = countMet(commitment.standard, observations, measure);
  }
  return reviewCommitment(commitment, { locale, minSample, wordLists, history });
}
