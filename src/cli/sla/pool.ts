import { Worker } from "node:worker_threads";
import type { BatchRequest, BatchResult, WorkerSetup } from "./protocol.js";

/**
 * V8 grows a heap lazily towards its limit. A worker holds one batch at a time (a few MB), so capped
 * heaps keep a 1,000,000-ticket run near 200 MB of RSS with two workers, at no measurable CPU cost;
 * the default limits let the same run pass 300 MB.
 */
const HEAP_LIMITS = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 96 } as const;

/**
 * Worker threads that evaluate batches and hand the results back in input order. At most `limit`
 * batches are between dispatch and write at any time, and nothing is dispatched while stdout is
 * full: memory stays bounded whatever the input size, and a slow reader slows the whole run.
 */
export class OrderedPool {
  private readonly workers: { readonly worker: Worker; pending: number }[];
  private readonly ready = new Map<number, BatchResult>();
  private readonly limit: number;
  private dispatched = 0;
  private written = 0;
  private blocked = false;
  private wake: (() => void) | null = null;
  /** A worker crashed: the run ends with this error. */
  failure: Error | null = null;
  /** Under --strict a batch stopped at a bad line: nothing after it is written. */
  stopped = false;

  constructor(
    url: URL,
    count: number,
    setup: WorkerSetup,
    private readonly write: (result: BatchResult) => boolean,
  ) {
    this.limit = count * 3;
    this.workers = Array.from({ length: count }, () => {
      const entry = { worker: new Worker(url, { workerData: setup, resourceLimits: HEAP_LIMITS }), pending: 0 };
      entry.worker.on("message", (result: BatchResult) => {
        entry.pending--;
        this.ready.set(result.seq, result);
        this.flush();
      });
      entry.worker.on("error", (error) => {
        this.failure ??= error;
        this.notify();
      });
      return entry;
    });
  }

  /** Waits until another batch may be dispatched (or the run is over). */
  async slot(): Promise<void> {
    while (!this.over() && (this.dispatched - this.written >= this.limit || this.blocked)) await this.sleep();
  }

  /** Sends a batch to the least busy worker. `bytes` is transferred. */
  dispatch(firstLine: number, bytes: Uint8Array): void {
    const target = this.workers.reduce((best, entry) => (entry.pending < best.pending ? entry : best));
    const request: BatchRequest = { seq: this.dispatched++, firstLine, bytes };
    target.pending++;
    target.worker.postMessage(request, [bytes.buffer as ArrayBuffer]);
  }

  /** Waits until every dispatched batch has been written (or the run is over). */
  async drain(): Promise<void> {
    while (!this.over() && this.written < this.dispatched) await this.sleep();
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }

  over(): boolean {
    return this.failure !== null || this.stopped;
  }

  private flush(): void {
    while (!this.blocked && !this.stopped) {
      const result = this.ready.get(this.written);
      if (result === undefined) break;
      this.ready.delete(this.written);
      this.written++;
      if (result.stopped) this.stopped = true;
      if (!this.write(result)) {
        this.blocked = true;
        process.stdout.once("drain", () => {
          this.blocked = false;
          this.flush();
        });
      }
    }
    this.notify();
  }

  private sleep(): Promise<void> {
    return new Promise((resolve) => {
      this.wake = resolve;
    });
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}
