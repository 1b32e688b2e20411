// The CLI's exit codes, documented in docs/guides/cli.md. Distinct per outcome so a caller in any
// language can branch on the code alone.
export const EXIT = {
  /** Valid input; the command did its work. */
  ok: 0,
  /** The input was read but is invalid (a configuration, a fact sheet, a ticket line under --strict). */
  invalid: 1,
  /** The command line itself is wrong (unknown command or option, missing argument). */
  usage: 2,
  /** A file could not be read, or is not JSON / CSV at all. */
  unreadable: 3,
  /** A bug in pledgekit: please report it. */
  internal: 70,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
