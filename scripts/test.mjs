#!/usr/bin/env node
// `npm test`: build, type-check, run every suite once, run the time-zone-sensitive suites again under
// several host TZ values (results must not depend on the host zone), check the packed package, then
// print the time of every stage and one plain summary line "N passed, N failed" summed over every run.
//
// `--skip-build` (used by .ci/run, where `npm ci` has just built dist/ through `prepare`) skips the
// library build; everything else always runs.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

const HOST_ZONES = ["UTC", "America/Santiago", "Australia/Lord_Howe", "Asia/Kolkata", "America/St_Johns"];
// Suites whose answers involve wall-clock time; they must give identical results under every TZ.
const ZONE_SENSITIVE = ["test/calendar", "test/sla", "test/complaint", "test/tz"];
const missing = ZONE_SENSITIVE.filter((dir) => !existsSync(dir));
if (missing.length > 0) {
  console.error(`scripts/test.mjs: the time-zone-sensitive suites ${missing.join(", ")} do not exist; fix ZONE_SENSITIVE`);
  process.exit(1);
}
const skipBuild = process.argv.includes("--skip-build");
const outDir = ".vitest-results";
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

let passed = 0;
let failed = 0;
let broken = false;
/** @type {{ label: string, seconds: number, ok: boolean }[]} */
const timings = [];

function timed(label, fn) {
  console.log(`\n=== ${label} ===`);
  const start = performance.now();
  const ok = fn();
  timings.push({ label, seconds: (performance.now() - start) / 1000, ok });
  return ok;
}

function spawn(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return result.status ?? 1;
}

/** A stage that counts as one check. */
function check(label, command, args, env = {}) {
  const ok = timed(label, () => spawn(command, args, env) === 0);
  if (ok) passed += 1;
  else {
    failed += 1;
    broken = true;
  }
  return ok;
}

const bin = (name) => join("node_modules", ".bin", name);

// The package tests import the built dist/ through the package name: build first so it is current.
if (skipBuild && !existsSync("dist/index.js")) {
  console.error("--skip-build given but dist/ is missing: run `npm run build`");
  process.exit(1);
}
if (!skipBuild) check("build (tsup, schemas)", "npm", ["run", "--silent", "build"]);
// The docs site (API reference pages + VitePress) is built before the suites: test/browser opens it.
check("docs site (typedoc per subpath + VitePress, offline)", "npm", ["run", "--silent", "docs:build"]);
check("typecheck (src, test, examples, bench)", bin("tsc"), ["--noEmit", "-p", "tsconfig.json"]);
check("lint and format (Biome)", bin("biome"), ["check", "."]);
check("unused files, exports and dependencies (knip)", bin("knip"), ["--no-progress"]);

function vitestRun(label, files, env) {
  const output = join(outDir, `${label.replace(/[^\w]+/g, "_")}.json`);
  timed(label, () => {
    // Type-level tests do not depend on the host zone: only the first run checks them.
    const typecheck = Object.keys(env).length === 0 ? [] : ["--typecheck.enabled=false"];
    const status = spawn(bin("vitest"), ["run", ...files, ...typecheck, "--reporter=dot", "--reporter=json", `--outputFile.json=${output}`], env);
    if (!existsSync(output)) {
      console.error(`${label}: vitest wrote no results (exit ${status})`);
      failed += 1;
      broken = true;
      return false;
    }
    const report = JSON.parse(readFileSync(output, "utf8"));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    // A suite that fails to load counts no test but still fails the run.
    const ok = status === 0 && report.numFailedTestSuites === 0;
    if (!ok) broken = true;
    return ok;
  });
}

vitestRun("all suites", [], {});
for (const zone of HOST_ZONES) vitestRun(`TZ=${zone}`, ZONE_SENSITIVE, { TZ: zone });
// test/tz/digest.test.ts wrote one digest per run: they must all be identical.
timed("identical results under every host TZ", () => {
  const digestDir = join(outDir, "digest");
  const digests = existsSync(digestDir) ? readdirSync(digestDir).map((name) => JSON.parse(readFileSync(join(digestDir, name), "utf8"))) : [];
  const hashes = new Set(digests.map((entry) => entry.hash));
  if (digests.length === HOST_ZONES.length + 1 && hashes.size === 1) {
    console.log(`${digests.length} runs, one digest ${[...hashes][0]}`);
    passed += 1;
    return true;
  }
  console.error("digests differ or are missing:", digests);
  failed += 1;
  broken = true;
  return false;
});

// Packaging checks on the packed tarball, exactly what `npm publish` would upload. Packed once with
// --ignore-scripts: `npm pack` would otherwise run `prepare` and build a second time.
const packDir = join(outDir, "pack");
mkdirSync(packDir, { recursive: true });
if (check("npm pack (the tarball users install)", "npm", ["pack", "--ignore-scripts", "--silent", "--pack-destination", packDir])) {
  const tarball = join(packDir, readdirSync(packDir).find((name) => name.endsWith(".tgz")) ?? "missing.tgz");
  check("publint (package.json exports and files)", bin("publint"), ["run", tarball]);
  // The default (strict) profile: node10 (typesVersions), node16 from CJS and ESM, and bundler.
  check("arethetypeswrong (node10, node16 CJS/ESM, bundler)", bin("attw"), [tarball]);
}
check("size-limit (size budget per entry point)", bin("size-limit"), []);

console.log("\n=== time per stage ===");
const total = timings.reduce((sum, t) => sum + t.seconds, 0);
for (const t of timings) console.log(`${t.seconds.toFixed(1).padStart(7)} s  ${t.ok ? "ok  " : "FAIL"}  ${t.label}`);
console.log(`${total.toFixed(1).padStart(7)} s  total`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(broken || failed > 0 ? 1 : 0);
