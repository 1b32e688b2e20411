import { daysFromCivil, daysInMonth, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from "./civil.js";
import { PledgeError } from "./errors.js";
import { coreMessages, createIssue } from "./messages.js";

/** An instant: a `Date`, epoch milliseconds, or an ISO-8601 string with `Z` or an offset. */
export type DateInput = Date | number | string;

/** The largest magnitude of epoch milliseconds a `Date` can hold. */
export const MAX_INSTANT_MS = 8.64e15;

// Offset-less strings are rejected on purpose: "2024-03-10T09:00" means a different instant in every zone.
const ISO_INSTANT = /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))$/;
const ISO_LOCAL = /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?)?$/;

function fraction(digits: string | undefined): number {
  if (digits === undefined) return 0;
  return Math.floor(Number(`0.${digits}`) * 1000 + 1e-9);
}

/** Epoch milliseconds of an ISO-8601 instant string, or undefined when it is not one. */
export function parseIsoInstant(text: string): number | undefined {
  const m = ISO_INSTANT.exec(text);
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 24 || minute > 59 || second > 59) return undefined;
  const millis = fraction(m[7]);
  if (hour === 24 && (minute !== 0 || second !== 0 || millis !== 0)) return undefined;
  let offset = 0;
  if (m[8] === undefined) {
    const offsetHours = Number(m[10]);
    const offsetMinutes = Number(m[11]);
    if (offsetHours > 23 || offsetMinutes > 59) return undefined;
    offset = (m[9] === "-" ? -1 : 1) * (offsetHours * MS_PER_HOUR + offsetMinutes * MS_PER_MINUTE);
  }
  const ms = daysFromCivil(year, month, day) * MS_PER_DAY + hour * MS_PER_HOUR + minute * MS_PER_MINUTE + second * 1000 + millis - offset;
  return Math.abs(ms) <= MAX_INSTANT_MS ? ms : undefined;
}

/**
 * Epoch milliseconds of a `DateInput`; throws `PledgeError` (`invalid_argument`, or `errorCode`)
 * naming `path` for Invalid Date, non-finite numbers and strings without an offset.
 */
export function toInstantMs(input: unknown, path: readonly (string | number)[] = [], errorCode = "invalid_argument"): number {
  const ms = readInstantMs(input);
  if (ms !== undefined) return ms;
  const ambiguous = typeof input === "string" && ISO_LOCAL.test(input.trim());
  throw new PledgeError(errorCode, [createIssue(coreMessages, ambiguous ? "ambiguous_instant" : "invalid_instant", path, { received: input })]);
}

/** Epoch milliseconds of a `DateInput`, or undefined when it is not a valid instant. */
export function readInstantMs(input: unknown): number | undefined {
  if (typeof input === "number") {
    return Number.isFinite(input) && Math.abs(input) <= MAX_INSTANT_MS ? Math.trunc(input) : undefined;
  }
  if (typeof input === "string") return parseIsoInstant(input);
  if (input instanceof Date) {
    const ms = input.getTime();
    return Number.isNaN(ms) ? undefined : ms;
  }
  return undefined;
}

/** A fresh `Date` for epoch milliseconds (never shared with an input). */
export function toDate(ms: number): Date {
  return new Date(ms);
}
