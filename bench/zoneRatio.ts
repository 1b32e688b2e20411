// The cost of a DST zone: adding 5 business hours in America/New_York against UTC on the same
// calendar rules and the same starts, measured in one run (the ratio is what matters: machines differ).
import { addBusinessTime, defineCalendar } from "../src/calendar/index.js";
import { measure, type Measurement } from "./harness.js";

const nine5: [string, string][] = [["09:00", "17:00"]];
const week = { mon: nine5, tue: nine5, wed: nine5, thu: nine5, fri: nine5 };
const H = 3_600_000;

/** New York's add-5 h rate as a fraction of UTC's, with both measurements. */
export function zoneRatio(): { ratio: number; utc: Measurement; newYork: Measurement } {
  const utc = defineCalendar({ timeZone: "UTC", week, holidays: ["2024-07-04", "2024-12-25"] });
  const newYork = defineCalendar({ timeZone: "America/New_York", week, holidays: ["2024-07-04", "2024-12-25"] });
  const start = Date.UTC(2024, 2, 4, 14);
  const starts = Array.from({ length: 64 }, (_, i) => new Date(start + i * 37 * 60_000 * 24));
  let i = 0;
  let j = 0;
  // Interleaved rounds, best of each, so a busy neighbour slows both sides alike.
  let bestUtc: Measurement | undefined;
  let bestNy: Measurement | undefined;
  for (let round = 0; round < 3; round++) {
    const u = measure("UTC add 5 h", () => addBusinessTime(utc, starts[i++ & 63] as Date, 5 * H), 300);
    const n = measure("America/New_York add 5 h", () => addBusinessTime(newYork, starts[j++ & 63] as Date, 5 * H), 300);
    if (bestUtc === undefined || u.opsPerSecond > bestUtc.opsPerSecond) bestUtc = u;
    if (bestNy === undefined || n.opsPerSecond > bestNy.opsPerSecond) bestNy = n;
  }
  const u = bestUtc as Measurement;
  const n = bestNy as Measurement;
  return { ratio: n.opsPerSecond / u.opsPerSecond, utc: u, newYork: n };
}
