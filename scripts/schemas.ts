// JSON Schema files for every configuration pledgekit accepts, generated from the zod schemas so
// backends in other languages and form builders validate exactly what `define…` accepts
// (structure, types, unknown keys; semantic checks such as overlapping intervals stay in the library).
import { z } from "zod";
import * as pledgekit from "../src/index.js";

/** File name (without .json) → the exported schema it is generated from. */
export const SCHEMA_FILES: Readonly<Record<string, string>> = {
  calendar: "CalendarSchema",
  "sla-policy": "SlaPolicySchema",
  commitment: "CommitmentSchema",
  "complaint-policy": "ComplaintPolicySchema",
  "remedy-policy": "RemedyPolicySchema",
  instrument: "InstrumentSchema",
};

/** The JSON Schema documents for the schemas the library exports; a listed schema that is not exported is an error. */
export function generateSchemas(): Record<string, unknown> {
  const exports = pledgekit as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [file, name] of Object.entries(SCHEMA_FILES)) {
    const schema = exports[name];
    if (!(schema instanceof z.ZodType)) throw new Error(`scripts/schemas.ts: pledgekit exports no zod schema named ${name} (for schemas/${file}.json)`);
    const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "draft-2020-12" });
    out[file] = {
      ...json,
      $id: `https://unpkg.com/pledgekit/dist/schemas/${file}.json`,
      title: `pledgekit ${name.replace(/Schema$/, "")}`,
    };
  }
  return out;
}

export function serialise(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
