// Part of the build: ships the committed JSON Schema files inside dist/ (a missing schemas/ folder fails the build).
import { cpSync } from "node:fs";

cpSync("schemas", "dist/schemas", { recursive: true });
