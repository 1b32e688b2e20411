import { createReadStream } from "node:fs";
import { access } from "node:fs/promises";
import { parse } from "csv-parse";
import { type Instrument, scoreServqual, type ServqualResponse, servqualInstrument } from "../servqual/index.js";
import { parseCommandArgs, readLocale } from "./args.js";
import { loadConfig } from "./configs.js";
import { CliError, invalidError, unreadableError, usageError } from "./errors.js";
import { EXIT, type ExitCode } from "./exitCodes.js";
import { writeJson, writeOut } from "./io.js";

export const SERVQUAL_USAGE = `pledgekit servqual score <responses.csv> [options]

Scores a SERVQUAL survey kept as a wide table, one respondent per row, and prints the
ServqualReport as JSON. Answer columns are named by --columns, where {side} is E (expectation),
P (perception), A (adequate) or D (desired), {item} an item id (q1) and {n} an item's number (1);
other columns are ignored, lines starting with # are comments, an empty cell is unanswered.
  --instrument FILE      a custom instrument (default: the built-in 22-item SERVQUAL)
  --servqual 1988|1991   wording of the built-in instrument (default 1991)
  --columns PATTERN      column names (default "{side}_{item}": E_q1, P_q1, …, I_tangibles)
  --id-column NAME       respondent id column (default: "id" when present)
  --segment-column NAME  group the report by this column
  --lenient              skip invalid answers and list them in the report (default: exit code 1)
  --locale en|zh-CN      language of the built-in instrument's labels
  --pretty               indented JSON`;

const SIDES = { E: "expectations", P: "perceptions", A: "adequate", D: "desired" } as const;
type Side = keyof typeof SIDES | "I";
type Answers = Record<string, number | null>;

export async function servqualCommand(argv: readonly string[]): Promise<ExitCode> {
  const [sub, ...rest] = argv;
  if (sub === "--help" || sub === "-h") return writeOut(`${SERVQUAL_USAGE}\n`).then(() => EXIT.ok);
  if (sub !== "score") throw usageError(sub === undefined ? "servqual: missing subcommand (score)" : `servqual: unknown subcommand ${JSON.stringify(sub)}`);
  const { values, positionals } = parseCommandArgs(rest, {
    instrument: { type: "string" },
    servqual: { type: "string" },
    columns: { type: "string", default: "{side}{n}" },
    "importance-columns": { type: "string", default: "imp_{dimension}" },
    "id-column": { type: "string" },
    "segment-column": { type: "string" },
    lenient: { type: "boolean" },
    pretty: { type: "boolean" },
  });
  if (values.help === true) return writeOut(`${SERVQUAL_USAGE}\n`).then(() => EXIT.ok);
  if (positionals.length !== 1) throw usageError("servqual score: give exactly one CSV file");
  const locale = readLocale(values.locale);
  const version = values.servqual ?? "1991";
  if (version !== "1988" && version !== "1991") throw usageError(`--servqual must be 1988 or 1991, got ${JSON.stringify(version)}`);
  if (values.instrument !== undefined && values.servqual !== undefined) throw usageError("give --instrument or --servqual, not both");
  const instrument = values.instrument === undefined ? servqualInstrument({ version, locale }) : await loadConfig(values.instrument, "instrument");
  const names = columnNames(instrument, values.columns, values["importance-columns"]);

  const file = positionals[0] as string;
  const responses = await readResponses(file, names, values["id-column"], values["segment-column"]);
  const report = scoreServqual(instrument, responses, { mode: values.lenient === true ? "lenient" : "strict" });
  await writeJson(report, values.pretty === true);
  return EXIT.ok;
}

/**
 * Every answer column the patterns name for this instrument: column name → side and item (or
 * dimension) id. `{n}` is the item's 1-based position in the instrument (E1 … E22 for q1 … q22).
 */
function columnNames(instrument: Instrument, columns: string, importance: string): Map<string, { side: Side; id: string }> {
  if (!columns.includes("{side}") || !(columns.includes("{item}") || columns.includes("{n}"))) {
    throw usageError(`--columns must contain {side} and {item} or {n}, got ${JSON.stringify(columns)}`);
  }
  if (!importance.includes("{dimension}")) throw usageError(`--importance-columns must contain {dimension}, got ${JSON.stringify(importance)}`);
  const names = new Map<string, { side: Side; id: string }>();
  for (const side of Object.keys(SIDES) as (keyof typeof SIDES)[]) {
    instrument.items.forEach((item, index) => {
      names.set(columns.replaceAll("{side}", side).replaceAll("{item}", item.id).replaceAll("{n}", String(index + 1)), { side, id: item.id });
    });
  }
  for (const dimension of instrument.dimensions) names.set(importance.replaceAll("{dimension}", dimension.id), { side: "I", id: dimension.id });
  return names;
}

async function readResponses(
  file: string,
  names: ReadonlyMap<string, { side: Side; id: string }>,
  idColumn: string | undefined,
  segmentColumn: string | undefined,
): Promise<ServqualResponse[]> {
  await access(file).catch((error: NodeJS.ErrnoException) => {
    throw unreadableError(`${file}: cannot read (${error.code ?? error.message})`);
  });
  const problems: string[] = [];
  const responses: ServqualResponse[] = [];
  let plan: { readonly column: string; readonly side: Side; readonly id: string }[] | undefined;
  const parser = createReadStream(file).pipe(parse({ columns: true, bom: true, trim: true, skip_empty_lines: true, comment: "#", comment_no_infix: true, info: true }));
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      plan ??= planColumns(Object.keys(record), names, idColumn, segmentColumn);
      const answers: Record<Side, Answers> = { E: {}, P: {}, A: {}, D: {}, I: {} };
      for (const { column, side, id } of plan) {
        const cell = record[column] ?? "";
        const value = cell === "" ? null : Number(cell);
        if (value !== null && !Number.isFinite(value)) problems.push(`line ${info.lines}, column ${column}: ${JSON.stringify(cell)} is not a number`);
        else answers[side][id] = value;
      }
      responses.push(toResponse(answers, idColumn === undefined ? record.id : record[idColumn], segmentColumn === undefined ? undefined : record[segmentColumn]));
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw unreadableError(`${file}: not CSV (${error instanceof Error ? error.message : String(error)})`);
  }
  if (problems.length > 0) throw invalidError(`${file}: ${problems.length} bad cell(s)\n  ${problems.slice(0, 20).join("\n  ")}`);
  return responses;
}

function planColumns(
  headers: readonly string[],
  names: ReadonlyMap<string, { side: Side; id: string }>,
  idColumn: string | undefined,
  segmentColumn: string | undefined,
): { column: string; side: Side; id: string }[] {
  for (const [option, column] of [["--id-column", idColumn], ["--segment-column", segmentColumn]] as const) {
    if (column !== undefined && !headers.includes(column)) throw usageError(`${option}: no column ${JSON.stringify(column)}`);
  }
  const plan = headers.flatMap((column) => {
    const found = names.get(column);
    return found === undefined ? [] : [{ column, ...found }];
  });
  if (!plan.some((entry) => entry.side === "P")) {
    throw usageError(`no perception column matches --columns (first expected: ${[...names.keys()][instrumentSize(names)] ?? "?"}); name the columns or pass --columns`);
  }
  return plan;
}

function instrumentSize(names: ReadonlyMap<string, { side: Side }>): number {
  return [...names.values()].filter((entry) => entry.side === "E").length;
}

function toResponse(answers: Record<Side, Answers>, id: string | undefined, segment: string | undefined): ServqualResponse {
  const importance = Object.entries(answers.I).filter((entry): entry is [string, number] => entry[1] !== null);
  return {
    ...(id === undefined || id === "" ? {} : { id }),
    ...(segment === undefined || segment === "" ? {} : { segment }),
    expectations: answers.E,
    perceptions: answers.P,
    ...(Object.keys(answers.A).length > 0 ? { adequate: answers.A } : {}),
    ...(Object.keys(answers.D).length > 0 ? { desired: answers.D } : {}),
    ...(importance.length > 0 ? { importance: Object.fromEntries(importance) } : {}),
  };
}
