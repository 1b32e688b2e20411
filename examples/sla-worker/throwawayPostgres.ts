// A throwaway PostgreSQL cluster for tests and benchmarks: initdb in a temp dir, a free port on
// 127.0.0.1, no fsync, removed on stop. It never touches a server already running. Needs the server
// binaries (Debian: `apt-get install postgresql`; elsewhere set PG_BINDIR to the directory holding
// initdb and pg_ctl). As root it runs the cluster as the `postgres` user, since postgres refuses root.
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface ThrowawayPostgres {
  /** A connection string for the cluster's `postgres` database. */
  readonly url: string;
  /** The server's major version, e.g. "15". */
  readonly version: string;
  stop(): void;
}

/** The directory holding initdb and pg_ctl, or a thrown error saying how to get them. */
export function postgresBinDir(): string {
  const candidates: string[] = [];
  if (process.env.PG_BINDIR !== undefined) candidates.push(process.env.PG_BINDIR);
  const debian = "/usr/lib/postgresql";
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((name) => /^\d+$/.test(name))
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((version) => join(debian, version, "bin")));
  }
  for (const dir of (process.env.PATH ?? "").split(":")) if (dir !== "") candidates.push(dir);
  const found = candidates.find((dir) => existsSync(join(dir, "initdb")) && existsSync(join(dir, "pg_ctl")));
  if (found === undefined) {
    throw new Error(
      "PostgreSQL server binaries (initdb, pg_ctl) not found in PG_BINDIR, /usr/lib/postgresql/*/bin or PATH. " +
        "Install them (Debian/Ubuntu: apt-get install -y postgresql; macOS: brew install postgresql) or set PG_BINDIR.",
    );
  }
  return found;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = postgresBinDir();
  const root = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), "pledgekit-pg-"));
  const run = (command: string, args: readonly string[]): string =>
    root
      ? execFileSync("runuser", ["-u", "postgres", "--", join(bin, command), ...args], { encoding: "utf8", stdio: "pipe" })
      : execFileSync(join(bin, command), [...args], { encoding: "utf8", stdio: "pipe" });
  if (root) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, "data");
  const port = await freePort();
  let started = false;
  const stop = (): void => {
    if (started) {
      started = false;
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } catch {
        // Already gone: nothing to stop.
      }
    }
    rmSync(dir, { recursive: true, force: true });
    process.off("exit", stop);
  };
  process.on("exit", stop);
  try {
    run("initdb", ["-D", data, "-U", "pledgekit", "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
    // Durability off: a test cluster trades crash safety for speed. Unix socket in the temp dir.
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=40`;
    run("pg_ctl", ["-D", data, "-l", join(dir, "server.log"), "-o", options, "-w", "-t", "60", "start"]);
    started = true;
    const version = run("pg_ctl", ["--version"]).replace(/^\D*(\d+).*$/s, "$1");
    return { url: `postgresql://pledgekit@127.0.0.1:${port}/postgres`, version, stop };
  } catch (error) {
    stop();
    throw error;
  }
}
