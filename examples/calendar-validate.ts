// Validating a calendar typed into a settings form: `safeDefineCalendar` returns every problem at
// once, with its path, and `formatIssue` renders each in English or Chinese.
// Run: npx tsx examples/calendar-validate.ts
import { formatIssue } from "pledgekit";
import { safeDefineCalendar } from "pledgekit/calendar";

const draft = {
  timeZone: "Asia/Shanghai",
  week: {
    mon: [
      ["09:00", "12:00"],
      ["11:30", "18:00"],
    ],
    tue: [["9am", "18:00"]],
  },
  holiday: ["2024-10-01"],
  specialDays: { "2024-02-30": [["09:00", "18:00"]] },
};

const result = safeDefineCalendar(draft as never);
if (result.success) console.log("valid");
else {
  for (const issue of result.issues) {
    console.log(`${issue.path.join(".")}\n  en: ${formatIssue(issue, "en")}\n  zh: ${formatIssue(issue, "zh-CN")}`);
  }
}
