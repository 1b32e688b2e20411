// The module graph, read from the sources: each module imports core through its index, another
// module through that module's public index (or the calendar's one internal entry), and
// dependencies point one way. A new cross-module reach into internals fails here.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = resolve("src");
const MODULES = ["core", "calendar", "holidays", "sla", "commitment", "complaint", "remedy", "servqual", "cli"] as const;
// Which modules each module may import (besides itself).
const ALLOWED: Record<string, readonly string[]> = {
  core: [],
  calendar: ["core"],
  holidays: ["core", "calendar"],
  sla: ["core", "calendar"],
  commitment: ["core", "calendar", "sla"],
  complaint: ["core", "calendar"],
  remedy: ["core", "calendar"],
  servqual: ["core"],
  // The CLI is a consumer of the whole library, through public indexes only.
  cli: ["core", "calendar", "holidays", "sla", "commitment", "complaint", "remedy", "servqual", "root"],
  root: ["core", "calendar", "holidays", "sla", "commitment", "complaint", "remedy", "servqual"],
};
// The entry files another module may import.
const ENTRIES = new Set([
  "core/index.ts",
  "calendar/index.ts",
  "calendar/internal/index.ts",
  "holidays/index.ts",
  "sla/index.ts",
  "commitment/index.ts",
  "complaint/index.ts",
  "remedy/index.ts",
  "servqual/index.ts",
  "index.ts",
  "formatIssue.ts",
]);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

function moduleOf(file: string): string {
  const rel = relative(SRC, file).split("/");
  return rel.length === 1 ? "root" : (rel[0] as string);
}

const edges = files(SRC).flatMap((file) => {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/^(?:import|export)[^;]*?from\s+"(\.[^"]+)"/gms)].map((m) => {
    const target = resolve(dirname(file), (m[1] as string).replace(/\.js$/, ".ts"));
    return { from: relative(SRC, file), to: relative(SRC, target), fromModule: moduleOf(file), toModule: moduleOf(target) };
  });
});

describe("the import graph", () => {
  it("reads the sources", () => {
    expect(edges.length).toBeGreaterThan(200);
  });

  it("a module imports another module only through its public index or the calendar's internal entry", () => {
    const reaches = edges.filter((e) => e.fromModule !== e.toModule && !ENTRIES.has(e.to)).map((e) => `${e.from} -> ${e.to}`);
    expect(reaches).toEqual([]);
  });

  it("a module imports core only through core/index.ts", () => {
    const direct = edges.filter((e) => e.fromModule !== "core" && e.toModule === "core" && e.to !== "core/index.ts" && e.fromModule !== "root");
    expect(direct.map((e) => `${e.from} -> ${e.to}`)).toEqual([]);
  });

  it("dependencies point one way (core ← calendar ← sla ← commitment …)", () => {
    const backwards = edges.filter((e) => e.fromModule !== e.toModule && !(ALLOWED[e.fromModule] ?? []).includes(e.toModule));
    expect(backwards.map((e) => `${e.from} -> ${e.to}`)).toEqual([]);
  });

  it("every module folder is known to this test", () => {
    const folders = readdirSync(SRC).filter((name) => statSync(join(SRC, name)).isDirectory());
    expect(folders.filter((f) => !(MODULES as readonly string[]).includes(f))).toEqual([]);
  });
});
