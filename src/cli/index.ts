// The `pledgekit` command (package.json "bin"). Built on its own (dist/cli/); no library entry
// point imports it, so the CLI's dependencies never reach a library user's bundle.
import { EXIT } from "./exitCodes.js";
import { main } from "./main.js";

// A reader that closes the pipe early (`| head`) is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`pledgekit: internal error: ${String(error)}\n`);
    process.exitCode = EXIT.internal;
  },
);
