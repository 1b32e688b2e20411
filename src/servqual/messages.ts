import { formatValue, type MessageCatalogue } from "../core/index.js";

const v = formatValue;
const who = (p: Readonly<Record<string, unknown>>): string => (p.id === undefined ? `respondent ${String(p.respondent)}` : `respondent ${v(p.id)}`);
const whoZh = (p: Readonly<Record<string, unknown>>): string => (p.id === undefined ? `第 ${String(p.respondent)} 位受访者` : `受访者 ${v(p.id)}`);
const COLUMN_ZH: Readonly<Record<string, string>> = { expectations: "期望", perceptions: "感知", adequate: "最低可接受", desired: "理想" };
const colZh = (p: Readonly<Record<string, unknown>>): string => COLUMN_ZH[String(p.column)] ?? String(p.column);

/** Messages of the servqual module (instrument definitions and survey answers), en + zh-CN. */
export const servqualMessages: MessageCatalogue = {
  invalid_scale: {
    en: (p) => `the scale's min ${v(p.min)} must be below its max ${v(p.max)}`,
    "zh-CN": (p) => `量表最小值 ${v(p.min)} 必须小于最大值 ${v(p.max)}`,
  },
  non_integer_scale: {
    en: (p) => `${v(p.received)} is not an integer: an integer scale needs integer bounds (set integer: false for a continuous scale)`,
    "zh-CN": (p) => `${v(p.received)} 不是整数：整数量表的端点必须是整数（连续量表请设 integer: false）`,
  },
  duplicate_dimension: {
    en: (p) => `dimension ${v(p.dimension)} is defined twice`,
    "zh-CN": (p) => `维度 ${v(p.dimension)} 重复定义`,
  },
  duplicate_item: {
    en: (p) => `item ${v(p.item)} appears more than once`,
    "zh-CN": (p) => `题项 ${v(p.item)} 出现了不止一次`,
  },
  unknown_item: {
    en: (p) => (p.respondent === undefined ? `${v(p.item)} is not an item of this instrument` : `${who(p)}: ${v(p.item)} is not an item of this instrument`),
    "zh-CN": (p) => (p.respondent === undefined ? `${v(p.item)} 不是该问卷的题项` : `${whoZh(p)}：${v(p.item)} 不是该问卷的题项`),
  },
  unknown_dimension: {
    en: (p) =>
      p.respondent === undefined
        ? `${v(p.dimension)} is not a dimension of this instrument`
        : `${who(p)}: ${v(p.dimension)} is not a dimension of this instrument`,
    "zh-CN": (p) => (p.respondent === undefined ? `${v(p.dimension)} 不是该问卷的维度` : `${whoZh(p)}：${v(p.dimension)} 不是该问卷的维度`),
  },
  answer_not_number: {
    en: (p) => `${who(p)}, ${String(p.column)} ${v(p.item)}: ${v(p.received)} is not a number (leave the answer out or use null when missing)`,
    "zh-CN": (p) => `${whoZh(p)}，${colZh(p)} ${v(p.item)}：${v(p.received)} 不是数值（缺答请省略或使用 null）`,
  },
  answer_out_of_scale: {
    en: (p) => `${who(p)}, ${String(p.column)} ${v(p.item)}: ${v(p.received)} is outside the scale ${v(p.min)}–${v(p.max)}`,
    "zh-CN": (p) => `${whoZh(p)}，${colZh(p)} ${v(p.item)}：${v(p.received)} 超出量表范围 ${v(p.min)}–${v(p.max)}`,
  },
  answer_not_integer: {
    en: (p) => `${who(p)}, ${String(p.column)} ${v(p.item)}: ${v(p.received)} is not a whole point of the ${v(p.min)}–${v(p.max)} scale`,
    "zh-CN": (p) => `${whoZh(p)}，${colZh(p)} ${v(p.item)}：${v(p.received)} 不是 ${v(p.min)}–${v(p.max)} 量表上的整数分值`,
  },
  invalid_importance: {
    en: (p) => `${who(p)}, importance of ${v(p.dimension)}: ${v(p.received)} is not a non-negative number of points`,
    "zh-CN": (p) => `${whoZh(p)}，${v(p.dimension)} 的重要性：${v(p.received)} 不是非负的分数`,
  },
  importance_all_zero: {
    en: (p) => `${who(p)}: the importance points sum to 0, so they cannot weight anything`,
    "zh-CN": (p) => `${whoZh(p)}：重要性分数合计为 0，无法用作权重`,
  },
  invalid_response: {
    en: (p) => `${who(p)}: ${v(p.received)} is not a response object with expectations and perceptions`,
    "zh-CN": (p) => `${whoZh(p)}：${v(p.received)} 不是包含 expectations 和 perceptions 的答卷对象`,
  },
  invalid_segment: {
    en: (p) => `${who(p)}: segment ${v(p.received)} must be a string, or an object of strings with the segmentBy key`,
    "zh-CN": (p) => `${whoZh(p)}：分组 ${v(p.received)} 应为字符串，或含 segmentBy 键的字符串对象`,
  },
  weights_all_zero: {
    en: () => "the weights sum to 0",
    "zh-CN": () => "权重合计为 0",
  },
  too_many_items: {
    en: (p) => `${v(p.received)} items: an instrument holds at most ${v(p.maximum)}`,
    "zh-CN": (p) => `共 ${v(p.received)} 个题项：问卷最多 ${v(p.maximum)} 个`,
  },
  order_incomplete: {
    en: (p) => `order leaves out ${String(p.count)} item(s): ${(p.items as unknown[]).map((x) => v(x)).join(", ")}`,
    "zh-CN": (p) => `order 缺少 ${String(p.count)} 个题项：${(p.items as unknown[]).map((x) => v(x)).join("、")}`,
  },
  reserved_key: {
    en: (p) => `${v(p.key ?? p.received)} is a reserved name (it would be dropped or reach Object.prototype): rename it`,
    "zh-CN": (p) => `${v(p.key ?? p.received)} 是保留名称（会被丢弃或触及 Object.prototype）：请改名`,
  },
  bad_cell: {
    en: (p) => `row ${String(p.row)}, column ${v(p.column)}: ${v(p.received)} is not a number`,
    "zh-CN": (p) => `第 ${String(p.row)} 行 ${v(p.column)} 列：${v(p.received)} 不是数值`,
  },
  cell_off_scale: {
    en: (p) =>
      `row ${String(p.row)}, column ${v(p.column)}: ${v(p.received)} is not ${p.integer === true ? "a whole point" : "a point"} of the scale ${v(p.min)}–${v(p.max)}`,
    "zh-CN": (p) => `第 ${String(p.row)} 行 ${v(p.column)} 列：${v(p.received)} 不是量表 ${v(p.min)}–${v(p.max)} 上的${p.integer === true ? "整数" : ""}分值`,
  },
  row_length: {
    en: (p) => `row ${String(p.row)} has ${String(p.received)} cells, the header ${String(p.expected)}`,
    "zh-CN": (p) => `第 ${String(p.row)} 行有 ${String(p.received)} 个单元格，表头有 ${String(p.expected)} 个`,
  },
  invalid_pattern: {
    en: (p) => `column pattern ${v(p.received)} must contain exactly one of {n} (item position) and {id} (item id)`,
    "zh-CN": (p) => `列模式 ${v(p.received)} 必须且只能包含 {n}（题项序号）或 {id}（题项标识）之一`,
  },
  invalid_column: {
    en: (p) => `column ${v(p.column)}: ${String(p.problem)}`,
    "zh-CN": (p) => `${v(p.column)} 列：${String(p.problemZh ?? p.problem)}`,
  },
  not_a_report: {
    en: (p) => `${v(p.received)} is not a SERVQUAL report from scoreServqual()`,
    "zh-CN": (p) => `${v(p.received)} 不是 scoreServqual() 生成的 SERVQUAL 报告`,
  },
};
