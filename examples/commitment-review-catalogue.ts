// Reviews a draft commitment catalogue exported from a CRM (examples/data/commitments.json) the way
// a service-quality team would before publishing it: SMART, the four elements, wording, and whether
// history shows the promise is achievable. Prints each review in English and Chinese, then the SLA
// policy the publishable time limits generate.
//
//   npx tsx examples/commitment-review-catalogue.ts [en|zh-CN]
import { readFileSync } from "node:fs";
import {
  commitmentToSlaPolicy,
  defineCommitment,
  slaKindOf,
  validateCommitment,
  type CommitmentInput,
  type CommitmentReview,
  type Observation,
} from "pledgekit/commitment";
import type { CalendarInput } from "pledgekit/calendar";
import type { Locale } from "pledgekit";

export interface CommitmentCatalogue {
  readonly commitments: readonly CommitmentInput[];
  readonly history: Readonly<Record<string, readonly Observation[]>>;
  /** The desk's business hours (Shanghai, 2024 public holidays and 调休), for business-hours standards. */
  readonly calendar: CalendarInput;
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(new URL(file, import.meta.url), "utf8"));

export function loadCatalogue(): CommitmentCatalogue {
  const data = readJson("./data/commitments.json") as Omit<CommitmentCatalogue, "calendar">;
  return { ...data, calendar: readJson("./data/calendar-shanghai-2024.json") as CalendarInput };
}

const LETTERS = [
  ["specific", "S"],
  ["measurable", "M"],
  ["achievable", "A"],
  ["relevant", "R"],
  ["timeBound", "T"],
] as const;

/** "S M A R T" with a mark per criterion: ✓ passed, ✗ an error, ~ only warnings. */
export function smartLine(review: CommitmentReview): string {
  return LETTERS.map(([key, letter]) => {
    const bucket = review.smart[key];
    const mark = bucket.pass ? "✓" : bucket.issues.some((issue) => issue.severity === "error") ? "✗" : "~";
    return `${letter}${mark}`;
  }).join(" ");
}

/** One review per commitment of the catalogue, with its history, in `locale`. */
export function reviewCatalogue(catalogue: CommitmentCatalogue, locale: Locale): { id: string; title: string; review: CommitmentReview }[] {
  return catalogue.commitments.map((input) => {
    const history = catalogue.history[input.id];
    // { start, end } history of a business-hours standard is measured in business time on the calendar.
    const review = validateCommitment(input, { locale, calendar: catalogue.calendar, ...(history === undefined ? {} : { history }) });
    return { id: input.id, title: input.title ?? "", review };
  });
}

export function printReviews(rows: ReturnType<typeof reviewCatalogue>): void {
  for (const { id, title, review } of rows) {
    const verdict = review.valid ? "publishable 可发布" : "needs work 需修改";
    console.log(`\n${review.valid ? "✔" : "✘"} ${id} — ${title}`);
    console.log(`  ${smartLine(review)}  ${verdict}`);
    if (review.attainment !== undefined) {
      const { rate, sample, promised } = review.attainment;
      console.log(`  history 历史: ${(rate * 100).toFixed(1)}% of ${sample} cases met (promised ${promised * 100}%)`);
    }
    for (const issue of review.issues) console.log(`  ${issue.severity === "error" ? "✗" : "~"} [${issue.code}] ${issue.path.join(".")}: ${issue.message}`);
  }
}

function main(): void {
  const locale: Locale = process.argv[2] === "zh-CN" ? "zh-CN" : "en";
  const catalogue = loadCatalogue();
  const rows = reviewCatalogue(catalogue, locale);
  printReviews(rows);
  const publishable = rows.filter((row) => row.review.valid).length;
  console.log(`\n${publishable} of ${rows.length} commitments are publishable (可发布).`);

  // The publishable time limits on SLA metrics drive the ticket timers directly.
  const timeLimits = catalogue.commitments
    .filter((input) => rows.find((row) => row.id === input.id)?.review.valid === true)
    .filter((input) => slaKindOf(defineCommitment(input)) !== undefined);
  const policy = commitmentToSlaPolicy(timeLimits, { id: "published-commitments", calendar: catalogue.calendar });
  console.log("\nSLA metrics generated from the published commitments (SLA 指标):");
  for (const metric of policy.metrics) console.log(`  ${metric.id}: ${JSON.stringify(metric.targets)}`);
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].split("/").pop() ?? "")) main();
