import { decideRemedy, type RemedyFacts, type RemedyGrantInput } from "../remedy/index.js";
import { parseCommandArgs, readLocale, required } from "./args.js";
import { loadConfig } from "./configs.js";
import { invalidError, usageError } from "./errors.js";
import { EXIT, type ExitCode } from "./exitCodes.js";
import { readJson, writeJson, writeOut } from "./io.js";

export const REMEDY_USAGE = `pledgekit remedy decide --policy remedy-policy.json --facts facts.json [options]

Prints the RemedyDecision (eligible, remedies, totals, issues, explanation) as JSON. An ineligible
claim or a missing fact is an outcome, not an error: the exit code is 0 whenever a decision is made.
  --facts FILE        a JSON object of facts, or - for standard input
  --history FILE      earlier grants (a JSON array), for per-period caps
  --now ISO           when the decision is made (claim windows)
  --choice RULE=OPT   the claimant's choice for a claimant's-choice rule (repeatable)
  --locale en|zh-CN   language of the explanation
  --pretty            indented JSON`;

export async function remedyCommand(argv: readonly string[]): Promise<ExitCode> {
  const [sub, ...rest] = argv;
  if (sub === "--help" || sub === "-h") return writeOut(`${REMEDY_USAGE}\n`).then(() => EXIT.ok);
  if (sub !== "decide") throw usageError(sub === undefined ? "remedy: missing subcommand (decide)" : `remedy: unknown subcommand ${JSON.stringify(sub)}`);
  const { values, positionals } = parseCommandArgs(rest, {
    policy: { type: "string" },
    facts: { type: "string" },
    history: { type: "string" },
    now: { type: "string" },
    choice: { type: "string", multiple: true },
    pretty: { type: "boolean" },
  });
  if (values.help === true) return writeOut(`${REMEDY_USAGE}\n`).then(() => EXIT.ok);
  if (positionals.length > 0) throw usageError(`remedy decide: unexpected argument ${JSON.stringify(positionals[0])}`);
  const locale = readLocale(values.locale);
  const policy = await loadConfig(required(values.policy, "policy"), "remedy-policy");
  const factsPath = required(values.facts, "facts");
  const facts = await readJson(factsPath);
  if (typeof facts !== "object" || facts === null || Array.isArray(facts)) throw invalidError(`${factsPath}: the facts must be a JSON object`);
  const history = values.history === undefined ? undefined : await readJson(values.history);
  if (history !== undefined && !Array.isArray(history)) throw invalidError(`${values.history}: the history must be a JSON array of grants`);
  const decision = decideRemedy(policy, facts as RemedyFacts, {
    locale,
    ...(history === undefined ? {} : { history: history as RemedyGrantInput[] }),
    ...(values.now === undefined ? {} : { now: values.now }),
    ...(values.choice === undefined ? {} : { choices: readChoices(values.choice) }),
  });
  await writeJson(decision, values.pretty === true);
  return EXIT.ok;
}

function readChoices(pairs: readonly string[]): Record<string, string> {
  const choices: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf("=");
    if (at <= 0 || at === pair.length - 1) throw usageError(`--choice must be RULE=OPTION, got ${JSON.stringify(pair)}`);
    choices[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return choices;
}
