// The SLA fold against the slow reference model of CONTRACT §2 (test/sla/reference/), on cases
// aimed at the edges: every figure of every metric and cycle, and nextCheckAt, must agree.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defineSlaPolicy, evaluateSla, type SlaPolicyInput } from "../../src/sla/index.js";
import { aimedSlaCaseArb, reportInstants, type SlaCase } from "../arbitraries/sla.js";
import { referenceEvaluate, type RefPolicyInput } from "./reference/evaluate.js";

const runs = process.env.PLEDGEKIT_DEEP ? Number(process.env.PLEDGEKIT_DEEP_SLA_RUNS ?? 100_000) : 3_000;

const reference = (c: SlaCase) => referenceEvaluate(c.policy as unknown as RefPolicyInput, c.events, c.now);

/** The report's figures in a canonical form (firings at one instant in a fixed order). */
function canonical(report: { metrics: readonly unknown[]; nextCheckAt: string | null }): unknown {
  const firings = <T>(list: readonly T[]): T[] => [...list].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  const figures = (x: Record<string, unknown>) => ({
    priority: x.priority,
    status: x.status,
    paused: x.paused,
    businessHours: x.businessHours,
    target: x.target,
    elapsed: x.elapsed,
    remaining: x.remaining,
    startedAt: x.startedAt,
    dueAt: x.dueAt,
    breachedAt: x.breachedAt,
    completedAt: x.completedAt,
    warnings: firings(x.warnings as unknown[]),
    escalations: firings(x.escalations as unknown[]),
  });
  return {
    nextCheckAt: report.nextCheckAt,
    metrics: report.metrics.map((m) => {
      const metric = m as Record<string, unknown>;
      return {
        id: metric.id,
        ...figures(metric),
        breachedCycles: metric.breachedCycles,
        cycles: (metric.cycles as Record<string, unknown>[]).map((c) => ({ index: c.index, ...figures(c) })),
      };
    }),
  };
}

describe("evaluateSla agrees with the reference model of CONTRACT §2", () => {
  it(`every report figure (status, elapsed, remaining, dueAt, breachedAt, completedAt, warnings, escalations, cycles, breachedCycles, nextCheckAt) matches on ${runs} aimed cases`, () => {
    fc.assert(
      fc.property(
        aimedSlaCaseArb((c) => reportInstants(reference(c))),
        (c) => {
          const policy = defineSlaPolicy(c.policy as SlaPolicyInput);
          const actual = evaluateSla(policy, c.events, c.now);
          expect(canonical(actual)).toEqual(canonical(reference(c)));
        },
      ),
      { numRuns: runs },
    );
  });
});
