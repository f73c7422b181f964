// Two editors change the same measure from what they both read: exactly one change lands, the
// other is refused with CONFLICT (nothing of it written), and the history shows one change,
// named after the person who made it.
import { openDatabase } from '@dossier/db';
import { afterAll, describe, expect, it } from 'vitest';
import { createInnerContext } from '../context';
import { createCaller } from '../root';
import { expectError } from '../test/expect-error';

const database = openDatabase(':memory:');
afterAll(() => database.close());
const editor = (name: string) =>
  createCaller(createInnerContext({ database, actor: name, role: 'editor' }));

describe('two people editing the same measure', () => {
  it('lets exactly one change land; the other hears CONFLICT and can see what changed', async () => {
    const ana = editor('ana');
    const ben = editor('ben');
    const created = await ana.measures.create({
      slug: 'shared',
      title: 'Access to encrypted content',
      kind: 'initiative',
      jurisdiction: 'EU',
      stage: 'announced',
    });
    const read = await ben.measures.get({ ref: 'shared' });
    const version = read.measure.version;

    const outcomes = await Promise.allSettled([
      ana.measures.update({ id: created.id, version, title: 'Ana’s title' }),
      ben.measures.update({ id: created.id, version, summary: 'Ben’s summary' }),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const refused = outcomes.find((o) => o.status === 'rejected');
    expect(refused).toBeDefined();
    await expectError(Promise.reject((refused as PromiseRejectedResult).reason), 'CONFLICT');

    const now = await ben.measures.get({ ref: 'shared' });
    expect(now.measure.version).toBe(version + 1);
    // One of the two, never a mixture of both.
    const anaWon = now.measure.title === 'Ana’s title';
    expect(now.measure.summary ?? null).toBe(
      anaWon ? (read.measure.summary ?? null) : 'Ben’s summary',
    );

    const history = await ben.measures.history({ id: created.id });
    const updates = history.items.filter((c) => c.action === 'update');
    expect(updates).toHaveLength(1);
    expect(updates[0]?.actor).toBe(anaWon ? 'ana' : 'ben');
    expect(updates[0]?.field).toBe(anaWon ? 'title' : 'summary');

    // The refused person re-applies on the version they now see, and it lands as a second change.
    const second = anaWon
      ? await ben.measures.update({
          id: created.id,
          version: now.measure.version,
          summary: 'Ben’s summary',
        })
      : await ana.measures.update({
          id: created.id,
          version: now.measure.version,
          title: 'Ana’s title',
        });
    expect(second.version).toBe(version + 2);
    const after = await ben.measures.get({ ref: 'shared' });
    expect([after.measure.title, after.measure.summary]).toEqual(['Ana’s title', 'Ben’s summary']);
  });
});
