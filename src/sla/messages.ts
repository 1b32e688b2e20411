import { formatValue, type MessageCatalogue } from "../core/index.js";

const v = formatValue;
const list = (values: unknown): string => (Array.isArray(values) ? values.map((x) => v(x)).join(", ") : v(values));
const listZh = (values: unknown): string => (Array.isArray(values) ? values.map((x) => v(x)).join("、") : v(values));

/** Messages for SLA policy and ticket-event issues, in every shipped locale. */
export const slaMessages: MessageCatalogue = {
  duplicate_metric_id: {
    en: (p) => `metric id ${v(p.id)} is used more than once: metric ids must be unique`,
    "zh-CN": (p) => `指标 id ${v(p.id)} 重复：指标 id 必须唯一`,
  },
  duplicate_escalation_level: {
    en: (p) => `escalation level ${v(p.level)} is listed more than once`,
    "zh-CN": (p) => `升级级别 ${v(p.level)} 重复`,
  },
  escalation_needs_at_or_after: {
    en: () => `an escalation needs exactly one of "at" (a fraction of the target) or "after" (time past breach)`,
    "zh-CN": () => `升级规则必须且只能指定 "at"（目标时长的比例）或 "after"（超时后的时长）之一`,
  },
  non_positive_duration: {
    en: (p) => `${v(p.received)} must be a positive duration`,
    "zh-CN": (p) => `${v(p.received)} 必须是正的时长`,
  },
  negative_duration: {
    en: (p) => `${v(p.received)} must not be negative`,
    "zh-CN": (p) => `${v(p.received)} 不能为负`,
  },
  missing_calendar: {
    en: (p) => `metric ${v(p.metric)} counts business time but the policy has no "calendar"`,
    "zh-CN": (p) => `指标 ${v(p.metric)} 按营业时间计时，但策略未提供 "calendar"`,
  },
  empty_targets: {
    en: () => `"targets" needs at least one entry (a priority name or "default")`,
    "zh-CN": () => `"targets" 至少需要一项（优先级名称或 "default"）`,
  },
  invalid_event_shape: {
    en: (p) => `${v(p.received)} is not a ticket event: expected an object with "type" and "at"`,
    "zh-CN": (p) => `${v(p.received)} 不是工单事件：应为包含 "type" 与 "at" 的对象`,
  },
  unknown_event_type: {
    en: (p) => `unknown event type ${v(p.received)}: expected one of ${list(p.values)}`,
    "zh-CN": (p) => `未知的事件类型 ${v(p.received)}：应为 ${listZh(p.values)} 之一`,
  },
  unknown_event_field: {
    en: (p) => `event of type ${v(p.type)} has an unknown field ${v(p.key)}`,
    "zh-CN": (p) => `类型为 ${v(p.type)} 的事件含有未知字段 ${v(p.key)}`,
  },
  missing_event_field: {
    en: (p) => `event of type ${v(p.type)} needs a non-empty string ${v(p.key)}`,
    "zh-CN": (p) => `类型为 ${v(p.type)} 的事件需要非空字符串字段 ${v(p.key)}`,
  },
  event_before_created: {
    en: (p) => `event ${p.index} (${v(p.type)} at ${String(p.at)}) comes before the ticket's "created" event`,
    "zh-CN": (p) => `第 ${p.index} 个事件（${v(p.type)}，${String(p.at)}）早于工单的 "created" 事件`,
  },
  duplicate_created: {
    en: (p) => `event ${p.index} is a second "created" event (the first is event ${p.first})`,
    "zh-CN": (p) => `第 ${p.index} 个事件是重复的 "created" 事件（第一个是第 ${p.first} 个事件）`,
  },
  no_target_for_priority: {
    en: (p) => `event ${p.index} sets priority ${v(p.priority)}, but metric ${v(p.metric)} has no target for it and no "default"`,
    "zh-CN": (p) => `第 ${p.index} 个事件将优先级设为 ${v(p.priority)}，但指标 ${v(p.metric)} 既没有该优先级的目标，也没有 "default"`,
  },
  not_a_policy: {
    en: (p) => `${v(p.received)} is not an SLA policy: pass the value returned by defineSlaPolicy`,
    "zh-CN": (p) => `${v(p.received)} 不是 SLA 策略：请传入 defineSlaPolicy 的返回值`,
  },
  instant_out_of_range: {
    en: (p) => `${v(p.received)} is outside the supported instants (years 0002–9998)`,
    "zh-CN": (p) => `${v(p.received)} 超出支持的时间范围（0002–9998 年）`,
  },
  duration_too_long: {
    en: (p) => `${v(p.received)} is longer than the longest supported duration (${v(p.maximum)} ms, 100 years)`,
    "zh-CN": (p) => `${v(p.received)} 超过支持的最长时长（${v(p.maximum)} 毫秒，即 100 年）`,
  },
  not_a_ticket_list: {
    en: (p) => `${v(p.received)} is not a list of tickets (one event list per ticket)`,
    "zh-CN": (p) => `${v(p.received)} 不是工单列表（每个工单一个事件列表）`,
  },
  not_an_explanation: {
    en: (p) => `${v(p.received)} is not an SLA explanation: pass the value returned by explainSla`,
    "zh-CN": (p) => `${v(p.received)} 不是 SLA 解释：请传入 explainSla 的返回值`,
  },
  not_an_event_list: {
    en: (p) => `${v(p.received)} is not a list of ticket events`,
    "zh-CN": (p) => `${v(p.received)} 不是工单事件列表`,
  },
};

/** Labels for SLA statuses and metric kinds, as a CRM would show them. */
export const SLA_LABELS = {
  en: {
    not_started: "not started",
    running: "running",
    paused: "paused",
    met: "met",
    breached: "breached",
    first_response: "first response",
    next_reply: "next reply",
    resolution: "resolution",
    custom: "custom",
    counted: "counted",
    closed: "closed",
    warning: "warning",
    escalation: "escalation",
    due: "due",
  },
  "zh-CN": {
    not_started: "未开始",
    running: "计时中",
    paused: "已暂停",
    met: "已达成",
    breached: "已超时",
    first_response: "首次响应",
    next_reply: "后续回复",
    resolution: "解决时限",
    custom: "自定义",
    counted: "计时",
    closed: "非营业时间",
    warning: "预警",
    escalation: "升级",
    due: "到期",
  },
} as const;
