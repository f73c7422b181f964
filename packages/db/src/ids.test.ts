import { describe, expect, it } from 'vitest';
import { newId } from './ids';

// RFC 9562: version nibble 7, variant bits 10 (the first hex digit of the fourth group is 8-b).
const v7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The 48-bit millisecond timestamp at the front of a UUIDv7. */
const msOf = (id: string) => Number.parseInt(id.replace(/-/g, '').slice(0, 12), 16);

describe('newId', () => {
  it('keeps 10,000 ids made in one frozen millisecond valid and strictly increasing', () => {
    // Past the 4,096 a 12-bit counter can tell apart, where a hand-rolled counter wraps.
    const frozen = Date.now();
    const ids = Array.from({ length: 10_000 }, () => newId(frozen));
    for (const id of ids) expect(id).toMatch(v7);
    const outOfOrder = ids.findIndex((id, i) => i > 0 && !(ids[i - 1]! < id));
    expect(outOfOrder, `id ${outOfOrder} does not sort after the one before`).toBe(-1);
    expect(msOf(ids[0]!)).toBe(frozen);
  });

  it('sorts by creation on the real clock, and writes the clock into the id', () => {
    const before = Date.now();
    const ids = Array.from({ length: 1_000 }, () => newId());
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    // The generator may borrow a millisecond ahead when a counter runs out, never one behind.
    expect(msOf(ids[0]!)).toBeGreaterThanOrEqual(before);
  });
});
