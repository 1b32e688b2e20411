// The supported instants: years 0002–9998 (the calendar covers 0001–9999; a year's margin either side
// keeps every projection from `now` inside it). Checked here so that no far-future `now` reaches the
// calendar (whose answers there would be wrong or slow) and no figure overflows a Date.
const FIRST_SUPPORTED_MS = -62_104_060_800_000; // 0002-01-01T00:00:00Z
const LAST_SUPPORTED_MS = 253_370_764_799_999; // 9998-12-31T23:59:59.999Z
export const inSupportedRange = (ms: number): boolean => ms >= FIRST_SUPPORTED_MS && ms <= LAST_SUPPORTED_MS;
