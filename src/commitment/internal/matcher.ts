// Longest-match scanning of the word lists over normalised text. At each position the longest entry
// of any list wins (an exemption or a longer vague phrase beats the claim it contains); the match is
// consumed and scanning resumes after it. English entries match whole words, with simple inflections.
import type { WordLists } from "../types.js";
import { isWordChar, normalizeTerm, normalizeText, sourceSlice, type NormalizedText } from "./text.js";

export type WordListName = "vague" | "absolute" | "exempt";

interface Entry {
  readonly term: string;
  readonly norm: string;
  readonly list: WordListName;
  readonly wholeStart: boolean;
  readonly wholeEnd: boolean;
  readonly inflects: boolean;
}

// A trie of the normalised entries: from each position the scan follows the text down the trie, so
// its cost per position is bounded by the longest entry, never by how many entries share a prefix.
interface TrieNode {
  readonly next: Map<string, TrieNode>;
  readonly entries: Entry[];
}

const newNode = (): TrieNode => ({ next: new Map(), entries: [] });

// Suffixes of "simple inflections": prompt → promptly, lead → leads, guarantee → guaranteed.
const SUFFIXES = ["ing", "es", "ed", "ly", "er", "s", "d"] as const;
// When one phrase sits in two lists, the user's exemption wins, then vagueness (第一时间 is not a claim).
const LIST_RANK: Readonly<Record<WordListName, number>> = { exempt: 3, vague: 2, absolute: 1 };

const cache = new WeakMap<WordLists, TrieNode>();

function compile(lists: WordLists): TrieNode {
  const cached = cache.get(lists);
  if (cached !== undefined) return cached;
  const root = newNode();
  for (const list of ["exempt", "vague", "absolute"] as const) {
    for (const term of lists[list]) {
      const norm = normalizeTerm(term);
      const first = norm[0];
      if (first === undefined) continue;
      const last = norm[norm.length - 1];
      let node = root;
      for (let c = 0; c < norm.length; c++) {
        const char = norm[c] as string;
        let child = node.next.get(char);
        if (child === undefined) {
          child = newNode();
          node.next.set(char, child);
        }
        node = child;
      }
      node.entries.push({
        term,
        norm,
        list,
        wholeStart: isWordChar(first),
        wholeEnd: isWordChar(last),
        inflects: last !== undefined && /\p{Script=Latin}/u.test(last),
      });
    }
  }
  cache.set(lists, root);
  return root;
}

export interface WordMatch {
  readonly list: WordListName;
  /** The list entry that matched, as written in the list. */
  readonly term: string;
  /** The matched text as the user wrote it. */
  readonly found: string;
  /** Offset of the match in the (NFC-normalised) source text. */
  readonly offset: number;
  /** Range in the normalised text. */
  readonly start: number;
  readonly end: number;
}

interface Candidate {
  readonly entry: Entry;
  readonly length: number;
  readonly exact: boolean;
}

function better(a: Candidate, b: Candidate | undefined): boolean {
  if (b === undefined) return true;
  if (a.length !== b.length) return a.length > b.length;
  if (a.exact !== b.exact) return a.exact;
  return LIST_RANK[a.entry.list] > LIST_RANK[b.entry.list];
}

function matchAt(text: string, i: number, entry: Entry): Candidate | undefined {
  if (entry.wholeStart && isWordChar(text[i - 1])) return undefined;
  if (!text.startsWith(entry.norm, i)) return undefined;
  const end = i + entry.norm.length;
  if (!entry.wholeEnd || !isWordChar(text[end])) return { entry, length: entry.norm.length, exact: true };
  if (!entry.inflects) return undefined;
  for (const suffix of SUFFIXES) {
    if (text.startsWith(suffix, end) && !isWordChar(text[end + suffix.length])) {
      return { entry, length: entry.norm.length + suffix.length, exact: false };
    }
  }
  return undefined;
}

/** Every word-list match in `normalized`, left to right, exemptions included (callers skip them). */
export function scanNormalized(normalized: NormalizedText, lists: WordLists): WordMatch[] {
  const compiled = compile(lists);
  const { text } = normalized;
  const matches: WordMatch[] = [];
  let i = 0;
  while (i < text.length) {
    // Inside a Latin word nothing can start: every entry beginning with a Latin letter needs a word start.
    if (isWordChar(text[i]) && isWordChar(text[i - 1])) {
      i += 1;
      continue;
    }
    let best: Candidate | undefined;
    let node: TrieNode | undefined = compiled;
    // Code units, as the entries were keyed: a surrogate pair is two steps down the trie.
    for (let j = i; j < text.length; j++) {
      node = node.next.get(text[j] as string);
      if (node === undefined) break;
      for (const entry of node.entries) {
        const candidate = matchAt(text, i, entry);
        if (candidate !== undefined && better(candidate, best)) best = candidate;
      }
    }
    if (best === undefined) {
      i += 1;
      continue;
    }
    const end = i + best.length;
    matches.push({
      list: best.entry.list,
      term: best.entry.term,
      found: sourceSlice(normalized, i, end),
      offset: normalized.offsets[i] ?? 0,
      start: i,
      end,
    });
    i = end;
  }
  return matches;
}

/** Word-list matches in `text` (exemptions included). */
export function scanText(text: string, lists: WordLists): WordMatch[] {
  return scanNormalized(normalizeText(text), lists);
}
