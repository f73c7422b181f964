import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectError } from '../test/expect-error';
import { setup } from '../test/factories';

let t: ReturnType<typeof setup>;
beforeEach(() => {
  t = setup({ today: '2017-01-15' });
});
afterEach(() => t.close());

describe('measures.create and measures.get', () => {
  it('finds a measure by slug, by id and by any identifier, ignoring the identifier case', async () => {
    const m = await t.make.measure({
      slug: 'eprivacy-regulation',
      identifiers: [
        { scheme: 'procedure_ref', value: '2017/0003(COD)' },
        { scheme: 'com', value: 'COM(2017) 10' },
      ],
    });
    for (const ref of [
      'eprivacy-regulation',
      m.id,
      '2017/0003(COD)',
      '2017/0003(cod)',
      'COM(2017) 10',
    ]) {
      const brief = await t.reader.measures.get({ ref });
      expect(brief.measure.id).toBe(m.id);
    }
    const brief = await t.reader.measures.get({ ref: m.id });
    expect(brief.identifiers).toMatchObject([
      { scheme: 'procedure_ref', written: '2017/0003(COD)', canonical: '2017/0003(COD)' },
      { scheme: 'com', written: 'COM(2017) 10', canonical: 'COM(2017) 10' },
    ]);
  });

  it('answers NOT_FOUND with the ref for an unknown measure', async () => {
    const message = await expectError(
      t.reader.measures.get({ ref: 'no-such-measure' }),
      'NOT_FOUND',
    );
    expect(message).toBe('No measure matches "no-such-measure".');
  });

  it('refuses a duplicate slug or identifier with CONFLICT and keeps the first', async () => {
    await t.make.measure({
      slug: 'taken',
      identifiers: [{ scheme: 'celex', value: '32016R0679' }],
    });
    expect(await expectError(t.make.measure({ slug: 'taken' }), 'CONFLICT')).toMatch(
      /already exists/,
    );
    expect(
      await expectError(
        t.make.measure({ identifiers: [{ scheme: 'celex', value: '32016R0679' }] }),
        'CONFLICT',
      ),
    ).toMatch(/32016R0679/);
    // The refused measure was not half-written: its slug is free and nothing else was added.
    const all = await t.reader.measures.list({});
    expect(all.items).toHaveLength(1);
  });

  it('explains bad input field by field as BAD_REQUEST', async () => {
    const message = await expectError(
      t.caller.measures.create({
        slug: 'Bad Slug',
        title: '',
        kind: 'law' as never,
        jurisdiction: 'Europe',
        stage: 'announced',
      }),
      'BAD_REQUEST',
    );
    expect(message).toContain('slug: may only hold lower-case letters');
    expect(message).toContain('title: must not be empty');
    expect(message).toContain('kind: must be one of initiative, regulation');
    expect(message).toContain('jurisdiction: must be a two-letter code');
  });

  it('refuses an overlong ref and text past the limits', async () => {
    await expectError(t.reader.measures.get({ ref: 'x'.repeat(201) }), 'BAD_REQUEST');
    await expectError(t.make.measure({ summary: 'x'.repeat(10_001) }), 'BAD_REQUEST');
  });

  it('needs an actor to write', async () => {
    const message = await expectError(
      t.reader.measures.create({
        slug: 'anon',
        title: 'Anon',
        kind: 'directive',
        jurisdiction: 'EU',
        stage: 'proposal',
      }),
      'UNAUTHORIZED',
    );
    expect(message).toMatch(/token/);
  });
});

describe('measures.update', () => {
  it('applies an edit based on the current version, bumps it and logs each changed field', async () => {
    const m = await t.make.measure({ kind: 'regulation' });
    const updated = await t.caller.measures.update({
      id: m.id,
      version: 1,
      kind: 'directive',
      title: 'Renamed',
    });
    expect(updated.version).toBe(2);
    expect(updated.kind).toBe('directive');
    const history = await t.reader.measures.history({ id: m.id });
    const fields = history.items
      .filter((c) => c.action === 'update')
      .map((c) => [c.field, c.before, c.after, c.actor]);
    expect(fields).toEqual(
      expect.arrayContaining([
        ['kind', '"regulation"', '"directive"', 'tester'],
        ['title', `"${m.title}"`, '"Renamed"', 'tester'],
      ]),
    );
  });

  it('refuses a stage sent as an edit, naming the claim that records it', async () => {
    const m = await t.make.measure({ stage: 'proposal' });
    const message = await expectError(
      t.caller.measures.update({ id: m.id, version: 1, stage: 'negotiation' } as never),
      'BAD_REQUEST',
    );
    expect(message).toMatch(/stage: a change of stage is a claim with its date and source/);
    expect(message).toContain('claims.add');
    expect((await t.reader.measures.get({ ref: m.id })).measure.stage).toBe('proposal');
  });

  it('refuses a stale version with CONFLICT and keeps the other edit', async () => {
    const m = await t.make.measure();
    await t.caller.measures.update({ id: m.id, version: 1, title: 'First editor' });
    const message = await expectError(
      t.caller.measures.update({ id: m.id, version: 1, title: 'Second editor' }),
      'CONFLICT',
    );
    expect(message).toMatch(/changed by someone else.*version 1.*version 2.*Reload/);
    const brief = await t.reader.measures.get({ ref: m.id });
    expect(brief.measure.title).toBe('First editor');
  });

  it('replaces identifiers as a whole, as one versioned edit', async () => {
    const m = await t.make.measure({ identifiers: [{ scheme: 'com', value: 'COM(2016) 1' }] });
    const updated = await t.caller.measures.update({
      id: m.id,
      version: 1,
      identifiers: [{ scheme: 'procedure_ref', value: '2016/0001(COD)' }],
    });
    expect(updated.version).toBe(2);
    await expectError(t.reader.measures.get({ ref: 'COM(2016) 1' }), 'NOT_FOUND');
    expect((await t.reader.measures.get({ ref: '2016/0001(COD)' })).measure.id).toBe(m.id);
  });

  it('leaves the version alone when nothing changes', async () => {
    const m = await t.make.measure({ title: 'Same' });
    const updated = await t.caller.measures.update({ id: m.id, version: 1, title: 'Same' });
    expect(updated.version).toBe(1);
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    await expectError(
      t.caller.measures.update({ id: 'nope', version: 1, title: 'x' }),
      'NOT_FOUND',
    );
  });
});

describe('measures.list', () => {
  it('filters by stage, kind, jurisdiction, policy area and text', async () => {
    await t.make.measure({
      title: 'Encryption access',
      stage: 'announced',
      kind: 'initiative',
      jurisdiction: 'FR',
      policyAreas: ['encryption'],
    });
    await t.make.measure({
      title: 'Visa database recast',
      stage: 'proposal',
      kind: 'regulation',
      jurisdiction: 'EU',
      policyAreas: ['borders'],
    });
    await t.make.measure({
      title: 'Passenger records',
      stage: 'adopted',
      kind: 'directive',
      jurisdiction: 'EU',
      summary: 'Air passenger data (PNR).',
    });

    const titles = async (input: Parameters<typeof t.reader.measures.list>[0]) =>
      (await t.reader.measures.list(input)).items.map((m) => m.title);
    expect(await titles({ stage: ['announced', 'adopted'] })).toEqual([
      'Encryption access',
      'Passenger records',
    ]);
    expect(await titles({ kind: ['regulation'] })).toEqual(['Visa database recast']);
    expect(await titles({ jurisdiction: ['FR'] })).toEqual(['Encryption access']);
    expect(await titles({ policyArea: 'Borders' })).toEqual(['Visa database recast']);
    expect(await titles({ q: 'passeng' })).toEqual(['Passenger records']);
    expect(await titles({ q: 'pnr' })).toEqual(['Passenger records']);
    expect(await titles({ q: '"OR (' })).toEqual([]);
  });

  it('finds measures by identifier text', async () => {
    await t.make.measure({
      title: 'With ref',
      identifiers: [{ scheme: 'procedure_ref', value: '2017/0003(COD)' }],
    });
    await t.make.measure({ title: 'Without' });
    const found = await t.reader.measures.list({ q: '2017/0003' });
    expect(found.items.map((m) => m.title)).toEqual(['With ref']);
  });

  it('pages through every measure once, in a stable order, with a capped page size', async () => {
    for (const title of ['Delta', 'Alpha', 'Charlie', 'Bravo', 'Echo'])
      await t.make.measure({ title });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof t.reader.measures.list>> = await t.reader.measures.list(
        { limit: 2, cursor },
      );
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((m) => m.title));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo']);
    await expectError(t.reader.measures.list({ limit: 201 }), 'BAD_REQUEST');
    await expectError(t.reader.measures.list({ cursor: 'not-a-cursor' }), 'BAD_REQUEST');
    // A cursor names the list it was given out for, so another list's is refused as such.
    await t.make.stakeholder();
    await t.make.stakeholder();
    const register = await t.reader.stakeholders.list({ limit: 1 });
    expect(
      await expectError(t.reader.measures.list({ cursor: register.nextCursor }), 'BAD_REQUEST'),
    ).toMatch(/given out for the stakeholder register, not for the list of measures/);
  });

  it('shows each measure its last event, its next dated step and its stance balance', async () => {
    const src = await t.make.source();
    const m = await t.make.measure();
    await t.make.event({
      measureId: m.id,
      sourceId: src.id,
      date: '2016-12',
      title: 'Consultation closes',
    });
    await t.make.event({
      measureId: m.id,
      sourceId: src.id,
      date: '2017-01-10',
      title: 'Proposal published',
    });
    await t.make.event({
      measureId: m.id,
      sourceId: src.id,
      date: '2017-03',
      title: 'Council vote planned',
    });
    const a = await t.make.stakeholder();
    const b = await t.make.stakeholder();
    await t.make.position({
      measureId: m.id,
      stakeholderId: a.id,
      sourceId: src.id,
      stance: 'support',
      statedOn: '2016-09-01',
    });
    // a later stance replaces the earlier one in the balance
    await t.make.position({
      measureId: m.id,
      stakeholderId: a.id,
      sourceId: src.id,
      stance: 'oppose',
      statedOn: '2017-01-01',
    });
    await t.make.position({
      measureId: m.id,
      stakeholderId: b.id,
      sourceId: src.id,
      stance: 'unknown',
    });

    const [card] = (await t.reader.measures.list({})).items;
    expect(card?.lastEvent?.title).toBe('Proposal published');
    expect(card?.nextEvent).toMatchObject({
      title: 'Council vote planned',
      date: '2017-03',
      datePrecision: 'month',
    });
    expect(card?.balance).toEqual({ support: 0, neutral: 0, oppose: 1, unknown: 1 });
  });

  it('offers the jurisdictions, kinds and policy areas in use, with counts', async () => {
    await t.make.measure({
      jurisdiction: 'FR',
      kind: 'national_law',
      policyAreas: ['privacy', 'encryption'],
    });
    await t.make.measure({ jurisdiction: 'EU', kind: 'regulation', policyAreas: ['privacy'] });
    const facets = await t.reader.measures.facets();
    expect(facets.jurisdictions).toEqual([
      { value: 'EU', count: 1 },
      { value: 'FR', count: 1 },
    ]);
    expect(facets.kinds.map((k) => k.value)).toEqual(['national_law', 'regulation']);
    expect(facets.policyAreas).toEqual([
      { value: 'encryption', count: 1 },
      { value: 'privacy', count: 2 },
    ]);
  });

  it('counts measures per stage under the same filters', async () => {
    await t.make.measure({ stage: 'proposal', jurisdiction: 'EU' });
    await t.make.measure({ stage: 'proposal', jurisdiction: 'FR' });
    await t.make.measure({ stage: 'withdrawn', jurisdiction: 'EU' });
    expect(await t.reader.measures.stageCounts({ jurisdiction: ['EU'] })).toEqual({
      proposal: 1,
      withdrawn: 1,
    });
  });
});
