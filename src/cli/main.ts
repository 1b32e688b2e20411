import { isPledgeError, type Locale } from "../index.js";
import { calendarCommand, CALENDAR_USAGE } from "./calendar.js";
import { check, CHECK_USAGE } from "./check.js";
import { complaintCommand, COMPLAINT_USAGE } from "./complaint.js";
import { CliError, usageError } from "./errors.js";
import { EXIT, type ExitCode } from "./exitCodes.js";
import { formatIssues } from "./format.js";
import { remedyCommand, REMEDY_USAGE } from "./remedy.js";
import { servqualCommand, SERVQUAL_USAGE } from "./servqual.js";
import { slaCommand, SLA_USAGE } from "./sla/command.js";

export const USAGE = `pledgekit — customer-service commitments from the command line

Commands:
  check <file.json>...              validate configurations (exit 0 valid, 1 invalid, 3 unreadable)
  sla evaluate                      NDJSON tickets in, NDJSON SLA reports out, on worker threads
  remedy decide                     decide the remedies a policy grants for a fact sheet
  complaint status                  a complaint's step, deadlines and due escalations as of now
  servqual score <responses.csv>    score a SERVQUAL survey
  calendar add|between|next-open    business-time arithmetic

Run "pledgekit <command> --help" for a command's options. Exit codes: 0 ok, 1 invalid input,
2 bad arguments, 3 unreadable file, 70 internal error.`;

const COMMANDS: Readonly<Record<string, { run: (argv: readonly string[]) => Promise<ExitCode>; usage: string }>> = {
  check: { run: check, usage: CHECK_USAGE },
  sla: { run: slaCommand, usage: SLA_USAGE },
  remedy: { run: remedyCommand, usage: REMEDY_USAGE },
  complaint: { run: complaintCommand, usage: COMPLAINT_USAGE },
  servqual: { run: servqualCommand, usage: SERVQUAL_USAGE },
  calendar: { run: calendarCommand, usage: CALENDAR_USAGE },
};

/** Runs one command line; returns the exit code. Errors end up on stderr, never as a stack trace. */
export async function main(argv: readonly string[]): Promise<ExitCode> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(`${USAGE}\n`);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS[name];
  try {
    if (command === undefined) throw usageError(`unknown command ${JSON.stringify(name)}`);
    return await command.run(rest);
  } catch (error) {
    return report(error, command?.usage ?? USAGE, rest);
  }
}

function report(error: unknown, usage: string, argv: readonly string[]): ExitCode {
  const locale = localeOf(argv);
  if (error instanceof CliError) {
    process.stderr.write(`pledgekit: ${error.message}\n`);
    if (error.issues.length > 0) process.stderr.write(`${formatIssues(error.issues, locale)}\n`);
    if (error.exitCode === EXIT.usage) process.stderr.write(`\n${usage}\n`);
    return error.exitCode;
  }
  // A PledgeError that escaped a command is bad input the command did not anticipate.
  if (isPledgeError(error)) {
    process.stderr.write(`pledgekit: ${error.code}\n${formatIssues(error.issues, locale)}\n`);
    return EXIT.invalid;
  }
  process.stderr.write(`pledgekit: internal error, please report it: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return EXIT.internal;
}

/** The --locale a failed command line asked for, so its errors are printed in that language. */
function localeOf(argv: readonly string[]): Locale {
  const at = argv.indexOf("--locale");
  const value = at === -1 ? argv.find((arg) => arg.startsWith("--locale="))?.slice("--locale=".length) : argv[at + 1];
  return value === "zh-CN" ? "zh-CN" : "en";
}
