// An independent model of a proportional amount (no code shared with src/): a money value in minor
// units × percent ÷ 100 × a factor ÷ a divisor, computed as one fraction of bigints and rounded
// half-even to a whole minor unit, exactly as a clerk would with long division.
export function proportionMinor(baseMinor: bigint, percent: bigint, timesNum: bigint, timesDen: bigint, divisorNum: bigint, divisorDen: bigint): bigint {
  // base × percent/100 × (timesNum/timesDen) ÷ (divisorNum/divisorDen)
  const numerator = baseMinor * percent * timesNum * divisorDen;
  const denominator = 100n * timesDen * divisorNum;
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  const twice = 2n * remainder;
  if (twice < denominator) return quotient;
  if (twice > denominator) return quotient + 1n;
  return quotient % 2n === 0n ? quotient : quotient + 1n;
}

/** Minor units of a decimal text with at most `exponent` fraction digits. */
export function toMinor(text: string, exponent: number): bigint {
  const [whole = "0", fraction = ""] = text.split(".");
  return BigInt(whole) * 10n ** BigInt(exponent) + BigInt(fraction.padEnd(exponent, "0") || "0");
}
