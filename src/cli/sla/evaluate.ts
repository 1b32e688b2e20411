import { open } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { isPledgeError } from "../../index.js";
import { evaluateSlaBatch, type SlaPolicy } from "../../sla/index.js";
import { parseCommandArgs, readInteger, readLocale, required } from "../args.js";
import { loadConfig } from "../configs.js";
import { invalidError, unreadableError, usageError } from "../errors.js";
import { EXIT, type ExitCode } from "../exitCodes.js";
import { formatIssues } from "../format.js";
import { writeOut } from "../io.js";
import { say } from "../messages.js";
import { OrderedPool } from "./pool.js";
import { createProgress } from "./progress.js";
import type { BatchResult } from "./protocol.js";

export const SLA_EVALUATE_USAGE = `pledgekit sla evaluate --policy policy.json --events events.ndjson --now <ISO> [options]

Evaluates one ticket per NDJSON line — [event, ...] or {"id": ..., "events": [...]} — and writes
one NDJSON line per ticket to stdout, in input order: {"line","id","report"} or {"line","id","error"}.
  --events FILE     NDJSON file, or - for standard input
  --now ISO         the instant the reports are as of (with Z or an offset)
  --workers N       worker threads (default: available cores)
  --lenient         skip bad events inside a ticket and list them in its report
  --strict          stop at the first bad line (exit code 1); otherwise bad lines are reported
                    on stderr with their line number and the run goes on (exit code 0)
  --no-progress     no progress bar (it is drawn only when stderr is a terminal anyway)
  --locale en|zh-CN language of the messages on stderr`;

/** Lines longer than this are refused rather than buffered without bound (a ticket of ~100,000 events). */
const MAX_LINE_BYTES = 8 * 1024 * 1024;
/**
 * Bytes read at a time; each read becomes one batch of whole lines (~350 tickets of 10 events).
 * Small batches keep the memory in flight small; larger ones measured no faster.
 */
const CHUNK_BYTES = 256 * 1024;

export async function slaEvaluate(argv: readonly string[]): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs(argv, {
    policy: { type: "string" },
    events: { type: "string" },
    now: { type: "string" },
    workers: { type: "string" },
    lenient: { type: "boolean" },
    strict: { type: "boolean" },
    progress: { type: "boolean", default: true },
    "no-progress": { type: "boolean" },
  });
  if (values.help === true) return writeOut(`${SLA_EVALUATE_USAGE}\n`).then(() => EXIT.ok);
  if (positionals.length > 0) throw usageError(`sla evaluate: unexpected argument ${JSON.stringify(positionals[0])}`);
  const locale = readLocale(values.locale);
  const eventsPath = required(values.events, "events");
  const now = required(values.now, "now");
  const workers = readInteger(values.workers, "workers", availableParallelism(), 1, 256);
  const policy = await loadConfig(required(values.policy, "policy"), "sla-policy");
  checkNow(policy, now);

  const startedAt = Date.now();
  const handle =
    eventsPath === "-"
      ? null
      : await open(eventsPath).catch((error: NodeJS.ErrnoException) => {
          throw unreadableError(`${eventsPath}: cannot read (${error.code ?? error.message})`);
        });
  const totalBytes = handle === null ? null : (await handle.stat()).size;
  const input = handle === null ? process.stdin : handle.createReadStream({ highWaterMark: CHUNK_BYTES });
  const progress = createProgress(process.stderr.isTTY === true && values.progress && values["no-progress"] !== true, totalBytes, startedAt);

  let tickets = 0;
  let bad = 0;
  let stoppedAt = 0;
  const write = (result: BatchResult): boolean => {
    tickets += result.tickets;
    bad += result.bad.length;
    for (const line of result.bad) progress.log(line.text);
    if (result.stopped) stoppedAt = result.bad.at(-1)?.line ?? 0;
    return process.stdout.write(result.out);
  };
  const setup = { policy: policy.definition, now, lenient: values.lenient === true, strict: values.strict === true, locale };
  const pool = new OrderedPool(new URL("./sla-worker.js", import.meta.url), workers, setup, write);

  try {
    let line = 1;
    let bytesRead = 0;
    let leftover: Buffer | null = null;
    for await (const chunk of input as AsyncIterable<Buffer>) {
      bytesRead += chunk.length;
      progress.update(bytesRead, tickets);
      const data: Buffer = leftover === null ? chunk : Buffer.concat([leftover, chunk]);
      const cut = data.lastIndexOf(10) + 1;
      leftover = cut === data.length ? null : Buffer.from(data.subarray(cut));
      if (leftover !== null && leftover.length > MAX_LINE_BYTES)
        throw invalidError(`${say(locale, "line", line + countLines(data.subarray(0, cut)))}: ${say(locale, "lineTooLong", MAX_LINE_BYTES / 1024 / 1024)}`);
      if (cut === 0) continue;
      await pool.slot();
      if (pool.over()) break;
      line = send(pool, data.subarray(0, cut), line);
    }
    if (leftover !== null && !pool.over()) {
      await pool.slot();
      if (!pool.over()) send(pool, leftover, line);
    }
    await pool.drain();
  } catch (error) {
    // A read that fails after the open (a folder, an I/O error) is an unreadable file too.
    if (error instanceof Error && "code" in error && typeof error.code === "string" && error.code.startsWith("E")) {
      throw unreadableError(`${eventsPath}: cannot read (${error.code})`);
    }
    throw error;
  } finally {
    progress.stop();
    await pool.close();
    if (handle !== null) await handle.close();
  }
  if (pool.failure !== null) throw pool.failure;
  if (process.stderr.isTTY === true) process.stderr.write(`${say(locale, "summary", tickets, bad, ((Date.now() - startedAt) / 1000).toFixed(1))}\n`);
  if (pool.stopped) {
    process.stderr.write(`${say(locale, "stoppedAt", stoppedAt)}\n`);
    return EXIT.invalid;
  }
  return EXIT.ok;
}

/** Copies whole lines into a transferable buffer, dispatches them, returns the next line number. */
function send(pool: OrderedPool, lines: Buffer, firstLine: number): number {
  const bytes = new Uint8Array(lines.length);
  bytes.set(lines);
  const next = firstLine + countLines(lines);
  pool.dispatch(firstLine, bytes);
  return next;
}

function countLines(bytes: Buffer): number {
  let count = 0;
  for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, at + 1)) count++;
  return count;
}

/** A bad --now is the caller's mistake, reported before any worker starts. */
function checkNow(policy: SlaPolicy, now: string): void {
  try {
    evaluateSlaBatch(policy, [], now);
  } catch (error) {
    if (isPledgeError(error)) throw usageError(`--now: ${formatIssues(error.issues, "en", "").replace(/^now: /, "")}`);
    throw error;
  }
}
