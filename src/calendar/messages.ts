import { formatValue as v, type MessageCatalogue } from "../core/index.js";

/** Messages of the calendar module, en + zh-CN. */
export const calendarMessages: MessageCatalogue = {
  empty_interval: {
    en: (p) => `interval ${v(p.received)} starts where it ends: write "00:00"–"24:00" for a whole day`,
    "zh-CN": (p) => `时段 ${v(p.received)} 的开始与结束相同：全天请写 "00:00"–"24:00"`,
  },
  overlapping_intervals: {
    en: (p) => `interval ${v(p.received)} overlaps ${v(p.other)} on the same day`,
    "zh-CN": (p) => `时段 ${v(p.received)} 与同一天的 ${v(p.other)} 重叠`,
  },
  invalid_break: {
    en: (p) => `break ${v(p.received)} must end after it starts on the same date (use "24:00" for midnight)`,
    "zh-CN": (p) => `休息时段 ${v(p.received)} 必须在同一日期内先开始后结束（午夜请写 "24:00"）`,
  },
  invalid_range: {
    en: (p) => `range starts on ${v(p.from)}, after it ends on ${v(p.to)}`,
    "zh-CN": (p) => `日期范围的开始 ${v(p.from)} 晚于结束 ${v(p.to)}`,
  },
  invalid_month_day: {
    en: (p) => `month ${v(p.month)} has no day ${v(p.day)}`,
    "zh-CN": (p) => `${v(p.month)} 月没有第 ${v(p.day)} 天`,
  },
  no_open_time: {
    en: () => "the calendar is never open: give some opening hours in week or specialDays",
    "zh-CN": () => "该日历没有任何营业时间：请在 week 或 specialDays 中设置营业时段",
  },
  invalid_pattern: {
    en: (p) => `${v(p.received)} is not a date-fns format pattern (such as "yyyy-MM-dd HH:mm"; quote literal text with '')`,
    "zh-CN": (p) => `${v(p.received)} 不是有效的 date-fns 格式（例如 "yyyy-MM-dd HH:mm"；字面文字请用 '' 括起）`,
  },
  too_many_dates: {
    en: (p) => `too many dates: at most ${String(p.maximum)}`,
    "zh-CN": (p) => `日期过多：最多 ${String(p.maximum)} 个`,
  },
  out_of_range: {
    en: (p) => `${v(p.received)} is outside the years 0002–9998 that calendars accept`,
    "zh-CN": (p) => `${v(p.received)} 超出日历支持的年份范围 0002–9998`,
  },
  beyond_calendar: {
    en: (p) => `${String(p.what)}: the calendar has no more ${p.days === true ? "business days" : "open time"} in that direction`,
    "zh-CN": (p) => `${String(p.what)}：日历在该方向上已没有更多${p.days === true ? "营业日" : "营业时间"}`,
  },
  not_an_integer: {
    en: (p) => `${v(p.received)} is not a whole number`,
    "zh-CN": (p) => `${v(p.received)} 不是整数`,
  },
  invalid_at_close: {
    en: (p) => `atClose must be "close" or "nextOpen", received ${v(p.received)}`,
    "zh-CN": (p) => `atClose 只能是 "close" 或 "nextOpen"，实际为 ${v(p.received)}`,
  },
};
