// The root re-exports every module wholesale: each name of each subpath is reachable from the root
// and is the same binding there.
import { describe, expect, it } from "vitest";
import * as root from "../src/index.js";
import * as calendar from "../src/calendar/index.js";
import * as sla from "../src/sla/index.js";
import * as commitment from "../src/commitment/index.js";
import * as complaint from "../src/complaint/index.js";
import * as remedy from "../src/remedy/index.js";
import * as servqual from "../src/servqual/index.js";
import * as holidays from "../src/holidays/index.js";

const subpaths = { calendar, sla, commitment, complaint, remedy, servqual, holidays };

describe("the root barrel", () => {
  for (const [name, module] of Object.entries(subpaths)) {
    it(`every name of pledgekit/${name} is the same binding at the root`, () => {
      const missing = Object.keys(module).filter((key) => (root as Record<string, unknown>)[key] !== (module as Record<string, unknown>)[key]);
      expect(missing).toEqual([]);
      expect(Object.keys(module).length).toBeGreaterThan(0);
    });
  }

  it("every module exports its message catalogue", () => {
    for (const name of [
      "calendarMessages",
      "slaMessages",
      "commitmentMessages",
      "complaintMessages",
      "remedyMessages",
      "servqualMessages",
      "holidayMessages",
    ]) {
      expect(typeof (root as Record<string, unknown>)[name], name).toBe("object");
    }
  });
});
