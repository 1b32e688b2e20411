// `npm run demo`: pledgekit end to end on the bundled sample data in examples/data/.
// Each module adds a section; they run in this order and print what a CRM would show.
import { run as calendar } from "./demo/calendar.js";
import { commitmentSection } from "./demo/commitment.js";
import { run as complaint } from "./demo/complaint.js";
import { servqualDemo } from "./demo/servqual.js";
import { run as sla } from "./demo/sla.js";
import { slaWorkerSection } from "./demo/slaWorker.js";
import { remedySection } from "./demo/remedy.js";
import { reportSection } from "./demo/report.js";

const sections: readonly { readonly title: string; readonly run: () => Promise<void> | void }[] = [
  { title: "Business calendars 营业日历: Shanghai 调休, New York DST, an overnight desk", run: calendar },
  { title: "SLA timers 服务时限: a day of tickets before National Day", run: sla },
  slaWorkerSection,
  commitmentSection,
  { title: "Complaints 投诉: from receipt to closure", run: complaint },
  remedySection,
  servqualDemo,
  reportSection,
];

for (const section of sections) {
  console.log(`\n━━ ${section.title} ━━`);
  await section.run();
}
