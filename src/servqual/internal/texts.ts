// Item wording of the built-in instruments, paraphrased in our own words from the published scales:
// Parasuraman, Zeithaml & Berry (1988), J. Retailing 64(1), 12–40 (items 10–13 and 18–22 worded
// negatively), and Parasuraman, Berry & Zeithaml (1991), J. Retailing 67(4), 420–450 (all positive).
// "the company" stands for the service provider being rated; expectations speak of excellent
// companies of its kind, perceptions of this one.
import type { Locale } from "../../core/index.js";

export type BuiltInDimensionId = "tangibles" | "reliability" | "responsiveness" | "assurance" | "empathy";

export const BUILT_IN_DIMENSIONS: readonly { readonly id: BuiltInDimensionId; readonly items: readonly string[] }[] = [
  { id: "tangibles", items: ["q1", "q2", "q3", "q4"] },
  { id: "reliability", items: ["q5", "q6", "q7", "q8", "q9"] },
  { id: "responsiveness", items: ["q10", "q11", "q12", "q13"] },
  { id: "assurance", items: ["q14", "q15", "q16", "q17"] },
  { id: "empathy", items: ["q18", "q19", "q20", "q21", "q22"] },
];

export const BUILT_IN_DIMENSION_LABELS: Readonly<Record<BuiltInDimensionId, Readonly<Record<Locale, string>>>> = {
  tangibles: { en: "Tangibles", "zh-CN": "有形性" },
  reliability: { en: "Reliability", "zh-CN": "可靠性" },
  responsiveness: { en: "Responsiveness", "zh-CN": "响应性" },
  assurance: { en: "Assurance", "zh-CN": "保证性" },
  empathy: { en: "Empathy", "zh-CN": "移情性" },
};

/** Items negatively worded in the 1988 scale; reverse-scored before any gap is computed. */
export const REVERSED_1988: readonly string[] = ["q10", "q11", "q12", "q13", "q18", "q19", "q20", "q21", "q22"];

/** [expectation, perception] per item, per locale. */
type Texts = Readonly<Record<Locale, readonly (readonly [string, string])[]>>;

export const ITEM_TEXTS_1988: Texts = {
  en: [
    ["Excellent companies of this kind have up-to-date equipment.", "The company has up-to-date equipment."],
    ["Their physical facilities are visually appealing.", "The company's physical facilities are visually appealing."],
    ["Their employees are well dressed and look neat.", "The company's employees are well dressed and look neat."],
    ["The look of their facilities suits the kind of service they offer.", "The look of the company's facilities suits the kind of service it offers."],
    ["When they promise to do something by a certain time, they do it.", "When the company promises to do something by a certain time, it does so."],
    ["When customers have problems, they are sympathetic and reassuring.", "When you have problems, the company is sympathetic and reassuring."],
    ["They are dependable.", "The company is dependable."],
    ["They provide their services at the time they promise.", "The company provides its services at the time it promises."],
    ["They keep accurate records.", "The company keeps accurate records."],
    ["They need not tell customers exactly when services will be performed.", "The company does not tell customers exactly when services will be performed."],
    ["Customers cannot realistically expect prompt service from their employees.", "You do not receive prompt service from the company's employees."],
    ["Their employees need not always be willing to help customers.", "The company's employees are not always willing to help customers."],
    [
      "It is acceptable for them to be too busy to answer customer requests promptly.",
      "The company's employees are too busy to answer customer requests promptly.",
    ],
    ["Customers can trust their employees.", "You can trust the company's employees."],
    ["Customers feel safe in their dealings with the employees.", "You feel safe in your dealings with the company's employees."],
    ["Their employees are polite.", "The company's employees are polite."],
    ["Their employees get enough support from the company to do their jobs well.", "The company's employees get enough support from it to do their jobs well."],
    ["They cannot be expected to give customers individual attention.", "The company does not give you individual attention."],
    ["Their employees cannot be expected to give customers personal attention.", "The company's employees do not give you personal attention."],
    ["It is unrealistic to expect their employees to know what customers need.", "The company's employees do not know what your needs are."],
    ["It is unrealistic to expect them to have customers' best interests at heart.", "The company does not have your best interests at heart."],
    ["They need not have opening hours convenient to all customers.", "The company's opening hours are not convenient to all customers."],
  ],
  "zh-CN": [
    ["优秀的同类企业拥有先进的设备。", "该企业拥有先进的设备。"],
    ["它们的实体设施在视觉上吸引人。", "该企业的实体设施在视觉上吸引人。"],
    ["它们的员工衣着得体、整洁。", "该企业的员工衣着得体、整洁。"],
    ["它们设施的外观与所提供的服务类型相称。", "该企业设施的外观与其提供的服务类型相称。"],
    ["它们承诺在某个时间前完成的事，会按时完成。", "该企业承诺在某个时间前完成的事，会按时完成。"],
    ["顾客遇到问题时，它们会表示体谅并给予安慰。", "您遇到问题时，该企业会表示体谅并给予安慰。"],
    ["它们值得信赖。", "该企业值得信赖。"],
    ["它们在承诺的时间提供服务。", "该企业在承诺的时间提供服务。"],
    ["它们的记录准确无误。", "该企业的记录准确无误。"],
    ["它们不必确切告诉顾客何时提供服务。", "该企业没有确切告诉顾客何时提供服务。"],
    ["顾客不能现实地期望其员工提供迅速的服务。", "您没有从该企业员工那里得到迅速的服务。"],
    ["它们的员工不必总是乐于帮助顾客。", "该企业的员工并不总是乐于帮助顾客。"],
    ["它们因太忙而不能及时回应顾客的请求，是可以接受的。", "该企业的员工太忙，不能及时回应顾客的请求。"],
    ["顾客可以信任它们的员工。", "您可以信任该企业的员工。"],
    ["顾客与其员工打交道时感到放心。", "您与该企业员工打交道时感到放心。"],
    ["它们的员工有礼貌。", "该企业的员工有礼貌。"],
    ["它们的员工能从企业得到足够支持，把工作做好。", "该企业的员工能从企业得到足够支持，把工作做好。"],
    ["不能期望它们给予顾客个别的关注。", "该企业没有给予您个别的关注。"],
    ["不能期望它们的员工给予顾客个人化的关心。", "该企业的员工没有给予您个人化的关心。"],
    ["期望它们的员工了解顾客的需求是不现实的。", "该企业的员工不了解您的需求。"],
    ["期望它们把顾客的最大利益放在心上是不现实的。", "该企业没有把您的最大利益放在心上。"],
    ["它们不必提供方便所有顾客的营业时间。", "该企业的营业时间并不方便所有顾客。"],
  ],
};

export const ITEM_TEXTS_1991: Texts = {
  en: [
    ["Excellent companies of this kind have modern-looking equipment.", "The company has modern-looking equipment."],
    ["Their physical facilities are visually appealing.", "The company's physical facilities are visually appealing."],
    ["Their employees look neat.", "The company's employees look neat."],
    [
      "Materials about the service (leaflets, statements) are visually appealing.",
      "The company's materials about its service (leaflets, statements) are visually appealing.",
    ],
    ["When they promise to do something by a certain time, they do it.", "When the company promises to do something by a certain time, it does so."],
    [
      "When a customer has a problem, they show a sincere interest in solving it.",
      "When you have a problem, the company shows a sincere interest in solving it.",
    ],
    ["They perform the service right the first time.", "The company performs the service right the first time."],
    ["They provide their services at the time they promise.", "The company provides its services at the time it promises."],
    ["They insist on error-free records.", "The company insists on error-free records."],
    ["Their employees tell customers exactly when services will be performed.", "The company's employees tell you exactly when services will be performed."],
    ["Their employees give customers prompt service.", "The company's employees give you prompt service."],
    ["Their employees are always willing to help customers.", "The company's employees are always willing to help you."],
    ["Their employees are never too busy to respond to customer requests.", "The company's employees are never too busy to respond to your requests."],
    ["The behaviour of their employees instils confidence in customers.", "The behaviour of the company's employees instils confidence in you."],
    ["Customers feel safe in their transactions.", "You feel safe in your transactions with the company."],
    ["Their employees are consistently courteous.", "The company's employees are consistently courteous with you."],
    ["Their employees have the knowledge to answer customers' questions.", "The company's employees have the knowledge to answer your questions."],
    ["They give customers individual attention.", "The company gives you individual attention."],
    ["They have opening hours convenient to all their customers.", "The company has opening hours convenient to all its customers."],
    ["Their employees give customers personal attention.", "The company's employees give you personal attention."],
    ["They have their customers' best interests at heart.", "The company has your best interests at heart."],
    ["Their employees understand the specific needs of their customers.", "The company's employees understand your specific needs."],
  ],
  "zh-CN": [
    ["优秀的同类企业拥有外观现代的设备。", "该企业拥有外观现代的设备。"],
    ["它们的实体设施在视觉上吸引人。", "该企业的实体设施在视觉上吸引人。"],
    ["它们的员工仪表整洁。", "该企业的员工仪表整洁。"],
    ["与服务相关的资料（宣传册、账单等）在视觉上吸引人。", "该企业与服务相关的资料（宣传册、账单等）在视觉上吸引人。"],
    ["它们承诺在某个时间前完成的事，会按时完成。", "该企业承诺在某个时间前完成的事，会按时完成。"],
    ["顾客遇到问题时，它们真诚地想要解决。", "您遇到问题时，该企业真诚地想要解决。"],
    ["它们第一次就把服务做好。", "该企业第一次就把服务做好。"],
    ["它们在承诺的时间提供服务。", "该企业在承诺的时间提供服务。"],
    ["它们坚持记录准确无误。", "该企业坚持记录准确无误。"],
    ["它们的员工确切告诉顾客何时提供服务。", "该企业的员工确切告诉您何时提供服务。"],
    ["它们的员工为顾客提供迅速的服务。", "该企业的员工为您提供迅速的服务。"],
    ["它们的员工总是乐于帮助顾客。", "该企业的员工总是乐于帮助您。"],
    ["它们的员工从不因太忙而不回应顾客的请求。", "该企业的员工从不因太忙而不回应您的请求。"],
    ["它们员工的行为让顾客有信心。", "该企业员工的行为让您有信心。"],
    ["顾客在交易中感到放心。", "您在与该企业的交易中感到放心。"],
    ["它们的员工始终彬彬有礼。", "该企业的员工对您始终彬彬有礼。"],
    ["它们的员工具备回答顾客问题的知识。", "该企业的员工具备回答您问题的知识。"],
    ["它们给予顾客个别的关注。", "该企业给予您个别的关注。"],
    ["它们的营业时间方便所有顾客。", "该企业的营业时间方便所有顾客。"],
    ["它们的员工给予顾客个人化的关心。", "该企业的员工给予您个人化的关心。"],
    ["它们把顾客的最大利益放在心上。", "该企业把您的最大利益放在心上。"],
    ["它们的员工了解顾客的具体需求。", "该企业的员工了解您的具体需求。"],
  ],
};
