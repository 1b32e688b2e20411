import { existsSync } from "node:fs";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

// What a user's bundler pulls in for one subpath. Modules that never touch time zones must not
// drag date-fns-tz (or the calendar engine) along.
async function bundledInputs(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    treeShaking: true,
    minify: true,
    logLevel: "silent",
  });
  return Object.keys(result.metafile.inputs);
}

const zoneFree = ["servqual", "holidays"].filter((name) => existsSync(`dist/${name}/index.js`));

describe("tree shaking of the built entry points", () => {
  it("the root entry point bundles", async () => {
    expect((await bundledInputs("dist/index.js")).length).toBeGreaterThan(0);
  });

  for (const name of zoneFree) {
    it(`pledgekit/${name} alone does not pull in date-fns-tz`, async () => {
      const inputs = await bundledInputs(`dist/${name}/index.js`);
      expect(inputs.filter((path) => path.includes("date-fns"))).toEqual([]);
    });
  }
});
