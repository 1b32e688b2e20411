import { existsSync } from "node:fs";
import { defineConfig } from "tsup";

// One entry per public subpath; package.json "exports" lists the same names.
const modules = ["calendar", "sla", "commitment", "complaint", "remedy", "servqual", "holidays"].filter((name) =>
  existsSync(`src/${name}/index.ts`),
);

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
