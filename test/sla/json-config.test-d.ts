// JSON configs type-check (issue 16): what TypeScript infers for a JSON policy file or an untyped
// literal (`kind: string`, `string[][]` hours) is accepted by defineSlaPolicy's input type.
import { expectTypeOf, test } from "vitest";
import policyFile from "../../examples/data/sla-policy.json";
import { defineSlaPolicy, type SlaPolicy, type SlaPolicyJson } from "../../src/sla/index.js";

test("a policy imported from a JSON file is accepted", () => {
  expectTypeOf(policyFile).toExtend<SlaPolicyJson>();
  expectTypeOf(defineSlaPolicy).toBeCallableWith(policyFile);
});

test("inferred string[][] hours and string kinds are accepted", () => {
  const hours = [["09:00", "18:00"]];
  const input = {
    id: "json",
    calendar: { timeZone: "Asia/Shanghai", week: { mon: hours, tue: hours } },
    metrics: [{ id: "first_response", kind: "first_response", targets: { default: "PT4H" } }],
    onPriorityChange: "keep_elapsed",
  };
  expectTypeOf(defineSlaPolicy).toBeCallableWith(input);
  expectTypeOf(defineSlaPolicy(input)).toEqualTypeOf<SlaPolicy>();
});

test("a wrong shape is still refused at compile time", () => {
  // @ts-expect-error metrics must be a list
  defineSlaPolicy({ id: "bad", metrics: 5 });
});
