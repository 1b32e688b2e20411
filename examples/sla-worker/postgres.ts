// Database adapter for a PostgreSQL server through `pg`: a pool, one client per transaction, so
// workers sharing the pool run their transactions in parallel on the server.
import pg from "pg";
import type { Database, Sql } from "./db.js";

/** A pool on `connectionString` (for example `process.env.DATABASE_URL`). */
export function openPostgres(connectionString: string, options: { readonly max?: number } = {}): Database {
  const pool = new pg.Pool({ connectionString, max: options.max ?? 10 });
  // An idle client whose server went away emits "error"; the pool drops it and a later query
  // reconnects. Without a listener Node would treat it as an uncaught exception.
  pool.on("error", () => undefined);
  const sqlOf = (target: pg.Pool | pg.PoolClient): Sql => ({
    async query<R>(text: string, params: readonly unknown[] = []) {
      return (await target.query(text, [...params])).rows as R[];
    },
  });
  return {
    kind: "postgres",
    ...sqlOf(pool),
    async transaction(work) {
      const client = await pool.connect();
      // A backend that dies mid-transaction also makes the client emit "error"; the failed query
      // already reports it, so this listener only keeps it from becoming an uncaught exception.
      const ignore = (): undefined => undefined;
      client.on("error", ignore);
      try {
        await client.query("begin");
        const result = await work(sqlOf(client));
        await client.query("commit");
        client.off("error", ignore);
        client.release();
        return result;
      } catch (error) {
        // A failed rollback means the connection is gone (a killed backend): discard the client.
        const rolledBack = await client.query("rollback").then(
          () => true,
          () => false,
        );
        client.off("error", ignore);
        client.release(rolledBack ? undefined : (error as Error));
        throw error;
      }
    },
    close: () => pool.end(),
  };
}
