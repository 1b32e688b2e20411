// Turns a schema-valid policy into its compiled form, collecting every semantic problem (unknown facts,
// type and currency mismatches, tier tables that overlap or leave gaps…) as an issue with a path.
import { isCalendar, toCalendar, type CalendarInput } from "../../calendar/index.js";
import { coreMessages, createIssue, readInstantMs, type Issue, type IssuePath } from "../../core/index.js";
import { remedyMessages } from "../messages.js";
import {
  MAX_WINDOW_MONTHS,
  MONETARY_KINDS,
  type RemedyAmountInput,
  type RemedyAmountObjectInput,
  type RemedyClaimWindowInput,
  type RemedyConditionInput,
  type RemedyExclusionInput,
  type RemedyFactInput,
  type RemedyPeriodCapInput,
  type PointsInput,
  type RemedyOptionInput,
  type RemedyPolicyVersionInput,
  type RemedyRuleInput,
  type RemedyTierTableInput,
} from "../schemas.js";
import type {
  Amount,
  ClaimWindow,
  Condition,
  Exclusion,
  FactInfo,
  FactTests,
  Grantable,
  PeriodCap,
  Points,
  PolicyVersion,
  Proportion,
  Rule,
  Scalar,
  Test,
  UnitCount,
} from "./model.js";
import { currencyExponent, mul, parseDecimal, pow10, ratio, toMinorUnits, cmp, ZERO, type Ratio } from "./money.js";
import { checkTierPartition } from "./tiers.js";
import { alwaysOpen } from "./windows.js";

/** Percent and multiple sanity range: 0 to 1000 (ten times the base). */
const MAX_PERCENT = 1000;
const MAX_MULTIPLE = 1000;
/** A modifier scales by 0 to 10. */
const MAX_MODIFIER = 10;

/** Issue codes several modules share live in core's catalogue, with `what` naming the thing. */
const SHARED_CODES = new Set(["duplicate_id", "calendar_required", "percent_out_of_range", "too_big"]);

type VersionInput = Omit<RemedyPolicyVersionInput, "version" | "effectiveFrom"> & {
  readonly version?: string | undefined;
  readonly effectiveFrom?: unknown;
};

class Compiler {
  readonly issues: Issue[] = [];
  facts = new Map<string, FactInfo>();
  policyCurrency: string | undefined;

  issue(code: string, path: IssuePath, params: Record<string, unknown> = {}): void {
    this.issues.push(createIssue(SHARED_CODES.has(code) ? coreMessages : remedyMessages, code, path, params));
  }

  compileFacts(input: Readonly<Record<string, RemedyFactInput>>, path: IssuePath): void {
    for (const [name, decl] of Object.entries(input)) {
      const at = [...path, name];
      if (decl.min !== undefined && decl.max !== undefined && decl.min > decl.max) this.issue("fact_range", [...at, "max"], { min: decl.min, max: decl.max });
      const onlyFor = (key: keyof RemedyFactInput, types: readonly string[]): void => {
        if (decl[key] !== undefined && !types.includes(decl.type)) this.issue("fact_key_type", [...at, key], { key, type: decl.type });
      };
      onlyFor("min", ["number"]);
      onlyFor("max", ["number"]);
      onlyFor("integer", ["number"]);
      onlyFor("values", ["string"]);
      onlyFor("currency", ["money"]);
      onlyFor("default", ["number", "string", "boolean", "money"]);
      const currency = decl.type === "money" ? (decl.currency ?? this.policyCurrency) : undefined;
      if (decl.type === "money" && currency === undefined) this.issue("missing_currency", at, { fact: name });
      if (decl.type === "money" && decl.default !== undefined) {
        const major = parseDecimal(decl.default);
        const exponent = currency === undefined ? undefined : currencyExponent(currency);
        if (major === undefined || major.n < 0n || (exponent !== undefined && toMinorUnits(major, exponent) === undefined)) {
          this.issue("fact_default_type", [...at, "default"], { fact: name, type: decl.type, received: decl.default });
        }
      } else if (decl.default !== undefined && typeof decl.default !== decl.type) {
        this.issue("fact_default_type", [...at, "default"], { fact: name, type: decl.type, received: decl.default });
      } else if (typeof decl.default === "string" && decl.values !== undefined && !decl.values.includes(decl.default)) {
        this.issue("undeclared_value", [...at, "default"], { fact: name, value: decl.default, values: decl.values });
      }
      this.facts.set(name, {
        name,
        type: decl.type,
        label: decl.label,
        min: decl.min,
        max: decl.max,
        integer: decl.integer ?? false,
        values: decl.values,
        currency,
        default: decl.default,
      });
    }
  }

  /** The declared fact `name`, checked to be one of `types`; reports at `path` otherwise. */
  fact(name: string, path: IssuePath, types: readonly string[]): FactInfo | undefined {
    const info = this.facts.get(name);
    if (info === undefined) {
      this.issue("unknown_fact_reference", path, { fact: name, declared: [...this.facts.keys()] });
      return undefined;
    }
    if (!types.includes(info.type)) {
      this.issue("fact_type_mismatch", path, { fact: name, type: info.type, expected: types });
      return undefined;
    }
    return info;
  }

  comparable(info: FactInfo, value: unknown, path: IssuePath): Ratio | undefined {
    let result: Ratio | undefined;
    if (info.type === "number" || info.type === "money") result = parseDecimal(value);
    else if (info.type === "instant" && typeof value === "string") {
      const ms = readInstantMs(value);
      result = ms === undefined ? undefined : ratio(BigInt(ms));
    }
    if (result === undefined) this.issue("invalid_bound", path, { fact: info.name, type: info.type, received: value });
    return result;
  }

  scalar(info: FactInfo, value: unknown, path: IssuePath): Scalar | undefined {
    if (info.type === "string") {
      if (typeof value !== "string") return void this.issue("invalid_bound", path, { fact: info.name, type: info.type, received: value });
      if (info.values !== undefined && !info.values.includes(value)) {
        return void this.issue("undeclared_value", path, { fact: info.name, value, values: info.values });
      }
      return value;
    }
    if (info.type === "boolean") {
      if (typeof value !== "boolean") return void this.issue("invalid_bound", path, { fact: info.name, type: info.type, received: value });
      return value;
    }
    return this.comparable(info, value, path);
  }

  comparison(factName: string, input: Omit<RemedyConditionInput, "all" | "any" | "not" | "fact">, path: IssuePath, factPath: IssuePath): FactTests | undefined {
    const info = this.fact(factName, factPath, ["number", "string", "boolean", "instant", "money"]);
    if (info === undefined) return undefined;
    const tests: Test[] = [];
    const ordered = info.type === "number" || info.type === "money" || info.type === "instant";
    for (const op of ["gte", "gt", "lte", "lt"] as const) {
      const bound = input[op];
      if (bound === undefined) continue;
      if (!ordered) {
        this.issue("fact_type_mismatch", [...path, op], { fact: factName, type: info.type, expected: ["number", "money", "instant"] });
        continue;
      }
      const value = this.comparable(info, bound, [...path, op]);
      if (value !== undefined) tests.push({ op, value });
    }
    for (const op of ["eq", "ne"] as const) {
      const target = input[op];
      if (target === undefined) continue;
      const value = this.scalar(info, target, [...path, op]);
      if (value !== undefined) tests.push({ op, value });
    }
    for (const op of ["in", "notIn"] as const) {
      const list = input[op];
      if (list === undefined) continue;
      const values = list.map((item, i) => this.scalar(info, item, [...path, op, i]));
      if (values.every((v): v is Scalar => v !== undefined)) tests.push({ op, values });
    }
    return { fact: factName, tests, source: { ...input } };
  }

  condition(input: RemedyConditionInput, path: IssuePath): Condition | undefined {
    if (input.all !== undefined || input.any !== undefined) {
      const kind = input.all !== undefined ? "all" : "any";
      const list = (input.all ?? input.any) as readonly RemedyConditionInput[];
      const items = list.map((item, i) => this.condition(item, [...path, kind, i]));
      return items.every((c): c is Condition => c !== undefined) ? { kind, items } : undefined;
    }
    if (input.not !== undefined) {
      const item = this.condition(input.not, [...path, "not"]);
      return item === undefined ? undefined : { kind: "not", item };
    }
    const { fact, all: _a, any: _b, not: _c, ...comparison } = input;
    const tests = this.comparison(fact as string, comparison, path, [...path, "fact"]);
    return tests === undefined ? undefined : { kind: "fact", ...tests };
  }

  decimal(value: RemedyAmountInput | undefined, path: IssuePath): Ratio | undefined {
    const result = parseDecimal(value);
    if (result === undefined) this.issue("invalid_decimal", path, { received: value });
    return result;
  }

  inRange(value: Ratio | undefined, maximum: number, path: IssuePath, code: string): Ratio | undefined {
    if (value === undefined) return undefined;
    if (value.n < 0n || cmp(value, ratio(BigInt(maximum))) > 0) {
      this.issue(code, path, { received: Number(value.n) / Number(value.d), minimum: 0, maximum });
      return undefined;
    }
    return value;
  }

  unitCount(
    input: {
      of: string;
      unit?: string | number | undefined;
      grace?: string | number | undefined;
      count: "started" | "completed";
      maxUnits?: number | undefined;
    },
    path: IssuePath,
  ): UnitCount | undefined {
    const info = this.fact(input.of, [...path, "of"], ["number"]);
    const unit = input.unit === undefined ? ratio(1n) : this.decimal(input.unit, [...path, "unit"]);
    const grace = input.grace === undefined ? ZERO : this.decimal(input.grace, [...path, "grace"]);
    if (unit !== undefined && unit.n <= 0n) this.issue("invalid_unit", [...path, "unit"], { received: input.unit });
    if (grace !== undefined && grace.n < 0n) this.issue("invalid_grace", [...path, "grace"], { received: input.grace });
    if (info === undefined || unit === undefined || grace === undefined || unit.n <= 0n || grace.n < 0n) return undefined;
    return { fact: input.of, unit, grace, count: input.count, maxUnits: input.maxUnits };
  }

  /** Compiles an amount whose currency must be `currency` (when known). */
  amount(input: RemedyAmountInput, path: IssuePath, currency: string | undefined): Amount | undefined {
    if (typeof input === "string" || typeof input === "number") return this.fixed(input, undefined, path, path, currency, undefined);
    const label = input.label;
    if (input.fixed !== undefined) return this.fixed(input.fixed, input.currency, [...path, "fixed"], path, currency, label);
    if (input.percent !== undefined || input.multiple !== undefined) {
      const isPercent = input.percent !== undefined;
      const key = isPercent ? "percent" : "multiple";
      const value = this.inRange(this.decimal(input[key], [...path, key]), isPercent ? MAX_PERCENT : MAX_MULTIPLE, [...path, key], `${key}_out_of_range`);
      const info = this.fact(input.of as string, [...path, "of"], ["money"]);
      const proportion = this.proportion(input, path);
      if (info === undefined || value === undefined || proportion === undefined) return undefined;
      if (!this.sameCurrency(currency, info.currency, [...path, "of"])) return undefined;
      const c = info.currency as string;
      const common = { fact: info.name, ...proportion, currency: c, label };
      return isPercent ? { kind: "percent", percent: value, ...common } : { kind: "multiple", factor: value, ...common };
    }
    if (input.sum !== undefined) return this.several("sum", input.sum, path, currency, label);
    if (input.per !== undefined) {
      const per = this.amount(input.per, [...path, "per"], currency);
      const count = this.unitCount(input as Parameters<Compiler["unitCount"]>[0], path);
      if (per === undefined || count === undefined) return undefined;
      return { kind: "per", per, ...count, currency: per.currency, label };
    }
    if (input.min !== undefined) return this.several("min", input.min, path, currency, label);
    if (input.max !== undefined) return this.several("max", input.max, path, currency, label);
    if (input.scale !== undefined) {
      const inner = this.amount(input.scale, [...path, "scale"], currency);
      const factor = this.inRange(this.decimal(input.factor, [...path, "factor"]), MAX_MODIFIER, [...path, "factor"], "factor_out_of_range");
      const when = input.when === undefined ? undefined : this.condition(input.when, [...path, "when"]);
      if (inner === undefined || factor === undefined || (input.when !== undefined && when === undefined)) return undefined;
      return { kind: "scale", inner, factor, when, reason: input.reason, currency: inner.currency, label };
    }
    if (input.tiers !== undefined) return this.tiers(input.tiers, [...path, "tiers"], currency, label);
    return undefined;
  }

  /** `sum`, `min` or `max` of several amounts, all in one currency. */
  several(
    kind: "sum" | "min" | "max",
    list: readonly RemedyAmountInput[],
    path: IssuePath,
    currency: string | undefined,
    label: string | undefined,
  ): Amount | undefined {
    let shared = currency;
    const items: Amount[] = [];
    list.forEach((item, i) => {
      const compiled = this.amount(item, [...path, kind, i], shared);
      if (compiled !== undefined) {
        shared ??= compiled.currency;
        items.push(compiled);
      }
    });
    if (items.length !== list.length || shared === undefined) return undefined;
    return { kind, items, currency: shared, label };
  }

  /**
   * `times` and `divideBy` of a percent or multiple. The result must stay money: a money factor
   * needs a money divisor (in the same currency), so money × money ÷ money is money again.
   */
  proportion(input: RemedyAmountObjectInput, path: IssuePath): Omit<Proportion, "fact"> | undefined {
    const start = this.issues.length;
    const times = input.times === undefined ? undefined : this.fact(input.times.fact, [...path, "times", "fact"], ["number", "money"]);
    let divideBy: Ratio | undefined;
    let divisor: FactInfo | undefined;
    if (typeof input.divideBy === "object") divisor = this.fact(input.divideBy.fact, [...path, "divideBy", "fact"], ["number", "money"]);
    else if (input.divideBy !== undefined) {
      divideBy = this.decimal(input.divideBy, [...path, "divideBy"]);
      if (divideBy !== undefined && divideBy.n <= 0n)
        this.issue(divideBy.n === 0n ? "divisor_zero" : "negative_amount", [...path, "divideBy"], { received: input.divideBy });
    }
    if (this.issues.length > start) return undefined;
    const timesMoney = times?.type === "money";
    const divisorMoney = divisor?.type === "money";
    if (timesMoney !== divisorMoney) {
      const [info, at] = timesMoney ? [times, "times"] : [divisor, "divideBy"];
      return void this.issue("amount_dimension", [...path, at, "fact"], { fact: info?.name });
    }
    if (timesMoney && !this.sameCurrency(times?.currency, divisor?.currency, [...path, "divideBy", "fact"])) return undefined;
    return { times: times?.name, divideBy, divideByFact: divisor?.name };
  }

  fixed(
    value: string | number,
    own: string | undefined,
    valuePath: IssuePath,
    path: IssuePath,
    currency: string | undefined,
    label: string | undefined,
  ): Amount | undefined {
    const resolved = own ?? currency ?? this.policyCurrency;
    if (resolved === undefined) return void this.issue("missing_currency", path, {});
    if (!this.sameCurrency(currency, resolved, own === undefined ? path : [...path, "currency"])) return undefined;
    const major = this.decimal(value, valuePath);
    if (major === undefined) return undefined;
    if (major.n < 0n) return void this.issue("negative_amount", valuePath, { received: value });
    const exponent = currencyExponent(resolved) as number;
    const minor = mul(major, ratio(pow10(exponent)));
    if (minor.d !== 1n) return void this.issue("too_precise", valuePath, { received: value, currency: resolved, exponent });
    return { kind: "fixed", minor, currency: resolved, label };
  }

  sameCurrency(expected: string | undefined, received: string | undefined, path: IssuePath): boolean {
    if (expected === undefined || received === undefined || expected === received) return true;
    this.issue("currency_mismatch", path, { expected, received });
    return false;
  }

  tiers(input: RemedyTierTableInput, path: IssuePath, currency: string | undefined, label: string | undefined): Amount | undefined {
    let ok = true;
    const keys = new Set<string>();
    input.keys.forEach((key, i) => {
      if (this.fact(key, [...path, "keys", i], ["number", "string", "boolean", "instant", "money"]) === undefined) ok = false;
      if (keys.has(key)) {
        this.issue("duplicate_id", [...path, "keys", i], { id: key, what: "tier key" });
        ok = false;
      }
      keys.add(key);
    });
    let shared = currency;
    const rows = input.rows.map((row, index) => {
      const at = [...path, "rows", index];
      const bands: FactTests[] = [];
      for (const [key, comparison] of Object.entries(row.when)) {
        if (!keys.has(key)) {
          this.issue("tier_key_unknown", [...at, "when", key], { key, keys: input.keys });
          ok = false;
          continue;
        }
        const tests = this.comparison(key, comparison, [...at, "when", key], [...at, "when", key]);
        if (tests === undefined) ok = false;
        else bands.push(tests);
      }
      const amount = row.amount === undefined ? undefined : this.amount(row.amount, [...at, "amount"], shared);
      if (row.amount !== undefined && amount === undefined) ok = false;
      shared ??= amount?.currency;
      return { index, id: row.id, label: row.label, bands, amount };
    });
    if (!ok) return undefined;
    const before = this.issues.length;
    for (const problem of checkTierPartition(
      input.keys.map((k) => this.facts.get(k) as FactInfo),
      rows,
      input.coverage ?? "complete",
    )) {
      this.issue(problem.code, [...path, ...problem.path], problem.params);
    }
    if (this.issues.length > before) return undefined;
    const resolved = shared ?? this.policyCurrency;
    if (resolved === undefined) return void this.issue("missing_currency", path, {});
    return { kind: "tiers", table: { keys: input.keys, rows }, currency: resolved, label };
  }

  points(input: PointsInput, path: IssuePath): Points | undefined {
    if (typeof input === "number") return { kind: "fixed", points: input };
    const count = this.unitCount(input, path);
    return count === undefined ? undefined : { kind: "per", per: input.per, ...count };
  }

  grantable(
    input: RemedyOptionInput | RemedyRuleInput,
    path: IssuePath,
    currency: string | undefined,
    inherited?: { floor: Amount | undefined; cap: Amount | undefined },
  ): Grantable | undefined {
    const kind = input.kind;
    if (kind === undefined) return void this.issue("rule_kind_required", path, {});
    const monetary = MONETARY_KINDS.includes(kind);
    const startIssues = this.issues.length;
    if (monetary && input.amount === undefined) this.issue("amount_required", [...path, "amount"], { kind });
    if (!monetary) {
      for (const key of ["amount", "floor", "cap"] as const) if (input[key] !== undefined) this.issue("money_not_allowed", [...path, key], { kind });
    }
    if (kind === "points" && input.points === undefined) this.issue("points_required", [...path, "points"], { kind });
    if (kind !== "points" && input.points !== undefined) this.issue("points_not_allowed", [...path, "points"], { kind });
    const amount = monetary && input.amount !== undefined ? this.amount(input.amount, [...path, "amount"], currency) : undefined;
    const moneyCurrency = amount?.currency ?? currency;
    const floor = monetary && input.floor !== undefined ? this.amount(input.floor, [...path, "floor"], moneyCurrency) : inherited?.floor;
    const cap = monetary && input.cap !== undefined ? this.amount(input.cap, [...path, "cap"], moneyCurrency) : inherited?.cap;
    const points = kind === "points" && input.points !== undefined ? this.points(input.points, [...path, "points"]) : undefined;
    if (inherited !== undefined && monetary) {
      if (inherited.floor !== undefined) this.sameCurrency(moneyCurrency, inherited.floor.currency, [...path, "amount"]);
      if (inherited.cap !== undefined) this.sameCurrency(moneyCurrency, inherited.cap.currency, [...path, "amount"]);
    }
    if (this.issues.length > startIssues) return undefined;
    return {
      kind,
      label: input.label,
      instrument: input.instrument,
      item: input.item,
      quantity: input.quantity,
      currency: monetary ? moneyCurrency : undefined,
      amount,
      floor,
      cap,
      points,
    };
  }

  exclusion(input: RemedyExclusionInput, path: IssuePath): Exclusion | undefined {
    const when = this.condition(input.when, [...path, "when"]);
    const unless = input.unless === undefined ? undefined : this.condition(input.unless, [...path, "unless"]);
    if (when === undefined || (input.unless !== undefined && unless === undefined)) return undefined;
    return { id: input.id, reason: input.reason, when, unless, rules: input.rules };
  }

  claimWindow(input: RemedyClaimWindowInput, path: IssuePath): ClaimWindow | undefined {
    const info = this.fact(input.from, [...path, "from"], ["instant"]);
    const unit = input.unit ?? "calendar_days";
    if (unit === "business_days" && input.calendar === undefined) {
      return void this.issue("calendar_required", [...path, "calendar"], { what: "a claim window in business days" });
    }
    const opensAfter = input.opensAfter ?? 0;
    if (opensAfter > input.closesAfter) return void this.issue("window_reversed", [...path, "opensAfter"], { opensAfter, closesAfter: input.closesAfter });
    if (unit === "months" && input.closesAfter > MAX_WINDOW_MONTHS) {
      return void this.issue("too_big", [...path, "closesAfter"], {
        maximum: MAX_WINDOW_MONTHS,
        inclusive: true,
        origin: "number",
        received: input.closesAfter,
      });
    }
    if (unit === "months" && input.opensAfter !== undefined) return void this.issue("window_months_opens", [...path, "opensAfter"], {});
    if (unit !== "months" && input.periodStartDay !== undefined) return void this.issue("window_period_day", [...path, "periodStartDay"], {});
    if (info === undefined) return undefined;
    // A compiled calendar is used as it is; JSON was validated by CalendarSchema, so it compiles.
    const given = input.calendar === undefined ? undefined : isCalendar(input.calendar) ? input.calendar : toCalendar(input.calendar as CalendarInput);
    const calendar = unit === "business_days" && given !== undefined ? given : alwaysOpen(input.timeZone ?? given?.timeZone ?? "UTC");
    return { from: input.from, closesAfter: input.closesAfter, opensAfter, unit, periodStartDay: input.periodStartDay ?? 1, calendar };
  }

  rule(input: RemedyRuleInput, path: IssuePath): Rule | undefined {
    const start = this.issues.length;
    const currency = input.currency ?? this.policyCurrency;
    const when = input.when === undefined ? undefined : this.condition(input.when, [...path, "when"]);
    let grant: Grantable | undefined;
    const options: ({ id: string } & Grantable)[] = [];
    if (input.options !== undefined) {
      for (const key of ["kind", "amount", "points", "item", "instrument", "quantity"] as const) {
        if (input[key] !== undefined) this.issue("choice_key", [...path, key], { key });
      }
      const floor = input.floor === undefined ? undefined : this.amount(input.floor, [...path, "floor"], currency);
      const cap = input.cap === undefined ? undefined : this.amount(input.cap, [...path, "cap"], floor?.currency ?? currency);
      const ids = new Set<string>();
      input.options.forEach((option, i) => {
        if (ids.has(option.id)) this.issue("duplicate_id", [...path, "options", i, "id"], { id: option.id, what: "option id" });
        ids.add(option.id);
        const compiled = this.grantable(option, [...path, "options", i], currency, { floor, cap });
        if (compiled !== undefined) options.push({ id: option.id, ...compiled });
      });
    } else grant = this.grantable(input, path, currency);
    const exclusions = (input.exclusions ?? []).map((e, i) => this.exclusion(e, [...path, "exclusions", i]));
    const ids = new Set<string>();
    (input.exclusions ?? []).forEach((e, i) => {
      if (ids.has(e.id)) this.issue("duplicate_id", [...path, "exclusions", i, "id"], { id: e.id, what: "exclusion id" });
      ids.add(e.id);
      if (e.rules !== undefined) this.issue("exclusion_rules_in_rule", [...path, "exclusions", i, "rules"], {});
    });
    const delivery = input.delivery ?? "automatic";
    if (input.claimWindow !== undefined && delivery !== "on_claim") this.issue("window_needs_claim", [...path, "claimWindow"], {});
    const claimWindow = input.claimWindow === undefined ? undefined : this.claimWindow(input.claimWindow, [...path, "claimWindow"]);
    if (this.issues.length > start) return undefined;
    return {
      id: input.id,
      label: input.label,
      when,
      grant,
      options,
      exclusions: exclusions as Exclusion[],
      delivery,
      claimWindow,
    };
  }

  periodCap(input: RemedyPeriodCapInput, path: IssuePath, ruleIds: ReadonlySet<string>): PeriodCap | undefined {
    const currency = input.currency ?? this.policyCurrency;
    if (currency === undefined) return void this.issue("missing_currency", path, {});
    const major = this.decimal(input.amount, [...path, "amount"]);
    if (major === undefined) return undefined;
    const minor = toMinorUnits(major, currencyExponent(currency) as number);
    if (minor === undefined)
      return void this.issue("too_precise", [...path, "amount"], { received: input.amount, currency, exponent: currencyExponent(currency) });
    if (minor < 0n) return void this.issue("negative_amount", [...path, "amount"], { received: input.amount });
    input.rules?.forEach((id, i) => {
      if (!ruleIds.has(id)) this.issue("unknown_rule", [...path, "rules", i], { rule: id, rules: [...ruleIds] });
    });
    return { id: input.id, currency, minor, period: input.period, timeZone: input.timeZone ?? "UTC", rules: input.rules };
  }
}

/** Compiles one version; problems are appended to `issues` with paths under `path`. */
export function compileVersion(input: VersionInput, path: IssuePath, issues: Issue[]): PolicyVersion | undefined {
  const c = new Compiler();
  c.policyCurrency = input.currency;
  c.compileFacts(input.facts, [...path, "facts"]);
  const ruleIds = new Set<string>();
  const rules: Rule[] = [];
  input.rules.forEach((rule, i) => {
    if (ruleIds.has(rule.id)) c.issue("duplicate_id", [...path, "rules", i, "id"], { id: rule.id, what: "rule id" });
    ruleIds.add(rule.id);
    const compiled = c.rule(rule, [...path, "rules", i]);
    if (compiled !== undefined) rules.push(compiled);
  });
  const exclusionIds = new Set<string>();
  const exclusions: Exclusion[] = [];
  (input.exclusions ?? []).forEach((e, i) => {
    if (exclusionIds.has(e.id)) c.issue("duplicate_id", [...path, "exclusions", i, "id"], { id: e.id, what: "exclusion id" });
    exclusionIds.add(e.id);
    e.rules?.forEach((id, j) => {
      if (!ruleIds.has(id)) c.issue("unknown_rule", [...path, "exclusions", i, "rules", j], { rule: id, rules: [...ruleIds] });
    });
    const compiled = c.exclusion(e, [...path, "exclusions", i]);
    if (compiled !== undefined) exclusions.push(compiled);
  });
  const capIds = new Set<string>();
  const periodCaps: PeriodCap[] = [];
  (input.periodCaps ?? []).forEach((cap, i) => {
    if (capIds.has(cap.id)) c.issue("duplicate_id", [...path, "periodCaps", i, "id"], { id: cap.id, what: "period cap id" });
    capIds.add(cap.id);
    const compiled = c.periodCap(cap, [...path, "periodCaps", i], ruleIds);
    if (compiled !== undefined) periodCaps.push(compiled);
  });
  let minimumPayable: PolicyVersion["minimumPayable"];
  if (input.minimumPayable !== undefined) {
    const given = input.minimumPayable;
    const bound = typeof given === "object" ? (given.gte ?? given.gt) : given;
    const at = typeof given === "object" ? [...path, "minimumPayable", given.gte === undefined ? "gt" : "gte"] : [...path, "minimumPayable"];
    const fixed = bound === undefined ? undefined : c.fixed(bound, undefined, at, [...path, "minimumPayable"], undefined, undefined);
    const inclusive = typeof given !== "object" || given.gte !== undefined;
    if (fixed?.kind === "fixed") minimumPayable = { currency: fixed.currency, minor: fixed.minor.n, inclusive };
  }
  const stacking = input.stacking ?? "sum";
  const currencies = new Set(rules.flatMap((r) => [r.grant, ...r.options]).flatMap((g) => (g?.currency === undefined ? [] : [g.currency])));
  if (stacking === "highest" && currencies.size > 1) c.issue("stacking_currencies", [...path, "stacking"], { currencies: [...currencies].sort() });
  const incidentFact = input.incidentFact ?? (c.facts.has("incidentAt") ? "incidentAt" : undefined);
  const claimFact = input.claimFact ?? (c.facts.has("claimedAt") ? "claimedAt" : undefined);
  if (input.incidentFact !== undefined) c.fact(input.incidentFact, [...path, "incidentFact"], ["instant"]);
  if (input.claimFact !== undefined) c.fact(input.claimFact, [...path, "claimFact"], ["instant"]);
  if (periodCaps.length > 0 && incidentFact === undefined) c.issue("incident_fact_required", [...path, "periodCaps"], {});
  issues.push(...c.issues);
  if (c.issues.length > 0) return undefined;
  const effectiveFromMs = input.effectiveFrom === undefined ? undefined : readInstantMs(input.effectiveFrom);
  return {
    version: input.version,
    effectiveFromMs,
    label: input.label,
    source: input.source,
    currency: input.currency,
    rounding: input.rounding ?? "half_even",
    facts: c.facts,
    incidentFact,
    claimFact,
    rules,
    exclusions,
    stacking,
    periodCaps,
    minimumPayable,
  };
}
