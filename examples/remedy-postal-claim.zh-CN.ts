// 邮政法第四十七条：保价邮件部分损毁，按照保价额与邮件全部价值的比例对实际损失赔偿；
// 挂号信件丢失、损毁，按照所收取资费的三倍赔偿。金额精确计算，最后只舍入一次（银行家舍入）。
// 运行：npx tsx examples/remedy-postal-claim.zh-CN.ts
import { readFileSync } from "node:fs";
import { decideRemedy, defineRemedyPolicy, type RemedyPolicyInput } from "../src/remedy/index.js";

const 政策 = defineRemedyPolicy(JSON.parse(readFileSync(new URL("./remedies/cn-postal-art47.json", import.meta.url), "utf8")) as RemedyPolicyInput);
const 元 = (amount: string) => ({ currency: "CNY", amount });

// 保价 1000 元、全部价值 3000 元的包裹，实际损失 100 元：100 × 1000 ÷ 3000 = 33.333… → 33.33 元。
const 部分损毁 = decideRemedy(
  政策,
  {
    incidentAt: "2024-05-01T12:00:00+08:00",
    insured: true,
    totalLoss: false,
    loss: 元("100.00"),
    postage: 元("30.00"),
    insuredValue: 元("1000.00"),
    fullValue: 元("3000.00"),
  },
  { locale: "zh-CN" },
);
console.log("保价部分损毁：", 部分损毁.totals);
for (const 行 of 部分损毁.explanation) console.log(`  ${行.message}`);

// 挂号信件丢失，资费 3 元：按资费的三倍赔偿 9 元，与实际损失无关。
const 挂号信 = decideRemedy(
  政策,
  { incidentAt: "2024-05-01T12:00:00+08:00", item: "registered_letter", insured: false, totalLoss: true, loss: 元("500.00"), postage: 元("3.00") },
  { locale: "zh-CN" },
);
console.log("挂号信件丢失：", 挂号信.totals);
