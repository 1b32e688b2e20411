import { formatPath } from "../core/index.js";
import { formatIssue, type Issue, type Locale } from "../index.js";

// The library's own path notation (`week.mon[0][1]`, `(root)`), re-exported for the commands.
export { formatPath };

/** One line per issue: `  path: message`, the message in `locale`. */
export function formatIssues(issues: readonly Issue[], locale: Locale, indent = "  "): string {
  return issues.map((issue) => `${indent}${formatPath(issue.path)}: ${formatIssue(issue, locale)}`).join("\n");
}
