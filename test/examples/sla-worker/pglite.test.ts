// The reference SLA worker on PGlite, the embedded default (one connection: workers interleave).
import { openPglite } from "../../../examples/sla-worker/pglite.js";
import { describeWorker } from "./suite.js";

describeWorker({
  name: "PGlite",
  open: () => openPglite(),
  kill: () => Promise.reject(new Error("worker killed before commit")),
  tickets: 300,
});
