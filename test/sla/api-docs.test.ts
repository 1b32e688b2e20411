// docs/api/sla.md lists every report field with its type: each field's optionality and nullability
// there must be what src/sla/types.ts declares (issue 16: `remaining` can be null).
import { readFileSync } from "node:fs";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const doc = readFileSync("docs/api/sla.md", "utf8");

/** Rows of the table after `<!-- fields: Name -->`: field → { optional, nullable }. */
function documented(name: string): Record<string, { optional: boolean; nullable: boolean }> {
  const start = doc.indexOf(`<!-- fields: ${name} -->`);
  expect(start, `docs/api/sla.md has a field table for ${name}`).toBeGreaterThanOrEqual(0);
  const out: Record<string, { optional: boolean; nullable: boolean }> = {};
  for (const line of doc.slice(start).split("\n").slice(3)) {
    const m = /^\| `(\w+)(\??)` \| (.+?) \|/.exec(line);
    if (m === null) break;
    out[m[1] as string] = { optional: m[2] === "?", nullable: /\bnull\b/.test(m[3] as string) };
  }
  return out;
}

/** Properties of an interface in src/sla/types.ts (inherited ones included): field → { optional, nullable }. */
function declared(name: string): Record<string, { optional: boolean; nullable: boolean }> {
  const program = ts.createProgram(["src/sla/types.ts"], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile("src/sla/types.ts") as ts.SourceFile;
  const node = source.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === name);
  expect(node, `src/sla/types.ts declares ${name}`).toBeDefined();
  const type = checker.getTypeAtLocation(node as ts.InterfaceDeclaration);
  const out: Record<string, { optional: boolean; nullable: boolean }> = {};
  for (const property of checker.getPropertiesOfType(type)) {
    const propertyType = checker.getTypeOfSymbol(property);
    const parts = propertyType.isUnion() ? propertyType.types : [propertyType];
    out[property.name] = { optional: (property.flags & ts.SymbolFlags.Optional) !== 0, nullable: parts.some((part) => (part.flags & ts.TypeFlags.Null) !== 0) };
  }
  return out;
}

describe("docs/api/sla.md states each report field's optionality and nullability as the types do", () => {
  for (const name of ["SlaReport", "MetricReport"]) {
    it(name, () => {
      expect(documented(name)).toEqual(declared(name));
    });
  }
});
