import { calendarDefinition, isCalendar } from "../calendar/index.js";
import { coreMessages, createIssue, formatInstant, parseOrThrow, PledgeError, type Issue } from "../core/index.js";
import { compileVersion } from "./internal/compile.js";
import { guardInput } from "./internal/guard.js";
import type { CompiledPolicy, PolicyVersion } from "./internal/model.js";
import { remedyPolicies } from "./internal/registry.js";
import { remedyMessages } from "./messages.js";
import { SingleRemedyPolicySchema, VersionedRemedyPolicySchema, type RemedyPolicyDefinition, type RemedyPolicyInput } from "./schemas.js";
import type { RemedyPolicy } from "./types.js";

/**
 * Validates a remedy policy (one version, or `{ id, versions }`) and compiles it into an immutable
 * value for `decideRemedy`. Everything is checked up front: unknown keys, undeclared facts, type and
 * currency mismatches, money finer than the currency's minor unit, percents outside 0–1000, tier
 * tables whose rows overlap or leave gaps; nesting deeper than 48 levels, cycles and `__proto__` keys
 * are refused before schema validation. A claim window's `calendar` may be a compiled Calendar, used
 * as it is. Throws `PledgeError` code `invalid_policy` listing every problem with its path.
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
  const unsafe = guardInput(input);
  if (unsafe.length > 0) throw new PledgeError("invalid_policy", unsafe);
  const versioned = typeof input === "object" && input !== null && Object.hasOwn(input, "versions");
  const issues: Issue[] = [];
  let compiled: CompiledPolicy;
  let definition: RemedyPolicyDefinition;
  if (versioned) {
    const parsed = parseOrThrow(VersionedRemedyPolicySchema, input, "invalid_policy", remedyMessages);
    definition = parsed;
    const versions: PolicyVersion[] = [];
    parsed.versions.forEach((version, i) => {
      const result = compileVersion(version, ["versions", i], issues);
      if (result !== undefined) versions.push(result);
    });
    checkVersions(
      versions,
      parsed.versions.map((v) => v.version),
      issues,
    );
    compiled = {
      id: parsed.id,
      label: parsed.label,
      versions: [...versions].sort((a, b) => (a.effectiveFromMs as number) - (b.effectiveFromMs as number)),
      incidentFact: versions[0]?.incidentFact,
    };
  } else {
    const parsed = parseOrThrow(SingleRemedyPolicySchema, input, "invalid_policy", remedyMessages);
    definition = parsed;
    const { id: _id, ...rest } = parsed;
    const version = compileVersion(rest, [], issues);
    compiled = { id: parsed.id, label: parsed.label, versions: version === undefined ? [] : [version], incidentFact: version?.incidentFact };
  }
  if (issues.length > 0) throw new PledgeError("invalid_policy", issues);
  const policy = {
    kind: "pledgekit.remedy_policy" as const,
    definition: recordedDefinition(definition),
    id: compiled.id,
    versions: Object.freeze(
      compiled.versions.map((v) =>
        Object.freeze({ version: v.version ?? null, effectiveFrom: v.effectiveFromMs === undefined ? null : formatInstant(v.effectiveFromMs) }),
      ),
    ),
  };
  return remedyPolicies.register(policy, compiled);
}

/**
 * The definition the policy records: the parsed one (zod made it fresh), with each compiled calendar
 * replaced by its own definition so that it is JSON again, frozen (except the user's `meta` values).
 */
function recordedDefinition(parsed: RemedyPolicyDefinition): RemedyPolicyDefinition {
  const versions = "versions" in parsed ? parsed.versions : [parsed];
  for (const version of versions) {
    // zod passes a Date through as the caller's own object: record it as ISO text instead.
    const start = version as { effectiveFrom?: unknown };
    if (start.effectiveFrom instanceof Date) start.effectiveFrom = start.effectiveFrom.toISOString();
    for (const rule of version.rules) {
      const window = rule.claimWindow as { calendar?: unknown } | undefined;
      if (window !== undefined && isCalendar(window.calendar)) window.calendar = calendarDefinition(window.calendar);
    }
  }
  return freeze(parsed);
}

function freeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value) && (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype)) {
    for (const [key, child] of Object.entries(value)) if (key !== "meta") freeze(child);
    Object.freeze(value);
  }
  return value;
}

function checkVersions(versions: readonly PolicyVersion[], names: readonly string[], issues: Issue[]): void {
  const seen = new Map<string, number>();
  names.forEach((name, i) => {
    if (seen.has(name)) issues.push(createIssue(coreMessages, "duplicate_id", ["versions", i, "version"], { id: name, what: "version" }));
    seen.set(name, i);
  });
  const starts = new Set<number>();
  versions.forEach((v, i) => {
    const start = v.effectiveFromMs as number;
    if (starts.has(start))
      issues.push(createIssue(coreMessages, "duplicate_id", ["versions", i, "effectiveFrom"], { id: formatInstant(start), what: "effectiveFrom" }));
    starts.add(start);
  });
  const first = versions[0];
  if (versions.length > 1 && first !== undefined) {
    if (first.incidentFact === undefined) issues.push(createIssue(remedyMessages, "versions_need_incident_fact", ["versions"], {}));
    versions.forEach((v, i) => {
      if (v.incidentFact !== first.incidentFact) {
        issues.push(
          createIssue(remedyMessages, "version_incident_fact", ["versions", i, "incidentFact"], { expected: first.incidentFact, received: v.incidentFact }),
        );
      }
    });
  }
}
