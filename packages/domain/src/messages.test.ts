import { describe, expect, it } from 'vitest';
import { historyInput, positionCreateInput } from './schemas';
import { z } from './zod';

/** "path: message" of each issue, exactly as zod produced it. */
const messages = (schema: z.ZodType, input: unknown) =>
  schema.safeParse(input).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('the messages of issues a schema words no message for', () => {
  it('says a missing field is required and names the options of an enum', () => {
    const schema = z.object({
      stance: z.enum(['for', 'against', 'unknown']),
      sourceId: z.string(),
    });
    expect(messages(schema, { stance: 'love' })).toEqual([
      'stance: must be one of for, against, unknown',
      'sourceId: is required',
    ]);
  });

  it('names the expected type and what was sent instead', () => {
    const schema = z.object({
      title: z.string(),
      limit: z.number().int(),
      tags: z.array(z.string()),
    });
    expect(messages(schema, { title: 3, limit: 2.5, tags: 'privacy' })).toEqual([
      'title: must be text, not 3',
      'limit: must be a whole number, not 2.5',
      'tags: must be a list, not text',
    ]);
  });

  it('counts the limits of text in characters and of lists in items', () => {
    const schema = z.object({
      note: z.string().max(5),
      code: z.string().length(2),
      name: z.string().min(1),
      areas: z.array(z.string()).min(1),
      page: z.number().min(1).max(10),
      share: z.number().lt(1),
    });
    expect(
      messages(schema, { note: 'too long', code: 'abc', name: '', areas: [], page: 11, share: 1 }),
    ).toEqual([
      'note: must be at most 5 characters',
      'code: must be exactly 2 characters',
      'name: must not be empty',
      'areas: must be at least 1 item',
      'page: must be at most 10',
      'share: must be less than 1',
    ]);
  });

  it('words a single allowed value, a pattern, a failed check and an unknown field', () => {
    const schema = z.strictObject({
      version: z.literal(1),
      code: z.string().regex(/^[A-Z]+$/),
      even: z.number().refine((n) => n % 2 === 0),
    });
    expect(messages(schema, { version: 2, code: 'eu', even: 3, extra: true })).toEqual([
      'version: must be 1',
      'code: is not written in the expected form',
      'even: is not valid',
      ': has an unknown field: extra',
    ]);
  });

  it('leaves the messages a schema words itself as they are', () => {
    expect(messages(historyInput, { limit: 0 })).toEqual(['limit: must be at least 1']);
    expect(messages(positionCreateInput, { statedOn: 'soon' })).toContain(
      'statedOn: must be a real date written as YYYY-MM-DD, YYYY-MM (month known) or YYYY (year known)',
    );
  });
});
