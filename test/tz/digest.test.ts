import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  addBusinessDays,
  addBusinessTime,
  businessDaysBetween,
  businessTimeBetween,
  defineCalendar,
  isOpen,
  localDate,
  nextClose,
  nextOpen,
  prevClose,
  subtractBusinessTime,
  type CalendarInput,
} from "../../src/calendar/index.js";

// A fixed battery of answers from the zone-sensitive modules. scripts/test.mjs runs this file under
// several host TZ values and checks that every run wrote the same digest: results must not depend
// on the zone of the machine.

const weekdays = (hours: [string, string][]) => ({ mon: hours, tue: hours, wed: hours, thu: hours, fri: hours });
const calendars: Record<string, CalendarInput> = {
  shanghai2024: JSON.parse(readFileSync("examples/data/calendar-shanghai-2024.json", "utf8")) as CalendarInput,
  newYork: { timeZone: "America/New_York", week: weekdays([["09:00", "17:00"]]), holidays: [{ month: 7, day: 4, name: "Independence Day" }] },
  londonNights: { timeZone: "Europe/London", week: weekdays([["22:00", "06:00"]]), holidays: ["2024-12-25"] },
  lordHowe: {
    timeZone: "Australia/Lord_Howe",
    week: {
      mon: [["00:00", "24:00"]],
      tue: [["00:00", "24:00"]],
      wed: [["00:00", "24:00"]],
      thu: [["00:00", "24:00"]],
      fri: [["00:00", "24:00"]],
      sat: [["01:30", "02:30"]],
      sun: [["00:00", "24:00"]],
    },
  },
  santiago: {
    timeZone: "America/Santiago",
    week: weekdays([
      ["08:00", "13:00"],
      ["14:00", "18:30"],
    ]),
    breaks: { "2024-09-06": [["12:00", "15:00"]] },
  },
  kolkata: { timeZone: "Asia/Kolkata", week: { ...weekdays([["09:30", "18:00"]]), sat: [["10:00", "14:00"]] }, specialDays: { "2024-11-01": [] } },
};

function* instants(count: number): Generator<number> {
  // A fixed linear congruential sequence over 2023–2026 (no randomness between runs).
  let state = 20_261_125;
  const from = Date.UTC(2023, 0, 1);
  const span = Date.UTC(2027, 0, 1) - from;
  for (let i = 0; i < count; i++) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    yield from + Math.floor(((state / 2_147_483_648) * span) / 60_000) * 60_000;
  }
}

const iso = (date: Date | null): string | null => (date === null ? null : date.toISOString());

function digest(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, input] of Object.entries(calendars)) {
    const cal = defineCalendar(input);
    const rows: unknown[] = [];
    let previous = Date.UTC(2024, 0, 1);
    for (const at of instants(150)) {
      const date = localDate(cal, at);
      rows.push([
        new Date(at).toISOString(),
        date,
        isOpen(cal, at),
        iso(nextOpen(cal, at)),
        iso(nextClose(cal, at)),
        iso(prevClose(cal, at)),
        iso(addBusinessTime(cal, at, { hours: 7, minutes: 45 })),
        iso(addBusinessTime(cal, at, "PT2H", { atClose: "nextOpen" })),
        iso(subtractBusinessTime(cal, at, 5_400_000)),
        businessTimeBetween(cal, previous, at),
        addBusinessDays(cal, date, 3),
        addBusinessDays(cal, date, -2),
        businessDaysBetween(cal, "2024-01-01", date),
      ]);
      previous = at;
    }
    out[name] = rows;
  }
  return out;
}

describe("results do not depend on the host time zone", () => {
  it("writes the digest of a fixed battery of calendar answers for this host TZ", () => {
    const results = digest();
    const text = JSON.stringify(results);
    const hash = createHash("sha256").update(text).digest("hex");
    mkdirSync(".vitest-results/digest", { recursive: true });
    const zone = (process.env.TZ ?? "host").replace(/[^\w]+/g, "_");
    writeFileSync(`.vitest-results/digest/${zone}.json`, JSON.stringify({ tz: process.env.TZ ?? null, hash }));
    // Spot checks that hold in every zone (the digest comparison covers the rest).
    expect(Object.keys(results)).toHaveLength(Object.keys(calendars).length);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });
});
