// A position names its source or is explicitly marked unsourced: never neither, never both.
import { describe, expect, it } from 'vitest';
import { interchangePosition } from './interchange';
import { positionCreateInput, positionSourceRule, positionUpdateInput } from './schemas';
import type { z } from './zod';

/** "path: message" of each issue, exactly as zod produced it. */
const messages = (schema: z.ZodType, input: unknown) =>
  schema.safeParse(input).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

const stance = {
  measureId: 'm1',
  stakeholderId: 'k1',
  stance: 'oppose',
  role: 'critic',
  statedOn: '2016-08-23',
};

describe('a new position', () => {
  it('names its source, and is then not unsourced', () => {
    const parsed = positionCreateInput.parse({ ...stance, sourceId: 's1' });
    expect(parsed).toMatchObject({ sourceId: 's1', unsourced: false });
  });

  it('may be marked unsourced instead, with no source or a null one', () => {
    expect(positionCreateInput.parse({ ...stance, unsourced: true })).toMatchObject({
      unsourced: true,
    });
    expect(positionCreateInput.parse({ ...stance, sourceId: null, unsourced: true })).toMatchObject(
      { sourceId: null, unsourced: true },
    );
  });

  it('refuses neither a source nor the mark, on sourceId', () => {
    expect(messages(positionCreateInput, stance)).toEqual([
      'sourceId: give the source of this stance, or mark it as unsourced',
    ]);
    expect(messages(positionCreateInput, { ...stance, sourceId: null, unsourced: false })).toEqual([
      `sourceId: ${positionSourceRule.neither}`,
    ]);
  });

  it('refuses both a source and the mark', () => {
    expect(messages(positionCreateInput, { ...stance, sourceId: 's1', unsourced: true })).toEqual([
      'sourceId: a stance with a source is not unsourced: remove one',
    ]);
  });
});

describe('a change to a position', () => {
  const at = { id: 'p1', version: 2 };

  it('may leave the source and the mark alone', () => {
    expect(positionUpdateInput.parse({ ...at, quote: 'New words.' })).not.toHaveProperty(
      'unsourced',
    );
  });

  it('may switch either way when it says both halves', () => {
    expect(positionUpdateInput.parse({ ...at, sourceId: null, unsourced: true })).toMatchObject({
      sourceId: null,
      unsourced: true,
    });
    expect(positionUpdateInput.parse({ ...at, sourceId: 's2', unsourced: false })).toMatchObject({
      sourceId: 's2',
      unsourced: false,
    });
    // A source alone: the data layer clears the mark.
    expect(positionUpdateInput.parse({ ...at, sourceId: 's2' })).toEqual({ ...at, sourceId: 's2' });
  });

  it('refuses a pair that breaks the rule by itself', () => {
    expect(messages(positionUpdateInput, { ...at, sourceId: 's2', unsourced: true })).toEqual([
      `sourceId: ${positionSourceRule.both}`,
    ]);
    expect(messages(positionUpdateInput, { ...at, sourceId: null, unsourced: false })).toEqual([
      `sourceId: ${positionSourceRule.neither}`,
    ]);
  });
});

describe('a position in an interchange file', () => {
  const record = {
    key: 'p1',
    measure: 'encryption-initiative',
    stakeholder: 'ccia',
    stance: 'oppose',
    role: 'critic',
    statedOn: '2016-08-23',
  };

  it('has a source or is unsourced', () => {
    expect(interchangePosition.safeParse({ ...record, source: 's1' }).success).toBe(true);
    expect(interchangePosition.safeParse({ ...record, unsourced: true }).success).toBe(true);
    expect(
      interchangePosition.safeParse({ ...record, source: null, unsourced: true }).success,
    ).toBe(true);
    expect(
      interchangePosition.safeParse({ ...record, source: 's1', unsourced: false }).success,
    ).toBe(true);
  });

  it('refuses neither and both, on source', () => {
    expect(messages(interchangePosition, record)).toEqual([
      'source: give the key of the source of this stance in "source", or mark it "unsourced": true',
    ]);
    expect(messages(interchangePosition, { ...record, source: 's1', unsourced: true })).toEqual([
      'source: a stance with a source is not unsourced: give "source" or "unsourced": true, not both',
    ]);
  });
});
