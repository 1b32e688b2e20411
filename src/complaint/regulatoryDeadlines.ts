import type { ComplaintDeadlineInput } from "./schemas.js";

/** The built-in regulatory deadline sets. */
export const REGULATORY_PRESETS = ["uk-fca-disp", "uk-fca-psd", "us-cfpb", "cn-samr", "cn-nfra"] as const;
export type RegulatoryPreset = (typeof REGULATORY_PRESETS)[number];

/** Which of your policy's steps play the regulators' roles (defaults: the default policy's steps). */
export interface RegulatoryStepMap {
  /** Where the complaint is received (clocks start). Default `received`. */
  readonly received?: string;
  /** Where it is accepted / assessed (SAMR acceptance decision; mediation starts). Default `assessed`. */
  readonly accepted?: string;
  /** Where the (final) response is sent. Default `responded`. */
  readonly responded?: string;
  /** Steps that count as a first substantive response ("in progress" for the CFPB). Default `assessed`, `investigating`, `responded`. */
  readonly inProgress?: readonly string[];
}

/**
 * Deadline definitions for a regulator's complaint-handling time limits, as plain data to put in
 * a policy's `deadlines` next to your own `calendar` (the regulators' business or working days are
 * your calendar's: UK bank holidays for your nation, China's public holidays and 调休 make-up
 * working days). Every deadline carries its `source`.
 *
 * - `uk-fca-disp`: FCA Handbook DISP 1.5.1R — a complaint resolved by close of business on the
 *   third business day following the day of receipt is exempt from the time limit rules
 *   (`fca_summary_resolution`); DISP 1.6.2R — final (or holding) response by the end of eight weeks
 *   after receipt (`fca_final_response`).
 * - `uk-fca-psd`: DISP 1.6.2AR — payment services and e-money complaints: final response within 15
 *   business days of receipt; in exceptional circumstances a holding reply and a final response
 *   within 35 business days (one extension of up to 20 business days).
 * - `us-cfpb`: CFPB Company Portal Manual §8.1 — a response within 15 calendar days of the complaint
 *   being sent to the company (`cfpb_response`), and a final response within 60 calendar days
 *   when the first answer was "in progress" (`cfpb_final_response`).
 * - `cn-samr`: 《市场监督管理投诉举报处理暂行办法》 第十四条 — decide acceptance within 7 working
 *   days of receipt (`samr_acceptance`); 第二十一条 — mediation ends if no agreement within 45
 *   working days of acceptance (`samr_mediation`, pausable: testing and appraisal time is not counted).
 * - `cn-nfra`: 《银行业保险业消费投诉处理管理办法》(银保监会令2020年第3号) — a decision within 15 days
 *   of receipt, extendable to 30 days for complex cases and by another 30 days with senior approval,
 *   60 days at most (two extensions of up to 30 days); days counted as the Civil Code counts
 *   periods (民法典 第二百零一条、第二百零三条: the first day is not counted, a last day that falls
 *   on a public holiday moves to the next working day).
 *
 * @example
 * import { defaultComplaintPolicyInput, defineComplaintPolicy, regulatoryDeadlines } from "pledgekit/complaint";
 * const policy = defineComplaintPolicy({
 *   ...defaultComplaintPolicyInput(),
 *   id: "uk-retail-bank",
 *   calendar: { timeZone: "Europe/London", week: { mon: [["09:00", "17:30"]], tue: [["09:00", "17:30"]] } },
 *   deadlines: regulatoryDeadlines("uk-fca-disp"),
 * });
 */
export function regulatoryDeadlines(preset: RegulatoryPreset, steps: RegulatoryStepMap = {}): ComplaintDeadlineInput[] {
  const received = steps.received ?? "received";
  const accepted = steps.accepted ?? "assessed";
  const responded = steps.responded ?? "responded";
  const inProgress = [...(steps.inProgress ?? ["assessed", "investigating", "responded"])];
  switch (preset) {
    case "uk-fca-disp":
      return [
        {
          id: "fca_summary_resolution",
          label: { en: "Summary resolution (3 business days)", "zh-CN": "简易解决（3 个营业日）" },
          startOn: received,
          stopOn: [responded],
          length: { businessDays: 3 },
          counting: { firstDay: "excluded", cutOff: "close_of_business" },
          source: "FCA Handbook DISP 1.5.1R: resolved by close of business on the third business day following the day on which it is received",
        },
        {
          id: "fca_final_response",
          label: { en: "Final response (8 weeks)", "zh-CN": "最终答复（8 周）" },
          startOn: received,
          stopOn: [responded],
          length: { weeks: 8 },
          counting: { firstDay: "excluded", cutOff: "end_of_day" },
          warnBefore: "PT168H",
          source: "FCA Handbook DISP 1.6.2R: by the end of eight weeks after its receipt of the complaint, a final response or a holding response",
        },
      ];
    case "uk-fca-psd":
      return [
        {
          id: "fca_psd_final_response",
          label: { en: "Payment services final response (15 business days)", "zh-CN": "支付服务最终答复（15 个营业日）" },
          startOn: received,
          stopOn: [responded],
          length: { businessDays: 15 },
          counting: { firstDay: "excluded", cutOff: "end_of_day" },
          extensions: { max: 1, maxLength: { businessDays: 20 } },
          source: "FCA Handbook DISP 1.6.2AR: final response within 15 business days of receipt; in exceptional circumstances within 35 business days",
        },
      ];
    case "us-cfpb":
      return [
        {
          id: "cfpb_response",
          label: { en: "Company response (15 days)", "zh-CN": "企业答复（15 天）" },
          startOn: received,
          stopOn: inProgress,
          length: { calendarDays: 15 },
          counting: { firstDay: "excluded", cutOff: "end_of_day" },
          source: "CFPB Company Portal Manual §8.1: a response within 15 calendar days of the complaint being sent to the company",
        },
        {
          id: "cfpb_final_response",
          label: { en: "Final response (60 days)", "zh-CN": "最终答复（60 天）" },
          startOn: received,
          stopOn: [responded],
          length: { calendarDays: 60 },
          counting: { firstDay: "excluded", cutOff: "end_of_day" },
          source: "CFPB Company Portal Manual §8.1: when work is \"in progress\", a final response within 60 calendar days",
        },
      ];
    case "cn-samr":
      return [
        {
          id: "samr_acceptance",
          label: { en: "Acceptance decision (7 working days)", "zh-CN": "受理决定（7 个工作日）" },
          startOn: received,
          stopOn: [accepted],
          length: { businessDays: 7 },
          counting: { firstDay: "excluded", cutOff: "end_of_day" },
          source: "《市场监督管理投诉举报处理暂行办法》第十四条：自收到投诉之日起七个工作日内作出受理或者不予受理的决定",
        },
        {
          id: "samr_mediation",
          label: { en: "Mediation (45 working days)", "zh-CN": "调解期限（45 个工作日）" },
          startOn: accepted,
          stopOn: [responded],
          length: { businessDays: 45 },
          counting: { firstDay: "excluded", cutOff: "end_of_day" },
          pausable: true,
          source: "《市场监督管理投诉举报处理暂行办法》第二十一条：自投诉受理之日起四十五个工作日内未能达成调解协议的，终止调解（检定、检验、检测、鉴定时间不计入）",
        },
      ];
    case "cn-nfra":
      return [
        {
          id: "nfra_decision",
          label: { en: "Handling decision (15 days, extendable to 60)", "zh-CN": "处理决定（15 日，最长可延至 60 日）" },
          startOn: received,
          stopOn: [responded],
          length: { calendarDays: 15 },
          counting: { firstDay: "excluded", cutOff: "end_of_day", rollForward: true },
          extensions: { max: 2, maxLength: { calendarDays: 30 } },
          source:
            "《银行业保险业消费投诉处理管理办法》（银保监会令2020年第3号）：收到投诉之日起15日内作出处理决定，情况复杂的可延长至30日，特别复杂的经审批可再延长30日；期间按《民法典》第二百零一条、第二百零三条计算",
        },
      ];
  }
}
