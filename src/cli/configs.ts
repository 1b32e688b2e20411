import type { Issue, SafeResult } from "../index.js";
import { type Calendar, safeDefineCalendar } from "../calendar/index.js";
import { type Commitment, safeDefineCommitment } from "../commitment/index.js";
import { type ComplaintPolicy, safeDefineComplaintPolicy } from "../complaint/index.js";
import { type RemedyPolicy, safeDefineRemedyPolicy } from "../remedy/index.js";
import { type Instrument, safeDefineInstrument } from "../servqual/index.js";
import { type SlaPolicy, safeDefineSlaPolicy } from "../sla/index.js";
import { invalidError, usageError } from "./errors.js";
import { readJson } from "./io.js";

/**
 * Every configuration kind, named as its JSON Schema file in `pledgekit/schemas/<kind>.json`
 * (scripts/schemas.ts), so `$schema` and `--kind` use one vocabulary.
 */
interface Compiled {
  calendar: Calendar;
  "sla-policy": SlaPolicy;
  commitment: Commitment;
  "complaint-policy": ComplaintPolicy;
  "remedy-policy": RemedyPolicy;
  instrument: Instrument;
}

export type ConfigKind = keyof Compiled;

const DEFINE: { readonly [K in ConfigKind]: (input: never) => SafeResult<Compiled[K]> } = {
  calendar: safeDefineCalendar,
  "sla-policy": safeDefineSlaPolicy,
  commitment: safeDefineCommitment,
  "complaint-policy": safeDefineComplaintPolicy,
  "remedy-policy": safeDefineRemedyPolicy,
  instrument: safeDefineInstrument,
};

export const CONFIG_KINDS = Object.keys(DEFINE) as ConfigKind[];

export function readKind(value: string): ConfigKind {
  if ((CONFIG_KINDS as string[]).includes(value)) return value as ConfigKind;
  throw usageError(`--kind must be one of ${CONFIG_KINDS.join(", ")}, got ${JSON.stringify(value)}`);
}

/**
 * The kind a `$schema` reference names: any URL or path whose file name is one of the shipped
 * schemas (`https://unpkg.com/pledgekit/dist/schemas/sla-policy.json`,
 * `./node_modules/pledgekit/dist/schemas/calendar.json`). Undefined when it names none.
 */
function kindOfSchema(reference: string): ConfigKind | undefined {
  const file = reference.split(/[?#]/)[0]?.split(/[/\\]/).pop() ?? "";
  return CONFIG_KINDS.find((kind) => file === `${kind}.json`);
}

export interface LoadedConfig<K extends ConfigKind> {
  readonly kind: K;
  readonly result: SafeResult<Compiled[K]>;
}

/**
 * Validates parsed JSON as a configuration. `$schema` is an editor hint that the library's strict
 * schemas do not know, so it is read for the kind and removed before validation.
 */
export function validateConfig(json: unknown, expected: ConfigKind | undefined, file: string): LoadedConfig<ConfigKind> {
  let input = json;
  let declared: ConfigKind | undefined;
  if (typeof json === "object" && json !== null && !Array.isArray(json) && "$schema" in json) {
    const { $schema, ...rest } = json as Record<string, unknown>;
    input = rest;
    if (typeof $schema === "string") declared = kindOfSchema($schema);
    if (declared === undefined && expected === undefined) {
      throw usageError(`${file}: "$schema" ${JSON.stringify($schema)} names no pledgekit schema; pass --kind (${CONFIG_KINDS.join(", ")})`);
    }
  }
  if (expected !== undefined && declared !== undefined && expected !== declared) {
    const issue: Issue = {
      code: "schema_mismatch",
      path: ["$schema"],
      message: `"$schema" declares a ${declared}, but a ${expected} is expected here`,
      params: { declared, expected },
    };
    return { kind: expected, result: { success: false, issues: [issue] } };
  }
  const kind = expected ?? declared;
  if (kind === undefined) throw usageError(`${file}: no "$schema" to tell its kind; pass --kind (${CONFIG_KINDS.join(", ")})`);
  return { kind, result: DEFINE[kind](input as never) };
}

/** Reads and compiles a configuration file an argument points at; invalid is exit code 1. */
export async function loadConfig<K extends ConfigKind>(file: string, kind: K): Promise<Compiled[K]> {
  const loaded = validateConfig(await readJson(file), kind, file);
  const result = loaded.result as SafeResult<Compiled[K]>;
  if (!result.success) throw invalidError(`${file}: invalid ${kind}`, result.issues);
  return result.data;
}
