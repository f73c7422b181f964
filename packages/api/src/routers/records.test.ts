import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectError } from '../test/expect-error';
import { setup } from '../test/factories';

let t: ReturnType<typeof setup>;
beforeEach(() => {
  t = setup();
});
afterEach(() => t.close());

describe('sources', () => {
  it('creates, lists, gets and updates a source with its version', async () => {
    const s = await t.make.source({
      title: 'Le Monde op-ed',
      url: 'https://example.org/op-ed',
      publishedOn: '2016-08-22',
    });
    expect((await t.reader.sources.list()).map((x) => x.title)).toEqual(['Le Monde op-ed']);
    const updated = await t.caller.sources.update({ id: s.id, version: 1, publisher: 'Le Monde' });
    expect(updated).toMatchObject({ version: 2, publisher: 'Le Monde' });
    expect((await t.reader.sources.get({ id: s.id })).publisher).toBe('Le Monde');
    await expectError(
      t.caller.sources.update({ id: s.id, version: 1, publisher: 'x' }),
      'CONFLICT',
    );
    await expectError(t.reader.sources.get({ id: 'missing' }), 'NOT_FOUND');
  });

  it('refuses an address that is not http(s) and a date that does not exist', async () => {
    expect(await expectError(t.make.source({ url: 'javascript:alert(1)' }), 'BAD_REQUEST')).toMatch(
      /url:/,
    );
    expect(await expectError(t.make.source({ publishedOn: '2016-02-30' }), 'BAD_REQUEST')).toMatch(
      /publishedOn: must be a real date/,
    );
  });
});

describe('stakeholders', () => {
  it('records a person with an affiliation and lists by category and country', async () => {
    const ccia = await t.make.stakeholder({
      name: 'CCIA',
      category: 'trade_association',
      country: 'US',
    });
    await t.make.stakeholder({
      kind: 'person',
      name: 'Christian Borggreen',
      category: 'trade_association',
      affiliationId: ccia.id,
      role: 'Europe director',
    });
    await t.make.stakeholder({ name: 'CNIL', category: 'regulator', country: 'FR' });
    const trade = await t.reader.stakeholders.list({ category: ['trade_association'] });
    expect(trade.items.map((s) => [s.name, s.affiliation?.name ?? null])).toEqual([
      ['CCIA', null],
      ['Christian Borggreen', 'CCIA'],
    ]);
    expect((await t.reader.stakeholders.list({ country: 'FR' })).items.map((s) => s.name)).toEqual([
      'CNIL',
    ]);
    expect((await t.reader.stakeholders.list({ q: 'director' })).items.map((s) => s.name)).toEqual([
      'Christian Borggreen',
    ]);
    const got = await t.reader.stakeholders.get({ ref: ccia.slug });
    expect(got.members.map((m) => m.name)).toEqual(['Christian Borggreen']);
  });

  it('answers NOT_FOUND for an unknown affiliation and refuses self-affiliation', async () => {
    expect(await expectError(t.make.stakeholder({ affiliationId: 'ghost' }), 'NOT_FOUND')).toBe(
      'No stakeholder matches "ghost".',
    );
    const s = await t.make.stakeholder();
    await expectError(
      t.caller.stakeholders.update({ id: s.id, version: 1, affiliationId: s.id }),
      'BAD_REQUEST',
    );
  });

  it("lists one stakeholder's positions across measures, newest first", async () => {
    const src = await t.make.source();
    const a = await t.make.measure({ title: 'A' });
    const b = await t.make.measure({ title: 'B' });
    const s = await t.make.stakeholder();
    await t.make.position({
      measureId: a.id,
      stakeholderId: s.id,
      sourceId: src.id,
      statedOn: '2016-01-01',
    });
    await t.make.position({
      measureId: b.id,
      stakeholderId: s.id,
      sourceId: src.id,
      statedOn: '2016-05',
    });
    const got = await t.reader.stakeholders.get({ ref: s.id });
    expect(got.positions.map((p) => p.measure.title)).toEqual(['B', 'A']);
    expect(got.sources.map((x) => x.id)).toEqual([src.id]);
  });
});

describe('positions and events', () => {
  it('stores a date with the precision it was given', async () => {
    const src = await t.make.source();
    const m = await t.make.measure();
    const s = await t.make.stakeholder();
    const p = await t.make.position({
      measureId: m.id,
      stakeholderId: s.id,
      sourceId: src.id,
      statedOn: '2016-11',
    });
    expect([p.statedOn, p.statedOnPrecision]).toEqual(['2016-11', 'month']);
    const e = await t.make.event({ measureId: m.id, sourceId: src.id, date: '2016' });
    expect([e.date, e.datePrecision]).toEqual(['2016', 'year']);
    // A date is a claim with its source: an edit of the event cannot change it.
    expect(
      await expectError(
        t.caller.events.update({ id: e.id, version: 1, date: '2016-08-23' } as never),
        'BAD_REQUEST',
      ),
    ).toMatch(/date: a date is a claim with its source: add one with claims\.add/);
    // A claim that says more (the day within the year) moves what the event shows.
    await t.caller.claims.add({
      fact: 'date',
      eventId: e.id,
      date: '2016-08-23',
      sourceId: src.id,
    });
    const { timeline } = await t.reader.measures.get({ ref: m.id });
    expect(timeline.items.map((x) => [x.date, x.datePrecision, x.version])).toEqual([
      ['2016-08-23', 'day', 2],
    ]);
  });

  it('requires a source (or, for a stance, the unsourced mark) for every stance and event', async () => {
    const m = await t.make.measure();
    const s = await t.make.stakeholder();
    expect(
      await expectError(
        t.caller.positions.create({
          measureId: m.id,
          stakeholderId: s.id,
          stance: 'oppose',
          role: 'critic',
          statedOn: '2016-08-23',
        } as never),
        'BAD_REQUEST',
      ),
    ).toMatch(/sourceId: give the source of this stance, or mark it as unsourced/);
    expect(
      await expectError(t.make.event({ measureId: m.id, sourceId: 'no-such-source' }), 'NOT_FOUND'),
    ).toBe('No source matches "no-such-source".');
  });

  it('refuses a stale position edit and leaves the stored stance as it was', async () => {
    const src = await t.make.source();
    const m = await t.make.measure();
    const s = await t.make.stakeholder();
    const p = await t.make.position({
      measureId: m.id,
      stakeholderId: s.id,
      sourceId: src.id,
      stance: 'support',
    });
    await t.caller.positions.update({ id: p.id, version: 1, stance: 'strongly_support' });
    await expectError(
      t.caller.positions.update({ id: p.id, version: 1, stance: 'oppose' }),
      'CONFLICT',
    );
    const brief = await t.reader.measures.get({ ref: m.id });
    expect(brief.stakeholders.items[0]?.current.stance).toBe('strongly_support');
  });

  it('refuses an unknown stance or a bad date with a readable message', async () => {
    const message = await expectError(
      t.caller.positions.create({
        measureId: 'm',
        stakeholderId: 's',
        sourceId: 'x',
        stance: 'love' as never,
        role: 'critic',
        statedOn: '23/08/2016',
      }),
      'BAD_REQUEST',
    );
    expect(message).toContain(
      'stance: must be one of strongly_support, support, neutral, oppose, strongly_oppose, unknown',
    );
    expect(message).toContain('statedOn: must be a real date');
  });
});

describe('links and systems', () => {
  it('links two measures once per relation and refuses self-links', async () => {
    const a = await t.make.measure();
    const b = await t.make.measure();
    const link = await t.caller.links.create({
      fromMeasureId: a.id,
      toMeasureId: b.id,
      relation: 'amends',
    });
    await expectError(
      t.caller.links.create({ fromMeasureId: a.id, toMeasureId: b.id, relation: 'amends' }),
      'CONFLICT',
    );
    await expectError(
      t.caller.links.create({ fromMeasureId: a.id, toMeasureId: a.id, relation: 'amends' }),
      'BAD_REQUEST',
    );
    await expectError(
      t.caller.links.create({ fromMeasureId: a.id, toMeasureId: 'ghost', relation: 'amends' }),
      'NOT_FOUND',
    );
    const updated = await t.caller.links.update({ id: link.id, version: 1, relation: 'replaces' });
    expect(updated.relation).toBe('replaces');
  });

  it('maps information systems to the measures that touch them', async () => {
    const m = await t.make.measure({ title: 'Interoperability' });
    const vis = await t.caller.systems.create({
      slug: 'vis',
      acronym: 'VIS',
      name: 'Visa Information System',
      holds: 'visas',
    });
    await t.caller.systems.link({ measureId: m.id, systemId: vis.id, action: 'links' });
    await expectError(
      t.caller.systems.link({ measureId: m.id, systemId: vis.id, action: 'links' }),
      'CONFLICT',
    );
    const systems = await t.reader.systems.list();
    expect(systems.items).toMatchObject([
      {
        acronym: 'VIS',
        measures: {
          items: [{ action: 'links', measure: { title: 'Interoperability' } }],
          total: 1,
          nextCursor: null,
        },
      },
    ]);
    const renamed = await t.caller.systems.update({ id: vis.id, version: 1, name: 'VIS' });
    expect(renamed.version).toBe(2);
  });
});
