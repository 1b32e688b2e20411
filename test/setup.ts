import fc from "fast-check";

// A fixed seed in CI (and whenever FC_SEED is set) makes every property run reproducible.
const seed = process.env.FC_SEED ?? (process.env.CI ? "20261125" : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
