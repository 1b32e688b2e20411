// Reads the durations (number + time unit) and percentages a customer-facing text promises, in
// English and Chinese, so they can be compared with the structured standard. Years, months, dates,
// counts and round-the-clock availability ("24/7", "7×24小时", "24-hour hotline") are not promises
// of a time limit and are skipped.
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, MS_PER_SECOND } from "../../core/index.js";
import { overlapIndex, sourceSlice, type NormalizedText, type Span } from "./text.js";

interface DurationQuantity {
  readonly kind: "duration";
  readonly ms: number;
  /** Counted in business/working days: not comparable with a time target. */
  readonly businessDays: boolean;
  readonly found: string;
  readonly offset: number;
  readonly start: number;
  readonly end: number;
  readonly unitMs: number;
}

interface PercentQuantity {
  readonly kind: "percent";
  readonly value: number;
  readonly found: string;
  readonly offset: number;
  readonly start: number;
  readonly end: number;
}

export type Quantity = DurationQuantity | PercentQuantity;

const MS_PER_WEEK = 7 * MS_PER_DAY;

// ---------------------------------------------------------------------------------------------
// Numbers written out

const ONES = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
] as const;
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"] as const;
const EN_WORD_NUMBER = `(?:(?:${TENS.slice(2).join("|")})(?: (?:${ONES.slice(1, 10).join("|")}))?|${[...ONES].reverse().join("|")})(?: hundred)?`;

function englishNumber(words: string): number | undefined {
  if (/^\d/.test(words)) return Number(words);
  if (words === "a" || words === "an") return 1;
  if (words.startsWith("half ")) return 0.5;
  let value = 0;
  for (const word of words.split(" ")) {
    const one = (ONES as readonly string[]).indexOf(word);
    const ten = (TENS as readonly string[]).indexOf(word);
    if (one >= 0) value += one;
    else if (ten >= 2) value += ten * 10;
    else if (word === "hundred") value = (value === 0 ? 1 : value) * 100;
    else return undefined;
  }
  return value;
}

const ZH_DIGITS: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const ZH_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const ZH_NUMERAL = "[零〇一二两三四五六七八九十百千]+";

/** Value of a Chinese numeral (二十四, 一百二十, 九十九点五), or undefined. */
function chineseNumber(text: string): number | undefined {
  if (/^\d/.test(text)) return Number(text);
  const [whole = "", fraction] = text.split("点");
  let total = 0;
  let digit: number | undefined;
  for (const char of whole) {
    const d = ZH_DIGITS[char];
    const unit = ZH_UNITS[char];
    if (d !== undefined) digit = d;
    else if (unit !== undefined) {
      total += (digit ?? 1) * unit;
      digit = undefined;
    } else return undefined;
  }
  total += digit ?? 0;
  if (fraction === undefined) return total;
  let digits = "";
  for (const char of fraction) {
    const d = ZH_DIGITS[char];
    if (d === undefined) return undefined;
    digits += String(d);
  }
  return digits === "" ? total : Number(`${total}.${digits}`);
}

// ---------------------------------------------------------------------------------------------
// Patterns (over normalised text: lower case, NFKC, hyphens as spaces)

const EN_UNIT: Readonly<Record<string, number>> = {
  h: MS_PER_HOUR,
  hr: MS_PER_HOUR,
  hrs: MS_PER_HOUR,
  hour: MS_PER_HOUR,
  hours: MS_PER_HOUR,
  min: MS_PER_MINUTE,
  mins: MS_PER_MINUTE,
  minute: MS_PER_MINUTE,
  minutes: MS_PER_MINUTE,
  sec: MS_PER_SECOND,
  secs: MS_PER_SECOND,
  second: MS_PER_SECOND,
  seconds: MS_PER_SECOND,
  day: MS_PER_DAY,
  days: MS_PER_DAY,
  week: MS_PER_WEEK,
  weeks: MS_PER_WEEK,
  wk: MS_PER_WEEK,
  wks: MS_PER_WEEK,
};
const ZH_UNIT: Readonly<Record<string, number>> = {
  小时: MS_PER_HOUR,
  钟头: MS_PER_HOUR,
  分钟: MS_PER_MINUTE,
  刻钟: 15 * MS_PER_MINUTE,
  秒钟: MS_PER_SECOND,
  秒: MS_PER_SECOND,
  天: MS_PER_DAY,
  日: MS_PER_DAY,
  工作日: MS_PER_DAY,
  营业日: MS_PER_DAY,
  周: MS_PER_WEEK,
  星期: MS_PER_WEEK,
  礼拜: MS_PER_WEEK,
};

const EN_DURATION = new RegExp(
  `(?<![\\p{Script=Latin}\\p{N}.])(\\d+(?:\\.\\d+)?|${EN_WORD_NUMBER}|half an?|an?)( and a half)?( ?)` +
    `((?:business|working|work|office|calendar|clock) )?(hours?|hrs?|h|minutes?|mins?|seconds?|secs?|days?|weeks?|wks?)` +
    `( and a half)?(?![\\p{Script=Latin}\\p{N}])`,
  "gu",
);
const ZH_DURATION = new RegExp(
  `(?<![\\d.零〇一二两三四五六七八九十百千第月])(?:(\\d+(?:\\.\\d+)?|${ZH_NUMERAL}) ?个?(半)?|(半)) ?个?(工作|营业|办公)?个?` +
    `(小时|钟头|分钟|刻钟|秒钟|秒|天|工作日|营业日|周|星期|礼拜|日(?=之?内|以内))`,
  "gu",
);
const EN_PERCENT = new RegExp(
  `(?<![\\p{Script=Latin}\\p{N}.])(\\d+(?:\\.\\d+)?|${EN_WORD_NUMBER}) ?(%|percent|per cent|pct)(?![\\p{Script=Latin}\\p{N}])`,
  "gu",
);
const ZH_PERCENT = /百分之([零〇一二两三四五六七八九十百点]+|\d+(?:\.\d+)?)/gu;

// Round-the-clock availability and frequencies: numbers with time units that promise no time limit.
const NOT_A_LIMIT = [
  /(?:7|七|seven) ?[x×*] ?(?:24|二十四)(?: ?(?:小时|hours?|h))?/gu,
  /(?:24|二十四) ?(?:[x×*/] ?(?:7|七)|(?:个)?小时 ?[x×*] ?(?:7|七)(?: ?天)?)/gu,
  /(?:24|twenty four) ?(?:hours?|hrs?|h) (?:a|per) day/gu,
  /(?:7|seven) ?days? (?:a|per) week/gu,
  /(?:365|三百六十五) ?(?:天|days?)/gu,
  /(?:每周|一周|每星期) ?(?:7|七) ?天/gu,
  /(?:每天|全天|每日) ?(?:24|二十四) ?(?:个)?小时/gu,
  /(?:7|七) ?天 ?(?:24|二十四) ?(?:个)?小时/gu,
  /(?:24|二十四) ?(?:个)?小时 ?(?:服务|在线|热线|客服|值守|营业|不间断|全天候|开放|人工|值班)/gu,
  /(?:24|twenty four) ?(?:hours?|hrs?|h) (?:hotline|helpline|service|support|line|desk|availability|available|online|access|coverage|cover)/gu,
  // The lookbehind starts `\d+` only at the head of a digit run: without it a long run is quadratic.
  /(?:once|twice|(?<!\d)\d+ times|times) (?:a|an|per|every) (?:day|week|hour|minute)/gu,
];

function spansOf(pattern: RegExp, text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(pattern)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

interface RawDuration {
  readonly start: number;
  readonly end: number;
  readonly ms: number;
  readonly unitMs: number;
  readonly businessDays: boolean;
}

function englishDurations(text: string): RawDuration[] {
  const out: RawDuration[] = [];
  for (const m of text.matchAll(EN_DURATION)) {
    const [whole, numberText = "", halfBefore, space, qualifier, unitText = "", halfAfter] = m;
    const unitMs = EN_UNIT[unitText];
    const n = englishNumber(numberText);
    if (unitMs === undefined || n === undefined) continue;
    // "24h" only when attached to digits; "a second" is usually the ordinal ("a second agent").
    if (unitText === "h" && (space !== "" || !/^\d/.test(numberText))) continue;
    if ((numberText === "a" || numberText === "an") && unitMs === MS_PER_SECOND) continue;
    const value = n + (halfBefore !== undefined || halfAfter !== undefined ? 0.5 : 0);
    const business = qualifier !== undefined && !/^(?:calendar|clock) $/.test(qualifier);
    out.push({ start: m.index, end: m.index + whole.length, ms: Math.round(value * unitMs), unitMs, businessDays: business && unitMs >= MS_PER_DAY });
  }
  return out;
}

function chineseDurations(text: string): RawDuration[] {
  const out: RawDuration[] = [];
  for (const m of text.matchAll(ZH_DURATION)) {
    const [whole, numberText, half, halfOnly, qualifier, unitText = ""] = m;
    const unitMs = ZH_UNIT[unitText];
    const n = numberText === undefined ? 0 : chineseNumber(numberText);
    if (unitMs === undefined || n === undefined) continue;
    const value = n + (half !== undefined || halfOnly !== undefined ? 0.5 : 0);
    const business = qualifier !== undefined || unitText === "工作日" || unitText === "营业日";
    out.push({ start: m.index, end: m.index + whole.length, ms: Math.round(value * unitMs), unitMs, businessDays: business && unitMs >= MS_PER_DAY });
  }
  return out;
}

// "1 hour 30 minutes", "2小时30分钟": adjacent parts with decreasing units are one duration.
const JOINER = /^ ?(?:and |零)?$/;

function joinCompounds(parts: RawDuration[], text: string): RawDuration[] {
  const sorted = [...parts].sort((a, b) => a.start - b.start);
  const out: RawDuration[] = [];
  for (const part of sorted) {
    const last = out[out.length - 1];
    if (
      last !== undefined &&
      !last.businessDays &&
      !part.businessDays &&
      part.unitMs < last.unitMs &&
      part.start >= last.end &&
      JOINER.test(text.slice(last.end, part.start))
    ) {
      out[out.length - 1] = { ...last, end: part.end, ms: last.ms + part.ms, unitMs: part.unitMs };
    } else out.push(part);
  }
  return out;
}

/**
 * Durations and percentages in `normalized`, left to right, skipping anything that overlaps `skip`
 * (word-list matches such as "100% guaranteed") or reads as availability rather than a time limit.
 */
export function readQuantities(normalized: NormalizedText, skip: readonly Span[]): Quantity[] {
  const { text } = normalized;
  const masked = overlapIndex([...skip, ...NOT_A_LIMIT.flatMap((pattern) => spansOf(pattern, text))]);
  const quote = (span: Span) => ({
    found: sourceSlice(normalized, span.start, span.end),
    offset: normalized.offsets[span.start] ?? 0,
    start: span.start,
    end: span.end,
  });
  const out: Quantity[] = [];
  const durations = [...englishDurations(text), ...chineseDurations(text)].filter((d) => !masked(d));
  for (const d of joinCompounds(durations, text)) {
    out.push({ kind: "duration", ms: d.ms, businessDays: d.businessDays, unitMs: d.unitMs, ...quote(d) });
  }
  for (const pattern of [EN_PERCENT, ZH_PERCENT]) {
    for (const m of text.matchAll(pattern)) {
      const span = { start: m.index, end: m.index + m[0].length };
      const numberText = m[1] ?? "";
      const value = pattern === ZH_PERCENT ? chineseNumber(numberText) : englishNumber(numberText);
      if (value !== undefined && !masked(span)) out.push({ kind: "percent", value, ...quote(span) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
