import { formatPath, type Issue } from "./issues.js";

/** Codes of errors thrown for misuse. Expected domain outcomes are returned as values instead. */
export type PledgeErrorCode =
  | "invalid_argument"
  | "invalid_calendar"
  | "beyond_calendar"
  | "invalid_policy"
  | "invalid_event"
  | "invalid_commitment"
  | "invalid_instrument"
  | "invalid_response"
  | "invalid_state"
  | (string & {});

const BRAND = Symbol.for("pledgekit.PledgeError");

/**
 * The one error type pledgekit throws. `code` says what kind of misuse it was, `issues` lists every
 * problem with a path into the input, and the message names the first few paths and values.
 * Use `isPledgeError` rather than `instanceof`: CommonJS builds may hold several copies of the class.
 */
export class PledgeError extends Error {
  override readonly name = "PledgeError";
  readonly code: PledgeErrorCode;
  readonly issues: readonly Issue[];

  constructor(code: PledgeErrorCode, issues: readonly Issue[], message?: string) {
    super(message ?? summarise(code, issues));
    this.code = code;
    this.issues = issues;
    Object.defineProperty(this, BRAND, { value: true });
  }
}

function summarise(code: string, issues: readonly Issue[]): string {
  if (issues.length === 0) return code;
  const shown = issues.slice(0, 5).map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
  const more = issues.length > shown.length ? ` (and ${issues.length - shown.length} more)` : "";
  return `${code}: ${shown.join("; ")}${more}`;
}

/** True for any `PledgeError`, whichever copy of the library created it. */
export function isPledgeError(value: unknown): value is PledgeError {
  return (
    typeof value === "object" &&
    value !== null &&
    ((value as Record<symbol, unknown>)[BRAND] === true || ((value as Error).name === "PledgeError" && Array.isArray((value as PledgeError).issues)))
  );
}

/** Result of a non-throwing `safe…` function. */
export type SafeResult<T> = { readonly success: true; readonly data: T } | { readonly success: false; readonly issues: readonly Issue[] };

/** Turns a throwing function into its `safe…` twin: PledgeErrors become `{ success: false, issues }`. */
export function toSafe<A extends unknown[], T>(fn: (...args: A) => T): (...args: A) => SafeResult<T> {
  return (...args: A) => {
    try {
      return { success: true, data: fn(...args) };
    } catch (error) {
      if (isPledgeError(error)) return { success: false, issues: error.issues };
      throw error;
    }
  };
}
