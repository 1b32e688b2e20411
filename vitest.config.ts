import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Property tests use fast-check's global seed from FC_SEED so CI runs are reproducible.
    setupFiles: ["test/setup.ts"],
    testTimeout: 60_000,
    // Type-level tests of the public types (*.test-d.ts), checked by tsc and reported as tests.
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "tsconfig.json" },
  },
});
