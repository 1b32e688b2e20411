// Worker thread of `pledgekit sla evaluate`: compiles the policy once, then turns batches of raw
// NDJSON lines into batches of NDJSON reports. Built as its own entry (dist/cli/sla-worker.js).
import { parentPort, workerData } from "node:worker_threads";
import { defineSlaPolicy } from "../../sla/index.js";
import { evaluateLines } from "./evaluateLines.js";
import type { BatchRequest, BatchResult, WorkerSetup } from "./protocol.js";

const setup = workerData as WorkerSetup;
const settings = { ...setup, policy: defineSlaPolicy(setup.policy) };
const decoder = new TextDecoder();
const encoder = new TextEncoder();

parentPort?.on("message", (request: BatchRequest) => {
  const outcome = evaluateLines(decoder.decode(request.bytes), request.firstLine, settings);
  const out = encoder.encode(outcome.out);
  const result: BatchResult = { seq: request.seq, out, tickets: outcome.tickets, bad: outcome.bad, stopped: outcome.stopped };
  parentPort?.postMessage(result, [out.buffer]);
});
