// Database adapter for PGlite (@electric-sql/pglite): PostgreSQL compiled to WebAssembly, in process.
// One connection: transactions run one after another, so workers sharing it interleave rather than
// run in parallel, and SKIP LOCKED never has anything to skip. The SQL is the server's.
import { PGlite } from "@electric-sql/pglite";
import type { Database, Sql } from "./db.js";

interface Queryable {
  query<R>(text: string, params?: unknown[]): Promise<{ rows: R[] }>;
}

const sqlOf = (target: Queryable): Sql => ({
  async query<R>(text: string, params: readonly unknown[] = []) {
    return (await target.query<R>(text, [...params])).rows;
  },
});

/** An in-memory PGlite database (or one stored under `dataDir`). */
export async function openPglite(dataDir?: string): Promise<Database> {
  const pglite = await PGlite.create(dataDir === undefined ? {} : { dataDir });
  return {
    kind: "pglite",
    ...sqlOf(pglite),
    transaction: (work) => pglite.transaction((tx) => work(sqlOf(tx))),
    close: () => pglite.close(),
  };
}
