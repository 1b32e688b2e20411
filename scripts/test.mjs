#!/usr/bin/env node
// `npm test`: build, type-check, run every suite once, run the time-zone-sensitive suites again under
// several host TZ values (results must not depend on the host zone), then print one plain summary
// line "N passed, N failed" summed over every run.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

const HOST_ZONES = ["UTC", "America/Santiago", "Australia/Lord_Howe", "Asia/Kolkata", "America/St_Johns"];
// Suites whose answers involve wall-clock time; they must give identical results under every TZ.
const ZONE_SENSITIVE = ["test/calendar", "test/sla", "test/complaint", "test/tz"].filter((dir) => existsSync(dir));
const outDir = ".vitest-results";
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

let passed = 0;
let failed = 0;
let broken = false;

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return result.status ?? 1;
}

const vitest = join("node_modules", ".bin", "vitest");

// The package tests import the built dist/ through the package name: build first so it is current.
if (run("build", "npm", ["run", "--silent", "build"]) !== 0) {
  failed += 1;
  broken = true;
} else passed += 1;

if (run("typecheck (src, test, examples, bench)", join("node_modules", ".bin", "tsc"), ["--noEmit", "-p", "tsconfig.json"]) !== 0) {
  failed += 1;
  broken = true;
} else passed += 1;

function vitestRun(label, files, env) {
  const output = join(outDir, `${label.replace(/[^\w]+/g, "_")}.json`);
  const status = run(label, vitest, ["run", ...files, "--reporter=dot", "--reporter=json", `--outputFile.json=${output}`], env);
  if (!existsSync(output)) {
    console.error(`${label}: vitest wrote no results (exit ${status})`);
    failed += 1;
    broken = true;
    return;
  }
  const report = JSON.parse(readFileSync(output, "utf8"));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // A suite that fails to load counts no test but still fails the run.
  if (status !== 0 || report.numFailedTestSuites > 0) broken = true;
}

vitestRun("all suites", [], {});
if (ZONE_SENSITIVE.length > 0) {
  for (const zone of HOST_ZONES) vitestRun(`TZ=${zone}`, ZONE_SENSITIVE, { TZ: zone });
  // test/tz/digest.test.ts wrote one digest per run: they must all be identical.
  console.log("\n=== identical results under every host TZ ===");
  const digestDir = join(outDir, "digest");
  const digests = existsSync(digestDir)
    ? readdirSync(digestDir).map((name) => JSON.parse(readFileSync(join(digestDir, name), "utf8")))
    : [];
  const hashes = new Set(digests.map((entry) => entry.hash));
  if (digests.length === HOST_ZONES.length + 1 && hashes.size === 1) {
    console.log(`${digests.length} runs, one digest ${[...hashes][0]}`);
    passed += 1;
  } else {
    console.error("digests differ or are missing:", digests);
    failed += 1;
    broken = true;
  }
}

// Packaging checks on the built dist/ (npm install and the CI build it): each counts as one check.
const bin = (name) => join("node_modules", ".bin", name);
const packageChecks = [
  ["publint (package.json exports and files)", bin("publint"), []],
  ["arethetypeswrong (types for ESM and CJS consumers)", bin("attw"), ["--pack", ".", "--profile", "node16"]],
  ["size-limit (size budget per entry point)", bin("size-limit"), []],
];
for (const [label, command, args] of packageChecks) {
  if (run(label, command, args) === 0) passed += 1;
  else {
    failed += 1;
    broken = true;
  }
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(broken || failed > 0 ? 1 : 0);
