import { V7Generator } from 'uuidv7';

// One generator for the process: its counter (42 bits, started at a random value each
// millisecond) keeps ids increasing however many are made in one millisecond, and it moves the
// timestamp on by itself when the counter runs out rather than wrapping.
const generator = new V7Generator();

/**
 * A UUIDv7: time-ordered, so ids sort by creation and keep their identity when records move
 * between databases. `now` (milliseconds since the epoch) stands in for the clock; an earlier
 * `now` than the last id's (by up to ten seconds) keeps the last id's time, so order survives a
 * clock stepping back.
 */
export function newId(now: number = Date.now()): string {
  return generator.generateOrResetWithTs(now).toString();
}

/** The current instant in UTC, ISO-8601 with milliseconds. */
export function nowUtc(): string {
  return new Date().toISOString();
}
