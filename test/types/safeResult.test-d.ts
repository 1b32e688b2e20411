import { describe, expectTypeOf, it } from "vitest";
import { safeDefineCalendar, type Calendar, type Issue } from "../../src/index.js";

describe("SafeResult narrowing", () => {
  it("success narrows to data, failure to issues", () => {
    const result = safeDefineCalendar({ timeZone: "UTC", week: { mon: [["09:00", "17:00"]] } });
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<Calendar>();
    else expectTypeOf(result.issues).toEqualTypeOf<readonly Issue[]>();
  });
});
