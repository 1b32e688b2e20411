import type { ComplaintPolicyInput } from "./schemas.js";

/** A value and everything inside it read-only: what `as const` data must satisfy. */
type DeepReadonly<T> = T extends (infer U)[] ? readonly DeepReadonly<U>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;

// The default policy as one data table, checked against the policy's input type.
const DEFAULT_POLICY = {
  id: "default",
  label: { en: "Default complaint handling", "zh-CN": "默认投诉处理流程" },
  classes: [
    { id: "ordinary", label: { en: "Ordinary complaint", "zh-CN": "普通投诉" } },
    { id: "major", label: { en: "Major complaint", "zh-CN": "重大投诉" } },
    { id: "escalated", label: { en: "Escalated complaint", "zh-CN": "升级投诉" } },
    { id: "difficult", label: { en: "Difficult complaint", "zh-CN": "疑难投诉" } },
  ],
  initialClass: "ordinary",
  stages: [
    { id: "latent_dissatisfaction", label: { en: "Latent dissatisfaction", "zh-CN": "潜在不满" } },
    { id: "imminent_grumble", label: { en: "About to grumble", "zh-CN": "即将转化为抱怨" } },
    { id: "explicit_grumble", label: { en: "Explicit grumble", "zh-CN": "显化抱怨" } },
    { id: "potential_complaint", label: { en: "Potential complaint", "zh-CN": "潜在投诉" } },
    { id: "complaint", label: { en: "Complaint", "zh-CN": "投诉" } },
    { id: "escalated_complaint", label: { en: "Escalated complaint", "zh-CN": "投诉升级" } },
  ],
  initialStage: "complaint",
  steps: [
    { id: "received", label: { en: "Received", "zh-CN": "已接收" }, description: "ISO 10002 receipt and tracking" },
    { id: "acknowledged", label: { en: "Acknowledged", "zh-CN": "已确认受理" }, description: "ISO 10002 acknowledgement" },
    { id: "assessed", label: { en: "Assessed", "zh-CN": "已评估" }, description: "ISO 10002 initial assessment" },
    { id: "investigating", label: { en: "Investigating", "zh-CN": "调查处理中" }, description: "ISO 10002 investigation" },
    { id: "responded", label: { en: "Responded", "zh-CN": "已答复" }, description: "ISO 10002 response and communicating the decision" },
    { id: "closed", label: { en: "Closed", "zh-CN": "已结案" }, description: "ISO 10002 closing", terminal: true },
  ],
  initialStep: "received",
  transitions: [
    { from: "received", on: "acknowledge", to: "acknowledged" },
    { from: "acknowledged", on: "assess", to: "assessed" },
    { from: "assessed", on: "investigate", to: "investigating" },
    { from: "responded", on: "investigate", to: "investigating" },
    { from: ["acknowledged", "assessed", "investigating"], on: "respond", to: "responded" },
    { from: "responded", on: "close", to: "closed" },
    { from: "closed", on: "reopen", to: "investigating" },
  ],
  actions: [
    { id: "identify", step: "received", completedBy: ["acknowledge"], label: { en: "Receive and identify the complaint", "zh-CN": "投诉信息接收与识别" } },
    {
      id: "assign_responsibility",
      step: "acknowledged",
      completedBy: ["assign"],
      label: { en: "Determine primary and secondary responsibility", "zh-CN": "定位投诉事项的主副责任" },
    },
    {
      id: "watch_emotion",
      step: "acknowledged",
      completedBy: ["sentiment"],
      label: { en: "Keep sensing the customer's emotion", "zh-CN": "始终感知客户的情绪变化" },
    },
    { id: "classify_and_route", step: "assessed", completedBy: ["assess", "classify"], label: { en: "Classify and route", "zh-CN": "投诉事件分类与传递" } },
    { id: "act_fast", step: "investigating", label: { en: "Act fast and decisively", "zh-CN": "处理问题不要“恋战”" } },
    {
      id: "propose_solution",
      step: "investigating",
      completedBy: ["respond"],
      label: { en: "Propose an effective solution", "zh-CN": "提出有效的处理及解决方案" },
    },
    { id: "confirm_satisfaction", step: "responded", label: { en: "Confirm a result the customer is satisfied with", "zh-CN": "确定达成客户满意的处理结果" } },
    {
      id: "collect_root_causes",
      step: "responded",
      completedBy: ["tag_root_cause"],
      label: { en: "Collect root causes to prevent recurrence", "zh-CN": "收集投诉信息与源头火苗，防范于未然" },
    },
  ],
  requireChecklist: false,
  levels: {
    functional: [
      { id: "L1", label: { en: "L1 front line", "zh-CN": "一线" } },
      { id: "L2", label: { en: "L2 specialist", "zh-CN": "二线专员" } },
      { id: "L3", label: { en: "L3 expert", "zh-CN": "三线专家" } },
    ],
    hierarchical: [
      { id: "agent", label: { en: "Agent", "zh-CN": "客服专员" } },
      { id: "supervisor", label: { en: "Supervisor", "zh-CN": "主管" } },
      { id: "manager", label: { en: "Manager", "zh-CN": "经理" } },
    ],
  },
  priorities: ["low", "normal", "high", "urgent"],
  rules: [
    {
      id: "major-class",
      label: { en: "Major complaints go to a specialist and a manager", "zh-CN": "重大投诉交二线专员并上报经理" },
      when: { kind: "class", in: ["major"] },
      then: { functional: "L2", hierarchical: "manager", priority: "high", notify: ["manager"] },
    },
    {
      id: "difficult-class",
      label: { en: "Difficult complaints go to an expert", "zh-CN": "疑难投诉交三线专家" },
      when: { kind: "class", in: ["difficult"] },
      then: { functional: "L3", priority: "high", notify: ["expert"] },
    },
    {
      id: "escalated-class",
      label: { en: "Escalated complaints go to a supervisor", "zh-CN": "升级投诉交主管" },
      when: { kind: "class", in: ["escalated"] },
      then: { stage: "escalated_complaint", hierarchical: "supervisor", priority: "high", notify: ["supervisor"] },
    },
    {
      id: "repeated-contacts",
      label: { en: "Three contacts within 7 days", "zh-CN": "7 天内第三次来电/来信" },
      when: { kind: "repeated_contacts", count: 3, within: { days: 7 } },
      then: { stage: "escalated_complaint", hierarchical: "supervisor", priority: "high", notify: ["supervisor"] },
    },
    {
      id: "negative-sentiment",
      label: { en: "Strongly negative emotion", "zh-CN": "客户情绪强烈负面" },
      when: { kind: "sentiment", atMost: -0.6 },
      then: { hierarchical: "supervisor", notify: ["supervisor"] },
    },
    {
      id: "missed-commitment",
      label: { en: "A service commitment was missed", "zh-CN": "服务承诺未兑现" },
      when: { kind: "missed_commitment" },
      then: { stage: "escalated_complaint", functional: "L2", priority: "high", notify: ["supervisor"] },
    },
    {
      id: "stuck-in-investigation",
      label: { en: "Investigating for more than 5 days", "zh-CN": "调查处理超过 5 天" },
      when: { kind: "time_in_step", step: "investigating", over: { elapsed: "PT120H" } },
      then: { functional: "L3", hierarchical: "manager", priority: "urgent", notify: ["manager"] },
    },
    {
      id: "reopened",
      label: { en: "Reopened after closure", "zh-CN": "结案后重新打开" },
      when: { kind: "reopened" },
      then: { hierarchical: "supervisor", notify: ["supervisor", "quality"] },
    },
    {
      id: "deadline-breached",
      label: { en: "A deadline was breached", "zh-CN": "处理时限已超期" },
      when: { kind: "deadline_breached" },
      then: { hierarchical: "manager", priority: "urgent", notify: ["manager", "compliance"] },
    },
  ],
  deEscalateOn: ["closed"],
  rootCauses: [
    { id: "product_defect", label: { en: "Product defect", "zh-CN": "产品缺陷" } },
    { id: "service_attitude", label: { en: "Service attitude", "zh-CN": "服务态度" } },
    { id: "slow_response", label: { en: "Slow response", "zh-CN": "响应缓慢" } },
    { id: "billing_error", label: { en: "Billing error", "zh-CN": "计费错误" } },
    { id: "delivery", label: { en: "Delivery or installation", "zh-CN": "配送或安装" } },
    { id: "misleading_information", label: { en: "Misleading information", "zh-CN": "信息误导" } },
    { id: "policy_or_process", label: { en: "Policy or process", "zh-CN": "制度或流程" } },
    { id: "broken_commitment", label: { en: "Broken commitment", "zh-CN": "承诺未兑现" } },
    { id: "other", label: { en: "Other", "zh-CN": "其他" } },
  ],
} as const satisfies DeepReadonly<ComplaintPolicyInput>;

/**
 * The default complaint policy as plain JSON data, fresh on every call so it can be edited and
 * passed to `defineComplaintPolicy` (add a `calendar` and `deadlines`, e.g. from
 * `regulatoryDeadlines`). It encodes:
 * - the four complaint classes (普通 ordinary, 重大 major, 升级 escalated, 疑难 difficult);
 * - the customer's six-stage escalation ladder (潜在不满 … 投诉升级), a new complaint starting at `complaint`;
 * - the ISO 10002 process steps `received → acknowledged → assessed → investigating → responded →
 *   closed`, with `reopen` back from `closed` to `investigating`;
 * - the source material's eight handling actions as a checklist on those steps;
 * - functional (L1/L2/L3) and hierarchical (agent/supervisor/manager) escalation levels;
 * - escalation rules on class, repeated contacts, negative sentiment, missed commitments, time
 *   stuck in investigation, reopening and breached deadlines; de-escalation on closure.
 *
 * @example
 * import { defaultComplaintPolicyInput, defineComplaintPolicy } from "pledgekit/complaint";
 * const policy = defineComplaintPolicy({ ...defaultComplaintPolicyInput(), id: "my-desk", requireChecklist: true });
 */
export function defaultComplaintPolicyInput(): ComplaintPolicyInput {
  // A fresh deep copy on every call, so callers may edit it.
  return structuredClone(DEFAULT_POLICY) as unknown as ComplaintPolicyInput;
}
