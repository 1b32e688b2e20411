import { usageError } from "../errors.js";
import { EXIT, type ExitCode } from "../exitCodes.js";
import { writeOut } from "../io.js";
import { slaEvaluate, SLA_EVALUATE_USAGE } from "./evaluate.js";

export const SLA_USAGE = SLA_EVALUATE_USAGE;

/** `pledgekit sla <subcommand>`. */
export async function slaCommand(argv: readonly string[]): Promise<ExitCode> {
  const [sub, ...rest] = argv;
  if (sub === "evaluate") return slaEvaluate(rest);
  if (sub === "--help" || sub === "-h") return writeOut(`${SLA_USAGE}\n`).then(() => EXIT.ok);
  throw usageError(sub === undefined ? "sla: missing subcommand (evaluate)" : `sla: unknown subcommand ${JSON.stringify(sub)}`);
}
