import { formatValue as v } from "../core/index.js";
import type { MessageCatalogue } from "../core/index.js";

export const holidayMessages: MessageCatalogue = {
  invalid_years: {
    en: (p) =>
      `${v(p.received)} is not a list or { from, to } range of whole years from ${String(p.first)} to ${String(p.last)}, at most ${String(p.max)} of them`,
    "zh-CN": (p) => `${v(p.received)} 不是有效的年份列表或 { from, to } 范围（${String(p.first)}–${String(p.last)} 的整数年份，最多 ${String(p.max)} 年）`,
  },
  invalid_holiday_entry: {
    en: (p) => `holiday ${v(p.name)} has date ${v(p.received)}, expected "YYYY-MM-DD HH:mm:ss"`,
    "zh-CN": (p) => `节假日 ${v(p.name)} 的日期 ${v(p.received)} 无效，应为 "YYYY-MM-DD HH:mm:ss"`,
  },
};
