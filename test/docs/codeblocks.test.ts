import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// Every ```ts block in the README files and docs/ must type-check against the library's sources,
// as a user would write it ("pledgekit" and "pledgekit/<module>" imports). Fragments belong in
// ```text blocks.

const root = resolve(".");
const outDir = join(root, ".vitest-results", "docblocks");

function markdownFiles(): string[] {
  const files = readdirSync(root).filter((name) => /^README.*\.md$/.test(name));
  const walk = (dir: string): void => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      // Generated output (the typedoc reference, the VitePress build and cache) is not documentation source.
      if (entry.isDirectory() && relative(root, path) !== join("docs", "api", "reference") && entry.name !== ".vitepress") walk(path);
      else if (entry.name.endsWith(".md")) files.push(relative(root, path));
    }
  };
  walk(join(root, "docs"));
  return files.sort();
}

interface Block {
  readonly file: string;
  readonly line: number;
  readonly code: string;
  readonly out: string;
}

function extractBlocks(file: string): Block[] {
  const lines = readFileSync(file, "utf8").split("\n");
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```(ts|typescript)\s*$/.exec(lines[i] ?? "");
    if (open === null) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^\s*```\s*$/.test(lines[end] ?? "")) end++;
    const code = lines.slice(start, end).join("\n");
    const out = join(outDir, `${file.replace(/[^\w]+/g, "_")}_L${start + 1}.ts`);
    blocks.push({ file, line: start + 1, code, out });
    i = end;
  }
  return blocks;
}

const files = markdownFiles();
const blocks = files.flatMap(extractBlocks);

function compileAll(): Map<string, string[]> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const block of blocks) writeFileSync(block.out, `${block.code}\nexport {};\n`);
  const modules = readdirSync(join(root, "src"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, "src", entry.name, "index.ts")))
    .map((entry) => entry.name);
  const paths: Record<string, string[]> = { pledgekit: [join(root, "src/index.ts")] };
  for (const name of modules) paths[`pledgekit/${name}`] = [join(root, "src", name, "index.ts")];
  const base = JSON.parse(readFileSync(join(root, "tsconfig.json"), "utf8")) as { compilerOptions: Record<string, unknown> };
  writeFileSync(
    join(outDir, "tsconfig.json"),
    JSON.stringify({ compilerOptions: { ...base.compilerOptions, paths, noUnusedLocals: false }, include: ["*.ts"] }),
  );
  const errors = new Map<string, string[]>();
  try {
    execFileSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", join(outDir, "tsconfig.json")], { encoding: "utf8" });
  } catch (error) {
    const output = String((error as { stdout?: string }).stdout ?? error);
    for (const line of output.split("\n")) {
      const match = /^(.*?\.ts)\((\d+),\d+\): (error .*)$/.exec(line.trim());
      if (match === null) continue;
      const block = blocks.find((b) => resolve(outDir, match[1] ?? "") === b.out || resolve(root, match[1] ?? "") === b.out);
      const key = block === undefined ? (match[1] ?? "?") : block.file;
      const where = block === undefined ? line : `${block.file}:${block.line + Number(match[2]) - 1}: ${match[3]}`;
      errors.set(key, [...(errors.get(key) ?? []), where]);
    }
    if (errors.size === 0) errors.set("tsc", [output]);
  }
  return errors;
}

// One tsc run for every block, made by the first test that needs it (never while the file loads, so
// its time shows in the first test's duration instead of vanishing into collection).
let compiled: Map<string, string[]> | undefined;
const errorsByFile = (): Map<string, string[]> => (compiled ??= compileAll());

describe("code blocks in README and docs type-check", () => {
  it(`compiles all ${blocks.length} blocks with one tsc run (no stray errors outside the documents)`, () => {
    expect(blocks.length).toBeGreaterThan(0);
    const errors = errorsByFile();
    const stray = [...errors.keys()].filter((key) => !files.includes(key));
    expect(stray.map((key) => errors.get(key))).toEqual([]);
    // One tsc over every block: about 15 s on a quiet 2-core machine, much more while other suites run.
  }, 300_000);

  for (const file of files) {
    const count = blocks.filter((block) => block.file === file).length;
    if (count === 0) continue;
    it(`${file}: ${count} TypeScript block(s)`, () => {
      expect(errorsByFile().get(file) ?? []).toEqual([]);
    });
  }
});
