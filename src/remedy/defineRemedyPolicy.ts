import { PledgeError } from "../core/index.js";
import { formatInstant } from "../core/index.js";
import type { Issue } from "../core/index.js";
import { createIssue } from "../core/index.js";
import { parseOrThrow } from "../core/index.js";
import { compileVersion } from "./internal/compile.js";
import type { CompiledPolicy, PolicyVersion } from "./internal/model.js";
import { register } from "./internal/registry.js";
import { remedyMessages } from "./messages.js";
import { SingleRemedyPolicySchema, VersionedRemedyPolicySchema, type RemedyPolicyInput } from "./schemas.js";
import type { RemedyPolicy } from "./types.js";

/**
 * Validates a remedy policy (one version, or `{ id, versions }`) and compiles it into an immutable
 * value for `decideRemedy`. Everything is checked up front: unknown keys, undeclared facts, type and
 * currency mismatches, money finer than the currency's minor unit, percents outside 0–1000, tier
 * tables whose rows overlap or leave gaps. Throws `PledgeError` code `invalid_policy` listing every
 * problem with its path.
 *
 * @category Remedy
 * @example
 * import { defineRemedyPolicy } from "pledgekit/remedy";
 * const policy = defineRemedyPolicy({
 *   id: "late-delivery",
 *   currency: "CNY",
 *   facts: { lateDays: { type: "number", min: 0 }, price: { type: "money" } },
 *   rules: [{ id: "coupon", kind: "voucher", when: { fact: "lateDays", gt: 0 }, amount: { percent: 10, of: "price" }, floor: "5" }],
 * });
 */
export function defineRemedyPolicy(input: RemedyPolicyInput): RemedyPolicy {
  const versioned = typeof input === "object" && input !== null && Object.prototype.hasOwnProperty.call(input, "versions");
  const issues: Issue[] = [];
  let compiled: CompiledPolicy;
  if (versioned) {
    const parsed = parseOrThrow(VersionedRemedyPolicySchema, input, "invalid_policy", remedyMessages);
    const versions: PolicyVersion[] = [];
    parsed.versions.forEach((version, i) => {
      const result = compileVersion(version, ["versions", i], issues);
      if (result !== undefined) versions.push(result);
    });
    checkVersions(versions, parsed.versions.map((v) => v.version), issues);
    compiled = { id: parsed.id, label: parsed.label, versions: [...versions].sort((a, b) => (a.effectiveFromMs as number) - (b.effectiveFromMs as number)), incidentFact: versions[0]?.incidentFact };
  } else {
    const parsed = parseOrThrow(SingleRemedyPolicySchema, input, "invalid_policy", remedyMessages);
    const { id: _id, ...rest } = parsed;
    const version = compileVersion(rest, [], issues);
    compiled = { id: parsed.id, label: parsed.label, versions: version === undefined ? [] : [version], incidentFact: version?.incidentFact };
  }
  if (issues.length > 0) throw new PledgeError("invalid_policy", issues);
  const policy = Object.freeze({
    id: compiled.id,
    versions: Object.freeze(
      compiled.versions.map((v) =>
        Object.freeze({ version: v.version ?? null, effectiveFrom: v.effectiveFromMs === undefined ? null : formatInstant(v.effectiveFromMs) }),
      ),
    ),
  }) as unknown as RemedyPolicy;
  return register(policy, compiled);
}

function checkVersions(versions: readonly PolicyVersion[], names: readonly string[], issues: Issue[]): void {
  const seen = new Map<string, number>();
  names.forEach((name, i) => {
    if (seen.has(name)) issues.push(createIssue(remedyMessages, "duplicate_id", ["versions", i, "version"], { id: name }));
    seen.set(name, i);
  });
  const starts = new Set<number>();
  versions.forEach((v, i) => {
    const start = v.effectiveFromMs as number;
    if (starts.has(start)) issues.push(createIssue(remedyMessages, "duplicate_id", ["versions", i, "effectiveFrom"], { id: formatInstant(start) }));
    starts.add(start);
  });
  const first = versions[0];
  if (versions.length > 1 && first !== undefined) {
    if (first.incidentFact === undefined) issues.push(createIssue(remedyMessages, "versions_need_incident_fact", ["versions"], {}));
    versions.forEach((v, i) => {
      if (v.incidentFact !== first.incidentFact) {
        issues.push(createIssue(remedyMessages, "version_incident_fact", ["versions", i, "incidentFact"], { expected: first.incidentFact, received: v.incidentFact }));
      }
    });
  }
}
