// Option readers shared by the public functions: each throws `invalid_argument` naming the option.
import type * as z from "zod";
import { PledgeError } from "../../core/index.js";
import type { Issue, IssuePath } from "../../core/index.js";
import { createIssue, coreMessages, type Locale } from "../../core/index.js";
import { issuesFromZod, safeParse } from "../../core/index.js";
import { commitmentMessages } from "../messages.js";
import { WordListsSchema, type WordListsInput } from "../schemas.js";
import type { WordLists } from "../types.js";
import { defaultWordLists } from "../wordLists.js";

const isPlainObject = (value: unknown): boolean => typeof value === "object" && value !== null && !Array.isArray(value);

/** The options argument itself: undefined (defaults) or an object; `null` or a number is misuse. */
export function readOptions(options: unknown, path: IssuePath = ["options"]): void {
  if (options === undefined || isPlainObject(options)) return;
  throw new PledgeError("invalid_argument", [createIssue(coreMessages, "invalid_type", path, { expected: "an options object", received: options })]);
}

/** A record-shaped option (`kinds`, `pauseOn`, `meta`): undefined or a plain object. */
export function readRecordOption(value: unknown, path: IssuePath): void {
  if (value === undefined || isPlainObject(value)) return;
  throw new PledgeError("invalid_argument", [createIssue(coreMessages, "invalid_type", path, { expected: "an object", received: value })]);
}

export function readLocale(locale: unknown): Locale {
  if (locale === undefined) return "en";
  if (locale === "en" || locale === "zh-CN") return locale;
  throw new PledgeError("invalid_argument", [createIssue(coreMessages, "invalid_value", ["locale"], { received: locale, values: ["en", "zh-CN"] })]);
}

const DEFAULT_MIN_SAMPLE = 30;

export function readMinSample(minSample: unknown): number {
  if (minSample === undefined) return DEFAULT_MIN_SAMPLE;
  if (typeof minSample === "number" && Number.isInteger(minSample) && minSample >= 1) return minSample;
  throw new PledgeError("invalid_argument", [createIssue(commitmentMessages, "invalid_min_sample", ["minSample"], { received: minSample })]);
}

// Resolved lists per options object, so reviewing a catalogue with one options object compiles once.
const resolved = new WeakMap<object, WordLists>();

export function readWordLists(lists: WordLists | WordListsInput | undefined): WordLists {
  if (lists === undefined) return defaultWordLists;
  const cached = resolved.get(lists);
  if (cached !== undefined) return cached;
  const result = safeParse(WordListsSchema, lists, commitmentMessages);
  if (!result.success) {
    throw new PledgeError(
      "invalid_argument",
      result.issues.map((issue) => ({ ...issue, path: ["wordLists", ...issue.path] })),
    );
  }
  const parsed = result.data;
  const merged: WordLists = Object.freeze({
    vague: Object.freeze([...(parsed.vague ?? defaultWordLists.vague)]),
    absolute: Object.freeze([...(parsed.absolute ?? defaultWordLists.absolute)]),
    exempt: Object.freeze([...(parsed.exempt ?? defaultWordLists.exempt)]),
  });
  // Only frozen lists are cached: a mutable object could change between calls.
  if (Object.isFrozen(lists)) resolved.set(lists, merged);
  return merged;
}

/**
 * Parses every item of an array option with `schema`; throws `invalid_argument` listing every
 * problem with paths under `path` (e.g. `history[3].end`).
 */
export function parseList<S extends z.ZodType>(
  schema: S | ((item: unknown) => S),
  value: unknown,
  path: IssuePath,
  check?: (item: z.output<S>, path: IssuePath) => Issue[],
): z.output<S>[] {
  if (!Array.isArray(value)) {
    throw new PledgeError("invalid_argument", [createIssue(coreMessages, "invalid_type", path, { expected: "array", received: value })]);
  }
  const issues: Issue[] = [];
  const out: z.output<S>[] = [];
  value.forEach((item: unknown, index) => {
    const result = (typeof schema === "function" ? schema(item) : schema).safeParse(item);
    if (result.success) {
      const problems = check?.(result.data, [...path, index]) ?? [];
      if (problems.length === 0) out.push(result.data);
      issues.push(...problems);
    } else
      for (const issue of issuesFromZod(result.error.issues, item, { ...coreMessages, ...commitmentMessages }))
        issues.push({ ...issue, path: [...path, index, ...issue.path] });
  });
  if (issues.length > 0) throw new PledgeError("invalid_argument", issues);
  return out;
}
