import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateSchemas, serialise } from "../scripts/schemas.js";

describe("JSON Schema files", () => {
  const documents = generateSchemas();

  it("schemas/ holds exactly the generated files (run `npm run schemas` after changing a zod schema)", () => {
    const committed = existsSync("schemas")
      ? readdirSync("schemas")
          .filter((name) => name.endsWith(".json"))
          .sort()
      : [];
    expect(committed).toEqual(
      Object.keys(documents)
        .map((file) => `${file}.json`)
        .sort(),
    );
  });

  for (const [file, document] of Object.entries(documents)) {
    it(`schemas/${file}.json is in sync with the zod schema`, () => {
      expect(readFileSync(`schemas/${file}.json`, "utf8")).toBe(serialise(document));
    });
  }
});
