import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setup } from '../test/factories';

let t: ReturnType<typeof setup>;
beforeEach(() => {
  t = setup({ today: '2017-01-15' });
});
afterEach(() => t.close());

/** A measure with `n` stakeholders (each with two positions), `n` events and `n` related measures. */
async function dossierOfSize(n: number) {
  const src = await t.make.source();
  const m = await t.make.measure({ slug: `dossier-${n}` });
  const system = await t.caller.systems.create({
    slug: `sys-${n}`,
    acronym: `S${n}`,
    name: 'System',
    holds: 'records',
  });
  await t.caller.systems.link({
    measureId: m.id,
    systemId: system.id,
    action: 'links',
    sourceId: src.id,
  });
  for (let i = 0; i < n; i++) {
    const org = await t.make.stakeholder();
    const person = await t.make.stakeholder({ kind: 'person', affiliationId: org.id });
    await t.make.position({
      measureId: m.id,
      stakeholderId: person.id,
      sourceId: src.id,
      statedOn: '2016-01',
    });
    await t.make.position({
      measureId: m.id,
      stakeholderId: person.id,
      sourceId: src.id,
      statedOn: '2016-02',
      stance: 'oppose',
    });
    // A vote with a document, a result, and a second, disputing date claim.
    const vote = await t.make.event({
      measureId: m.id,
      sourceId: src.id,
      kind: 'plenary_vote',
      result: { for: 300 + i, against: 200 },
      documents: [{ scheme: 'ep_report', value: `A8-${i + 1}/2016` }],
    });
    await t.caller.claims.add({
      fact: 'date',
      eventId: vote.id,
      date: '2016-08-24',
      sourceId: src.id,
    });
    await t.caller.claims.add({
      fact: 'stage',
      measureId: m.id,
      stage: 'negotiation',
      date: `2016-09-${String(i + 1).padStart(2, '0')}`,
      sourceId: src.id,
    });
    const other = await t.make.measure({ kind: 'review', stage: 'consultation' });
    await t.make.event({ measureId: other.id, sourceId: src.id, date: '2016-11' });
    await t.caller.links.create({
      fromMeasureId: m.id,
      toMeasureId: other.id,
      relation: 'depends_on',
    });
  }
  return m;
}

describe('measures.get (the brief)', () => {
  it('runs the same number of SQL queries whatever the size of the dossier', async () => {
    const small = await dossierOfSize(1);
    const large = await dossierOfSize(12);
    const a = await t.countQueries(() => t.reader.measures.get({ ref: small.slug }));
    const b = await t.countQueries(() => t.reader.measures.get({ ref: large.slug }));
    expect(b.result.stakeholders.items).toHaveLength(12);
    expect(b.result.timeline.items).toHaveLength(12);
    expect(b.result.reviews).toHaveLength(12);
    expect(b.queries).toBe(a.queries);
    expect(a.queries).toBeLessThanOrEqual(14);
  });

  it('gives each stakeholder the latest stance as current, with its history, quote and source', async () => {
    const m = await dossierOfSize(1);
    const brief = await t.reader.measures.get({ ref: m.slug });
    const [entry] = brief.stakeholders.items;
    expect(entry?.current.stance).toBe('oppose');
    expect(entry?.history.map((p) => p.statedOn)).toEqual(['2016-01', '2016-02']);
    expect(entry?.current.quote).toBe('We agree.');
    expect(entry?.stakeholder.affiliation?.name).toMatch(/^Stakeholder/);
    expect(brief.sources.items.map((s) => s.id)).toContain(entry?.current.sourceId);
  });

  it('shows the reviews it depends on with their stage and last event', async () => {
    const m = await dossierOfSize(1);
    const brief = await t.reader.measures.get({ ref: m.slug });
    expect(brief.reviews[0]).toMatchObject({
      relation: 'depends_on',
      direction: 'outgoing',
      measure: { kind: 'review', stage: 'consultation' },
      lastEvent: { date: '2016-11', datePrecision: 'month' },
    });
    // and the review, seen from its own brief, shows the link coming in
    const review = await t.reader.measures.get({ ref: brief.reviews[0]!.measure.slug });
    expect(review.related).toMatchObject([{ direction: 'incoming', measure: { id: m.id } }]);
  });

  it('marks events after today as upcoming, a month only once all of it is ahead', async () => {
    const src = await t.make.source();
    const m = await t.make.measure();
    await t.make.event({ measureId: m.id, sourceId: src.id, date: '2017-01', title: 'This month' });
    await t.make.event({
      measureId: m.id,
      sourceId: src.id,
      date: '2017-02-01',
      title: 'Next month',
    });
    const brief = await t.reader.measures.get({ ref: m.id });
    expect(brief.timeline.items.map((e) => [e.title, e.upcoming])).toEqual([
      ['This month', false],
      ['Next month', true],
    ]);
  });
  it('labels each related measure from the side of the measure viewed', async () => {
    const review = await t.make.measure({ kind: 'review', stage: 'consultation', title: 'Review' });
    const proposal = await t.make.measure({ title: 'Proposal' });
    const act = await t.make.measure({ title: 'Act' });
    await t.caller.links.create({
      fromMeasureId: review.id,
      toMeasureId: proposal.id,
      relation: 'became',
    });
    await t.caller.links.create({
      fromMeasureId: proposal.id,
      toMeasureId: act.id,
      relation: 'amends',
    });
    const readings = async (id: string) =>
      (await t.reader.measures.get({ ref: id })).related.map((r) => [
        r.measure.title,
        r.direction,
        r.reading,
        r.label,
      ]);
    expect(await readings(review.id)).toEqual([['Proposal', 'outgoing', 'became', 'became']]);
    expect(await readings(proposal.id)).toEqual([
      ['Act', 'outgoing', 'amends', 'amends'],
      ['Review', 'incoming', 'grew_out_of', 'grew out of'],
    ]);
    expect(await readings(act.id)).toEqual([['Proposal', 'incoming', 'amended_by', 'amended by']]);
  });
});
