import { formatValue as v, type MessageCatalogue } from "../core/index.js";

const list = (x: unknown): string => (Array.isArray(x) && x.length > 0 ? x.map((y) => v(y)).join(", ") : "none");
const listZh = (x: unknown): string => (Array.isArray(x) && x.length > 0 ? x.map((y) => v(y)).join("、") : "无");

/** Messages of the complaint module (policy errors and refused events), en + zh-CN. */
export const complaintMessages: MessageCatalogue = {
  unknown_reference: {
    en: (p) => `${v(p.id)} is not a ${String(p.kind)} of this policy`,
    "zh-CN": (p) => `${v(p.id)} 不是本策略中定义的${String(p.kind)}`,
  },
  ambiguous_transition: {
    en: (p) => `step ${v(p.from)} already has a transition on ${v(p.on)}`,
    "zh-CN": (p) => `步骤 ${v(p.from)} 上的 ${v(p.on)} 转换重复定义`,
  },
  extension_unit_mismatch: {
    en: (p) => `an extension must be counted in the deadline's own unit (${String(p.expected)})`,
    "zh-CN": (p) => `延期必须使用与时限相同的计量单位（${String(p.expected)}）`,
  },
  length_not_positive: {
    en: (p) => `a length must be more than zero (received ${v(p.received)})`,
    "zh-CN": (p) => `时长必须大于零（收到 ${v(p.received)}）`,
  },
  length_too_long: {
    en: (p) => `a length may be at most ${String(p.max)} (received ${v(p.received)})`,
    "zh-CN": (p) => `时长最多为 ${String(p.max)}（收到 ${v(p.received)}）`,
  },
  deadline_beyond_calendar: {
    en: (p) => `the calendar never has ${String(p.amount)} ms of open time again: the deadline cannot be met`,
    "zh-CN": (p) => `营业日历此后再也没有 ${String(p.amount)} 毫秒的营业时间：该时限无法计算`,
  },
  not_a_complaint_policy: {
    en: () => "not a complaint policy: pass the value returned by defineComplaintPolicy",
    "zh-CN": () => "不是投诉策略：请传入 defineComplaintPolicy 的返回值",
  },
  not_a_state: {
    en: (p) => `not a complaint state of policy ${v(p.policyId)}: ${String(p.reason)}`,
    "zh-CN": (p) => `不是策略 ${v(p.policyId)} 的投诉状态：${String(p.reason)}`,
  },
  illegal_transition: {
    en: (p) => `cannot ${String(p.action)} a complaint in step ${v(p.step)} (allowed here: ${list(p.allowed)})`,
    "zh-CN": (p) => `投诉处于 ${v(p.step)} 步骤时不能执行 ${String(p.action)}（此处允许：${listZh(p.allowed)}）`,
  },
  event_out_of_order: {
    en: (p) => `event at ${String(p.at)} is earlier than the complaint's last event at ${String(p.updatedAt)}`,
    "zh-CN": (p) => `事件时间 ${String(p.at)} 早于投诉的最近事件时间 ${String(p.updatedAt)}`,
  },
  unknown_class: {
    en: (p) => `${v(p.id)} is not a complaint class of this policy (${list(p.allowed)})`,
    "zh-CN": (p) => `${v(p.id)} 不是本策略的投诉类别（${listZh(p.allowed)}）`,
  },
  unknown_stage: {
    en: (p) => `${v(p.id)} is not a stage of this policy (${list(p.allowed)})`,
    "zh-CN": (p) => `${v(p.id)} 不是本策略的客户阶段（${listZh(p.allowed)}）`,
  },
  unknown_level: {
    en: (p) => `${v(p.id)} is not a ${String(p.ladder)} level of this policy (${list(p.allowed)})`,
    "zh-CN": (p) => `${v(p.id)} 不是本策略的${p.ladder === "functional" ? "职能" : "层级"}升级级别（${listZh(p.allowed)}）`,
  },
  unknown_priority: {
    en: (p) => `${v(p.id)} is not a priority of this policy (${list(p.allowed)})`,
    "zh-CN": (p) => `${v(p.id)} 不是本策略的优先级（${listZh(p.allowed)}）`,
  },
  unknown_deadline: {
    en: (p) => `${v(p.id)} is not a deadline of this policy (${list(p.allowed)})`,
    "zh-CN": (p) => `${v(p.id)} 不是本策略的处理时限（${listZh(p.allowed)}）`,
  },
  unknown_action: {
    en: (p) => `${v(p.id)} is not a handling action of this policy (${list(p.allowed)})`,
    "zh-CN": (p) => `${v(p.id)} 不是本策略的处理动作（${listZh(p.allowed)}）`,
  },
  unknown_root_cause: {
    en: (p) => `${v(p.id)} is not a root cause of this policy (${list(p.allowed)})`,
    "zh-CN": (p) => `${v(p.id)} 不是本策略的根本原因分类（${listZh(p.allowed)}）`,
  },
  not_an_escalation: {
    en: (p) => `${String(p.ladder)} level ${v(p.to)} is not above the current ${v(p.from)}`,
    "zh-CN": (p) => `${p.ladder === "functional" ? "职能" : "层级"}级别 ${v(p.to)} 不高于当前的 ${v(p.from)}`,
  },
  not_a_de_escalation: {
    en: (p) => `${String(p.ladder)} level ${v(p.to)} is not below the current ${v(p.from)}`,
    "zh-CN": (p) => `${p.ladder === "functional" ? "职能" : "层级"}级别 ${v(p.to)} 不低于当前的 ${v(p.from)}`,
  },
  nothing_to_change: {
    en: () => "the event names no level to change",
    "zh-CN": () => "事件未指定要调整的级别",
  },
  complaint_closed: {
    en: (p) => `the complaint is in the terminal step ${v(p.step)}: reopen it first`,
    "zh-CN": (p) => `投诉已处于终结步骤 ${v(p.step)}：请先重新打开`,
  },
  clock_not_running: {
    en: (p) => `deadline ${v(p.deadline)} is not running (${String(p.reason)})`,
    "zh-CN": (p) => `时限 ${v(p.deadline)} 未在计时（${String(p.reason)}）`,
  },
  clock_not_paused: {
    en: (p) => `deadline ${v(p.deadline)} is not paused`,
    "zh-CN": (p) => `时限 ${v(p.deadline)} 未处于暂停状态`,
  },
  clock_not_pausable: {
    en: (p) => `deadline ${v(p.deadline)} cannot be paused (its rule counts every day; set "pausable": true only where the rule says time is not counted)`,
    "zh-CN": (p) => `时限 ${v(p.deadline)} 不允许暂停计时（仅当规则规定某段时间不计入时限时才设置 "pausable": true）`,
  },
  extension_not_allowed: {
    en: (p) => `deadline ${v(p.deadline)} allows no extension`,
    "zh-CN": (p) => `时限 ${v(p.deadline)} 不允许延期`,
  },
  extension_limit: {
    en: (p) => `deadline ${v(p.deadline)} already has its ${String(p.max)} allowed extension(s)`,
    "zh-CN": (p) => `时限 ${v(p.deadline)} 已达到允许的延期次数（${String(p.max)} 次）`,
  },
  extension_too_long: {
    en: (p) => `extension ${String(p.nth)} of deadline ${v(p.deadline)} may be at most ${v(p.maxLength)}`,
    "zh-CN": (p) => `时限 ${v(p.deadline)} 的第 ${String(p.nth)} 次延期不得超过 ${v(p.maxLength)}`,
  },
  extension_total_exceeded: {
    en: (p) => `deadline ${v(p.deadline)} may be extended by ${v(p.maxTotal)} in all; this extension would make it longer`,
    "zh-CN": (p) => `时限 ${v(p.deadline)} 的延期总计不得超过 ${v(p.maxTotal)}；本次延期将超出该上限`,
  },
  too_many_pauses: {
    en: (p) => `deadline ${v(p.deadline)} has been paused ${String(p.max)} times, the most one clock may be`,
    "zh-CN": (p) => `时限 ${v(p.deadline)} 已暂停 ${String(p.max)} 次，达到单个时限的上限`,
  },
  nothing_to_pause: {
    en: (p) => `a pause without "deadlines" pauses every running pausable clock, but none is running (pausable deadlines: ${list(p.pausable)})`,
    "zh-CN": (p) => `未指定 "deadlines" 的暂停会暂停所有正在计时且允许暂停的时限，但当前没有（允许暂停的时限：${listZh(p.pausable)}）`,
  },
  nothing_to_resume: {
    en: (p) => `a resume without "deadlines" resumes every paused clock, but none is paused (deadlines: ${list(p.deadlines)})`,
    "zh-CN": (p) => `未指定 "deadlines" 的恢复会恢复所有已暂停的时限，但当前没有已暂停的时限（时限：${listZh(p.deadlines)}）`,
  },
  unknown_preset: {
    en: (p) => `${v(p.id)} is not a regulatory preset (known presets: ${list(p.allowed)})`,
    "zh-CN": (p) => `${v(p.id)} 不是内置的监管时限预设（已知预设：${listZh(p.allowed)}）`,
  },
  instant_out_of_range: {
    en: (p) => `${v(p.received)} is outside the supported years 0002–9998`,
    "zh-CN": (p) => `${v(p.received)} 超出支持的年份范围 0002–9998`,
  },
  invalid_stored_instant: {
    en: (p) => `expected an instant as toISOString() writes it ("2024-03-04T09:00:00.000Z"), received ${v(p.received)}`,
    "zh-CN": (p) => `应为 toISOString() 格式的时间（"2024-03-04T09:00:00.000Z"），收到 ${v(p.received)}`,
  },
  state_out_of_order: {
    en: (p) => `${v(p.after)} comes before ${v(p.before)}: a stored state keeps its instants in time order`,
    "zh-CN": (p) => `${v(p.after)} 早于 ${v(p.before)}：存储的状态中时间必须按先后顺序`,
  },
  checklist_incomplete: {
    en: (p) => `step ${v(p.step)} still has handling actions to complete: ${list(p.pending)}`,
    "zh-CN": (p) => `步骤 ${v(p.step)} 仍有未完成的处理动作：${listZh(p.pending)}`,
  },
};
