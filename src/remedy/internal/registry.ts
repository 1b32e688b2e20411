// Compiled policies: the shared compiled-value protocol of core (a policy made by another copy of
// pledgekit, ESM beside CJS, is adopted by compiling its `definition` once).
import { compiledRegistry } from "../../core/index.js";
import { defineRemedyPolicy } from "../defineRemedyPolicy.js";
import type { RemedyPolicy } from "../types.js";
import type { CompiledPolicy } from "./model.js";

export const remedyPolicies = compiledRegistry<RemedyPolicy, CompiledPolicy>(
  "pledgekit.remedy_policy",
  "a policy from defineRemedyPolicy",
  (definition) => defineRemedyPolicy(definition as never),
  ["policy"],
);
