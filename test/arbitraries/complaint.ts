import fc from "fast-check";
import type { ComplaintEventInput } from "../../src/complaint/index.js";

type Payload = ComplaintEventInput extends infer E ? (E extends { at: unknown } ? Omit<E, "at"> : never) : never;

const classes = ["ordinary", "major", "escalated", "difficult", "vip"];
const stages = ["latent_dissatisfaction", "imminent_grumble", "explicit_grumble", "potential_complaint", "complaint", "escalated_complaint", "rage"];
const functional = ["L1", "L2", "L3", "L9"];
const hierarchical = ["agent", "supervisor", "manager"];
const deadlines = ["ack", "final", "fixed", "nope", "nfra_decision", "samr_mediation"];
const actions = ["identify", "assign_responsibility", "watch_emotion", "classify_and_route", "act_fast", "propose_solution", "confirm_satisfaction", "collect_root_causes", "pray"];
const causes = ["product_defect", "billing_error", "slow_response", "other", "gremlins"];

/**
 * Any event of the complaint vocabulary without its instant, including ones a policy will refuse
 * (unknown classes, levels, deadlines, actions and tags), so refusals are exercised too.
 */
export const complaintEventPayload: fc.Arbitrary<Payload> = fc.oneof(
  fc.constantFrom<Payload>(
    { type: "acknowledge" },
    { type: "assess" },
    { type: "investigate" },
    { type: "respond" },
    { type: "respond", upheld: true },
    { type: "close" },
    { type: "close", satisfied: false },
    { type: "reopen" },
    { type: "advance", action: "refer" },
    { type: "contact" },
    { type: "missed_commitment", ref: "callback" },
    { type: "tick" },
    { type: "pause" },
    { type: "resume" },
  ),
  fc.record({ type: fc.constant("assess" as const), class: fc.constantFrom(...classes) }),
  fc.record({ type: fc.constant("classify" as const), class: fc.constantFrom(...classes) }),
  fc.record({ type: fc.constant("assign" as const), owner: fc.constantFrom("li.wei", "ana", "billing"), role: fc.constantFrom("primary" as const, "secondary" as const) }),
  fc.record({ type: fc.constant("sentiment" as const), score: fc.double({ min: -1, max: 1, noNaN: true }) }),
  fc.record({ type: fc.constant("stage" as const), stage: fc.constantFrom(...stages) }),
  fc
    .record({ functional: fc.constantFrom(...functional), hierarchical: fc.constantFrom(...hierarchical) }, { requiredKeys: [] })
    .map((levels) => ({ type: "escalate" as const, ...levels })),
  fc
    .record({ functional: fc.constantFrom(...functional), hierarchical: fc.constantFrom(...hierarchical) }, { requiredKeys: [] })
    .map((levels) => ({ type: "de_escalate" as const, ...levels })),
  fc.record({ type: fc.constant("pause" as const), deadlines: fc.subarray(deadlines, { minLength: 1 }) }),
  fc.record({ type: fc.constant("resume" as const), deadlines: fc.subarray(deadlines, { minLength: 1 }) }),
  fc.record({
    type: fc.constant("extend" as const),
    deadline: fc.constantFrom(...deadlines),
    by: fc.oneof(fc.record({ elapsed: fc.constantFrom("PT24H", "PT200H") }), fc.record({ calendarDays: fc.integer({ min: 1, max: 5 }) })),
  }),
  fc.record({ type: fc.constant("complete_action" as const), action: fc.constantFrom(...actions) }),
  fc.record({ type: fc.constant("tag_root_cause" as const), tags: fc.subarray(causes, { minLength: 1 }) }),
) as fc.Arbitrary<Payload>;

/** Hours to wait before an event: mostly short, sometimes days. */
export const complaintDelayHours = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 6, max: 24 * 9 }));
