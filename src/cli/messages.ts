import type { Locale } from "../index.js";

// The CLI's own phrases (pledgekit's issues are rendered by formatIssue). One catalogue, en and zh-CN.
const catalogue = {
  valid: { en: (kind: string) => `valid ${kind}`, "zh-CN": (kind: string) => `有效的 ${kind}` },
  invalid: { en: (kind: string, n: number) => `invalid ${kind}: ${n} issue(s)`, "zh-CN": (kind: string, n: number) => `无效的 ${kind}：${n} 个问题` },
  smartIssues: {
    en: (n: number) => `SMART review: ${n} issue(s)`,
    "zh-CN": (n: number) => `SMART 审查：${n} 个问题`,
  },
  line: { en: (n: number) => `line ${n}`, "zh-CN": (n: number) => `第 ${n} 行` },
  row: { en: (n: number) => `row ${n}`, "zh-CN": (n: number) => `第 ${n} 行` },
  notJson: { en: (detail: string) => `not JSON: ${detail}`, "zh-CN": (detail: string) => `不是 JSON：${detail}` },
  notTicket: {
    en: () => 'expected an array of events or an object { "id"?, "events": [...] }',
    "zh-CN": () => '应为事件数组，或对象 { "id"?, "events": [...] }',
  },
  lineTooLong: { en: (mb: number) => `line longer than ${mb} MiB`, "zh-CN": (mb: number) => `该行超过 ${mb} MiB` },
  summary: {
    en: (tickets: number, bad: number, seconds: string) => `${tickets} ticket(s), ${bad} bad line(s), ${seconds} s`,
    "zh-CN": (tickets: number, bad: number, seconds: string) => `${tickets} 张工单，${bad} 行有误，用时 ${seconds} 秒`,
  },
  stoppedAt: { en: (n: number) => `stopped at line ${n} (--strict)`, "zh-CN": (n: number) => `在第 ${n} 行停止（--strict）` },
} as const;

type Catalogue = typeof catalogue;

/** The CLI phrase `key` in `locale`. */
export function say<K extends keyof Catalogue>(locale: Locale, key: K, ...args: Parameters<Catalogue[K]["en"]>): string {
  const template = catalogue[key][locale] as (...values: Parameters<Catalogue[K]["en"]>) => string;
  return template(...args);
}
