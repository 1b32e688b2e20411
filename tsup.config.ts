import { defineConfig } from "tsup";
import pkg from "./package.json" with { type: "json" };

// One entry per public subpath, read from package.json "exports" so the two lists cannot drift apart.
// A subpath whose source is missing is a broken package, not something to skip: esbuild fails the
// build naming the missing entry file.
const modules = Object.keys(pkg.exports)
  .filter((key) => key !== "." && key !== "./package.json" && !key.includes("*"))
  .map((key) => key.slice(2));

export default defineConfig({
  entry: {
    index: "src/index.ts",
    ...Object.fromEntries(modules.map((name) => [`${name}/index`, `src/${name}/index.ts`])),
  },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
  target: "es2022",
});
