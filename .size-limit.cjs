// Size budgets per entry point (minified + brotli, dependencies included as a user's bundler would).
// Checked by `npm test` (size-limit). Every entry of package.json "exports" must have a budget and a
// built file: a missing one fails here, loudly, instead of being skipped.
const { existsSync } = require("node:fs");
const pkg = require("./package.json");

const budgets = {
  "pledgekit (root, everything)": ["dist/index.js", "110 kB"], // every module; ≈ 93 kB measured
  "pledgekit/calendar": ["dist/calendar/index.js", "40 kB"], // zod classic alone is ≈ 26 kB
  "pledgekit/sla": ["dist/sla/index.js", "50 kB"], // includes the calendar (≈ 35 kB); SLA itself ≈ 6 kB
  "pledgekit/commitment": ["dist/commitment/index.js", "48 kB"], // includes the calendar engine (business-time history) + word lists
  "pledgekit/complaint": ["dist/complaint/index.js", "55 kB"], // zod ≈ 26 kB + calendar + sla clock + the complaint machine
  "pledgekit/remedy": ["dist/remedy/index.js", "58 kB"], // zod ≈ 26 kB + calendar (business-day claim windows) + the rule engine and its en/zh-CN explanations
  "pledgekit/servqual": ["dist/servqual/index.js", "42 kB"], // zod classic ≈ 26 kB + 176 item statements (1988/1991, en/zh-CN)
  "pledgekit/holidays": ["dist/holidays/index.js", "12 kB"], // the adapters validate through core (IANA zone names, messages); ≈ 10 kB measured
};

const subpaths = Object.keys(pkg.exports).filter((key) => key !== "./package.json" && !key.includes("*"));
const named = subpaths.map((key) => (key === "." ? "pledgekit (root, everything)" : `pledgekit/${key.slice(2)}`));
const unbudgeted = named.filter((name) => !(name in budgets));
if (unbudgeted.length > 0) throw new Error(`.size-limit.cjs: no size budget for ${unbudgeted.join(", ")}`);
const unbuilt = Object.values(budgets)
  .map(([path]) => path)
  .filter((path) => !existsSync(path));
if (unbuilt.length > 0) throw new Error(`.size-limit.cjs: ${unbuilt.join(", ")} not built: run \`npm run build\` first`);

module.exports = Object.entries(budgets).map(([name, [path, limit]]) => ({ name, path, limit, import: "*" }));
