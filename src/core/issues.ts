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
    const text = preview(value, { left: PREVIEW_LENGTH }, 0);
    return text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH - 3)}...` : text;
  } catch {
    return Object.prototype.toString.call(value);
  }
}

const PREVIEW_LENGTH = 80;

// JSON-like text of `value`, built only as far as the budget reaches: a message about a 10 MB
// string or a million-element array costs what a short one does.
function preview(value: unknown, budget: { left: number }, depth: number): string {
  let out: string;
  if (value === null || typeof value === "boolean") out = String(value);
  else if (typeof value === "number") out = Number.isFinite(value) ? String(value) : "null";
  else if (typeof value === "string") out = JSON.stringify(value.length > budget.left ? value.slice(0, Math.max(0, budget.left)) : value);
  else if (typeof value !== "object" || depth > 8) out = typeof value === "object" ? "{…}" : String(value);
  else if (typeof (value as { toJSON?: unknown }).toJSON === "function") out = preview((value as { toJSON(): unknown }).toJSON(), budget, depth + 1);
  else if (Array.isArray(value)) {
    const parts: string[] = [];
    for (let i = 0; i < value.length && budget.left > 0; i += 1) parts.push(preview(value[i], budget, depth + 1));
    out = `[${parts.join(",")}${parts.length < value.length ? ",…" : ""}]`;
  } else {
    const parts: string[] = [];
    for (const key in value) {
      if (budget.left <= 0) {
        parts.push("…");
        break;
      }
      if (!Object.hasOwn(value, key)) continue;
      const item = (value as Record<string, unknown>)[key];
      if (item === undefined || typeof item === "function" || typeof item === "symbol") continue;
      parts.push(`${JSON.stringify(key)}:${preview(item, budget, depth + 1)}`);
    }
    out = `{${parts.join(",")}}`;
  }
  budget.left -= out.length;
  return out;
}
