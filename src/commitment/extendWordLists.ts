import { parseOrThrow } from "../core/index.js";
import { commitmentMessages } from "./messages.js";
import { WordListsSchema, type WordListsInput } from "./schemas.js";
import type { WordLists } from "./wordLists.js";

/**
 * New word lists: `base` plus the entries of `extra` (duplicates dropped), frozen. Throws
 * `PledgeError` (`invalid_argument`) when `extra` is not `{ vague?, absolute?, exempt? }` of
 * non-empty strings.
 *
 * @example
 * import { defaultWordLists, extendWordLists, validateCommitment } from "pledgekit/commitment";
 * const wordLists = extendWordLists(defaultWordLists, { vague: ["pronto", "火速处理"], exempt: ["最佳实践"] });
 * validateCommitment({ id: "x", title: "We fix it pronto" }, { wordLists }).smart.specific.pass; // false
 */
export function extendWordLists(base: WordLists, extra: WordListsInput): WordLists {
  const add = parseOrThrow(WordListsSchema, extra, "invalid_argument", commitmentMessages);
  const merge = (a: readonly string[], b: readonly string[] | undefined): readonly string[] =>
    Object.freeze([...new Set([...a, ...(b ?? [])])]);
  return Object.freeze({
    vague: merge(base.vague, add.vague),
    absolute: merge(base.absolute, add.absolute),
    exempt: merge(base.exempt, add.exempt),
  });
}
