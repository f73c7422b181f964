import { openDatabase } from '@dossier/db';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Caller, createInnerContext } from '../context';
import { createCaller } from '../root';
import { expectError } from '../test/expect-error';

// The audit log's clock is `new Date()`: only Date is faked, so each step of a history happens
// at the instant the test sets.
beforeEach(() => vi.useFakeTimers({ toFake: ['Date'] }));
afterEach(() => vi.useRealTimers());
const at = (iso: string) => vi.setSystemTime(new Date(iso));
const nothing = { count: 0, changedMeasureIds: [], changedStakeholderIds: [] };

function team() {
  const database = openDatabase(':memory:');
  const as = (name: string, role: Caller['role']) =>
    createCaller(createInnerContext({ database, actor: name, role }));
  const root = as('root', 'admin');
  return { database, root, as };
}

async function people(t: ReturnType<typeof team>) {
  await t.root.users.add({ name: 'ana', role: 'editor' });
  await t.root.users.add({ name: 'ben', role: 'viewer' });
  await t.root.users.add({ name: 'cy', role: 'editor' });
  return { ana: t.as('ana', 'editor'), ben: t.as('ben', 'viewer'), cy: t.as('cy', 'editor') };
}

describe('watches and unread counts', () => {
  const t = team();
  afterAll(() => t.database.close());

  it('counts for each person what changed in what they watch, made by others', async () => {
    at('2026-11-01T09:00:00Z');
    const { ana, ben, cy } = await people(t);
    const source = await cy.sources.create({
      title: 'Report',
      publisher: 'Reuters',
      kind: 'news',
      publishedOn: '2026-11-01',
    });
    const a = await cy.measures.create({
      slug: 'measure-a',
      title: 'Measure A',
      kind: 'regulation',
      jurisdiction: 'EU',
      stage: 'proposal',
    });
    const b = await cy.measures.create({
      slug: 'measure-b',
      title: 'Measure B',
      kind: 'regulation',
      jurisdiction: 'EU',
      stage: 'proposal',
      policyAreas: ['encryption'],
    });
    const c = await cy.measures.create({
      slug: 'measure-c',
      title: 'Telegram access',
      kind: 'national_law',
      jurisdiction: 'DE',
      stage: 'proposal',
    });
    const s = await cy.stakeholders.create({
      slug: 'edri',
      kind: 'organisation',
      name: 'EDRi',
      category: 'ngo',
    });

    at('2026-11-01T10:00:00Z');
    await ana.watches.add({ kind: 'measure', target: 'measure-a' });
    await ben.watches.add({ kind: 'stakeholder', target: 'edri' });
    await ben.watches.add({ kind: 'policy_area', target: 'Encryption' });
    expect((await ben.watches.list()).map((w) => [w.kind, w.label])).toEqual([
      ['stakeholder', 'EDRi'],
      ['policy_area', 'encryption'],
    ]);
    // What was recorded before the watches is not news.
    expect(await ana.feed.unread()).toEqual(nothing);

    at('2026-11-02T10:00:00Z');
    await cy.events.create({
      measureId: a.id,
      sourceId: source.id,
      date: '2026-11-02',
      kind: 'statement',
      title: 'A statement',
    });
    at('2026-11-02T11:00:00Z');
    // One position of a watched stakeholder on a measure of a watched area: one change to read.
    await cy.positions.create({
      measureId: b.id,
      stakeholderId: s.id,
      sourceId: source.id,
      stance: 'oppose',
      role: 'critic',
      statedOn: '2026-11-02',
    });
    // Counted are the records that changed: for Ana, measure A (its event and the event's date
    // claim); for Ben, the stakeholder and the measure of his area the position concerns.
    expect(await ana.feed.unread()).toEqual({
      count: 1,
      changedMeasureIds: [a.id],
      changedStakeholderIds: [],
    });
    expect(await ben.feed.unread()).toEqual({
      count: 2,
      changedMeasureIds: [b.id],
      changedStakeholderIds: [s.id],
    });

    // Ana's own change is in her feed, marked as hers, and not counted.
    at('2026-11-02T12:00:00Z');
    await ana.measures.update({ id: a.id, version: a.version, summary: 'Ana wrote this.' });
    expect((await ana.feed.unread()).count).toBe(1);
    const feed = await ana.feed.list();
    expect(feed.items.map((e) => [e.entity, e.action, e.actor, e.mine, e.unread])).toEqual([
      ['measures', 'update', 'ana', true, false],
      // Recording an event records its date as the source's claim: the audit log has both.
      ['claims', 'create', 'cy', false, true],
      ['events', 'create', 'cy', false, true],
      // The feed reaches back 30 days, before the watch too: that is read already.
      ['claims', 'create', 'cy', false, false],
      ['measures', 'create', 'cy', false, false],
    ]);
    expect(feed.items[0]?.fields).toEqual(['summary']);
    expect(feed.items[1]?.label).toBe('date (2026-11-02)');
    expect(feed.items[2]).toMatchObject({
      label: 'A statement',
      subject: { kind: 'measure', id: a.id, slug: 'measure-a', title: 'Measure A' },
    });

    at('2026-11-03T09:00:00Z');
    await ana.feed.markRead();
    expect(await ana.feed.unread()).toEqual(nothing);
    expect((await ben.feed.unread()).count).toBe(2);

    at('2026-11-03T10:00:00Z');
    const current = await cy.measures.get({ ref: 'measure-a' });
    await cy.measures.update({
      id: a.id,
      version: current.measure.version,
      title: 'Measure A, renamed',
    });
    expect((await ana.feed.unread()).count).toBe(1);

    // A saved search stands for the measures it finds now.
    await ben.watches.add({ kind: 'search', target: 'telegram' });
    at('2026-11-03T11:00:00Z');
    await cy.measures.update({ id: c.id, version: c.version, summary: 'Now with a summary.' });
    expect(await ben.feed.unread()).toMatchObject({
      count: 3,
      changedMeasureIds: [b.id, c.id].sort(),
    });

    // Stopping to watch takes the item's changes out of the count.
    expect(await ana.watches.remove({ kind: 'measure', target: a.id })).toEqual({ removed: true });
    expect(await ana.feed.unread()).toEqual(nothing);
    expect(await ana.watches.list()).toEqual([]);
    expect(await ana.watches.remove({ kind: 'measure', target: 'measure-a' })).toEqual({
      removed: false,
    });
  });

  it('refuses what does not exist, and a caller who is no one', async () => {
    const ana = t.as('ana', 'editor');
    const message = await expectError(
      ana.watches.add({ kind: 'measure', target: 'no-such-measure' }),
      'NOT_FOUND',
    );
    expect(message).toMatch(/no-such-measure/);
    await expectError(ana.watches.add({ kind: 'stakeholder', target: 'nobody' }), 'NOT_FOUND');
    await expectError(ana.watches.add({ kind: 'search', target: '   ' }), 'BAD_REQUEST');
    const server = createCaller(
      createInnerContext({
        database: t.database,
        caller: {
          name: 'server token',
          role: 'admin',
          via: 'server-token',
          userId: null,
          actor: 'server token',
        },
      }),
    );
    expect(await expectError(server.feed.unread(), 'BAD_REQUEST')).toMatch(/belongs to no one/);
    const reader = createCaller(createInnerContext({ database: t.database, publicReads: true }));
    await expectError(reader.watches.list(), 'UNAUTHORIZED');
  });

  it('gives a token the watches of the person who created it', async () => {
    const token = createCaller(
      createInnerContext({
        database: t.database,
        caller: {
          name: 'ben',
          role: 'viewer',
          via: 'token',
          userId: null,
          actor: 'ben (token "cli")',
        },
      }),
    );
    expect((await token.watches.list()).map((w) => w.kind)).toEqual([
      'stakeholder',
      'policy_area',
      'search',
    ]);
  });
});

describe('the digest', () => {
  it('says, per watched item, what changed in a fixed history, escaped', async () => {
    const t = team();
    at('2026-11-01T09:00:00Z');
    const { ana, cy } = await people(t);
    const source = await cy.sources.create({
      title: 'Council note <draft> & *annex*',
      publisher: 'Council',
      kind: 'official',
      publishedOn: '2026-11-09',
    });
    const chat = await cy.measures.create({
      slug: 'chat-control',
      title: 'Chat *control* [CSAM]',
      kind: 'regulation',
      jurisdiction: 'EU',
      stage: 'proposal',
    });
    await cy.measures.create({
      slug: 'quiet',
      title: 'Quiet measure',
      kind: 'regulation',
      jurisdiction: 'EU',
      stage: 'proposal',
    });
    const edri = await cy.stakeholders.create({
      slug: 'edri',
      kind: 'organisation',
      name: 'EDRi & friends',
      category: 'ngo',
    });
    const bitkom = await cy.stakeholders.create({
      slug: 'bitkom',
      kind: 'organisation',
      name: 'Bitkom',
      category: 'trade_association',
    });
    const older = await cy.positions.create({
      measureId: chat.id,
      stakeholderId: bitkom.id,
      sourceId: source.id,
      stance: 'support',
      role: 'supporter',
      statedOn: '2026-10-30',
    });

    at('2026-11-01T10:00:00Z');
    await ana.watches.add({ kind: 'measure', target: 'chat-control' });
    await ana.watches.add({ kind: 'measure', target: 'quiet' });
    await ana.watches.add({ kind: 'stakeholder', target: 'edri' });

    at('2026-11-05T10:00:00Z'); // before the period
    await cy.events.create({
      measureId: chat.id,
      sourceId: source.id,
      date: '2026-11-05',
      kind: 'statement',
      title: 'Too early',
    });
    at('2026-11-10T08:00:00Z');
    await cy.events.create({
      measureId: chat.id,
      sourceId: source.id,
      date: '2026-11-10',
      kind: 'trilogue',
      title: 'Trilogue_1 <b>',
    });
    at('2026-11-10T09:00:00Z');
    await cy.claims.add({
      fact: 'stage',
      measureId: chat.id,
      stage: 'negotiation',
      date: '2026-11-09',
      sourceId: source.id,
    });
    at('2026-11-11T09:00:00Z');
    await cy.positions.create({
      measureId: chat.id,
      stakeholderId: edri.id,
      sourceId: source.id,
      stance: 'oppose',
      role: 'critic',
      statedOn: '2026-11-11',
    });
    at('2026-11-12T09:00:00Z');
    await cy.positions.update({ id: older.id, version: older.version, stance: 'neutral' });

    at('2026-11-15T12:00:00Z');
    const result = await ana.digest.get({ since: '7d', baseUrl: 'https://dossier.example.org/' });
    expect(result.filename).toBe('dossier-digest-ana-2026-11-08-to-2026-11-15.md');
    expect(result.markdown).toBe(`# What changed: 2026-11-08 to 2026-11-15

For ana, from 2026-11-08 12:00 UTC to 2026-11-15 12:00 UTC.

## [Chat \\*control\\* \\[CSAM\\]](https://dossier.example.org/measures/chat-control)

Stage changes:

- proposal → negotiation on 2026-11-09 (source: Council note \\<draft\\> \\& \\*annex\\*)

New events:

- 2026-11-10: Trilogue\\_1 \\<b\\>

New or changed positions:

- Bitkom: neutral, stated 2026-10-30 (changed)
- EDRi \\& friends: oppose, stated 2026-11-11 (new)

## [EDRi \\& friends](https://dossier.example.org/stakeholders/edri)

New or changed positions:

- [Chat \\*control\\* \\[CSAM\\]](https://dossier.example.org/measures/chat-control): oppose, stated 2026-11-11 (new)
`);

    // A period with no change says so in one line.
    const quiet = await ana.digest.get({ since: '2026-11-13' });
    expect(quiet.markdown).toBe(`# What changed: 2026-11-13 to 2026-11-15

For ana, from 2026-11-13 00:00 UTC to 2026-11-15 12:00 UTC.

Nothing changed in what you watch in this period.
`);

    // Only an admin reads another person's digest.
    expect(await expectError(cy.digest.get({ since: '7d', user: 'ana' }), 'FORBIDDEN')).toMatch(
      /Only an admin/,
    );
    expect((await t.root.digest.get({ since: '7d', user: 'ana' })).markdown).toBe(
      result.markdown.replaceAll('https://dossier.example.org', ''),
    );
    await expectError(t.root.digest.get({ since: '7d', user: 'nobody' }), 'NOT_FOUND');
    expect(await expectError(ana.digest.get({ since: 'last week' }), 'BAD_REQUEST')).toMatch(
      /not a period: write 7d/,
    );
    expect(await expectError(ana.digest.get({ since: '2027-01-01' }), 'BAD_REQUEST')).toMatch(
      /must start in the past/,
    );
    t.database.close();
  });
});
