// `npm run bench` (TZ=UTC: the peer libraries compute in the process's local zone).
// Each module contributes one section; they run in this order in one process.
// One import and one array entry per line, so that modules landing in parallel merge cleanly.
import { calendarBench } from "./calendar.bench.js";
import { commitmentBench } from "./commitment.bench.js";
import { complaintBench } from "./complaint.bench.js";
import { remedyBench } from "./remedy.bench.js";
import { servqualBench } from "./servqual.bench.js";
import { runSlaBench } from "./sla.bench.js";

const sections: readonly (() => Promise<void> | void)[] = [calendarBench, runSlaBench, commitmentBench, complaintBench, remedyBench, servqualBench];

console.log(`pledgekit benchmarks — node ${process.version}, TZ=${process.env.TZ ?? "(host)"}`);
for (const section of sections) await section();
