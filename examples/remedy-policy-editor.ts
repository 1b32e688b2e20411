// Validating a policy in an editor: every problem at once, with paths, in English and Chinese.
// Run: npx tsx examples/remedy-policy-editor.ts
import { formatIssue } from "../src/formatIssue.js";
import { safeDefineRemedyPolicy } from "../src/remedy/index.js";

const draft = {
  id: "parcel-late",
  currency: "CNY",
  facts: { lateDays: { type: "number", min: 0 }, postage: { type: "money" } },
  rules: [
    {
      id: "credit",
      kind: "credit",
      amount: {
        tiers: {
          keys: ["lateDays"],
          rows: [
            { when: { lateDays: { lt: 2 } } },
            { id: "2-5", when: { lateDays: { gte: 2, lte: 5 } }, amount: { percent: 50, of: "postage" } },
            { id: "5+", when: { lateDays: { gte: 5 } }, amount: { percent: 100, of: "postage" } },
          ],
        },
      },
      cap: "10.005",
    },
  ],
} as const;

const result = safeDefineRemedyPolicy(draft as never);
if (result.success) console.log("valid");
else {
  for (const issue of result.issues) {
    console.log(`${issue.path.join(".")}: ${formatIssue(issue, "en")}`);
    console.log(`${" ".repeat(issue.path.join(".").length)}  ${formatIssue(issue, "zh-CN")}`);
  }
}
