// `npm run demo`: pledgekit end to end on the bundled sample data in examples/data/.
// Each module adds a section; they run in this order and print what a CRM would show.
import { remedySection } from "./demo/remedy.js";

const sections: readonly { readonly title: string; readonly run: () => Promise<void> | void }[] = [remedySection];

for (const section of sections) {
  console.log(`\n━━ ${section.title} ━━`);
  await section.run();
}
