import { formatIssue, type Issue, type IssuePath, type Locale } from "../index.js";

/** `week.mon[0][1]`, the library's own path notation; the empty path is `(root)`. */
export function formatPath(path: IssuePath): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += out === "" ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out === "" ? "(root)" : out;
}

/** One line per issue: `  path: message`, the message in `locale`. */
export function formatIssues(issues: readonly Issue[], locale: Locale, indent = "  "): string {
  return issues.map((issue) => `${indent}${formatPath(issue.path)}: ${formatIssue(issue, locale)}`).join("\n");
}
