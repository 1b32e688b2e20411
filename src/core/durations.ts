import { MS_PER_HOUR, MS_PER_MINUTE, MS_PER_SECOND } from "./civil.js";
import { PledgeError } from "./errors.js";
import { coreMessages, createIssue } from "./messages.js";

/**
 * A length of time: milliseconds, `{ hours, minutes, seconds, milliseconds }`, or an ISO-8601
 * duration without date parts ("PT8H", "PT1H30M", "-PT15M"). Business durations never have days.
 */
export type DurationInput = number | string | { readonly hours?: number; readonly minutes?: number; readonly seconds?: number; readonly milliseconds?: number };

const ISO_DURATION = /^([+-])?P(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/i;
const DATE_PARTS = /^[+-]?P(?:\d+(?:[.,]\d+)?[YMWD])+/i;
const OBJECT_KEYS: Readonly<Record<string, number>> = {
  hours: MS_PER_HOUR,
  minutes: MS_PER_MINUTE,
  seconds: MS_PER_SECOND,
  milliseconds: 1,
};

const num = (text: string | undefined): number => (text === undefined ? 0 : Number(text.replace(",", ".")));

type DurationFailure = "invalid_duration" | "duration_has_days";

function readDuration(input: unknown): number | DurationFailure {
  if (typeof input === "number") return Number.isFinite(input) ? Math.round(input) : "invalid_duration";
  if (typeof input === "string") {
    const text = input.trim();
    const m = ISO_DURATION.exec(text);
    if (m === null || m[2] !== undefined) return DATE_PARTS.test(text) ? "duration_has_days" : "invalid_duration";
    if (m[3] === undefined && m[4] === undefined && m[5] === undefined) return "invalid_duration";
    const ms = num(m[3]) * MS_PER_HOUR + num(m[4]) * MS_PER_MINUTE + num(m[5]) * MS_PER_SECOND;
    return Math.round(m[1] === "-" ? -ms : ms);
  }
  if (typeof input === "object" && input !== null && !Array.isArray(input) && !(input instanceof Date)) {
    const keys = Object.keys(input);
    if (keys.length === 0) return "invalid_duration";
    let ms = 0;
    for (const key of keys) {
      const unit = Object.hasOwn(OBJECT_KEYS, key) ? OBJECT_KEYS[key] : undefined;
      const value = (input as Record<string, unknown>)[key];
      if (unit === undefined || typeof value !== "number" || !Number.isFinite(value)) return "invalid_duration";
      ms += value * unit;
    }
    return Number.isFinite(ms) ? Math.round(ms) : "invalid_duration";
  }
  return "invalid_duration";
}

/** True when `input` is a valid `DurationInput`. */
export function isDurationInput(input: unknown): input is DurationInput {
  return typeof readDuration(input) === "number";
}

/**
 * Milliseconds of a `DurationInput` (may be negative); throws `PledgeError` naming `path` otherwise.
 * Results are whole milliseconds.
 */
export function toDurationMs(input: unknown, path: readonly (string | number)[] = [], errorCode = "invalid_argument"): number {
  const result = readDuration(input);
  if (typeof result === "number") return result;
  throw new PledgeError(errorCode, [createIssue(coreMessages, result, path, { received: input })]);
}

/** The failure code for an invalid duration, or undefined when it is valid (for schema refinements). */
export function durationProblem(input: unknown): DurationFailure | undefined {
  const result = readDuration(input);
  return typeof result === "number" ? undefined : result;
}

/** ISO-8601 text of whole milliseconds ("PT1H30M", "PT0S", "-PT15M"). */
export function formatDuration(ms: number): string {
  if (ms === 0) return "PT0S";
  const sign = ms < 0 ? "-" : "";
  let rest = Math.abs(ms);
  const hours = Math.floor(rest / MS_PER_HOUR);
  rest -= hours * MS_PER_HOUR;
  const minutes = Math.floor(rest / MS_PER_MINUTE);
  rest -= minutes * MS_PER_MINUTE;
  const seconds = rest / MS_PER_SECOND;
  return `${sign}PT${hours ? `${hours}H` : ""}${minutes ? `${minutes}M` : ""}${seconds ? `${seconds}S` : ""}`;
}
