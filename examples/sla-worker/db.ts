// The little the worker needs from a database: parameterised queries and transactions. Two adapters
// implement it with the same SQL: PGlite (embedded, the default) and a `pg` pool (a real server).
import { readFileSync } from "node:fs";

/** Runs one statement. Parameters are bound ($1, $2, …), never spliced into the text. */
export interface Sql {
  query<R>(text: string, params?: readonly unknown[]): Promise<readonly R[]>;
}

export interface Database extends Sql {
  readonly kind: "pglite" | "postgres";
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Creates the worker's tables and indexes (idempotent). */
export async function applySchema(db: Database): Promise<void> {
  const text = readFileSync(new URL("./schema.sql", import.meta.url), "utf8");
  // One statement at a time: a server runs parameterless multi-statement text too, but PGlite's
  // query() takes one statement, and this keeps the two adapters on the same path.
  for (const statement of text
    .split(/;\s*$/m)
    .map((s) => s.replace(/^\s*--.*$/gm, "").trim())
    .filter((s) => s.length > 0)) {
    await db.query(statement);
  }
}

/** A timestamptz column as an ISO string (both drivers return a Date). */
export function isoOf(value: Date | string | null): string | null {
  if (value === null) return null;
  return (value instanceof Date ? value : new Date(value)).toISOString();
}
