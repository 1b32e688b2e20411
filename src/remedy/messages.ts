import { formatValue, type MessageCatalogue, type MessageParams } from "../core/index.js";

const v = formatValue;
const list = (x: unknown): string => (Array.isArray(x) ? x.map((item) => v(item)).join(", ") : v(x));
const zhList = (x: unknown): string => (Array.isArray(x) ? x.map((item) => v(item)).join("、") : v(x));
const s = (x: unknown): string => String(x);
/** "250.00 EUR" */
const money = (p: MessageParams, key = "amount"): string => `${s(p[key])} ${s(p.currency)}`;
const rule = (p: MessageParams): string => `rule ${v(p.rule)}`;
const zhRule = (p: MessageParams): string => `规则 ${v(p.rule)}`;
const ZH_KINDS: Readonly<Record<string, string>> = {
  compensation: "赔偿金",
  refund: "退款",
  credit: "服务抵扣",
  voucher: "优惠券",
  apology: "致歉",
  free_service: "免费服务",
  points: "积分",
  replacement: "更换",
};
const zhKind = (kind: unknown): string => ZH_KINDS[String(kind)] ?? String(kind);

/** Messages for remedy policy definitions, decision issues and decision explanations (en, zh-CN). */
export const remedyMessages: MessageCatalogue = {
  // Definition problems (invalid_policy).
  // Shape problems found before schema validation (deep nesting, cycles, forbidden keys, size).
  input_too_deep: {
    en: (p) => `nested more than ${s(p.maximum)} levels deep: flatten it`,
    "zh-CN": (p) => `嵌套超过 ${s(p.maximum)} 层：请减少嵌套`,
  },
  cyclic_input: {
    en: () => "this value contains itself (a cycle): policies are plain JSON trees",
    "zh-CN": () => "此值包含其自身（循环引用）：策略必须是普通的 JSON 树",
  },
  forbidden_key: {
    en: (p) => `key ${v(p.key)} is not allowed (it would be dropped or change an object's prototype)`,
    "zh-CN": (p) => `不允许使用键 ${v(p.key)}（它会被丢弃或改变对象原型）`,
  },
  input_too_large: {
    en: (p) => `more than ${s(p.maximum)} values: split the policy`,
    "zh-CN": (p) => `值的数量超过 ${s(p.maximum)}：请拆分策略`,
  },
  decimal_too_long: {
    en: (p) => `a decimal of ${s(p.length)} characters is too long: at most ${s(p.maximum)}`,
    "zh-CN": (p) => `十进制数长度为 ${s(p.length)} 个字符，过长：最多 ${s(p.maximum)} 个`,
  },
  divisor_zero: {
    en: () => "cannot divide by zero",
    "zh-CN": () => "除数不能为零",
  },
  amount_dimension: {
    en: (p) => `${v(p.fact)} is money: multiplying or dividing by a money fact needs the other one too (money × money ÷ money), so the result stays money`,
    "zh-CN": (p) => `${v(p.fact)} 是金额：乘以或除以金额事实时必须成对出现（金额 × 金额 ÷ 金额），结果才仍是金额`,
  },
  minimum_bounds: {
    en: () => "a minimum payable has exactly one of gte (pay from this total) or gt (pay only above it)",
    "zh-CN": () => "最低支付额必须且只能包含 gte（达到即支付）或 gt（超过才支付）之一",
  },
  invalid_decimal: {
    en: (p) => `${v(p.received)} is not a decimal: write a string such as "12.50" or a finite number`,
    "zh-CN": (p) => `${v(p.received)} 不是有效的十进制数：请写成如 "12.50" 的字符串或有限数值`,
  },
  unknown_currency: {
    en: (p) => `${v(p.received)} is not an ISO 4217 currency code`,
    "zh-CN": (p) => `${v(p.received)} 不是 ISO 4217 货币代码`,
  },
  empty_comparison: {
    en: () => "a comparison needs at least one of gte, gt, lte, lt, eq, ne, in, notIn",
    "zh-CN": () => "比较条件至少需要 gte、gt、lte、lt、eq、ne、in、notIn 之一",
  },
  conflicting_bounds: {
    en: (p) => `${list(p.keys)} both bound the same side: keep one`,
    "zh-CN": (p) => `${zhList(p.keys)} 限定了同一侧边界：只保留一个`,
  },
  condition_form: {
    en: (p) => `a condition has exactly one of all, any, not or fact (found ${(p.forms as unknown[]).length === 0 ? "none" : list(p.forms)})`,
    "zh-CN": (p) => `条件必须且只能包含 all、any、not、fact 之一（现为${(p.forms as unknown[]).length === 0 ? "无" : ` ${zhList(p.forms)}`}）`,
  },
  comparison_without_fact: {
    en: () => "a comparison needs the fact it compares: add `fact`",
    "zh-CN": () => "比较条件需要指明比较的事实：请添加 `fact`",
  },
  amount_form: {
    en: (p) =>
      `an amount has exactly one of fixed, percent, multiple, per, min, max, scale or tiers (found ${(p.forms as unknown[]).length === 0 ? "none" : list(p.forms)})`,
    "zh-CN": (p) =>
      `金额必须且只能采用 fixed、percent、multiple、per、min、max、scale、tiers 之一（现为${(p.forms as unknown[]).length === 0 ? "无" : ` ${zhList(p.forms)}`}）`,
  },
  amount_key: {
    en: (p) => `${v(p.key)} does not belong in a ${v(p.form)} amount`,
    "zh-CN": (p) => `${v(p.key)} 不属于 ${v(p.form)} 类型的金额`,
  },
  amount_missing_key: {
    en: (p) => `a ${v(p.form)} amount needs ${v(p.key)}`,
    "zh-CN": (p) => `${v(p.form)} 类型的金额需要 ${v(p.key)}`,
  },
  fact_range: {
    en: (p) => `max ${v(p.max)} is below min ${v(p.min)}`,
    "zh-CN": (p) => `最大值 ${v(p.max)} 小于最小值 ${v(p.min)}`,
  },
  fact_key_type: {
    en: (p) => `${v(p.key)} does not apply to a ${v(p.type)} fact`,
    "zh-CN": (p) => `${v(p.key)} 不适用于 ${v(p.type)} 类型的事实`,
  },
  fact_default_type: {
    en: (p) => `default ${v(p.received)} is not a ${v(p.type)}`,
    "zh-CN": (p) => `默认值 ${v(p.received)} 不是 ${v(p.type)} 类型`,
  },
  undeclared_value: {
    en: (p) => `${v(p.value)} is not one of the declared values of ${v(p.fact)} (${list(p.values)})`,
    "zh-CN": (p) => `${v(p.value)} 不在事实 ${v(p.fact)} 声明的取值中（${zhList(p.values)}）`,
  },
  unknown_fact_reference: {
    en: (p) => `fact ${v(p.fact)} is not declared in \`facts\` (declared: ${list(p.declared)})`,
    "zh-CN": (p) => `事实 ${v(p.fact)} 未在 \`facts\` 中声明（已声明：${zhList(p.declared)}）`,
  },
  fact_type_mismatch: {
    en: (p) => `fact ${v(p.fact)} is a ${v(p.type)}, expected ${list(p.expected)}`,
    "zh-CN": (p) => `事实 ${v(p.fact)} 的类型为 ${v(p.type)}，应为 ${zhList(p.expected)}`,
  },
  invalid_bound: {
    en: (p) => `${v(p.received)} cannot be compared with ${v(p.type)} fact ${v(p.fact)}`,
    "zh-CN": (p) => `${v(p.received)} 无法与 ${v(p.type)} 类型的事实 ${v(p.fact)} 比较`,
  },
  multiple_out_of_range: {
    en: (p) => `multiple ${v(p.received)} is outside ${v(p.minimum)}–${v(p.maximum)}`,
    "zh-CN": (p) => `倍数 ${v(p.received)} 超出 ${v(p.minimum)}–${v(p.maximum)} 的范围`,
  },
  factor_out_of_range: {
    en: (p) => `modifier factor ${v(p.received)} is outside ${v(p.minimum)}–${v(p.maximum)}`,
    "zh-CN": (p) => `调整系数 ${v(p.received)} 超出 ${v(p.minimum)}–${v(p.maximum)} 的范围`,
  },
  invalid_unit: {
    en: (p) => `unit ${v(p.received)} must be greater than 0`,
    "zh-CN": (p) => `计量单位 ${v(p.received)} 必须大于 0`,
  },
  invalid_grace: {
    en: (p) => `grace ${v(p.received)} must not be negative`,
    "zh-CN": (p) => `宽限量 ${v(p.received)} 不能为负`,
  },
  negative_amount: {
    en: (p) => `amount ${v(p.received)} must not be negative`,
    "zh-CN": (p) => `金额 ${v(p.received)} 不能为负`,
  },
  too_precise: {
    en: (p) => `${v(p.received)} has more than ${v(p.exponent)} decimal places, the minor unit of ${s(p.currency)}`,
    "zh-CN": (p) => `${v(p.received)} 的小数位多于 ${s(p.currency)} 的最小货币单位（${v(p.exponent)} 位）`,
  },
  missing_currency: {
    en: () => "no currency: set the policy's `currency`, the rule's, or the amount's",
    "zh-CN": () => "缺少货币：请设置策略、规则或金额的 `currency`",
  },
  currency_mismatch: {
    en: (p) => `currency ${s(p.received)} does not match ${s(p.expected)}`,
    "zh-CN": (p) => `货币 ${s(p.received)} 与 ${s(p.expected)} 不一致`,
  },
  tier_key_unknown: {
    en: (p) => `${v(p.key)} is not one of the table's keys (${list(p.keys)})`,
    "zh-CN": (p) => `${v(p.key)} 不是该分档表的键（${zhList(p.keys)}）`,
  },
  tier_overlap: {
    en: (p) => `tier rows ${v(p.first)} and ${v(p.second)} overlap where ${s(p.at)}`,
    "zh-CN": (p) => `分档行 ${v(p.first)} 与 ${v(p.second)} 在 ${s(p.at)} 处重叠`,
  },
  tier_gap: {
    en: (p) => `no tier row covers ${s(p.at)}: add a row (without amount for "no remedy") or set coverage "partial"`,
    "zh-CN": (p) => `没有分档行覆盖 ${s(p.at)}：请补充一行（不给补救可省略 amount），或将 coverage 设为 "partial"`,
  },
  tier_table_too_large: {
    en: (p) => `the tier table has ${v(p.cells)} cells to check; split it into smaller tables`,
    "zh-CN": (p) => `分档表需检查 ${v(p.cells)} 个单元，请拆分为较小的表`,
  },
  unknown_rule: {
    en: (p) => `there is no rule ${v(p.rule)} (rules: ${list(p.rules)})`,
    "zh-CN": (p) => `不存在规则 ${v(p.rule)}（现有规则：${zhList(p.rules)}）`,
  },
  rule_kind_required: {
    en: () => "a rule needs a `kind`, or `options` for the claimant to choose from",
    "zh-CN": () => "规则需要 `kind`，或供索赔人选择的 `options`",
  },
  amount_required: {
    en: (p) => `a ${v(p.kind)} remedy needs an amount`,
    "zh-CN": (p) => `${v(p.kind)} 类补救需要金额`,
  },
  money_not_allowed: {
    en: (p) => `a ${v(p.kind)} remedy is not money: remove this key`,
    "zh-CN": (p) => `${v(p.kind)} 类补救不是金钱补偿：请删除此字段`,
  },
  points_required: {
    en: () => "a points remedy needs `points`",
    "zh-CN": () => "积分补救需要 `points`",
  },
  points_not_allowed: {
    en: (p) => `\`points\` belongs to points remedies, not ${v(p.kind)}`,
    "zh-CN": (p) => `\`points\` 仅用于积分补救，不适用于 ${v(p.kind)}`,
  },
  choice_key: {
    en: (p) => `${v(p.key)} belongs in each option of a claimant's-choice rule`,
    "zh-CN": (p) => `${v(p.key)} 应写在可选规则的各个选项中`,
  },
  exclusion_rules_in_rule: {
    en: () => "`rules` only applies to policy-level exclusions",
    "zh-CN": () => "`rules` 仅适用于策略级的排除条款",
  },
  window_reversed: {
    en: (p) => `the window opens after ${v(p.opensAfter)} days but closes after ${v(p.closesAfter)}`,
    "zh-CN": (p) => `索赔期限在 ${v(p.opensAfter)} 天后开始，却在 ${v(p.closesAfter)} 天后结束`,
  },
  window_months_opens: {
    en: () => "a window in months is open from the incident: `opensAfter` counts days, drop it",
    "zh-CN": () => "按月计的索赔期限自事件发生起开放：`opensAfter` 以天计，请删除",
  },
  window_period_day: {
    en: () => '`periodStartDay` belongs to windows with `unit: "months"`',
    "zh-CN": () => '`periodStartDay` 仅用于 `unit: "months"` 的索赔期限',
  },
  window_needs_claim: {
    en: () => 'a claim window needs `delivery: "on_claim"`',
    "zh-CN": () => '索赔期限需要 `delivery: "on_claim"`',
  },
  stacking_currencies: {
    en: (p) => `stacking "highest" cannot compare amounts in ${list(p.currencies)}`,
    "zh-CN": (p) => `"highest" 叠加方式无法比较不同货币（${zhList(p.currencies)}）的金额`,
  },
  incident_fact_required: {
    en: () => "period caps need the incident's instant: declare an instant fact `incidentAt` or set `incidentFact`",
    "zh-CN": () => "按期间封顶需要事件发生时间：请声明 instant 类型的事实 `incidentAt` 或设置 `incidentFact`",
  },
  version_incident_fact: {
    en: (p) => `every version must date incidents by the same fact (${v(p.expected)}, here ${v(p.received)})`,
    "zh-CN": (p) => `各版本必须使用同一个事实确定事件时间（应为 ${v(p.expected)}，此处为 ${v(p.received)}）`,
  },
  versions_need_incident_fact: {
    en: () => "a policy with several versions needs an instant fact dating the incident (`incidentAt` or `incidentFact`)",
    "zh-CN": () => "多版本策略需要一个确定事件时间的 instant 类型事实（`incidentAt` 或 `incidentFact`）",
  },

  // Problems with the facts or arguments of a decision.
  missing_fact: {
    en: (p) => `fact ${v(p.fact)} is missing; the rules that need it (${list(p.rules)}) do not apply`,
    "zh-CN": (p) => `缺少事实 ${v(p.fact)}；依赖它的规则（${zhList(p.rules)}）不适用`,
  },
  invalid_fact: {
    en: (p) => `fact ${v(p.fact)} was given but is invalid: ${v(p.received)}; expected ${s(p.expected)}`,
    "zh-CN": (p) => `事实 ${v(p.fact)} 已提供但无效：${v(p.received)}；应为 ${s(p.expected)}`,
  },
  unknown_fact: {
    en: (p) => `fact ${v(p.fact)} is not declared by the policy and was ignored`,
    "zh-CN": (p) => `事实 ${v(p.fact)} 未在策略中声明，已忽略`,
  },
  invalid_facts: {
    en: (p) => `facts must be an object, received ${v(p.received)}`,
    "zh-CN": (p) => `facts 必须是对象，实际为 ${v(p.received)}`,
  },
  unknown_choice: {
    en: (p) => `rule ${v(p.rule)} has no option ${v(p.option)} (options: ${list(p.options)})`,
    "zh-CN": (p) => `规则 ${v(p.rule)} 没有选项 ${v(p.option)}（可选：${zhList(p.options)}）`,
  },

  // Explanation lines.
  policy_version: {
    en: (p) =>
      `policy ${v(p.policy)}${p.version === undefined ? "" : ` version ${v(p.version)}`}${p.effectiveFrom === undefined ? "" : `, in force from ${s(p.effectiveFrom)}`}`,
    "zh-CN": (p) =>
      `策略 ${v(p.policy)}${p.version === undefined ? "" : ` 版本 ${v(p.version)}`}${p.effectiveFrom === undefined ? "" : `，自 ${s(p.effectiveFrom)} 起生效`}`,
  },
  no_version_in_force: {
    en: (p) => `no version of policy ${v(p.policy)} was in force at ${s(p.incidentAt)} (the first takes effect ${s(p.effectiveFrom)})`,
    "zh-CN": (p) => `${s(p.incidentAt)} 时策略 ${v(p.policy)} 尚无生效版本（最早版本自 ${s(p.effectiveFrom)} 起生效）`,
  },
  incident_unknown: {
    en: (p) => `the incident's time (fact ${v(p.fact)}) is needed to choose the policy version`,
    "zh-CN": (p) => `需要事件时间（事实 ${v(p.fact)}）才能选择策略版本`,
  },
  rule_not_applicable: {
    en: (p) => `${rule(p)}: does not apply (its condition is false)`,
    "zh-CN": (p) => `${zhRule(p)}：不适用（条件不成立）`,
  },
  rule_applies: {
    en: (p) => `${rule(p)}: applies`,
    "zh-CN": (p) => `${zhRule(p)}：适用`,
  },
  rule_invalid_facts: {
    en: (p) => `${rule(p)}: not applied, fact ${list(p.facts)} was given but is invalid (see issues for the expected shape)`,
    "zh-CN": (p) => `${zhRule(p)}：未适用，事实 ${zhList(p.facts)} 已提供但无效（预期格式见 issues）`,
  },
  division_by_zero: {
    en: (p) => `${rule(p)}: fact ${v(p.fact)} is zero and divides the amount: no amount`,
    "zh-CN": (p) => `${zhRule(p)}：事实 ${v(p.fact)} 为零且作除数：无法计算金额`,
  },
  amount_ratio: {
    en: (p) => `${rule(p)}: ${s(p.formula)} = ${money(p)} (exact, rounded once at the end)`,
    "zh-CN": (p) => `${zhRule(p)}：${s(p.formula)} = ${money(p)}（精确计算，最后只舍入一次）`,
  },
  amount_sum: {
    en: (p) => `${rule(p)}: the sum of ${(p.values as unknown[]).map(s).join(" + ")} ${s(p.currency)} is ${money(p)}`,
    "zh-CN": (p) => `${zhRule(p)}：${(p.values as unknown[]).map(s).join(" + ")} ${s(p.currency)} 合计 ${money(p)}`,
  },
  rule_missing_facts: {
    en: (p) => `${rule(p)}: not applied, it needs fact ${list(p.facts)}`,
    "zh-CN": (p) => `${zhRule(p)}：未适用，需要事实 ${zhList(p.facts)}`,
  },
  excluded: {
    en: (p) => `${rule(p)}: excluded by ${v(p.exclusion)} — ${s(p.reason)}`,
    "zh-CN": (p) => `${zhRule(p)}：因排除条款 ${v(p.exclusion)} 不予补救——${s(p.reason)}`,
  },
  carve_back: {
    en: (p) => `${rule(p)}: exclusion ${v(p.exclusion)} (${s(p.reason)}) does not apply: its carve-back holds`,
    "zh-CN": (p) => `${zhRule(p)}：排除条款 ${v(p.exclusion)}（${s(p.reason)}）因例外情形成立而不适用`,
  },
  claim_in_window: {
    en: (p) => `${rule(p)}: claimed at ${s(p.claimedAt)}, inside the claim window [${s(p.opensAt)}, ${s(p.closesAt)})`,
    "zh-CN": (p) => `${zhRule(p)}：于 ${s(p.claimedAt)} 提出索赔，在索赔期限 [${s(p.opensAt)}, ${s(p.closesAt)}) 内`,
  },
  claim_outside_window: {
    en: (p) => `${rule(p)}: claimed at ${s(p.claimedAt)}, outside the claim window [${s(p.opensAt)}, ${s(p.closesAt)})`,
    "zh-CN": (p) => `${zhRule(p)}：于 ${s(p.claimedAt)} 提出索赔，不在索赔期限 [${s(p.opensAt)}, ${s(p.closesAt)}) 内`,
  },
  claim_time_unknown: {
    en: (p) =>
      `${rule(p)}: the claim window is [${s(p.opensAt)}, ${s(p.closesAt)}) but when the claim was made is unknown: give fact ${v(p.fact)} or options.now`,
    "zh-CN": (p) => `${zhRule(p)}：索赔期限为 [${s(p.opensAt)}, ${s(p.closesAt)})，但索赔时间未知：请提供事实 ${v(p.fact)} 或 options.now`,
  },
  tier_matched: {
    en: (p) => `${rule(p)}: tier ${v(p.row)} matched (${s(p.bands)})`,
    "zh-CN": (p) => `${zhRule(p)}：命中分档 ${v(p.row)}（${s(p.bands)}）`,
  },
  no_tier_matched: {
    en: (p) => `${rule(p)}: no tier covers ${s(p.values)}`,
    "zh-CN": (p) => `${zhRule(p)}：没有分档覆盖 ${s(p.values)}`,
  },
  tier_no_remedy: {
    en: (p) => `${rule(p)}: tier ${v(p.row)} (${s(p.bands)}) grants nothing`,
    "zh-CN": (p) => `${zhRule(p)}：分档 ${v(p.row)}（${s(p.bands)}）不予补救`,
  },
  units_counted: {
    en: (p) => `${rule(p)}: ${v(p.fact)} = ${s(p.value)}, after a grace of ${s(p.grace)}: ${s(p.units)} ${s(p.count)} unit(s) of ${s(p.unit)}`,
    "zh-CN": (p) =>
      `${zhRule(p)}：${v(p.fact)} = ${s(p.value)}，扣除宽限 ${s(p.grace)} 后按${p.count === "started" ? "开始计" : "完整计"}为 ${s(p.units)} 个单位（每单位 ${s(p.unit)}）`,
  },
  modifier_applied: {
    en: (p) => `${rule(p)}: modifier ×${s(p.factor)} applied${p.reason === undefined ? "" : ` (${s(p.reason)})`}`,
    "zh-CN": (p) => `${zhRule(p)}：应用调整系数 ×${s(p.factor)}${p.reason === undefined ? "" : `（${s(p.reason)}）`}`,
  },
  modifier_not_applied: {
    en: (p) => `${rule(p)}: modifier ×${s(p.factor)} not applied${p.reason === undefined ? "" : ` (${s(p.reason)})`}: its condition is false`,
    "zh-CN": (p) => `${zhRule(p)}：调整系数 ×${s(p.factor)}${p.reason === undefined ? "" : `（${s(p.reason)}）`}未应用：条件不成立`,
  },
  amount_computed: {
    en: (p) => `${rule(p)}${p.option === undefined ? "" : ` option ${v(p.option)}`}: amount ${money(p)}`,
    "zh-CN": (p) => `${zhRule(p)}${p.option === undefined ? "" : ` 选项 ${v(p.option)}`}：金额 ${money(p)}`,
  },
  amount_min: {
    en: (p) => `${rule(p)}: the smallest of ${(p.values as unknown[]).map(s).join(", ")} ${s(p.currency)} is ${money(p)}`,
    "zh-CN": (p) => `${zhRule(p)}：${(p.values as unknown[]).map(s).join("、")} ${s(p.currency)} 中取最小值 ${money(p)}`,
  },
  amount_max: {
    en: (p) => `${rule(p)}: the largest of ${(p.values as unknown[]).map(s).join(", ")} ${s(p.currency)} is ${money(p)}`,
    "zh-CN": (p) => `${zhRule(p)}：${(p.values as unknown[]).map(s).join("、")} ${s(p.currency)} 中取最大值 ${money(p)}`,
  },
  floor_applied: {
    en: (p) => `${rule(p)}: raised to the floor of ${money(p, "floor")} (was ${money(p, "before")})`,
    "zh-CN": (p) => `${zhRule(p)}：按下限提高至 ${money(p, "floor")}（原为 ${money(p, "before")}）`,
  },
  cap_applied: {
    en: (p) => `${rule(p)}: cut to the per-incident cap of ${money(p, "cap")} (was ${money(p, "before")})`,
    "zh-CN": (p) => `${zhRule(p)}：按单次上限削减至 ${money(p, "cap")}（原为 ${money(p, "before")}）`,
  },
  cap_below_floor: {
    en: (p) => `${rule(p)}: the cap of ${money(p, "cap")} is below the floor of ${money(p, "floor")}; the cap, applied after the floor, wins`,
    "zh-CN": (p) => `${zhRule(p)}：上限 ${money(p, "cap")} 低于下限 ${money(p, "floor")}；上限在下限之后适用，以上限为准`,
  },
  rounded: {
    en: (p) => `${rule(p)}: ${s(p.exact)} ${s(p.currency)} rounded ${s(p.mode)} to ${money(p)}`,
    "zh-CN": (p) => `${zhRule(p)}：${s(p.exact)} ${s(p.currency)} 按 ${s(p.mode)} 舍入为 ${money(p)}`,
  },
  amount_zero: {
    en: (p) => `${rule(p)}: the amount is zero, nothing is granted`,
    "zh-CN": (p) => `${zhRule(p)}：金额为零，不予发放`,
  },
  remedy_granted: {
    en: (p) =>
      `${rule(p)}: grants ${s(p.kind)}${p.amount === undefined ? "" : ` ${money(p)}`}${p.points === undefined ? "" : ` ${s(p.points)} points`}${p.item === undefined ? "" : ` (${s(p.item)})`}${p.delivery === "on_claim" ? ", on claim" : ""}`,
    "zh-CN": (p) =>
      `${zhRule(p)}：给予${zhKind(p.kind)}${p.amount === undefined ? "" : ` ${money(p)}`}${p.points === undefined ? "" : ` ${s(p.points)} 积分`}${p.item === undefined ? "" : `（${s(p.item)}）`}${p.delivery === "on_claim" ? "，需申请" : ""}`,
  },
  choice_pending: {
    en: (p) => `${rule(p)}: the claimant chooses one of ${list(p.options)}; decide again with options.choices to apply it (not in totals until then)`,
    "zh-CN": (p) => `${zhRule(p)}：由索赔人在 ${zhList(p.options)} 中选择；请在 options.choices 中给出选择后重新决定（此前不计入合计）`,
  },
  choice_made: {
    en: (p) => `${rule(p)}: the claimant chose ${v(p.option)}`,
    "zh-CN": (p) => `${zhRule(p)}：索赔人选择了 ${v(p.option)}`,
  },
  stacking: {
    en: (p) => `stacking "${s(p.mode)}": kept ${list(p.kept)}${(p.dropped as unknown[]).length > 0 ? `, dropped ${list(p.dropped)}` : ""}`,
    "zh-CN": (p) => `叠加方式 "${s(p.mode)}"：保留 ${zhList(p.kept)}${(p.dropped as unknown[]).length > 0 ? `，舍弃 ${zhList(p.dropped)}` : ""}`,
  },
  period_cap: {
    en: (p) => `period cap ${v(p.cap)}: ${money(p, "limit")} per ${s(p.period)}, ${money(p, "used")} already granted, ${money(p, "remaining")} left`,
    "zh-CN": (p) => `期间上限 ${v(p.cap)}：每 ${s(p.period)} ${money(p, "limit")}，已发放 ${money(p, "used")}，尚余 ${money(p, "remaining")}`,
  },
  period_cap_cut: {
    en: (p) => `${rule(p)}: cut by period cap ${v(p.cap)} from ${money(p, "before")} to ${money(p, "after")}`,
    "zh-CN": (p) => `${zhRule(p)}：受期间上限 ${v(p.cap)} 限制，由 ${money(p, "before")} 削减至 ${money(p, "after")}`,
  },
  below_minimum_payable: {
    en: (p) =>
      `the total of ${money(p, "total")} is ${p.inclusive === false ? "not above" : "below"} the minimum payable of ${money(p, "minimum")}: no money is issued`,
    "zh-CN": (p) => `合计 ${money(p, "total")} ${p.inclusive === false ? "未超过" : "低于"}最低支付额 ${money(p, "minimum")}：不发放金钱补偿`,
  },
  kind_label: {
    en: (p) => s(p.kind).replace("_", " "),
    "zh-CN": (p) => (p.kind === "choice" ? "待选补救" : zhKind(p.kind)),
  },
  decision: {
    en: (p) => (p.eligible === true ? `eligible: ${s(p.summary)}` : "not eligible: no remedy is due"),
    "zh-CN": (p) => (p.eligible === true ? `符合补救条件：${(p.summaryZh as string | undefined) ?? s(p.summary)}` : "不符合补救条件：无需补救"),
  },
};
