import {
  coreMessages,
  createIssue,
  formatInstant,
  formatLocal,
  readInstantMs,
  renderMessage,
  safeParse,
  toInstantMs,
  PledgeError,
  type Issue,
  type IssuePath,
  type Locale,
} from "../core/index.js";
import { checkClaimWindow, checkRule, RuleContext, type Note } from "./internal/evaluate.js";
import { INSTANT_EXPECTED, inInstantRange, readFacts, receivedParam } from "./internal/facts.js";
import { grantRule, type Granted } from "./internal/grant.js";
import { guardInput } from "./internal/guard.js";
import type { PolicyVersion } from "./internal/model.js";
import { currencyExponent, formatMinorUnits, parseDecimal, toMinorUnits } from "./internal/money.js";
import { applyPeriodCaps, type PastGrant } from "./internal/periods.js";
import { remedyPolicies } from "./internal/registry.js";
import { remedyMessages } from "./messages.js";
import { RemedyGrantSchema } from "./schemas.js";
import type { DecideRemedyOptions, Money, RemedyFacts, Remedy, RemedyChoiceOption, RemedyContent, RemedyDecision, RemedyExplanationEntry } from "./types.js";

/**
 * Decides what a claimant is owed under `policy` for the given facts. Within each rule: condition,
 * exclusions (and carve-backs), claim window, amount → floor → per-incident cap, one rounding; then
 * across rules: stacking → per-period caps (counting `history`) → minimum payable. Missing or invalid
 * facts never throw: they are listed in `issues` and the rules that need them do not apply.
 * Throws `PledgeError` (`invalid_argument`) only for misuse: a policy not from `defineRemedyPolicy`,
 * facts that are not an object, options that are not an object, malformed history (paths such as
 * `["history", 1, "at"]`), a `now` outside the years 0002–9998, an unknown choice; with
 * `strict: true`, also a fact given but invalid (path `["facts", name]`).
 *
 * @category Remedy
 * @example
 * import { decideRemedy, defineRemedyPolicy } from "pledgekit/remedy";
 * const policy = defineRemedyPolicy({
 *   id: "late-delivery",
 *   currency: "CNY",
 *   facts: { lateDays: { type: "number", min: 0 }, price: { type: "money" } },
 *   rules: [{ id: "coupon", kind: "voucher", when: { fact: "lateDays", gt: 0 }, amount: { percent: 10, of: "price" }, floor: "5" }],
 * });
 * const decision = decideRemedy(policy, { lateDays: 2, price: { currency: "CNY", amount: "39.90" } });
 * decision.totals; // [{ currency: "CNY", amount: "5.00" }] (10% is 3.99, raised to the floor)
 */
export function decideRemedy(policy: unknown, facts: RemedyFacts, options: DecideRemedyOptions = {}): RemedyDecision {
  const compiled = remedyPolicies.tables(policy);
  if (typeof facts !== "object" || facts === null || Array.isArray(facts)) {
    throw new PledgeError("invalid_argument", [createIssue(remedyMessages, "invalid_facts", ["facts"], { received: receivedParam(facts) })]);
  }
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new PledgeError("invalid_argument", [
      createIssue(coreMessages, "invalid_type", ["options"], {
        expected: "an options object",
        received: receivedParam(options),
        receivedType: options === null ? "null" : typeof options,
      }),
    ]);
  }
  const history = readHistory(options.history);
  const nowMs = options.now === undefined ? undefined : toInstantMs(options.now, ["now"]);
  if (nowMs !== undefined && !inInstantRange(nowMs)) {
    throw new PledgeError("invalid_argument", [
      createIssue(coreMessages, "invalid_type", ["now"], {
        expected: INSTANT_EXPECTED,
        received: receivedParam(options.now),
        receivedType: typeof options.now,
      }),
    ]);
  }
  if (options.locale !== undefined && options.locale !== "en" && options.locale !== "zh-CN") {
    throw new PledgeError("invalid_argument", [
      createIssue(coreMessages, "invalid_type", ["locale"], {
        expected: '"en" or "zh-CN"',
        received: receivedParam(options.locale),
        receivedType: typeof options.locale,
      }),
    ]);
  }
  const choices: unknown = options.choices;
  if (choices !== undefined && (typeof choices !== "object" || choices === null || Array.isArray(choices))) {
    throw new PledgeError("invalid_argument", [
      createIssue(coreMessages, "invalid_type", ["choices"], {
        expected: "an object { ruleId: optionId }",
        received: receivedParam(choices),
        receivedType: choices === null ? "null" : typeof choices,
      }),
    ]);
  }
  const locale: Locale = options.locale ?? "en";
  const pattern = readPattern(options.pattern, locale);
  const notes: Note[] = [];
  const issues: Issue[] = [];
  const finish = (version: PolicyVersion | undefined, remedies: readonly Remedy[], totals: readonly Money[], points: number): RemedyDecision => {
    const eligible = remedies.length > 0;
    const money = totals.map((t) => `${t.amount} ${t.currency}`);
    const others = remedies.filter((r) => r.amount === undefined && r.points === undefined).map((r) => r.kind);
    const summary = [...money, ...(points > 0 ? [`${points} points`] : []), ...others].join(", ");
    const summaryZh = [
      ...money,
      ...(points > 0 ? [`${points} 积分`] : []),
      ...others.map((k) => renderMessage(remedyMessages, "kind_label", { kind: k }, "zh-CN", k)),
    ].join("、");
    notes.push({ code: "decision", params: { eligible, summary, summaryZh } });
    const explanation: RemedyExplanationEntry[] = notes.map((note) => ({
      code: note.code,
      ...(note.ruleId === undefined ? {} : { ruleId: note.ruleId }),
      message: renderMessage(remedyMessages, note.code, localTimes(note, locale, pattern), locale, note.code),
      params: note.params,
    }));
    return { policyId: compiled.id, version: version?.version ?? null, eligible, remedies, totals, points, issues, explanation };
  };

  const version = chooseVersion(compiled.versions, compiled.incidentFact, facts, notes, issues, compiled.id);
  if (options.strict === true && issues.some((issue) => issue.code === "invalid_fact")) throw new PledgeError("invalid_argument", issues);
  if (version === undefined) return finish(undefined, [], [], 0);
  notes.push({
    code: "policy_version",
    params: {
      policy: compiled.id,
      version: version.version,
      effectiveFrom: version.effectiveFromMs === undefined ? undefined : formatInstant(version.effectiveFromMs),
    },
    local: { keys: ["effectiveFrom"], timeZone: "UTC" },
  });

  const read = readFacts(version.facts, facts);
  if (options.strict === true) {
    const invalid = read.issues.filter((issue) => issue.code === "invalid_fact");
    if (invalid.length > 0) throw new PledgeError("invalid_argument", invalid);
  }
  issues.push(...read.issues);
  const needed = new Map<string, Set<string>>();
  const need = (facts: readonly string[], ruleId: string): void => {
    for (const fact of facts) {
      const rules = needed.get(fact) ?? new Set<string>();
      rules.add(ruleId);
      needed.set(fact, rules);
    }
  };
  const claimMs =
    version.claimFact !== undefined && read.values.get(version.claimFact)?.type === "instant"
      ? (read.values.get(version.claimFact) as { ms: number }).ms
      : nowMs;
  checkChoices(version, options.choices ?? {});

  // A rule that cannot be decided says which facts were absent and which were given but invalid.
  const unresolved = (ctx: RuleContext, facts: readonly string[], ruleId: string): void => {
    const invalid = facts.filter((fact) => read.invalid.has(fact));
    const absent = facts.filter((fact) => !read.invalid.has(fact));
    if (invalid.length > 0) ctx.note("rule_invalid_facts", { facts: invalid });
    if (absent.length > 0) ctx.note("rule_missing_facts", { facts: absent });
    need(absent, ruleId);
  };
  let granted: Granted[] = [];
  for (const rule of version.rules) {
    const ctx = new RuleContext(version, read, rule.id);
    const checked = checkRule(ctx, rule);
    const gate = checked.open ? checkClaimWindow(ctx, rule, claimMs) : checked;
    if (gate.open) {
      const result = grantRule(ctx, rule, options.choices?.[rule.id], "window" in gate ? gate.window : undefined);
      if (result.ok === false) unresolved(ctx, result.missing, rule.id);
      else if (result.ok === true) granted.push(result.value);
    } else if (gate.missing.length > 0) unresolved(ctx, gate.missing, rule.id);
    notes.push(...ctx.notes);
    issues.push(...ctx.issues);
  }

  granted = stack(version, granted, notes);
  const incident = version.incidentFact === undefined ? undefined : read.values.get(version.incidentFact);
  const anchorMs = incident?.type === "instant" ? incident.ms : nowMs;
  const capped = applyPeriodCaps(version, granted, anchorMs, history, compiled.id, notes);
  if (capped.ok === false) {
    need(capped.missing, capped.rules.join(", "));
    granted = granted.filter((g) => !capped.rules.includes(g.ruleId));
  } else granted = capped.value;
  granted = applyMinimumPayable(version, granted, notes);

  for (const [fact, rules] of needed) {
    if (!read.invalid.has(fact)) issues.push(createIssue(remedyMessages, "missing_fact", ["facts", fact], { fact, rules: [...rules] }));
  }
  const totals = new Map<string, bigint>();
  let points = 0;
  for (const g of granted) {
    if (g.minor !== undefined && g.currency !== undefined) totals.set(g.currency, (totals.get(g.currency) ?? 0n) + g.minor);
    points += g.points ?? 0;
  }
  const totalList = [...totals.keys()].sort().map((currency) => money(currency, totals.get(currency) as bigint));
  return finish(version, granted.map(toRemedy), totalList, points);
}

/** Local wall times, for the message only, of the params that hold instants (params keep ISO text). */
function localTimes(note: Note, locale: Locale, pattern: string | undefined): Record<string, unknown> {
  const local = note.local;
  if (local === undefined) return note.params;
  const params: Record<string, unknown> = { ...note.params };
  for (const key of local.keys) {
    const iso = params[key];
    if (typeof iso === "string") params[key] = formatLocal(Date.parse(iso), local.timeZone, locale, pattern);
  }
  return params;
}

/** A date-fns pattern, tried once so that a bad one is misuse named `["pattern"]`, not a RangeError later. */
function readPattern(pattern: unknown, locale: Locale): string | undefined {
  if (pattern === undefined) return undefined;
  try {
    if (typeof pattern === "string" && pattern.length <= 200) {
      formatLocal(0, "UTC", locale, pattern);
      return pattern;
    }
  } catch {
    // reported below
  }
  throw new PledgeError("invalid_argument", [
    createIssue(coreMessages, "invalid_type", ["pattern"], {
      expected: "a date-fns format pattern",
      received: receivedParam(pattern),
      receivedType: typeof pattern,
    }),
  ]);
}

/** Most earlier grants a decision reads: the claimant's grants of the longest capped period are enough. */
const MAX_HISTORY = 10_000;

/** `options.history` checked grant by grant; errors name `["history", i, …]`. */
function readHistory(history: unknown): PastGrant[] {
  if (history === undefined) return [];
  if (!Array.isArray(history)) {
    throw new PledgeError("invalid_argument", [
      createIssue(coreMessages, "invalid_type", ["history"], {
        expected: "an array of grants",
        received: receivedParam(history),
        receivedType: history === null ? "null" : typeof history,
      }),
    ]);
  }
  if (history.length > MAX_HISTORY) {
    throw new PledgeError("invalid_argument", [
      createIssue(coreMessages, "too_big", ["history"], { maximum: MAX_HISTORY, inclusive: true, origin: "array", received: history.length }),
    ]);
  }
  const unsafe = guardInput(history, ["history"]);
  if (unsafe.length > 0) throw new PledgeError("invalid_argument", unsafe);
  return history.map((grant: unknown, i) => {
    const result = safeParse(RemedyGrantSchema, grant, remedyMessages);
    if (!result.success)
      throw new PledgeError(
        "invalid_argument",
        result.issues.map((issue) => ({ ...issue, path: ["history", i, ...issue.path] })),
      );
    const parsed = result.data;
    const at = readInstantMs(parsed.at) as number;
    if (!inInstantRange(at)) {
      throw new PledgeError("invalid_argument", [
        createIssue(coreMessages, "invalid_type", ["history", i, "at"], {
          expected: INSTANT_EXPECTED,
          received: receivedParam(parsed.at),
          receivedType: typeof parsed.at,
        }),
      ]);
    }
    const minor = parseMinor(parsed.amount, ["history", i, "amount", "amount"]);
    return { at, currency: parsed.amount.currency, minor, ruleId: parsed.ruleId, policyId: parsed.policyId };
  });
}

function parseMinor(value: { currency: string; amount: string | number }, path: IssuePath): bigint {
  const major = parseDecimal(value.amount);
  const minor = major === undefined ? undefined : toMinorUnits(major, currencyExponent(value.currency) as number);
  if (minor !== undefined) return minor;
  throw new PledgeError("invalid_argument", [
    createIssue(remedyMessages, "too_precise", path, { received: value.amount, currency: value.currency, exponent: currencyExponent(value.currency) }),
  ]);
}

function money(currency: string, minor: bigint): Money {
  return { currency, amount: formatMinorUnits(minor, currencyExponent(currency) as number) };
}

const optional = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } => (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };

/** The plain-data content of a grant: only the fields it has (results survive a JSON round trip). */
function content(g: Granted): RemedyContent {
  return {
    ...optional("label", g.label),
    ...optional("amount", g.minor === undefined || g.currency === undefined ? undefined : money(g.currency, g.minor)),
    ...optional("points", g.points),
    ...optional("item", g.item),
    ...optional("quantity", g.quantity),
    ...optional("instrument", g.instrument),
  };
}

function toRemedy(g: Granted): Remedy {
  return {
    ruleId: g.ruleId,
    kind: g.kind,
    ...content(g),
    ...optional("optionId", g.optionId),
    ...optional(
      "options",
      g.options?.map((o) => ({ optionId: o.optionId as string, kind: o.kind as RemedyChoiceOption["kind"], ...content(o) })),
    ),
    delivery: g.delivery,
    ...optional("claimWindow", g.claimWindow),
  };
}

function chooseVersion(
  versions: readonly PolicyVersion[],
  incidentFact: string | undefined,
  facts: RemedyFacts,
  notes: Note[],
  issues: Issue[],
  policyId: string,
): PolicyVersion | undefined {
  const only = versions[0];
  if (versions.length === 1 && only?.effectiveFromMs === undefined) return only;
  const first = versions[0] as PolicyVersion;
  const raw = incidentFact === undefined ? undefined : facts[incidentFact];
  const ms = raw === undefined || raw === null ? undefined : readInstantMs(raw);
  const at = ms !== undefined && inInstantRange(ms) ? ms : undefined;
  if (at === undefined) {
    // A single version with a start date still applies when the incident's time is unknown.
    if (versions.length === 1) return only;
    const fact = incidentFact as string;
    issues.push(
      raw === undefined || raw === null
        ? createIssue(remedyMessages, "missing_fact", ["facts", fact], { fact, rules: ["(policy version)"] })
        : createIssue(remedyMessages, "invalid_fact", ["facts", fact], { fact, received: receivedParam(raw), expected: INSTANT_EXPECTED }),
    );
    notes.push({ code: "incident_unknown", params: { fact } });
    return undefined;
  }
  let chosen: PolicyVersion | undefined;
  for (const v of versions) if ((v.effectiveFromMs as number) <= at) chosen = v;
  if (chosen === undefined) {
    notes.push({
      code: "no_version_in_force",
      params: { policy: policyId, incidentAt: formatInstant(at), effectiveFrom: formatInstant(first.effectiveFromMs as number) },
      local: { keys: ["incidentAt", "effectiveFrom"], timeZone: "UTC" },
    });
  }
  return chosen;
}

function checkChoices(version: PolicyVersion, choices: Readonly<Record<string, string>>): void {
  const problems: Issue[] = [];
  for (const [ruleId, optionId] of Object.entries(choices)) {
    const rule = version.rules.find((r) => r.id === ruleId && r.options.length > 0);
    const options = rule?.options.map((o) => o.id) ?? [];
    if (rule === undefined) {
      problems.push(
        createIssue(remedyMessages, "unknown_rule", ["choices", ruleId], {
          rule: ruleId,
          rules: version.rules.filter((r) => r.options.length > 0).map((r) => r.id),
        }),
      );
    } else if (!options.includes(optionId)) {
      problems.push(createIssue(remedyMessages, "unknown_choice", ["choices", ruleId], { rule: ruleId, option: optionId, options }));
    }
  }
  if (problems.length > 0) throw new PledgeError("invalid_argument", problems);
}

/** Stacking across the money remedies: keep all (sum), the largest, or the first. */
function stack(version: PolicyVersion, granted: Granted[], notes: Note[]): Granted[] {
  const money = granted.filter((g) => g.minor !== undefined);
  if (money.length < 2) return granted;
  let kept: Granted[] = money;
  if (version.stacking === "first") kept = money.slice(0, 1);
  if (version.stacking === "highest") {
    const best = money.reduce((a, b) => ((b.minor as bigint) > (a.minor as bigint) ? b : a));
    kept = [best];
  }
  notes.push({
    code: "stacking",
    params: { mode: version.stacking, kept: kept.map((g) => g.ruleId), dropped: money.filter((g) => !kept.includes(g)).map((g) => g.ruleId) },
  });
  return granted.filter((g) => g.minor === undefined || kept.includes(g));
}

function applyMinimumPayable(version: PolicyVersion, granted: Granted[], notes: Note[]): Granted[] {
  const minimum = version.minimumPayable;
  if (minimum === undefined) return granted;
  const inCurrency = granted.filter((g) => g.minor !== undefined && g.currency === minimum.currency);
  if (inCurrency.length === 0) return granted;
  const total = inCurrency.reduce((sum, g) => sum + (g.minor as bigint), 0n);
  if (minimum.inclusive ? total >= minimum.minor : total > minimum.minor) return granted;
  const exponent = currencyExponent(minimum.currency) as number;
  notes.push({
    code: "below_minimum_payable",
    params: {
      total: formatMinorUnits(total, exponent),
      minimum: formatMinorUnits(minimum.minor, exponent),
      currency: minimum.currency,
      inclusive: minimum.inclusive,
    },
  });
  return granted.filter((g) => !inCurrency.includes(g));
}
