import { formatValue } from "./issues.js";

/** Locales pledgekit ships messages and labels in. Chosen by an explicit option, never by the host. */
export type Locale = "en" | "zh-CN";
export const LOCALES: readonly Locale[] = ["en", "zh-CN"];

export type MessageParams = Readonly<Record<string, unknown>>;
export type MessageTemplate = (params: MessageParams) => string;
/** Message templates per issue code, in every shipped locale. One catalogue per module. */
export type MessageCatalogue = Readonly<Record<string, Readonly<Record<Locale, MessageTemplate>>>>;

const v = formatValue;

/** Messages for issues raised by core parsing (instants, durations, dates, schemas). */
export const coreMessages: MessageCatalogue = {
  invalid_type: {
    en: (p) => `expected ${String(p.expected)}, received ${v(p.received)}`,
    "zh-CN": (p) => `应为 ${String(p.expected)}，实际为 ${v(p.received)}`,
  },
  // Codes shared by several modules live here once; `what` names the thing in the caller's terms.
  duplicate_id: {
    en: (p) => `${v(p.id)} is used twice${p.what === undefined ? "" : ` as ${String(p.what)}`}`,
    "zh-CN": (p) => `${v(p.id)} 重复使用${p.what === undefined ? "" : `（${String(p.what)}）`}`,
  },
  calendar_required: {
    en: (p) => `${p.what === undefined ? "this counts business time" : String(p.what)}: pass a \`calendar\``,
    "zh-CN": (p) => `${p.what === undefined ? "按营业时间计算" : String(p.what)}：需要提供 calendar`,
  },
  percent_out_of_range: {
    en: (p) => `${v(p.received)} is not a percentage: expected ${v(p.minimum ?? 0)} to ${v(p.maximum ?? 100)}`,
    "zh-CN": (p) => `${v(p.received)} 不是有效百分比：应在 ${v(p.minimum ?? 0)} 到 ${v(p.maximum ?? 100)} 之间`,
  },
  unknown_key: {
    en: (p) => `unknown key ${v(p.key)}`,
    "zh-CN": (p) => `未知字段 ${v(p.key)}`,
  },
  forbidden_key: {
    en: (p) => `the key ${v(p.key)} is not allowed (it would be dropped or change an object's prototype)`,
    "zh-CN": (p) => `不允许使用键 ${v(p.key)}（它会被丢弃或改变对象的原型）`,
  },
  missing_key: {
    en: () => "required",
    "zh-CN": () => "必填",
  },
  too_small: {
    en: (p) => `${v(p.received)} is too small: expected ${p.inclusive === false ? ">" : ">="} ${v(p.minimum)}`,
    "zh-CN": (p) => `${v(p.received)} 过小：应${p.inclusive === false ? "大于" : "不小于"} ${v(p.minimum)}`,
  },
  too_big: {
    en: (p) => `${v(p.received)} is too big: expected ${p.inclusive === false ? "<" : "<="} ${v(p.maximum)}`,
    "zh-CN": (p) => `${v(p.received)} 过大：应${p.inclusive === false ? "小于" : "不大于"} ${v(p.maximum)}`,
  },
  invalid_value: {
    en: (p) => `${v(p.received)} is not one of ${(p.values as unknown[] | undefined)?.map((x) => v(x)).join(", ") ?? "the allowed values"}`,
    "zh-CN": (p) => `${v(p.received)} 不是允许的取值（${(p.values as unknown[] | undefined)?.map((x) => v(x)).join("、") ?? ""}）`,
  },
  invalid_format: {
    en: (p) => `${v(p.received)} is not a valid ${String(p.format ?? "value")}`,
    "zh-CN": (p) => `${v(p.received)} 不是有效的 ${String(p.format ?? "值")}`,
  },
  invalid_union: {
    en: (p) => `${v(p.received)} matches none of the accepted forms`,
    "zh-CN": (p) => `${v(p.received)} 不符合任何可接受的格式`,
  },
  invalid_instant: {
    en: (p) => `${v(p.received)} is not an instant: use a Date, epoch milliseconds, or an ISO-8601 string with Z or an offset`,
    "zh-CN": (p) => `${v(p.received)} 不是有效的时间点：请使用 Date、毫秒时间戳，或带 Z/时区偏移的 ISO-8601 字符串`,
  },
  ambiguous_instant: {
    en: (p) => `${v(p.received)} has no offset and is ambiguous: add Z or an offset such as +08:00`,
    "zh-CN": (p) => `${v(p.received)} 缺少时区偏移，含义不明确：请加上 Z 或如 +08:00 的偏移`,
  },
  invalid_duration: {
    en: (p) => `${v(p.received)} is not a duration: use milliseconds, { hours, minutes, seconds, milliseconds } or an ISO-8601 time duration such as "PT1H30M"`,
    "zh-CN": (p) => `${v(p.received)} 不是有效的时长：请使用毫秒数、{ hours, minutes, seconds, milliseconds } 或如 "PT1H30M" 的 ISO-8601 时长`,
  },
  duration_has_days: {
    en: (p) => `${v(p.received)} has date parts: business durations have no days, use the business-day functions`,
    "zh-CN": (p) => `${v(p.received)} 含有日期部分：营业时长不含天数，请使用营业日函数`,
  },
  invalid_date: {
    en: (p) => `${v(p.received)} is not a date: expected an existing date as "YYYY-MM-DD"`,
    "zh-CN": (p) => `${v(p.received)} 不是有效日期：应为真实存在的 "YYYY-MM-DD" 日期`,
  },
  invalid_time: {
    en: (p) => `${v(p.received)} is not a time of day: expected "HH:MM" or "HH:MM:SS" from 00:00 to 24:00`,
    "zh-CN": (p) => `${v(p.received)} 不是有效的时刻：应为 00:00 至 24:00 之间的 "HH:MM" 或 "HH:MM:SS"`,
  },
  // params: reason "abbreviation" | "unknown" | "unsupported", candidates: zone names it may mean.
  invalid_time_zone: {
    en: (p) => {
      const candidates = Array.isArray(p.candidates) ? (p.candidates as string[]) : [];
      const list = candidates.join(", ");
      if (p.reason === "abbreviation") return `${v(p.received)} is an abbreviation, not an IANA time zone name: write the zone it stands for, e.g. ${list}`;
      if (p.reason === "unsupported") return `${v(p.received)} is an IANA time zone name that this runtime's Intl does not support`;
      if (candidates.length > 0) return `${v(p.received)} is not an IANA time zone name; did you mean ${list}?`;
      return `${v(p.received)} is not an IANA time zone name (such as "Asia/Shanghai", "Europe/London" or "UTC")`;
    },
    "zh-CN": (p) => {
      const candidates = Array.isArray(p.candidates) ? (p.candidates as string[]) : [];
      const list = candidates.join("、");
      if (p.reason === "abbreviation") return `${v(p.received)} 是时区缩写，不是 IANA 时区名称：请写出它所指的时区，例如 ${list}`;
      if (p.reason === "unsupported") return `${v(p.received)} 是 IANA 时区名称，但当前运行环境的 Intl 不支持`;
      if (candidates.length > 0) return `${v(p.received)} 不是 IANA 时区名称；是否指 ${list}？`;
      return `${v(p.received)} 不是 IANA 时区名称（例如 "Asia/Shanghai"、"Europe/London" 或 "UTC"）`;
    },
  },
  invalid_number: {
    en: (p) => `${v(p.received)} is not a finite number`,
    "zh-CN": (p) => `${v(p.received)} 不是有限数值`,
  },
};

/** Renders `code` from `catalogue` in `locale`; falls back to English, then to `fallback`. */
export function renderMessage(catalogue: MessageCatalogue, code: string, params: MessageParams, locale: Locale, fallback: string): string {
  const entry = Object.hasOwn(catalogue, code) ? catalogue[code] : undefined;
  if (entry === undefined) return fallback;
  return (entry[locale] ?? entry.en)(params);
}

/** Builds an issue whose English message comes from `catalogue`. */
export function createIssue(
  catalogue: MessageCatalogue,
  code: string,
  path: readonly (string | number)[],
  params: MessageParams = {},
): { code: string; path: readonly (string | number)[]; message: string; params: MessageParams } {
  return { code, path, message: renderMessage(catalogue, code, params, "en", code), params };
}
