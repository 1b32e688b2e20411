// The vitest configuration Stryker runs: the SLA and calendar suites only, no type-level tests.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The example and law suites; the differential suite (test/sla/reference.prop.test.ts) takes a
    // minute a run, too slow to repeat per mutant on two cores.
    include: ["test/sla/*.test.ts", "test/calendar/*.test.ts", "test/hostile/sla.test.ts"],
    exclude: ["test/sla/reference.prop.test.ts", "test/calendar/reference.prop.test.ts"],
    setupFiles: ["test/setup.ts"],
    testTimeout: 120_000,
  },
});
