// Part of the build: ships the committed JSON Schema files inside dist/.
import { cpSync, existsSync } from "node:fs";

if (existsSync("schemas")) cpSync("schemas", "dist/schemas", { recursive: true });
