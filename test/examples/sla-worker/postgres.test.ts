// The reference SLA worker on a real PostgreSQL server: a throwaway cluster this file starts (initdb
// in a temp dir, a free port) and removes. Missing server binaries fail the suite: CI installs them.
import { afterAll } from "vitest";
import { openPostgres } from "../../../examples/sla-worker/postgres.js";
import { startThrowawayPostgres, type ThrowawayPostgres } from "../../../examples/sla-worker/throwawayPostgres.js";
import { describeWorker } from "./suite.js";

let server: ThrowawayPostgres | undefined;
afterAll(() => server?.stop());

describeWorker({
  name: "PostgreSQL",
  async open() {
    server = await startThrowawayPostgres();
    return openPostgres(server.url, { max: 12 });
  },
  // The server ends the worker's backend, as if its machine died: the transaction is rolled back.
  kill: async (tx) => {
    await tx.query("select pg_terminate_backend(pg_backend_pid())");
  },
  tickets: 400,
});
