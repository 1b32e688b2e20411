// Demo section: review a draft commitment catalogue, then the KPIs behind the commitments.
import { readFileSync } from "node:fs";
import { commitmentToSlaPolicy, computeKpis, slaKindOf, defineCommitment, type KpiDefinitionInput, type KpiOutcome } from "pledgekit/commitment";
import { defineSlaPolicy, evaluateSla } from "pledgekit/sla";
import { loadCatalogue, reviewCatalogue, smartLine } from "../commitment-review-catalogue.js";

interface KpiData {
  readonly kpis: readonly KpiDefinitionInput[];
  readonly outcomes: readonly KpiOutcome[];
}

const pct = (value: number | null): string => (value === null ? "—" : `${value.toFixed(1)}%`);

export const commitmentSection = {
  title: "Commitments: SMART review of a draft catalogue, and KPIs (服务承诺审核与KPI)",
  run(): void {
    const catalogue = loadCatalogue();
    const en = reviewCatalogue(catalogue, "en");
    const zh = reviewCatalogue(catalogue, "zh-CN");
    en.forEach((row, index) => {
      console.log(`${row.review.valid ? "✔" : "✘"} ${row.id.padEnd(20)} ${smartLine(row.review)}  ${row.title}`);
      const first = row.review.issues[0];
      if (first !== undefined) {
        console.log(`    ${first.message}`);
        console.log(`    ${zh[index]?.review.issues[0]?.message ?? ""}`);
      }
    });
    console.log(`${en.filter((row) => row.review.valid).length} of ${en.length} publishable (可发布)`);

    // One definition drives both: the publishable time limits become the SLA policy of the ticket timers.
    const published = catalogue.commitments.filter(
      (input) => en.find((row) => row.id === input.id)?.review.valid === true && slaKindOf(defineCommitment(input)) !== undefined,
    );
    const policy = defineSlaPolicy(commitmentToSlaPolicy(published, { id: "published", calendar: catalogue.calendar }));
    const created = "2024-10-18T17:30:00+08:00"; // Friday evening, before the weekend
    console.log("\nSLA timers from the published commitments, enquiry on Friday 17:30 Shanghai (周五17:30的咨询):");
    for (const [priority, label] of [
      ["low", "standard, 2 business hours 普通"],
      ["urgent", "VIP, 1 hour 24/7 VIP"],
    ] as const) {
      const report = evaluateSla(policy, [{ type: "created", at: created, priority }], "2024-10-18T18:00:00+08:00");
      const first = report.metrics.find((metric) => metric.kind === "first_response");
      console.log(`  ${label.padEnd(34)} first reply due ${first?.dueAt ?? "—"} (UTC)`);
    }

    const data = JSON.parse(readFileSync(new URL("../data/kpi-outcomes.json", import.meta.url), "utf8")) as KpiData;
    const report = computeKpis(data.kpis, data.outcomes, { from: "2025-03-01T00:00:00+08:00", to: "2025-04-01T00:00:00+08:00", locale: "zh-CN" });
    console.log("\nMarch 2025 KPIs (2025年3月关键绩效指标): baseline → actual (target)");
    for (const kpi of report.kpis) {
      const verdict = kpi.met ? "met 达成" : "missed 未达成";
      console.log(
        `  ${kpi.label.padEnd(6, "　")} ${pct(kpi.baseline)} → ${pct(kpi.actual)} (target ${pct(kpi.target)})  ${verdict}, progress ${kpi.progress === null ? "—" : `${Math.round(kpi.progress * 100)}%`}`,
      );
    }
  },
};
