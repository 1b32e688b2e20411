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

  it("values compiled by the CommonJS build work in the ESM build, for every module (one compiled-value protocol)", () => {
    const script = `
      import { createRequire } from "node:module";
      import * as esm from "pledgekit";
      const cjs = createRequire(import.meta.url)("pledgekit");
      const calendarInput = { timeZone: "Asia/Shanghai", week: { mon: [["09:00", "18:00"]], tue: [["09:00", "18:00"]] } };
      const calendar = cjs.defineCalendar(calendarInput);
      const sla = cjs.defineSlaPolicy({ id: "p", calendar, metrics: [{ id: "fr", kind: "first_response", targets: { default: "PT2H" } }] });
      const commitment = cjs.defineCommitment({ id: "c", title: "We reply within 2 hours", standard: { metric: "first_response", target: "PT2H" } });
      const complaint = cjs.defaultComplaintPolicy();
      const remedy = cjs.defineRemedyPolicy({ id: "r", currency: "EUR", facts: { fee: { type: "money" } }, rules: [{ id: "late", kind: "credit", amount: { percent: 10, of: "fee" } }] });
      const instrument = cjs.servqualInstrument();
      const events = [{ type: "created", at: "2024-06-03T01:00:00Z", priority: "normal" }];
      const out = {
        kinds: [calendar, sla, commitment, complaint, remedy, instrument].map((v) => v.kind),
        is: [esm.isCalendar(calendar), esm.isSlaPolicy(sla), esm.isCommitment(commitment), esm.isComplaintPolicy(complaint), esm.isRemedyPolicy(remedy), esm.isInstrument(instrument)],
        due: esm.addBusinessTime(calendar, "2024-06-03T17:00:00+08:00", "PT2H").toISOString(),
        sla: JSON.stringify(esm.evaluateSla(sla, events, "2024-06-03T04:00:00Z")) === JSON.stringify(cjs.evaluateSla(sla, events, "2024-06-03T04:00:00Z")),
        review: esm.validateCommitment(commitment).valid === cjs.validateCommitment(commitment).valid,
        complaint: esm.openComplaint(complaint, { id: "x", receivedAt: "2024-06-03T01:00:00Z" }).id,
        remedy: JSON.stringify(esm.decideRemedy(remedy, { fee: { currency: "EUR", amount: "50.00" } }).totals),
        servqual: esm.scoreServqual(instrument, [{ expectations: { q1: 5 }, perceptions: { q1: 6 } }], { mode: "lenient" }).items.find((i) => i.id === "q1").gap,
        forged: (() => { try { esm.isOpen({ kind: "pledgekit.calendar", definition: { timeZone: "Mars/Base" }, [Symbol.for("pledgekit.compiled")]: "pledgekit.calendar" }, 0); return "accepted"; } catch (e) { return esm.isPledgeError(e) ? e.code : String(e); } })(),
      };
      console.log(JSON.stringify(out));`;
    const out = JSON.parse(node(["--input-type=module", "-e", script]));
    expect(out).toEqual({
      kinds: [
        "pledgekit.calendar",
        "pledgekit.sla_policy",
        "pledgekit.commitment",
        "pledgekit.complaint_policy",
        "pledgekit.remedy_policy",
        "pledgekit.instrument",
      ],
      is: [true, true, true, true, true, true],
      due: "2024-06-04T02:00:00.000Z",
      sla: true,
      review: true,
      complaint: "x",
      remedy: JSON.stringify([{ currency: "EUR", amount: "5.00" }]),
      servqual: 1,
      forged: "invalid_argument",
    });
  });

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
        JSON.stringify({
          compilerOptions: {
            ...options,
            target: "es2022",
            strict: true,
            noEmit: true,
            skipLibCheck: true,
            esModuleInterop: true,
            types: [],
            noImplicitAny: true,
          },
          files: ["index.ts"],
        }),
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
