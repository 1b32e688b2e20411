import {
  type ComplaintEventInput,
  type ComplaintPolicy,
  type ComplaintReplay,
  type ComplaintState,
  complaintStatus,
  defaultComplaintPolicy,
  type OpenComplaintInput,
  replayComplaint,
} from "../complaint/index.js";
import { parseCommandArgs, readLocale, required } from "./args.js";
import { loadConfig } from "./configs.js";
import { invalidError, usageError } from "./errors.js";
import { EXIT, type ExitCode } from "./exitCodes.js";
import { readJson, writeJson, writeOut } from "./io.js";

export const COMPLAINT_USAGE = `pledgekit complaint status --complaint complaint.json --now <ISO> [options]

Prints {"status", "refused"} as JSON: the complaint's stage, step, deadlines with their status, due
escalations and nextCheckAt as of --now. The complaint file is either a stored ComplaintState or
an event log {"complaint": {"id", "receivedAt", ...}, "events": [...]}, replayed first; events the
policy refuses are listed in "refused" (an outcome, exit code 0).
  --policy FILE       a complaint policy (default: pledgekit's default policy)
  --locale en|zh-CN   language of the labels
  --pretty            indented JSON`;

export async function complaintCommand(argv: readonly string[]): Promise<ExitCode> {
  const [sub, ...rest] = argv;
  if (sub === "--help" || sub === "-h") return writeOut(`${COMPLAINT_USAGE}\n`).then(() => EXIT.ok);
  if (sub !== "status") throw usageError(sub === undefined ? "complaint: missing subcommand (status)" : `complaint: unknown subcommand ${JSON.stringify(sub)}`);
  const { values, positionals } = parseCommandArgs(rest, {
    policy: { type: "string" },
    complaint: { type: "string" },
    now: { type: "string" },
    pretty: { type: "boolean" },
  });
  if (values.help === true) return writeOut(`${COMPLAINT_USAGE}\n`).then(() => EXIT.ok);
  if (positionals.length > 0) throw usageError(`complaint status: unexpected argument ${JSON.stringify(positionals[0])}`);
  const locale = readLocale(values.locale);
  const now = required(values.now, "now");
  const policy = values.policy === undefined ? defaultComplaintPolicy() : await loadConfig(values.policy, "complaint-policy");
  const file = required(values.complaint, "complaint");
  const { state, refused } = readComplaint(policy, await readJson(file), file);
  await writeJson({ status: complaintStatus(policy, state, now, { locale }), refused }, values.pretty === true);
  return EXIT.ok;
}

function readComplaint(policy: ComplaintPolicy, json: unknown, file: string): Pick<ComplaintReplay, "state" | "refused"> {
  if (typeof json !== "object" || json === null || Array.isArray(json)) throw invalidError(`${file}: expected a ComplaintState or {"complaint", "events"}`);
  if ("events" in json || "complaint" in json) {
    const { complaint, events = [], ...rest } = json as Record<string, unknown>;
    if (Object.keys(rest).length > 0 || !Array.isArray(events))
      throw invalidError(`${file}: an event log has exactly "complaint" (object) and "events" (array)`);
    const replay = replayComplaint(policy, complaint as OpenComplaintInput, events as ComplaintEventInput[]);
    return { state: replay.state, refused: replay.refused };
  }
  return { state: json as ComplaintState, refused: [] };
}
