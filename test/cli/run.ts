// Runs the built `pledgekit` command as a user's shell does: a child process with real files, stderr
// a pipe (not a terminal). `npm test` builds dist/ first; a missing build is built here once.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const CLI = join(process.cwd(), "dist", "cli", "index.js");

export function ensureBuilt(): void {
  if (existsSync(CLI) && existsSync(join(process.cwd(), "dist", "cli", "sla-worker.js"))) return;
  const build = spawnSync("npm", ["run", "--silent", "build"], { encoding: "utf8" });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
}

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `pledgekit ...args` in `cwd`, feeding `input` on stdin; resolves when it exits. */
export function runCli(args: readonly string[], options: { cwd?: string; input?: string } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? "");
  });
}

/** A temp folder with the given files (objects are written as JSON); `dispose` removes it. */
export function tempFiles(files: Readonly<Record<string, unknown>>): { dir: string; path: (name: string) => string; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "pledgekit-cli-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), typeof content === "string" ? content : JSON.stringify(content));
  return { dir, path: (name) => join(dir, name), dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Escape sequences and carriage returns: a progress bar drawn where it should not be. */
export const TERMINAL_CONTROL = /\x1b\[|\r/;
