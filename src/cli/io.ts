import { readFile } from "node:fs/promises";
import { unreadableError } from "./errors.js";

/** Reads a whole text file; `-` is standard input. A missing or unreadable file is exit code 3. */
export async function readText(path: string): Promise<string> {
  try {
    if (path === "-") {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    }
    return await readFile(path, "utf8");
  } catch (error) {
    throw unreadableError(`${path}: cannot read (${describe(error)})`);
  }
}

/** Reads a JSON file; text that is not JSON is exit code 3 too (there is nothing to validate). */
export async function readJson(path: string): Promise<unknown> {
  const text = await readText(path);
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw unreadableError(`${path}: not JSON (${describe(error)})`);
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return "code" in error && typeof error.code === "string" ? error.code : error.message;
  return String(error);
}

/** Writes to stdout and waits while the pipe is full, so a slow reader bounds our memory. */
export function writeOut(text: string | Uint8Array): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(text)) resolve();
    else process.stdout.once("drain", resolve);
  });
}

/** Prints a JSON value as one line (NDJSON-friendly) or pretty with `--pretty`. */
export function writeJson(value: unknown, pretty: boolean): Promise<void> {
  return writeOut(`${JSON.stringify(value, null, pretty ? 2 : undefined)}\n`);
}
