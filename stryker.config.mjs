// Mutation testing (`npm run test:mutation`; not in CI: far too slow for two cores). Mutates the SLA
// fold and the calendar's business-time internals and runs only their own suites, one process at a
// time. Narrow `mutate` from the command line to measure one file:
//   npx stryker run --mutate src/sla/internal/fold.ts
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "stryker.vitest.config.ts" },
  mutate: ["src/sla/internal/**/*.ts", "src/calendar/internal/**/*.ts"],
  concurrency: 1,
  timeoutMS: 60_000,
  reporters: ["clear-text", "progress", "json"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
};
