/** Marks values made by `defineCommitment` (a registered symbol, so copies of the library agree). */
export const COMMITMENT_BRAND = Symbol.for("pledgekit.Commitment");
