// `npm run bench` (TZ=UTC: the peer libraries compute in the process's local zone).
// Each module contributes one section; they run in this order in one process.
import { calendarBench } from "./calendar.bench.js";
import { complaintBench } from "./complaint.bench.js";
import { servqualBench } from "./servqual.bench.js";
import { runSlaBench } from "./sla.bench.js";

const sections: readonly (() => Promise<void> | void)[] = [calendarBench, runSlaBench, complaintBench, servqualBench];

console.log(`pledgekit benchmarks — node ${process.version}, TZ=${process.env.TZ ?? "(host)"}`);
for (const section of sections) await section();

export {};
