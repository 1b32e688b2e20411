import { build } from "esbuild";
import { describe, expect, it } from "vitest";

// What a user's bundler pulls in for one subpath. Modules that never touch time zones must not
// drag date-fns-tz (or the calendar engine) along.
async function bundledInputs(entry: string): Promise<[string, number][]> {
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
  // Files whose code reached the bundle: esbuild reads (and lists) every file of the import graph,
  // but only the ones with bytes in the output were kept by tree shaking.
  const output = Object.values(result.metafile.outputs)[0];
  return Object.entries(output?.inputs ?? {})
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path, input]) => [path, input.bytesInOutput]);
}

// dist/ is built by `npm test` before the suites run; a missing entry fails here, never skips.
const zoneFree = ["servqual", "holidays"];

describe("tree shaking of the built entry points", () => {
  it("the root entry point bundles, with date-fns-tz for formatting local times", async () => {
    const inputs = await bundledInputs("dist/index.js");
    expect(inputs.some(([path]) => path.includes("date-fns-tz"))).toBe(true);
  });

  for (const name of zoneFree) {
    it(`pledgekit/${name} alone does not pull in date-fns-tz`, async () => {
      const inputs = await bundledInputs(`dist/${name}/index.js`);
      // date-fns-tz declares no `sideEffects: false`, so esbuild keeps a few of its module-level
      // statements (about 240 bytes); its formatting code and the date-fns locales must not come.
      const dateFns = inputs.filter(([path]) => path.includes("date-fns"));
      expect(dateFns.filter(([path]) => path.includes("/locale/") || path.includes("formatInTimeZone"))).toEqual([]);
      expect(dateFns.reduce((sum, [, bytes]) => sum + bytes, 0)).toBeLessThan(512);
    });
  }
});
