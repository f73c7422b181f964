import { openDatabase } from '@dossier/db';
import { stances } from '@dossier/domain';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createInnerContext } from './context';
import { expectError } from './test/expect-error';
import { createCallerFactory, describeIssues, publicProcedure, router } from './trpc';

// A schema written with plain zod and no messages of its own: whatever it says comes from the
// issue codes, as worded once in @dossier/domain, and not from any rewording after the fact.
const input = z.object({ stance: z.enum(stances), sourceId: z.string() });
// Mounted at a path the access table opens to anyone, so only the input decides.
const probe = router({
  auth: router({ me: publicProcedure.input(input).query(() => 'taken') }),
});

const database = openDatabase(':memory:');
const caller = createCallerFactory(probe)(createInnerContext({ database }));
afterAll(() => database.close());

const stanceOptions =
  'must be one of strongly_support, support, neutral, oppose, strongly_oppose, unknown';

describe('messages for bad input', () => {
  it('are worded for people by zod itself, from the issue codes', () => {
    const issues = input.safeParse({ stance: 'love' }).error?.issues ?? [];
    expect(issues.map((i) => [i.code, i.message])).toEqual([
      ['invalid_value', stanceOptions],
      ['invalid_type', 'is required'],
    ]);
    expect(describeIssues(issues)).toBe(`stance: ${stanceOptions}; sourceId: is required`);
  });

  it('reach the caller field by field, as BAD_REQUEST', async () => {
    const message = await expectError(caller.auth.me({ stance: 'love' } as never), 'BAD_REQUEST');
    expect(message).toBe(`Invalid input: stance: ${stanceOptions}; sourceId: is required`);
    expect(await caller.auth.me({ stance: 'oppose', sourceId: 's1' })).toBe('taken');
  });

  it('name no field when the whole input is wrong', () => {
    expect(describeIssues([{ path: [], message: 'is required' }])).toBe('is required');
    expect(describeIssues([{ path: ['identifiers', 0, 'value'], message: 'is required' }])).toBe(
      'identifiers.0.value: is required',
    );
  });
});
