// SLA policies across copies of the library (ESM beside CJS, duplicated installs), through core's
// compiled-value protocol, and the calendar a policy embeds.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defineCalendar } from "../../src/calendar/index.js";
import { isPledgeError } from "../../src/core/index.js";
import { defineSlaPolicy, evaluateSla, isSlaPolicy, type SlaPolicyInput } from "../../src/sla/index.js";

const hours: [string, string][] = [["09:00", "17:00"]];
const calendarInput = { timeZone: "UTC", week: { mon: hours, tue: hours, wed: hours, thu: hours, fri: hours } };
const input: SlaPolicyInput = { id: "copies", calendar: calendarInput, metrics: [{ id: "fr", kind: "first_response", targets: { default: "PT4H" } }] };
const events = [{ type: "created" as const, at: "2024-03-04T15:00:00Z", priority: "normal" }];

describe("the compiled policy", () => {
  it('is { kind: "pledgekit.sla_policy", id, definition, calendar }, frozen, and JSON-safe', () => {
    const policy = defineSlaPolicy(input);
    expect(policy.kind).toBe("pledgekit.sla_policy");
    expect(Object.isFrozen(policy)).toBe(true);
    expect(defineSlaPolicy(JSON.parse(JSON.stringify(policy.definition)))).toMatchObject({ id: "copies", definition: policy.definition });
  });

  it("reuses a compiled Calendar as it is, and records its definition", () => {
    const calendar = defineCalendar(calendarInput);
    const policy = defineSlaPolicy({ ...input, calendar });
    expect(policy.calendar).toBe(calendar);
    expect(policy.definition.calendar).toEqual(calendar.definition);
    expect(evaluateSla(policy, events, "2024-03-05T12:00:00Z")).toEqual(evaluateSla(defineSlaPolicy(input), events, "2024-03-05T12:00:00Z"));
  });

  it("a policy from another copy (the registered symbol and a definition) is recognised and adopted", () => {
    const foreign = { kind: "pledgekit.sla_policy", id: "copies", definition: JSON.parse(JSON.stringify(defineSlaPolicy(input).definition)), calendar: null };
    Object.defineProperty(foreign, Symbol.for("pledgekit.compiled"), { value: "pledgekit.sla_policy" });
    expect(isSlaPolicy(foreign)).toBe(true);
    expect(evaluateSla(foreign as never, events, "2024-03-05T12:00:00Z").metrics[0]?.dueAt).toBe("2024-03-05T11:00:00.000Z");
  });

  it("a forged object carrying the symbol gets a PledgeError naming policy.definition, never a crash", () => {
    const forged = { kind: "pledgekit.sla_policy", definition: { id: 5 } };
    Object.defineProperty(forged, Symbol.for("pledgekit.compiled"), { value: "pledgekit.sla_policy" });
    expect(isSlaPolicy(forged)).toBe(false);
    try {
      evaluateSla(forged as never, events, "2024-03-05T12:00:00Z");
      expect.unreachable();
    } catch (error) {
      expect(isPledgeError(error) && error.code).toBe("invalid_argument");
      expect(isPledgeError(error) && error.issues[0]?.path.slice(0, 2)).toEqual(["policy", "definition"]);
    }
  });
});

const crossScript = `
  import { createRequire } from "node:module";
  const require = createRequire(process.cwd() + "/package.json");
  const cjs = require("pledgekit/sla");
  const esm = await import("pledgekit/sla");
  const policy = cjs.defineSlaPolicy(${JSON.stringify(input)});
  const report = esm.evaluateSla(policy, ${JSON.stringify(events)}, "2024-03-05T12:00:00Z");
  console.log(JSON.stringify([esm.isSlaPolicy(policy), cjs.isSlaPolicy(policy), report.metrics[0].dueAt]));
`;

describe("SLA policies across the ESM and CJS builds", () => {
  it.skipIf(!existsSync("dist/sla/index.cjs"))("a policy compiled by the CommonJS build passes isSlaPolicy and evaluates in the ESM build", () => {
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", crossScript], { encoding: "utf8" });
    expect(JSON.parse(out)).toEqual([true, true, "2024-03-05T11:00:00.000Z"]);
  });
});
