import { createReadStream } from "node:fs";
import { access } from "node:fs/promises";
import { parse } from "csv-parse";
import { formatIssue, isPledgeError, type Issue, type Locale } from "../index.js";
import { type Instrument, readServqualTable, scoreServqual, type ServqualColumns, servqualInstrument } from "../servqual/index.js";
import { parseCommandArgs, readLocale } from "./args.js";
import { loadConfig } from "./configs.js";
import { invalidError, unreadableError, usageError } from "./errors.js";
import { EXIT, type ExitCode } from "./exitCodes.js";
import { writeJson, writeOut } from "./io.js";

export const SERVQUAL_USAGE = `pledgekit servqual score <responses.csv> [options]

Scores a SERVQUAL survey kept as a wide table, one respondent per row, and prints the
ServqualReport as JSON. Answer columns are found by patterns, where {n} is an item's number in the
instrument (E1 or E01 for q1) and {id} an item id (E_q1); other columns are ignored, lines starting
with # are comments, an empty cell is an unanswered item.
  --instrument FILE      a custom instrument (default: the built-in 22-item SERVQUAL)
  --servqual 1988|1991   wording of the built-in instrument (default 1991)
  --expectations PATTERN expectation columns (default "E{n}")
  --perceptions PATTERN  perception columns (default "P{n}")
  --adequate PATTERN     adequate-service columns (three-column format)
  --desired PATTERN      desired-service columns (three-column format)
  --importance PATTERN   importance points per dimension (default "imp_{dimension}": imp_tangibles …)
  --id-column NAME       respondent id column (default: "id" when present)
  --segment-column NAME  group the report by this column
  --lenient              skip invalid answers and list them in the report
  --locale en|zh-CN      language of the labels and messages
  --pretty               indented JSON`;

export async function servqualCommand(argv: readonly string[]): Promise<ExitCode> {
  const [sub, ...rest] = argv;
  if (sub === "--help" || sub === "-h") return writeOut(`${SERVQUAL_USAGE}\n`).then(() => EXIT.ok);
  if (sub !== "score") throw usageError(sub === undefined ? "servqual: missing subcommand (score)" : `servqual: unknown subcommand ${JSON.stringify(sub)}`);
  const { values, positionals } = parseCommandArgs(rest, {
    instrument: { type: "string" },
    servqual: { type: "string" },
    expectations: { type: "string" },
    perceptions: { type: "string" },
    adequate: { type: "string" },
    desired: { type: "string" },
    importance: { type: "string", default: "imp_{dimension}" },
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
  if (!values.importance.includes("{dimension}")) throw usageError(`--importance must contain {dimension}, got ${JSON.stringify(values.importance)}`);
  const instrument = values.instrument === undefined ? servqualInstrument({ version, locale }) : await loadConfig(values.instrument, "instrument");

  const file = positionals[0] as string;
  const { rows, lines } = await readCsv(file);
  const header = rows[0] ?? [];
  for (const [option, column] of [
    ["--id-column", values["id-column"]],
    ["--segment-column", values["segment-column"]],
  ] as const) {
    if (column !== undefined && !header.includes(column)) throw usageError(`${option}: no column ${JSON.stringify(column)}`);
  }
  const idColumn = values["id-column"] ?? (header.includes("id") ? "id" : undefined);
  const options = {
    ...(values.expectations === undefined ? {} : { expectations: values.expectations }),
    ...(values.perceptions === undefined ? {} : { perceptions: values.perceptions }),
    ...(values.adequate === undefined ? {} : { adequate: values.adequate }),
    ...(values.desired === undefined ? {} : { desired: values.desired }),
    ...(idColumn === undefined ? {} : { id: idColumn }),
    ...(values["segment-column"] === undefined ? {} : { segment: values["segment-column"] }),
  };
  let columns: ServqualColumns;
  try {
    // The library maps the answer columns (readServqualTable); the CLI adds the importance columns.
    columns = { ...readServqualTable(instrument, rows, options), ...importanceColumns(instrument, rows, lines, values.importance, file) };
  } catch (error) {
    if (!isPledgeError(error)) throw error;
    throw invalidError(`${file}: ${error.issues.length} bad cell(s) or column(s)\n${describe(error.issues, lines, locale)}`);
  }
  if (Object.keys(columns.perceptions).length === 0) {
    throw usageError(`${file}: no perception column matches ${JSON.stringify(values.perceptions ?? "P{n}")}; name the columns P1 … or pass --perceptions`);
  }
  const report = scoreServqual(instrument, columns, { mode: values.lenient === true ? "lenient" : "strict" });
  await writeJson(report, values.pretty === true);
  return EXIT.ok;
}

/** Rows of cells by csv-parse (the header first), and each row's line in the file. */
async function readCsv(file: string): Promise<{ rows: string[][]; lines: number[] }> {
  await access(file).catch((error: NodeJS.ErrnoException) => {
    throw unreadableError(`${file}: cannot read (${error.code ?? error.message})`);
  });
  const rows: string[][] = [];
  const lines: number[] = [];
  // Rows of uneven length are passed on: the library names them (row_length) with the rest.
  const parser = createReadStream(file).pipe(
    parse({ bom: true, skip_empty_lines: true, comment: "#", comment_no_infix: true, relax_column_count: true, info: true }),
  );
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      rows.push(record);
      lines.push(info.lines);
    }
  } catch (error) {
    throw unreadableError(`${file}: not CSV (${error instanceof Error ? error.message : String(error)})`);
  }
  return { rows, lines };
}

/** Importance points per dimension, when the table has such columns; a blank cell is missing. */
function importanceColumns(
  instrument: Instrument,
  rows: readonly string[][],
  lines: readonly number[],
  pattern: string,
  file: string,
): Pick<ServqualColumns, "importance"> {
  const header = rows[0] ?? [];
  const importance: Record<string, Float64Array> = {};
  const problems: string[] = [];
  for (const dimension of instrument.dimensions) {
    const column = header.indexOf(pattern.replaceAll("{dimension}", dimension.id));
    if (column === -1) continue;
    const values = new Float64Array(rows.length - 1).fill(Number.NaN);
    for (let r = 1; r < rows.length; r++) {
      const text = (rows[r]?.[column] ?? "").trim();
      const value = Number(text);
      if (text === "") continue;
      if (Number.isFinite(value) && value >= 0) values[r - 1] = value;
      else problems.push(`line ${lines[r]}, column ${header[column]}: ${JSON.stringify(text)} is not a number of points`);
    }
    importance[dimension.id] = values;
  }
  if (problems.length > 0) throw invalidError(`${file}: ${problems.length} bad cell(s)\n  ${problems.slice(0, 20).join("\n  ")}`);
  return Object.keys(importance).length === 0 ? {} : { importance };
}

/** The library counts rows as a spreadsheet does; shown with the file's own line numbers instead. */
function describe(issues: readonly Issue[], lines: readonly number[], locale: Locale): string {
  return issues
    .slice(0, 20)
    .map((issue) => {
      const index = issue.path[1];
      const line = typeof index === "number" ? lines[index] : undefined;
      const params = line === undefined || !("row" in issue.params) ? issue.params : { ...issue.params, row: line };
      return `  ${formatIssue({ ...issue, params }, locale)}`;
    })
    .join("\n");
}
