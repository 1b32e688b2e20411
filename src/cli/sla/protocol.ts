import type { Locale } from "../../index.js";
import type { SlaPolicyDefinition } from "../../sla/index.js";

/** What every worker gets at start: the policy's definition (compiled once per worker) and the run's settings. */
export interface WorkerSetup {
  readonly policy: SlaPolicyDefinition;
  readonly now: string;
  readonly lenient: boolean;
  readonly strict: boolean;
  readonly locale: Locale;
}

/** Main → worker: a run of whole lines, as raw UTF-8 bytes (transferred, not copied). */
export interface BatchRequest {
  readonly seq: number;
  /** 1-based number of the batch's first line in the input. */
  readonly firstLine: number;
  readonly bytes: Uint8Array;
}

/** A line that could not be evaluated, for stderr. */
export interface BadLine {
  readonly line: number;
  /** Human-readable, already in the run's locale. */
  readonly text: string;
}

/** Worker → main: the NDJSON output of one batch, in input order. */
export interface BatchResult {
  readonly seq: number;
  readonly out: Uint8Array;
  readonly tickets: number;
  readonly bad: readonly BadLine[];
  /** Under --strict: the batch stopped at its first bad line (which is the last of `bad`). */
  readonly stopped: boolean;
}
