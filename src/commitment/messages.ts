import { formatValue as v } from "../core/index.js";
import type { MessageCatalogue, MessageParams } from "../core/index.js";

const pct = (rate: unknown): string => (typeof rate === "number" ? `${Math.round(rate * 1000) / 10}%` : String(rate));
const q = (value: unknown): string => `"${String(value)}"`;
const zq = (value: unknown): string => `“${String(value)}”`;

// Durations in messages read as people write them: "2 h 30 min" / "2小时30分钟".
function duration(ms: unknown, zh: boolean): string {
  if (typeof ms !== "number") return v(ms);
  const parts: string[] = [];
  let rest = Math.abs(ms);
  const units = zh
    ? ([
        [86_400_000, "天"],
        [3_600_000, "小时"],
        [60_000, "分钟"],
        [1000, "秒"],
      ] as const)
    : ([
        [86_400_000, " d"],
        [3_600_000, " h"],
        [60_000, " min"],
        [1000, " s"],
      ] as const);
  for (const [size, label] of units) {
    const n = Math.floor(rest / size);
    if (n > 0) parts.push(`${n}${label}`);
    rest -= n * size;
  }
  if (rest > 0 || parts.length === 0) parts.push(zh ? `${rest}毫秒` : `${rest} ms`);
  return parts.join(zh ? "" : " ");
}
const expected = (p: MessageParams, zh: boolean): string =>
  p.kind === "duration" ? duration(p.expected, zh) : p.kind === "percent" ? `${String(p.expected)}%` : v(p.expected);

/** Messages of the commitment module (review issues, definition and history errors), en + zh-CN. */
export const commitmentMessages: MessageCatalogue = {
  vague_wording: {
    en: (p) => `${q(p.found)} is vague: promise a number with a time unit instead (e.g. "within 2 hours")`,
    "zh-CN": (p) => `${zq(p.found)} 表述含糊：请改为具体时限（如“2小时内”）`,
  },
  absolute_claim: {
    en: (p) => `${q(p.found)} is an absolute claim: remove it or attach evidence (absolute terms are banned in Chinese advertising, 广告法 Art. 9)`,
    "zh-CN": (p) => `${zq(p.found)} 属于绝对化用语：请删除或在 evidence 中附上依据（《广告法》第九条禁止使用绝对化用语）`,
  },
  missing_service: {
    en: () => 'no service content: say which service is promised (e.g. "first reply to online enquiries")',
    "zh-CN": () => "缺少服务内容：请写明承诺的是哪项服务（如“在线咨询首次回复”）",
  },
  statement_mismatch: {
    en: (p) =>
      `the wording says ${q(p.found)} but the standard ${p.against === "attainment" ? "promises" : "targets"} ${expected(p, false)}${p.against === "attainment" ? " of cases" : ""}`,
    "zh-CN": (p) => `文案写的是 ${zq(p.found)}，而服务标准${p.against === "attainment" ? "承诺的达标比例" : "的目标"}是 ${expected(p, true)}`,
  },
  missing_metric: {
    en: () => "no metric: name what is measured (e.g. first_response, resolution, satisfaction)",
    "zh-CN": () => "缺少衡量指标：请写明衡量什么（如首次响应、解决时长、满意度）",
  },
  missing_target: {
    en: (p) =>
      p.reason === "unit"
        ? `the number target ${v(p.target)} has no unit: add one (percent, count, score, …)`
        : 'no target: give a duration ("PT2H") or a number with a unit',
    "zh-CN": (p) =>
      p.reason === "unit" ? `数值目标 ${v(p.target)} 缺少单位：请补充（percent、count、score 等）` : '缺少目标值：请给出时长（如 "PT2H"）或带单位的数值',
  },
  unachievable_target: {
    en: (p) => `history shows ${pct(p.observed)} of ${String(p.sample)} cases meeting the target (${String(p.met)} met), below the promised ${pct(p.promised)}`,
    "zh-CN": (p) => `历史数据显示 ${String(p.sample)} 个案例中仅 ${pct(p.observed)} 达标（${String(p.met)} 个），低于承诺的 ${pct(p.promised)}`,
  },
  insufficient_history: {
    en: (p) => `only ${String(p.sample)} history cases (at least ${String(p.minSample)} needed to judge achievability)`,
    "zh-CN": (p) => `历史案例仅 ${String(p.sample)} 个（至少需要 ${String(p.minSample)} 个才能判断可实现性）`,
  },
  missing_relevance: {
    en: () => "no relevance: link the commitment to a customer need, a SERVQUAL dimension or a KPI",
    "zh-CN": () => "缺少相关性依据：请关联客户需求、SERVQUAL 维度或 KPI",
  },
  missing_time_limit: {
    en: () => "no time limit: the target is not a duration and there is no deadline",
    "zh-CN": () => "缺少时限：目标不是时长，也没有截止日期（deadline）",
  },
  missing_remedy: {
    en: () => "no remedy: say what the customer gets when the commitment is missed",
    "zh-CN": () => "缺少服务保证：请写明未兑现承诺时客户可获得的补偿",
  },
  // Definition errors (invalid_commitment) and argument errors (invalid_argument).
  non_positive_target: {
    en: (p) => `${v(p.received)} is not a positive duration`,
    "zh-CN": (p) => `${v(p.received)} 不是正的时长`,
  },
  review_before_valid: {
    en: (p) => `reviewBy ${v(p.received)} is before validFrom ${v(p.validFrom)}`,
    "zh-CN": (p) => `复核日期 ${v(p.received)} 早于生效日期 ${v(p.validFrom)}`,
  },
  observation_mismatch: {
    en: (p) => `a ${String(p.observation)} observation cannot be compared with a ${String(p.target)} target`,
    "zh-CN": (p) => `${String(p.observation)} 类型的观测值无法与 ${String(p.target)} 类型的目标比较`,
  },
  end_before_start: {
    en: (p) => `end ${v(p.end)} is before start ${v(p.start)}`,
    "zh-CN": (p) => `结束时间 ${v(p.end)} 早于开始时间 ${v(p.start)}`,
  },
  not_sla_commitment: {
    en: (p) =>
      `commitment ${v(p.id)} is not a time limit on an SLA metric: it needs a duration target and a metric kind (first_response, next_reply, resolution)`,
    "zh-CN": (p) => `承诺 ${v(p.id)} 不是 SLA 时限：需要时长目标和 SLA 指标类型（first_response、next_reply、resolution）`,
  },
  duplicate_sla_target: {
    en: (p) => `commitments ${v(p.first)} and ${v(p.second)} both set metric ${v(p.metric)} for priority ${v(p.priority)}`,
    "zh-CN": (p) => `承诺 ${v(p.first)} 与 ${v(p.second)} 为同一指标 ${v(p.metric)} 的同一优先级 ${v(p.priority)} 设定了目标`,
  },
  invalid_min_sample: {
    en: (p) => `minSample ${v(p.received)} is not a positive whole number`,
    "zh-CN": (p) => `minSample ${v(p.received)} 不是正整数`,
  },
  duplicate_kpi: {
    en: (p) => `KPI id ${v(p.id)} is used twice`,
    "zh-CN": (p) => `KPI 标识 ${v(p.id)} 重复`,
  },
};

/** Default KPI labels. */
export const kpiLabels: Readonly<Record<string, Readonly<Record<"en" | "zh-CN", string>>>> = {
  commitment_compliance: { en: "Commitment compliance rate", "zh-CN": "承诺达成率" },
  first_contact_resolution: { en: "First-contact resolution rate", "zh-CN": "首次解决率" },
  complaint_rate: { en: "Complaint rate", "zh-CN": "投诉率" },
  satisfaction: { en: "Customer satisfaction", "zh-CN": "客户满意度" },
};
