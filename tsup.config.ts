import { defineConfig } from "tsup";
import pkg from "./package.json" with { type: "json" };

// One entry per public subpath, read from package.json "exports" so the two lists cannot drift apart.
// A subpath whose source is missing is a broken package, not something to skip: esbuild fails the
// build naming the missing entry file.
const modules = Object.keys(pkg.exports)
  .filter((key) => key !== "." && key !== "./package.json" && !key.includes("*"))
  .map((key) => key.slice(2));

export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      ...Object.fromEntries(modules.map((name) => [`${name}/index`, `src/${name}/index.ts`])),
    },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    // dist/cli/ is the CLI build's own folder (below); both builds run at once.
    clean: ["!cli/**"],
    splitting: true,
    treeshake: true,
    target: "es2022",
  },
  // The `pledgekit` command (package.json "bin"): its own self-contained ESM bundles in dist/cli/, so
  // no library entry point ever loads the CLI or its dependencies (csv-parse, worker threads). The
  // SLA worker is a separate file that the CLI starts with `new Worker(new URL("./sla-worker.js", …))`.
  {
    entry: { index: "src/cli/index.ts", "sla-worker": "src/cli/sla/worker.ts" },
    outDir: "dist/cli",
    format: ["esm"],
    platform: "node",
    dts: false,
    sourcemap: false,
    clean: true,
    splitting: false,
    treeshake: true,
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
  },
]);
