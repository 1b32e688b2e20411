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
    if (code < 0x80) piece = code === 45 || code === 95 || code === 32 || (code >= 9 && code <= 13) ? " " : code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : char;
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

export function overlaps(a: Span, spans: readonly Span[]): boolean {
  return spans.some((b) => a.start < b.end && b.start < a.end);
}
