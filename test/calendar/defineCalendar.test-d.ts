// Configs live in JSON files and in plain literals: what TypeScript infers for them must be a
// CalendarInput (the schema checks the shapes at run time).
import { describe, expectTypeOf, it } from "vitest";
import { defineCalendar, toCalendar, type Calendar, type CalendarInput } from "../../src/calendar/index.js";
import shanghai from "./fixtures/shanghai.json";

describe("CalendarInput accepts what TypeScript infers for configs", () => {
  it("a JSON import", () => {
    expectTypeOf(shanghai).toMatchTypeOf<CalendarInput>();
    expectTypeOf(defineCalendar(shanghai)).toEqualTypeOf<Calendar>();
  });

  it("hours in a variable (string[][]), as const (readonly tuples), and inline", () => {
    const hours = [["09:00", "18:00"]];
    expectTypeOf(hours).toEqualTypeOf<string[][]>();
    expectTypeOf({ timeZone: "UTC", week: { mon: hours } }).toMatchTypeOf<CalendarInput>();
    const frozen = { timeZone: "UTC", week: { mon: [["09:00", "18:00"]] }, holidays: ["2025-01-01"] } as const;
    expectTypeOf(frozen).toMatchTypeOf<CalendarInput>();
    expectTypeOf(defineCalendar({ timeZone: "UTC", week: { mon: [["09:00", "18:00"]] } })).toEqualTypeOf<Calendar>();
  });

  it("holidays of mixed shapes from a variable", () => {
    const holidays = ["2025-01-01", { date: "2025-05-01", name: "Labour Day" }, { from: "2025-10-01", to: "2025-10-08" }, { month: 12, day: 25 }];
    expectTypeOf({ timeZone: "UTC", holidays, week: {} }).toMatchTypeOf<CalendarInput>();
  });

  it("rejects what is not a calendar at compile time too", () => {
    // @ts-expect-error timeZone is required
    defineCalendar({ week: {} });
    // @ts-expect-error hours are strings
    defineCalendar({ timeZone: "UTC", week: { mon: [[9, 18]] } });
  });

  it("toCalendar takes JSON or a compiled calendar, and a path", () => {
    expectTypeOf(toCalendar).parameters.toEqualTypeOf<[input: CalendarInput | Calendar, path?: readonly (string | number)[]]>();
    expectTypeOf(toCalendar(shanghai, ["policy", "calendar"])).toEqualTypeOf<Calendar>();
  });
});
