// Which time-zone names a config may use: the names of the IANA time zone database (zones and
// links, e.g. "Asia/Calcutta"), shipped as data (./zoneNames.data.ts) so the answer does not depend
// on the host's ICU build. Intl accepts more than the database holds — old Java-style abbreviations
// such as "CST" (which ICU maps to America/Chicago, while a desk in China means Asia/Shanghai) — and
// those are refused with the zones they may stand for. A misspelt name gets the nearest real names.

import { PledgeError } from "./errors.js";
import type { IssuePath } from "./issues.js";
import { coreMessages, createIssue } from "./messages.js";
import { ZONE_NAMES } from "./zoneNames.data.js";

const NAMES: readonly string[] = ZONE_NAMES.split(" ");
const NAME_SET: ReadonlySet<string> = new Set(NAMES);

// Abbreviations people write for a zone (and the legacy IDs ICU accepts), with the zones they are
// used for, most common first. Names the database itself holds (EST, MST, HST, CET, EET, MET, WET,
// GMT, UTC, PRC, ROC, ROK, NZ, GB, EST5EDT, …) are valid names and are not listed here.
const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  ACT: ["Australia/Darwin", "America/Rio_Branco"],
  ACST: ["Australia/Adelaide", "Australia/Darwin"],
  ACDT: ["Australia/Adelaide"],
  ADT: ["America/Halifax"],
  AEST: ["Australia/Sydney", "Australia/Brisbane", "Australia/Melbourne"],
  AEDT: ["Australia/Sydney", "Australia/Melbourne"],
  AET: ["Australia/Sydney"],
  AGT: ["America/Argentina/Buenos_Aires"],
  AKST: ["America/Anchorage"],
  AKDT: ["America/Anchorage"],
  ART: ["America/Argentina/Buenos_Aires", "Africa/Cairo"],
  AST: ["America/Halifax", "Asia/Riyadh", "America/Puerto_Rico"],
  AWST: ["Australia/Perth"],
  BET: ["America/Sao_Paulo"],
  BRT: ["America/Sao_Paulo"],
  BST: ["Europe/London", "Asia/Dhaka"],
  CAT: ["Africa/Maputo", "Africa/Harare"],
  CDT: ["America/Chicago", "America/Havana"],
  CEST: ["Europe/Berlin", "Europe/Paris"],
  CNT: ["America/St_Johns"],
  CST: ["America/Chicago", "Asia/Shanghai", "America/Havana", "Asia/Taipei"],
  CTT: ["Asia/Shanghai"],
  EAT: ["Africa/Nairobi"],
  ECT: ["Europe/Paris", "America/Guayaquil"],
  EDT: ["America/New_York"],
  EEST: ["Europe/Athens", "Europe/Helsinki"],
  HKT: ["Asia/Hong_Kong"],
  IDT: ["Asia/Jerusalem"],
  IET: ["America/Indiana/Indianapolis"],
  IST: ["Asia/Kolkata", "Europe/Dublin", "Asia/Jerusalem"],
  JST: ["Asia/Tokyo"],
  KST: ["Asia/Seoul"],
  MDT: ["America/Denver"],
  MIT: ["Pacific/Apia"],
  MSK: ["Europe/Moscow"],
  NET: ["Asia/Yerevan"],
  NST: ["America/St_Johns", "Pacific/Auckland"],
  NZST: ["Pacific/Auckland"],
  NZDT: ["Pacific/Auckland"],
  PDT: ["America/Los_Angeles"],
  PHT: ["Asia/Manila"],
  PKT: ["Asia/Karachi"],
  PLT: ["Asia/Karachi"],
  PNT: ["America/Phoenix"],
  PRT: ["America/Puerto_Rico"],
  PST: ["America/Los_Angeles", "Asia/Manila"],
  SGT: ["Asia/Singapore"],
  SST: ["Pacific/Pago_Pago", "Asia/Singapore", "Pacific/Guadalcanal"],
  VST: ["Asia/Ho_Chi_Minh"],
  WAT: ["Africa/Lagos"],
  WEST: ["Europe/Lisbon"],
  WIB: ["Asia/Jakarta"],
};

/** Why a time-zone name was refused, and the real names it may have meant. */
export interface TimeZoneProblem {
  /** `abbreviation`: an abbreviation, not a database name; `unknown`: no such name; `unsupported`: a database name this runtime's Intl lacks. */
  readonly reason: "abbreviation" | "unknown" | "unsupported";
  /** Database names the caller may have meant, best first (at most 4). */
  readonly candidates: readonly string[];
}

const intlSupport = new Map<string, boolean>();

function intlSupports(name: string): boolean {
  let ok = intlSupport.get(name);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: name });
      ok = true;
    } catch {
      ok = false;
    }
    intlSupport.set(name, ok);
  }
  return ok;
}

/** True for a name of the IANA time zone database ("Asia/Shanghai", "Asia/Calcutta", "UTC", "Etc/GMT+8") that this runtime supports. */
export function isValidTimeZone(name: string): boolean {
  return NAME_SET.has(name) && intlSupports(name);
}

/** Undefined for a valid name; otherwise why it is refused and what it may have meant. */
export function timeZoneProblem(name: string): TimeZoneProblem | undefined {
  if (NAME_SET.has(name)) return intlSupports(name) ? undefined : { reason: "unsupported", candidates: [] };
  const abbreviation = ABBREVIATIONS[name.toUpperCase()];
  if (abbreviation !== undefined && Object.prototype.hasOwnProperty.call(ABBREVIATIONS, name.toUpperCase())) {
    return { reason: "abbreviation", candidates: abbreviation };
  }
  return { reason: "unknown", candidates: nearestNames(name) };
}

const MAX_COMPARED_LENGTH = 64; // longer than any database name by far; nothing near to suggest

/** The database names nearest to `name` (case-insensitive edit distance on the whole name or its city). */
function nearestNames(name: string): string[] {
  if (name.length === 0 || name.length > MAX_COMPARED_LENGTH) return [];
  const wanted = name.toLowerCase().replace(/ /g, "_");
  const limit = Math.max(1, Math.min(3, Math.floor(wanted.length / 4)));
  const scored: { name: string; distance: number }[] = [];
  for (const candidate of NAMES) {
    const lower = candidate.toLowerCase();
    const city = lower.slice(lower.lastIndexOf("/") + 1);
    const distance = Math.min(editDistance(wanted, lower, limit), wanted.includes("/") ? limit + 1 : editDistance(wanted, city, limit));
    if (distance <= limit) scored.push({ name: candidate, distance });
  }
  scored.sort((a, b) => a.distance - b.distance || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return scored.slice(0, 4).map((s) => s.name);
}

/** Optimal-string-alignment distance (adjacent swaps count 1), giving up above `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row: number[] = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prev2[j - 2] ?? 0) + 1);
      row.push(d);
      if (d < best) best = d;
    }
    if (best > limit) return limit + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] ?? limit + 1;
}

/**
 * `value` when it is a valid time-zone name; otherwise `PledgeError("invalid_argument")` naming
 * `path`, with the candidates in the message. For zone options outside a schema.
 */
export function readTimeZone(value: unknown, path: IssuePath): string {
  const problem = typeof value === "string" ? timeZoneProblem(value) : ({ reason: "unknown", candidates: [] } as const);
  if (problem === undefined) return value as string;
  throw new PledgeError("invalid_argument", [
    createIssue(coreMessages, "invalid_time_zone", path, { received: value, reason: problem.reason, candidates: [...problem.candidates] }),
  ]);
}
