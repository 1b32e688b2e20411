import { addBusinessDays, addBusinessTime, businessDaysBetween, businessTimeBetween, nextOpen } from "../calendar/index.js";
import { parseCommandArgs, readLocale, required } from "./args.js";
import { loadConfig } from "./configs.js";
import { usageError } from "./errors.js";
import { EXIT, type ExitCode } from "./exitCodes.js";
import { writeOut } from "./io.js";

export const CALENDAR_USAGE = `pledgekit calendar <subcommand> --calendar calendar.json ...

  add <start> <amount>      start instant + business duration (PT8H, PT1H30M) → instant;
                            start date (YYYY-MM-DD) + n business days → date
                            [--at-close close|nextOpen] when the result is a closing instant
  between <from> <to>       business time between two instants, in --unit ms|s|min|h (default ms);
                            business days d with from ≤ d < to between two dates
  next-open <at>            the instant itself when open, else the next opening (null: never)
Instants are ISO-8601 with Z or an offset; each answer is printed alone on one line.`;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UNITS: Readonly<Record<string, number>> = { ms: 1, s: 1000, min: 60_000, h: 3_600_000 };

export async function calendarCommand(argv: readonly string[]): Promise<ExitCode> {
  const [sub, ...rest] = argv;
  if (sub === "--help" || sub === "-h") return writeOut(`${CALENDAR_USAGE}\n`).then(() => EXIT.ok);
  if (sub !== "add" && sub !== "between" && sub !== "next-open") {
    throw usageError(sub === undefined ? "calendar: missing subcommand (add, between, next-open)" : `calendar: unknown subcommand ${JSON.stringify(sub)}`);
  }
  const { values, positionals } = parseCommandArgs(rest, {
    calendar: { type: "string", short: "c" },
    "at-close": { type: "string" },
    unit: { type: "string" },
  });
  if (values.help === true) return writeOut(`${CALENDAR_USAGE}\n`).then(() => EXIT.ok);
  readLocale(values.locale);
  const expected = sub === "next-open" ? 1 : 2;
  if (positionals.length !== expected) throw usageError(`calendar ${sub}: expected ${expected} argument(s), got ${positionals.length}`);
  const calendar = await loadConfig(required(values.calendar, "calendar"), "calendar");
  const [first, second] = positionals as [string, string];

  let answer: string;
  if (sub === "next-open") answer = nextOpen(calendar, first)?.toISOString() ?? "null";
  else if (sub === "add") {
    if (DATE.test(first)) answer = addBusinessDays(calendar, first, readWhole(second));
    else {
      const atClose = values["at-close"];
      if (atClose !== undefined && atClose !== "close" && atClose !== "nextOpen")
        throw usageError(`--at-close must be close or nextOpen, got ${JSON.stringify(atClose)}`);
      answer = addBusinessTime(calendar, first, second, atClose === undefined ? {} : { atClose }).toISOString();
    }
  } else if (DATE.test(first) && DATE.test(second)) answer = String(businessDaysBetween(calendar, first, second));
  else {
    const unit = UNITS[values.unit ?? "ms"];
    if (unit === undefined) throw usageError(`--unit must be one of ${Object.keys(UNITS).join(", ")}, got ${JSON.stringify(values.unit)}`);
    answer = String(businessTimeBetween(calendar, first, second) / unit);
  }
  await writeOut(`${answer}\n`);
  return EXIT.ok;
}

function readWhole(value: string): number {
  const n = Number(value);
  if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(n)) throw usageError(`a number of business days must be a whole number, got ${JSON.stringify(value)}`);
  return n;
}
