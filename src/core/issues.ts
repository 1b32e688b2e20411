/** A path into a user's input, zod-style: object keys and array indexes. */
export type IssuePath = readonly (string | number)[];

/**
 * One problem found in an input. `code` is stable snake_case, `message` is English unless a
 * function documents a `locale` option, `params` holds the values the message was built from
 * (so `formatIssue` can render it again in another language).
 */
export interface Issue {
  readonly code: string;
  readonly path: IssuePath;
  readonly message: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/** Renders a path as `week.mon[0][1]`; the empty path is `(root)`. */
export function formatPath(path: IssuePath): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += out === "" ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out === "" ? "(root)" : out;
}

/** Renders a value for a message: strings quoted, everything else as short JSON. */
export function formatValue(value: unknown): string {
  if (value === undefined) return "undefined";
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
  if (typeof value === "function") return "a function";
  if (typeof value === "symbol") return value.toString();
  try {
    const json = JSON.stringify(value);
    if (json === undefined) return String(value);
    return json.length > 80 ? `${json.slice(0, 77)}...` : json;
  } catch {
    return Object.prototype.toString.call(value);
  }
}
