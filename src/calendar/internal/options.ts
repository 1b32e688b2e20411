import { createIssue, PledgeError } from "../../core/index.js";
import { calendarMessages } from "../messages.js";
import type { AtClose } from "./ops.js";

/** Options of `addBusinessTime` / `subtractBusinessTime`. */
export interface BusinessTimeOptions {
  /**
   * When the result is a closing instant: `"close"` (default) returns it, `"nextOpen"` returns the
   * next opening instead (an SLA is still met if answered before the desk reopens).
   */
  readonly atClose?: AtClose;
}

/** Reads the `atClose` option; throws `invalid_argument` naming it otherwise. */
export function readAtClose(options: unknown): AtClose {
  if (options === undefined) return "close";
  if (typeof options !== "object" || options === null) {
    throw new PledgeError("invalid_argument", [createIssue(calendarMessages, "invalid_at_close", ["options"], { received: options })]);
  }
  for (const key of Object.keys(options)) {
    if (key !== "atClose") {
      throw new PledgeError("invalid_argument", [
        { code: "unknown_key", path: ["options", key], message: `unknown key ${JSON.stringify(key)}`, params: { key } },
      ]);
    }
  }
  const value = (options as { atClose?: unknown }).atClose;
  if (value === undefined || value === "close") return "close";
  if (value === "nextOpen") return "nextOpen";
  throw new PledgeError("invalid_argument", [createIssue(calendarMessages, "invalid_at_close", ["options", "atClose"], { received: value })]);
}
