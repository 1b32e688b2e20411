// `npm run schemas`: regenerates schemas/*.json (committed, checked by test/schemas.test.ts).
// The build copies them into dist/schemas/ (exported as pledgekit/schemas/*.json).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { generateSchemas, serialise } from "./schemas.js";

mkdirSync("schemas", { recursive: true });
for (const name of readdirSync("schemas")) if (name.endsWith(".json")) rmSync(`schemas/${name}`);
const documents = generateSchemas();
for (const [file, document] of Object.entries(documents)) writeFileSync(`schemas/${file}.json`, serialise(document));
console.log(`wrote ${Object.keys(documents).length} schema(s): ${Object.keys(documents).join(", ")}`);
