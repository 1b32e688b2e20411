// Exact money: rationals over bigint, integer minor units, ISO 4217 exponents, one rounding step.
// Floats never hold an amount: decimals are parsed from their text (a JS number through its shortest
// round-trip text, so 99.95 means 9995/100, not the nearest binary fraction).

/** Minor-unit exponents of ISO 4217 currencies whose exponent is not 2. */
const EXPONENT_EXCEPTIONS: Readonly<Record<string, number>> = {
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  PYG: 0,
  RWF: 0,
  UGX: 0,
  UYI: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
  CLF: 4,
  UYW: 4,
};

/** Active ISO 4217 codes with exponent 2 (list 1, 2024), so typos such as "EUO" are rejected. */
const TWO_DIGIT_CODES =
  "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD " +
  "CAD CDF CHE CHF CHW CNY COP COU CRC CUC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL " +
  "GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD " +
  "LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN " +
  "PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL " +
  "THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG ZWL";

const EXPONENTS: ReadonlyMap<string, number> = new Map<string, number>([
  ...TWO_DIGIT_CODES.split(" ").map((code): [string, number] => [code, 2]),
  ...Object.entries(EXPONENT_EXCEPTIONS),
]);

/** The ISO 4217 minor-unit exponent of `currency`, or undefined for an unknown code. */
export function currencyExponent(currency: string): number | undefined {
  return EXPONENTS.get(currency);
}

/** An exact rational number n/d with d > 0, in lowest terms. */
export interface Ratio {
  readonly n: bigint;
  readonly d: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};

export function ratio(n: bigint, d = 1n): Ratio {
  if (d < 0n) return ratio(-n, -d);
  const g = gcd(n, d);
  return g > 1n ? { n: n / g, d: d / g } : { n, d };
}

export const ZERO: Ratio = { n: 0n, d: 1n };
export const add = (a: Ratio, b: Ratio): Ratio => ratio(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Ratio, b: Ratio): Ratio => ratio(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Ratio, b: Ratio): Ratio => ratio(a.n * b.n, a.d * b.d);
export const div = (a: Ratio, b: Ratio): Ratio => ratio(a.n * b.d, a.d * b.n);
export const cmp = (a: Ratio, b: Ratio): number => {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
};
const isInteger = (a: Ratio): boolean => a.d === 1n;
export const pow10 = (e: number): bigint => 10n ** BigInt(e);

/** Largest integer ≤ a. */
export function floorRatio(a: Ratio): bigint {
  const q = a.n / a.d;
  return a.n < 0n && q * a.d !== a.n ? q - 1n : q;
}

/** Smallest integer ≥ a. */
export function ceilRatio(a: Ratio): bigint {
  return -floorRatio({ n: -a.n, d: a.d });
}

/** Longest decimal text accepted anywhere (definitions and facts): BigInt parsing is quadratic. */
export const MAX_DECIMAL_LENGTH = 40;

const DECIMAL = /^([+-])?(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/** The exact value of a decimal text or a finite number (read through its shortest text), or undefined. */
export function parseDecimal(input: unknown): Ratio | undefined {
  let text: string;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return undefined;
    text = String(input);
  } else if (typeof input === "string" && input.length <= MAX_DECIMAL_LENGTH) text = input.trim();
  else return undefined;
  const m = DECIMAL.exec(text);
  if (m === null) return undefined;
  const digits = `${m[2] ?? ""}${m[3] ?? ""}`;
  const exponent = Number(m[4] ?? 0) - (m[3]?.length ?? 0);
  if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > 400) return undefined;
  const n = BigInt(digits) * (m[1] === "-" ? -1n : 1n);
  return exponent >= 0 ? ratio(n * pow10(exponent)) : ratio(n, pow10(-exponent));
}

/** Rounding modes for the one rounding of each remedy's amount to whole minor units. */
export type RoundingMode = "half_even" | "half_up" | "half_down" | "floor" | "ceiling" | "truncate";

/** `a` rounded to an integer with `mode` ("half_up"/"half_down" are away from / towards zero on ties). */
export function roundRatio(a: Ratio, mode: RoundingMode): bigint {
  const lower = floorRatio(a);
  if (a.d === 1n) return lower;
  const upper = lower + 1n;
  switch (mode) {
    case "floor":
      return lower;
    case "ceiling":
      return upper;
    case "truncate":
      return a.n < 0n ? upper : lower;
    default: {
      // Compare the fraction with one half: 2·(a − lower) against 1.
      const twice = 2n * (a.n - lower * a.d);
      if (twice < a.d) return lower;
      if (twice > a.d) return upper;
      if (mode === "half_even") return lower % 2n === 0n ? lower : upper;
      const awayFromZero = a.n < 0n ? lower : upper;
      const towardsZero = a.n < 0n ? upper : lower;
      return mode === "half_up" ? awayFromZero : towardsZero;
    }
  }
}

/** Integer minor units of a decimal amount in a currency, or undefined when it has finer digits. */
export function toMinorUnits(amount: Ratio, exponent: number): bigint | undefined {
  const minor = mul(amount, ratio(pow10(exponent)));
  return isInteger(minor) ? minor.n : undefined;
}

/** Decimal text of integer minor units with exactly `exponent` fraction digits ("12.50", "-0.05", "500"). */
export function formatMinorUnits(minor: bigint, exponent: number): string {
  const negative = minor < 0n;
  const digits = (negative ? -minor : minor).toString().padStart(exponent + 1, "0");
  const whole = exponent === 0 ? digits : digits.slice(0, -exponent);
  const fraction = exponent === 0 ? "" : `.${digits.slice(-exponent)}`;
  return `${negative ? "-" : ""}${whole}${fraction}`;
}

/**
 * Decimal text of a ratio, for explanations: exact when it terminates within `maxDigits` fraction
 * digits, else truncated there with a trailing "…" (the value is shown, never used, this way).
 */
export function formatRatio(a: Ratio, maxDigits = 8): string {
  const negative = a.n < 0n;
  const n = negative ? -a.n : a.n;
  const whole = n / a.d;
  let rest = n % a.d;
  let fraction = "";
  while (rest !== 0n && fraction.length < maxDigits) {
    rest *= 10n;
    fraction += (rest / a.d).toString();
    rest %= a.d;
  }
  const text = `${negative ? "-" : ""}${whole}${fraction === "" ? "" : `.${fraction}`}`;
  return rest === 0n ? text : `${text}…`;
}
