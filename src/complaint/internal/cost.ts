// A count of internal steps, read by the cost laws in test/complaint/cost.test.ts: speed is
// measured in benchmarks, but "linear in the events" is a property of the work done, so the
// replay fold and the deadline arithmetic count theirs here.
export const complaintWork = { steps: 0 };
