import * as z from "zod";
import { createIssue, parseOrThrow, PledgeError } from "../core/index.js";
import { complaintMessages } from "./messages.js";
import { ComplaintIdSchema, type ComplaintDeadlineInput } from "./schemas.js";
import type { RegulatoryPreset, RegulatoryStepMap } from "./types.js";

/** The roles a regulator's rule gives to steps; `regulatoryDeadlines` maps them onto a policy's steps. */
type Role = "received" | "accepted" | "responded" | "inProgress";

/** A preset deadline: a deadline definition whose `startOn` and `stopOn` name roles, not steps. */
type PresetDeadline = Omit<ComplaintDeadlineInput, "startOn" | "stopOn"> & { readonly startOn: Role; readonly stopOn: readonly Role[] };

/**
 * The presets as data: each regulator's time limits exactly as its rule counts them. A reviewer
 * checks each row against the `source` it cites.
 */
const PRESETS = {
  "uk-fca-disp": [
    {
      id: "fca_summary_resolution",
      label: { en: "Summary resolution (3 business days)", "zh-CN": "简易解决（3 个营业日）" },
      // DISP 1.5: resolving by then only exempts the complaint from the time-limit rules; missing
      // it is not a breach, the eight-week limit runs on.
      kind: "window",
      startOn: "received",
      stopOn: ["responded"],
      length: { businessDays: 3 },
      counting: { firstDay: "excluded", cutOff: "close_of_business" },
      source: "FCA Handbook DISP 1.5.1R: resolved by close of business on the third business day following the day on which it is received",
    },
    {
      id: "fca_final_response",
      label: { en: "Final response (8 weeks)", "zh-CN": "最终答复（8 周）" },
      startOn: "received",
      stopOn: ["responded"],
      length: { weeks: 8 },
      counting: { firstDay: "excluded", cutOff: "end_of_day" },
      warnBefore: "PT168H",
      source: "FCA Handbook DISP 1.6.2R: by the end of eight weeks after its receipt of the complaint, a final response or a holding response",
    },
  ],
  "uk-fca-psd": [
    {
      id: "fca_psd_final_response",
      label: { en: "Payment services final response (15 business days)", "zh-CN": "支付服务最终答复（15 个营业日）" },
      startOn: "received",
      stopOn: ["responded"],
      length: { businessDays: 15 },
      counting: { firstDay: "excluded", cutOff: "end_of_day" },
      extensions: { max: 1, maxLength: { businessDays: 20 }, maxTotal: { businessDays: 20 } },
      source: "FCA Handbook DISP 1.6.2AR: final response within 15 business days of receipt; in exceptional circumstances within 35 business days",
    },
  ],
  "us-cfpb": [
    {
      id: "cfpb_response",
      label: { en: "Company response (15 days)", "zh-CN": "企业答复（15 天）" },
      startOn: "received",
      stopOn: ["inProgress"],
      length: { calendarDays: 15 },
      counting: { firstDay: "excluded", cutOff: "end_of_day" },
      source: "CFPB Company Portal Manual §8.1: a response within 15 calendar days of the complaint being sent to the company",
    },
    {
      id: "cfpb_final_response",
      label: { en: "Final response (60 days)", "zh-CN": "最终答复（60 天）" },
      startOn: "received",
      stopOn: ["responded"],
      length: { calendarDays: 60 },
      counting: { firstDay: "excluded", cutOff: "end_of_day" },
      source: 'CFPB Company Portal Manual §8.1: when work is "in progress", a final response within 60 calendar days',
    },
  ],
  "cn-samr": [
    {
      id: "samr_acceptance",
      label: { en: "Acceptance decision (7 working days)", "zh-CN": "受理决定（7 个工作日）" },
      startOn: "received",
      // Answering the complaint decides its acceptance too: any step at or past `accepted` stops it.
      stopOn: ["accepted"],
      length: { businessDays: 7 },
      counting: { firstDay: "excluded", cutOff: "end_of_day" },
      source: "《市场监督管理投诉举报处理暂行办法》第十四条：自收到投诉之日起七个工作日内作出受理或者不予受理的决定",
    },
    {
      id: "samr_mediation",
      label: { en: "Mediation (45 working days)", "zh-CN": "调解期限（45 个工作日）" },
      startOn: "accepted",
      stopOn: ["responded"],
      length: { businessDays: 45 },
      counting: { firstDay: "excluded", cutOff: "end_of_day" },
      // The one rule here that stops a clock: testing, inspection and appraisal time is not counted.
      pausable: true,
      source:
        "《市场监督管理投诉举报处理暂行办法》第二十一条：自投诉受理之日起四十五个工作日内未能达成调解协议的，终止调解；需要进行检定、检验、检测、鉴定的，所需时间不计算在内",
    },
  ],
  "cn-nfra": [
    {
      id: "nfra_decision",
      label: { en: "Handling decision (15 days, at most 60)", "zh-CN": "处理决定（15 日，最长 60 日）" },
      startOn: "received",
      stopOn: ["responded"],
      length: { calendarDays: 15 },
      counting: { firstDay: "excluded", cutOff: "end_of_day", rollForward: true },
      // Complex cases: extended to 30 days (+15); especially complex, with senior approval, another 30.
      extensions: { max: 2, maxLengths: [{ calendarDays: 15 }, { calendarDays: 30 }], maxTotal: { calendarDays: 45 } },
      source:
        "《银行业保险业消费投诉处理管理办法》（银保监会令2020年第3号）：对于事实清楚、争议情况简单的消费投诉，自收到之日起15日内作出处理决定并告知投诉人，情况复杂的可以延长至30日；情况特别复杂或者有其他特殊原因的，经其上级机构或者总行、总公司高级管理人员审批并告知投诉人，可以再延长30日；期间按《民法典》第二百零一条、第二百零三条计算",
    },
  ],
} as const satisfies Record<RegulatoryPreset, readonly PresetDeadline[]>;

/** The built-in regulatory deadline sets. */
export const REGULATORY_PRESETS = Object.keys(PRESETS) as readonly RegulatoryPreset[];

const StepMapSchema = z.strictObject({
  received: ComplaintIdSchema.optional(),
  accepted: ComplaintIdSchema.optional(),
  responded: ComplaintIdSchema.optional(),
  inProgress: z.array(ComplaintIdSchema).min(1).optional(),
});

/**
 * Deadline definitions for a regulator's complaint-handling time limits, as plain data to put in
 * a policy's `deadlines` next to your own `calendar` (the regulators' business or working days are
 * your calendar's: UK bank holidays for your nation, China's public holidays and 调休 make-up
 * working days). Every deadline carries its `source`. Throws `invalid_argument` for an unknown
 * preset (listing the known ones) or a bad step map.
 *
 * - `uk-fca-disp`: FCA Handbook DISP 1.5.1R — a complaint resolved by close of business on the
 *   third business day following the day of receipt is exempt from the time limit rules
 *   (`fca_summary_resolution`, a window: it lapses, it is never breached); DISP 1.6.2R — final (or
 *   holding) response by the end of eight weeks after receipt (`fca_final_response`).
 * - `uk-fca-psd`: DISP 1.6.2AR — payment services and e-money complaints: final response within 15
 *   business days of receipt; in exceptional circumstances within 35 business days (one extension
 *   of up to 20 business days).
 * - `us-cfpb`: CFPB Company Portal Manual §8.1 — a response within 15 calendar days of the complaint
 *   being sent to the company (`cfpb_response`), and a final response within 60 calendar days
 *   when the first answer was "in progress" (`cfpb_final_response`).
 * - `cn-samr`: 《市场监督管理投诉举报处理暂行办法》 第十四条 — decide acceptance within 7 working
 *   days of receipt (`samr_acceptance`); 第二十一条 — mediation ends if no agreement within 45
 *   working days of acceptance (`samr_mediation`, the only pausable preset: testing and appraisal
 *   time is not counted).
 * - `cn-nfra`: 《银行业保险业消费投诉处理管理办法》 (银保监会令2020年第3号) — a decision within 15 days of
 *   receipt; complex cases extended to 30 days (a first extension of at most 15 days), especially
 *   complex ones with senior approval by another 30 (a second of at most 30): 60 days at most.
 *   Days are counted as the Civil Code counts periods (民法典 第二百零一条、第二百零三条: the first
 *   day is not counted, a last day that falls on a public holiday moves to the next working day).
 *
 * None of the presets is pausable except SAMR mediation, and none survives closure.
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
  if (typeof preset !== "string" || !Object.hasOwn(PRESETS, preset)) {
    throw new PledgeError("invalid_argument", [createIssue(complaintMessages, "unknown_preset", ["preset"], { id: preset, allowed: REGULATORY_PRESETS })]);
  }
  const map = parseOrThrow(z.object({ steps: StepMapSchema }), { steps }, "invalid_argument", complaintMessages).steps;
  const roles: Record<Role, readonly string[]> = {
    received: [map.received ?? "received"],
    accepted: [map.accepted ?? "assessed"],
    responded: [map.responded ?? "responded"],
    inProgress: map.inProgress ?? ["assessed", "investigating", "responded"],
  };
  // A fresh deep copy on every call: the table stays untouched whatever the caller does with it.
  const rows = JSON.parse(JSON.stringify(PRESETS[preset as RegulatoryPreset])) as PresetDeadline[];
  return rows.map((row) => ({ ...row, startOn: roles[row.startOn][0]!, stopOn: [...new Set(row.stopOn.flatMap((role) => roles[role]))] }));
}
