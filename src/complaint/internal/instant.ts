import { createIssue, PledgeError, toInstantMs, type IssuePath } from "../../core/index.js";
import { complaintMessages } from "../messages.js";

// The supported instant range (docs/CONVENTIONS.md "Limits"): years 0002–9998.
// Date.UTC maps years 0–99 to 1900–1999, so the first year is set explicitly.
const FIRST = new Date(0).setUTCFullYear(2, 0, 1);
const END = new Date(0).setUTCFullYear(9999, 0, 1);

/** Epoch milliseconds of a `DateInput` in years 0002–9998, or a `PledgeError` with `code` naming `path`. */
export function complaintInstant(input: unknown, path: IssuePath, code = "invalid_argument"): number {
  const ms = toInstantMs(input, path, code);
  if (ms < FIRST || ms >= END) throw new PledgeError(code, [createIssue(complaintMessages, "instant_out_of_range", path, { received: input })]);
  return ms;
}
