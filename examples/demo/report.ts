// Demo section: writes the HTML report (with its SVG charts) under report/ (gitignored).
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { buildReport } from "../report/buildReport.js";
import { slaWorkerDay } from "./slaWorker.js";

export const reportSection = {
  title: "HTML report 报告",
  async run(): Promise<void> {
    const out = resolve("report");
    mkdirSync(out, { recursive: true });
    const { html, charts } = buildReport({ slaOutbox: await slaWorkerDay() });
    writeFileSync(join(out, "index.html"), html);
    for (const [name, svg] of Object.entries(charts)) writeFileSync(join(out, name), svg);
    console.log(
      `Wrote ${join(out, "index.html")} (${Math.round(html.length / 1024)} KiB) and ${Object.keys(charts).length} SVG chart(s): ${Object.keys(charts).join(", ")}`,
    );
    console.log("Open it in a browser: every figure in it was computed by pledgekit from the bundled sample data.");
  },
};
