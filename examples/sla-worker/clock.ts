// The worker never reads the time itself: it asks a clock. Production passes systemClock; tests and
// the demo pass a manual clock and run a week of SLA time in seconds.

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface ManualClock extends Clock {
  set(at: Date | string | number): void;
  advance(ms: number): void;
}

/** A clock that stands still until told to move. */
export function manualClock(start: Date | string | number): ManualClock {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    set(at) {
      current = new Date(at).getTime();
    },
    advance(ms) {
      current += ms;
    },
  };
}
