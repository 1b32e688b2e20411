// Options are arguments too: their issues start at `options`, and `null` is misuse, not "no options".
import type * as z from "zod";
import { PledgeError, safeParse, type IssuePath } from "../../core/index.js";
import { servqualMessages } from "../messages.js";

/** Parses an options argument (undefined = defaults); `invalid_argument` with paths under `path` otherwise. */
export function parseOptions<S extends z.ZodType>(schema: S, options: unknown, path: IssuePath = ["options"]): z.output<S> {
  const result = safeParse(schema, options === undefined ? {} : options, servqualMessages);
  if (result.success) return result.data;
  throw new PledgeError(
    "invalid_argument",
    result.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] })),
  );
}
