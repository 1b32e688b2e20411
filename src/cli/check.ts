import type { Issue, Locale } from "../index.js";
import { formatIssue } from "../index.js";
import { validateCommitment, type Commitment } from "../commitment/index.js";
import { parseCommandArgs, readLocale } from "./args.js";
import { CliError, usageError } from "./errors.js";
import { EXIT, type ExitCode } from "./exitCodes.js";
import { type ConfigKind, readKind, validateConfig } from "./configs.js";
import { formatPath } from "./format.js";
import { readJson, writeJson, writeOut } from "./io.js";
import { say } from "./messages.js";

export const CHECK_USAGE = `pledgekit check <file.json>... [--kind KIND] [--locale en|zh-CN] [--json]

Validates configuration files. The kind comes from the file's "$schema" (the name of a schema that
pledgekit ships: calendar, sla-policy, commitment, complaint-policy, remedy-policy, instrument) or
from --kind. A commitment also gets its SMART review; a review error makes it invalid.
Exit code: 0 all valid, 1 some invalid, 3 some unreadable (not found, not JSON), 2 bad arguments.`;

interface Outcome {
  readonly file: string;
  readonly kind: ConfigKind | null;
  readonly valid: boolean;
  readonly issues: readonly (Issue & { readonly severity?: string })[];
  readonly exitCode: ExitCode;
  readonly error?: string;
}

export async function check(argv: readonly string[]): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs(argv, { kind: { type: "string" }, json: { type: "boolean" } });
  if (values.help === true) return writeOut(`${CHECK_USAGE}\n`).then(() => EXIT.ok);
  const locale = readLocale(values.locale);
  const kind = values.kind === undefined ? undefined : readKind(values.kind);
  if (positionals.length === 0) throw usageError("check: give at least one file");

  let worst: ExitCode = EXIT.ok;
  for (const file of positionals) {
    const outcome = await checkFile(file, kind, locale);
    // Unreadable outranks invalid: the caller must fix the file's path or syntax first.
    if (outcome.exitCode === EXIT.unreadable || (outcome.exitCode === EXIT.invalid && worst === EXIT.ok)) worst = outcome.exitCode;
    if (values.json === true) {
      const issues = outcome.issues.map((issue) => ({ ...issue, message: formatIssue(issue, locale) }));
      await writeJson({ file, kind: outcome.kind, valid: outcome.valid, issues, ...(outcome.error === undefined ? {} : { error: outcome.error }) }, false);
    } else if (outcome.error !== undefined) process.stderr.write(`pledgekit: ${outcome.error}\n`);
    else await writeOut(`${render(outcome, locale)}\n`);
  }
  return worst;
}

async function checkFile(file: string, expected: ConfigKind | undefined, locale: Locale): Promise<Outcome> {
  let json: unknown;
  try {
    json = await readJson(file);
  } catch (error) {
    if (error instanceof CliError) return { file, kind: expected ?? null, valid: false, issues: [], exitCode: error.exitCode, error: error.message };
    throw error;
  }
  const { kind, result } = validateConfig(json, expected, file);
  if (!result.success) return { file, kind, valid: false, issues: result.issues, exitCode: EXIT.invalid };
  if (kind !== "commitment") return { file, kind, valid: true, issues: [], exitCode: EXIT.ok };
  const review = validateCommitment(result.data as Commitment, { locale });
  return { file, kind, valid: review.valid, issues: review.issues, exitCode: review.valid ? EXIT.ok : EXIT.invalid };
}

function render(outcome: Outcome, locale: Locale): string {
  const head = `${outcome.file}: ${outcome.valid ? say(locale, "valid", outcome.kind ?? "") : say(locale, "invalid", outcome.kind ?? "", outcome.issues.length)}`;
  if (outcome.issues.length === 0) return head;
  const lines = outcome.issues.map((issue) => {
    const severity = issue.severity === "warning" ? "(warning) " : "";
    return `  ${formatPath(issue.path)}: ${severity}${formatIssue(issue, locale)}`;
  });
  return `${head}\n${lines.join("\n")}`;
}
