import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// Imports the built package through its own name, as users do, in both module systems.
const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { exports: Record<string, unknown> };
const subpaths = Object.keys(pkg.exports).filter((key) => key !== "./package.json" && !key.includes("*"));
const specifier = (subpath: string): string => (subpath === "." ? "pledgekit" : `pledgekit/${subpath.slice(2)}`);

function node(args: string[]): string {
  return execFileSync(process.execPath, args, { encoding: "utf8" });
}

describe("the built package", () => {
  it("has been built (npm install runs `prepare`, which builds dist/)", () => {
    expect(existsSync("dist/index.js"), "dist/ is missing: run `npm run build`").toBe(true);
  });

  for (const subpath of subpaths) {
    const name = specifier(subpath);
    it(`${name} loads as ESM and as CommonJS with the same public names`, () => {
      const esm = node(["--input-type=module", "-e", `import * as m from ${JSON.stringify(name)}; console.log(JSON.stringify(Object.keys(m).sort()))`]);
      const cjs = node(["-e", `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(name)})).sort()))`]);
      const esmNames = JSON.parse(esm) as string[];
      expect(esmNames.length).toBeGreaterThan(0);
      expect(JSON.parse(cjs)).toEqual(esmNames);
    });
  }

  it("throws PledgeError values recognisable across module systems", () => {
    const script = (loader: string) =>
      `${loader}
       let caught; try { throw new p.PledgeError("invalid_argument", [{ code: "x", path: ["a"], message: "m", params: {} }]); } catch (e) { caught = e; }
       console.log(JSON.stringify({ is: p.isPledgeError(caught), name: caught.name, code: caught.code, msg: caught.message, zh: p.formatIssue({ code: "invalid_time", path: [], message: "", params: { received: "25:00" } }, "zh-CN") }));`;
    const esm = JSON.parse(node(["--input-type=module", "-e", script(`import * as p from "pledgekit";`)]));
    const cjs = JSON.parse(node(["-e", script(`const p = require("pledgekit");`)]));
    expect(esm).toEqual(cjs);
    expect(esm).toMatchObject({ is: true, name: "PledgeError", code: "invalid_argument", msg: "invalid_argument: a: m" });
    expect(esm.zh).toContain("25:00");
  });
});

// A TypeScript user's project with pledgekit installed in its node_modules (a symlink to this
// package), compiled under each module resolution users have. `node` (node10) ignores "exports" and
// finds subpaths only through "typesVersions"; it is still the default for `module: commonjs`.
describe("every subpath type-checks for a TypeScript user", () => {
  const settings = {
    "node (node10), module commonjs": { module: "commonjs", moduleResolution: "node" },
    "node16, module node16 (CommonJS file)": { module: "node16", moduleResolution: "node16" },
    "bundler, module esnext": { module: "esnext", moduleResolution: "bundler" },
  } as const;
  for (const [name, options] of Object.entries(settings)) {
    it(`resolves "pledgekit" and every "pledgekit/<module>" with moduleResolution ${name}`, () => {
      const dir = resolve(".vitest-results", "consumer", name.replace(/[^\w]+/g, "_"));
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(join(dir, "node_modules"), { recursive: true });
      symlinkSync(resolve("."), join(dir, "node_modules", "pledgekit"), "dir");
      const imports = subpaths.map((subpath, i) => `import * as m${i} from ${JSON.stringify(specifier(subpath))};`);
      // Each namespace must be a typed module, not \`any\` from a failed or untyped resolution.
      const uses = subpaths.map((_, i) => `export const names${i}: readonly (keyof typeof m${i})[] = [];`);
      writeFileSync(join(dir, "index.ts"), `${imports.join("\n")}\n${uses.join("\n")}\nexport const pledgeError: typeof m0.PledgeError = m0.PledgeError;\n`);
      writeFileSync(
        join(dir, "tsconfig.json"),
        JSON.stringify({ compilerOptions: { ...options, target: "es2022", strict: true, noEmit: true, skipLibCheck: true, esModuleInterop: true, types: [], noImplicitAny: true }, files: ["index.ts"] }),
      );
      let output = "";
      try {
        execFileSync(process.execPath, [resolve("node_modules/typescript/bin/tsc"), "-p", join(dir, "tsconfig.json")], { encoding: "utf8" });
      } catch (error) {
        output = String((error as { stdout?: string }).stdout ?? error);
      }
      expect(output).toBe("");
    });
  }
});
