import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

// The CLI is not a library module: no library entry point may load it or its dependencies, so the
// size budgets and a browser bundle stay as they are.
const CLI_ONLY = ["csv-parse", "node:worker_threads", "node:util", "/cli/"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === join("src", "cli") ? [] : sourceFiles(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

describe("the CLI stays out of the library", () => {
  it("no library source file imports src/cli or a CLI-only dependency", () => {
    const offenders = sourceFiles("src").filter((file) => {
      const imports = [...readFileSync(file, "utf8").matchAll(/from\s+"([^"]+)"/g)].map((match) => match[1] ?? "");
      return imports.some((specifier) => CLI_ONLY.some((needle) => specifier.includes(needle) || specifier.startsWith("./cli")));
    });
    expect(offenders).toEqual([]);
  });

  const pkg = JSON.parse(readFileSync("package.json", "utf8")) as {
    bin: Record<string, string>;
    exports: Record<string, { import?: { default?: string } } | string>;
  };
  const entries = Object.values(pkg.exports).flatMap((target) =>
    typeof target === "object" && target.import?.default !== undefined ? [target.import.default] : [],
  );

  it.each(entries.filter((entry) => existsSync(entry)))("the built %s bundles without any CLI code", async (entry) => {
    const result = await build({ entryPoints: [entry], bundle: true, write: false, metafile: true, format: "esm", platform: "node", logLevel: "silent" });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((input) => input.includes("csv-parse") || input.includes("dist/cli/"))).toEqual([]);
  });

  it("package.json's bin points at the built CLI, which starts with a shebang", () => {
    expect(pkg.bin).toEqual({ pledgekit: "./dist/cli/index.js" });
    if (existsSync("dist/cli/index.js")) expect(readFileSync("dist/cli/index.js", "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
  });
});
