import { PledgeError, issuesFromZod, coreMessages } from "../core/index.js";
import { commitmentMessages } from "./messages.js";
import { WordListsSchema, type WordListsInput } from "./schemas.js";
import type { WordLists } from "./types.js";

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
  // Both arguments are word lists; each one's issues start at its name.
  const read = (value: unknown, path: "base" | "extra") => {
    const result = WordListsSchema.safeParse(value);
    if (result.success) return result.data;
    const issues = issuesFromZod(result.error.issues, value, { ...coreMessages, ...commitmentMessages });
    throw new PledgeError(
      "invalid_argument",
      issues.map((issue) => ({ ...issue, path: [path, ...issue.path] })),
    );
  };
  const from = read(base, "base");
  const add = read(extra, "extra");
  const merge = (a: readonly string[], b: readonly string[] | undefined): readonly string[] => Object.freeze([...new Set([...a, ...(b ?? [])])]);
  return Object.freeze({
    vague: merge(from.vague ?? [], add.vague),
    absolute: merge(from.absolute ?? [], add.absolute),
    exempt: merge(from.exempt ?? [], add.exempt),
  });
}
