// Text normalisation shared by the word matcher and the number reader: NFKC (full-width → ASCII),
// lower case, hyphens and underscores as spaces, curly apostrophes straight, whitespace collapsed.
// `offsets` maps every normalised character back to the source, so findings quote the user's text.

export interface NormalizedText {
  /** The source after NFC (what `offsets` index into). */
  readonly source: string;
  readonly text: string;
  /** offsets[i] = source index of normalised character i; offsets[text.length] = source.length. */
  readonly offsets: readonly number[];
}

const DASHES = /[\u2010-\u2015\u2212\-_]/;
const SPACE = /\s/;

export function normalizeText(input: string): NormalizedText {
  const source = input.normalize("NFC");
  const parts: string[] = [];
  const offsets: number[] = [];
  let lastWasSpace = true; // no leading space
  let index = 0;
  for (const char of source) {
    const code = char.charCodeAt(0);
    let piece: string;
    // ASCII needs no NFKC: only case and separators change (the common case, kept cheap).
    if (code < 0x80)
      piece = code === 45 || code === 95 || code === 32 || (code >= 9 && code <= 13) ? " " : code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : char;
    // CJK unified ideographs are NFKC-stable and caseless: the bulk of Chinese text, kept cheap too.
    else if (code >= 0x4e00 && code <= 0x9fff) piece = char;
    else {
      piece = char.normalize("NFKC").toLowerCase();
      if (DASHES.test(piece) || SPACE.test(piece)) piece = " ";
      else if (piece === "\u2019" || piece === "\u2018") piece = "'";
    }
    for (const out of piece) {
      if (out === " ") {
        if (lastWasSpace) continue;
        lastWasSpace = true;
      } else lastWasSpace = false;
      parts.push(out);
      offsets.push(index);
    }
    index += char.length;
  }
  offsets.push(source.length);
  return { source, text: parts.join(""), offsets };
}

/** The source text behind normalised characters [start, end). */
export function sourceSlice(normalized: NormalizedText, start: number, end: number): string {
  const from = normalized.offsets[start] ?? normalized.source.length;
  // The end maps to the start of the next normalised character, trimmed of collapsed whitespace.
  const to = normalized.offsets[end] ?? normalized.source.length;
  return normalized.source.slice(from, to).trim();
}

/** A normalised word-list entry. */
export function normalizeTerm(term: string): string {
  return normalizeText(term).text.trim();
}

const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{Nd}]/u;

/** True when the character continues a Latin word (so a whole-word match cannot end or start here). */
export function isWordChar(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  return LATIN_OR_DIGIT.test(char);
}

/** A half-open range of the normalised text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * A test "does this span overlap any of `spans`?" in O(log n) per query: spans sorted by start with
 * the running maximum of their ends, so many findings against many masks stay near-linear.
 */
export function overlapIndex(spans: readonly Span[]): (a: Span) => boolean {
  const sorted = [...spans].sort((x, y) => x.start - y.start);
  const starts = Float64Array.from(sorted, (span) => span.start);
  const maxEnd = new Float64Array(sorted.length);
  let running = -Infinity;
  sorted.forEach((span, i) => {
    running = Math.max(running, span.end);
    maxEnd[i] = running;
  });
  return (a) => {
    // Spans starting before a.end: the first `lo` of them; one of them overlaps when its end passes a.start.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((starts[mid] as number) < a.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (maxEnd[lo - 1] as number) > a.start;
  };
}
