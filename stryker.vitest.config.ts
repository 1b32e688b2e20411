// The vitest configuration Stryker runs: the SLA and calendar suites only, no type-level tests.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/sla/**/*.test.ts", "test/calendar/**/*.test.ts"],
    setupFiles: ["test/setup.ts"],
    testTimeout: 120_000,
  },
});
