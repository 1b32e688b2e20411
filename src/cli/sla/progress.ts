// A progress bar on stderr, drawn only when stderr is a terminal: pipes and log files get no
// carriage returns or ANSI codes.
const WIDTH = 24;

export interface Progress {
  update(bytes: number, tickets: number): void;
  /** Prints a line (a bad ticket) above the bar. */
  log(line: string): void;
  stop(): void;
}

export function createProgress(enabled: boolean, totalBytes: number | null, startedAt: number): Progress {
  if (!enabled) {
    return {
      update() {},
      log: (line) => process.stderr.write(`${line}\n`),
      stop() {},
    };
  }
  let bytes = 0;
  let tickets = 0;
  const draw = (): void => {
    const seconds = Math.max((Date.now() - startedAt) / 1000, 0.001);
    const rate = Math.round(tickets / seconds);
    let bar = "";
    if (totalBytes !== null && totalBytes > 0) {
      const share = Math.min(bytes / totalBytes, 1);
      const filled = Math.round(share * WIDTH);
      bar = `[${"#".repeat(filled)}${".".repeat(WIDTH - filled)}] ${(share * 100).toFixed(0).padStart(3)}% `;
    }
    process.stderr.write(`\r\x1b[K${bar}${tickets} tickets, ${rate}/s`);
  };
  const timer = setInterval(draw, 200);
  timer.unref();
  return {
    update(nextBytes, nextTickets) {
      bytes = nextBytes;
      tickets = nextTickets;
    },
    log(line) {
      process.stderr.write(`\r\x1b[K${line}\n`);
      draw();
    },
    stop() {
      clearInterval(timer);
      process.stderr.write("\r\x1b[K");
    },
  };
}
