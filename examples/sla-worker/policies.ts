// SLA policies live in the database as JSON, versioned. Workers compile each version once.
import { defineSlaPolicy, type SlaPolicy, type SlaPolicyInput } from "pledgekit/sla";
import type { Sql } from "./db.js";

export interface PolicyVersion {
  readonly version: number;
  readonly policy: SlaPolicy;
}

/**
 * Stores a policy's JSON as the next version and returns that version number (a compiled policy's
 * JSON is its `definition`).
 */
export async function publishPolicy(db: Sql, input: SlaPolicyInput, publishedAt: Date): Promise<number> {
  // Validate before storing: a policy that does not compile must never reach the workers.
  const compiled = defineSlaPolicy(input);
  const rows = await db.query<{ version: number }>(
    `insert into sla_policies (version, definition, published_at)
     select coalesce(max(version), 0) + 1, $1::jsonb, $2 from sla_policies
     returning version`,
    [JSON.stringify(compiled.definition), publishedAt.toISOString()],
  );
  return rows[0]!.version;
}

/**
 * The current policy, compiled once per version. The cache holds compiled policies only (no ticket
 * state), so a worker stays stateless: any worker can take any ticket.
 */
export function policyCache(): (db: Sql) => Promise<PolicyVersion> {
  const compiled = new Map<number, PolicyVersion>();
  return async (db) => {
    const latest = await db.query<{ version: number }>("select max(version) as version from sla_policies");
    const version = latest[0]?.version ?? null;
    if (version === null) throw new Error("no SLA policy published: call publishPolicy first");
    const known = compiled.get(version);
    if (known !== undefined) return known;
    const rows = await db.query<{ definition: SlaPolicyInput }>("select definition from sla_policies where version = $1", [version]);
    const entry = { version, policy: defineSlaPolicy(rows[0]!.definition) };
    compiled.set(version, entry);
    return entry;
  };
}
