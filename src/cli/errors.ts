import type { Issue } from "../index.js";
import { EXIT, type ExitCode } from "./exitCodes.js";

/** A failure that ends the command with a known exit code; `main` prints it and exits. */
export class CliError extends Error {
  readonly exitCode: ExitCode;
  /** Issues to print under the message, rendered in the chosen locale. */
  readonly issues: readonly Issue[];

  constructor(exitCode: ExitCode, message: string, issues: readonly Issue[] = []) {
    super(message);
    this.exitCode = exitCode;
    this.issues = issues;
  }
}

export const usageError = (message: string): CliError => new CliError(EXIT.usage, message);
export const unreadableError = (message: string): CliError => new CliError(EXIT.unreadable, message);
export const invalidError = (message: string, issues: readonly Issue[] = []): CliError => new CliError(EXIT.invalid, message, issues);
