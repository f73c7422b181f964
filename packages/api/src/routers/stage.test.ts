import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectError } from '../test/expect-error';
import { setup } from '../test/factories';

let t: ReturnType<typeof setup>;
beforeEach(() => {
  t = setup({ today: '2019-01-15' });
});
afterEach(() => t.close());

describe('the stage with its evidence', () => {
  it('records the stage given at creation as a dated claim citing the measure source', async () => {
    const src = await t.make.source();
    const m = await t.make.measure({ stage: 'adopted', stageOn: '2016-04-27', sourceId: src.id });
    const brief = await t.reader.measures.get({ ref: m.slug });
    expect(brief.stage).toMatchObject({
      value: 'adopted',
      disputed: false,
      preferred: null,
      claims: [{ stage: 'adopted', date: '2016-04-27', datePrecision: 'day', sourceId: src.id }],
    });
    const undated = await t.make.measure({ stage: 'proposal' });
    expect((await t.reader.measures.get({ ref: undated.slug })).stage.claims[0]?.date).toBe(
      '2019-01-15',
    );
  });

  it('warns where the timeline contradicts the stage, and accepts the suggestion in one step', async () => {
    const oj = await t.make.source({ title: 'Official Journal', kind: 'official' });
    const m = await t.make.measure({ stage: 'adopted', stageOn: '2016-04-27' });
    const inForce = await t.make.event({
      measureId: m.id,
      sourceId: oj.id,
      date: '2016-05-24',
      kind: 'entry_into_force',
      title: 'Enters into force',
    });
    const brief = await t.reader.measures.get({ ref: m.slug });
    expect(brief.stageWarning).toEqual({
      current: 'adopted',
      suggested: 'in_force',
      because: inForce.id,
    });

    const accepted = await t.caller.measures.acceptSuggestedStage({
      id: m.id,
      version: brief.measure.version,
    });
    expect(accepted.measure).toMatchObject({
      stage: 'in_force',
      version: brief.measure.version + 1,
    });
    expect(accepted.claim).toMatchObject({
      fact: 'stage',
      stage: 'in_force',
      date: '2016-05-24',
      sourceId: oj.id,
      preferred: true,
    });
    const after = await t.reader.measures.get({ ref: m.slug });
    expect(after.stageWarning).toBeNull();
    expect(after.stage.value).toBe('in_force');
    expect(after.stage.preferred?.reason).toMatch(/^Accepted from the timeline: Enters into force/);
    expect(after.sources.items.map((s) => s.id)).toContain(oj.id);
    // Recorded as an edit of the measure, with the claim that decided it.
    const history = await t.reader.measures.history({ id: m.id });
    expect(history.items.find((c) => c.field === 'stage')).toMatchObject({
      before: '"adopted"',
      after: '"in_force"',
    });
    expect(history.items.some((c) => c.field === 'preferred stage claim')).toBe(true);

    // "In force" and "applies from" are two stages: a passed application date moves it on again.
    await t.make.event({
      measureId: m.id,
      sourceId: oj.id,
      date: '2018-05-25',
      kind: 'date_of_application',
      title: 'Applies from',
    });
    expect((await t.reader.measures.get({ ref: m.slug })).stageWarning).toMatchObject({
      current: 'in_force',
      suggested: 'applicable',
    });
  });

  it('suggests withdrawn for a withdrawal published, and ignores what is unconfirmed or ahead', async () => {
    const src = await t.make.source();
    const m = await t.make.measure({ stage: 'proposal', stageOn: '2017-01' });
    await t.make.event({
      measureId: m.id,
      sourceId: src.id,
      date: '2018-06',
      kind: 'adoption',
      title: 'Adoption, reportedly',
      unconfirmed: true,
    });
    await t.make.event({
      measureId: m.id,
      sourceId: src.id,
      date: '2019-03',
      kind: 'entry_into_force',
      title: 'Planned entry into force',
    });
    const brief = await t.reader.measures.get({ ref: m.slug });
    expect(brief.stageWarning).toBeNull();
    expect(
      await expectError(
        t.caller.measures.acceptSuggestedStage({ id: m.id, version: brief.measure.version }),
        'BAD_REQUEST',
      ),
    ).toMatch(/does not contradict its stage \(proposal\)/);

    const withdrawal = await t.make.event({
      measureId: m.id,
      sourceId: src.id,
      date: '2018-12-04',
      kind: 'withdrawal_published',
      title: 'Withdrawal published in the Official Journal',
    });
    expect((await t.reader.measures.get({ ref: m.slug })).stageWarning).toEqual({
      current: 'proposal',
      suggested: 'withdrawn',
      because: withdrawal.id,
    });
    await expectError(
      t.caller.measures.acceptSuggestedStage({ id: m.id, version: brief.measure.version + 5 }),
      'CONFLICT',
    );
  });

  it('disputes stage claims that cannot both be right, until one is preferred', async () => {
    const press = await t.make.source({ title: 'Press report' });
    const council = await t.make.source({ title: 'Council register', kind: 'official' });
    const m = await t.make.measure({ stage: 'proposal', stageOn: '2016-01' });
    await t.caller.claims.add({
      fact: 'stage',
      measureId: m.id,
      stage: 'adopted',
      date: '2017-05',
      sourceId: press.id,
    });
    const negotiation = await t.caller.claims.add({
      fact: 'stage',
      measureId: m.id,
      stage: 'negotiation',
      date: '2017-06',
      sourceId: council.id,
    });
    const brief = await t.reader.measures.get({ ref: m.slug });
    // Adopted in May but still negotiated in June cannot both hold: the track does not go back.
    expect(brief.stage).toMatchObject({ value: 'adopted', disputed: true, preferred: null });
    expect(brief.stage.claims.map((c) => [c.stage, c.date, c.sourceId])).toEqual([
      ['proposal', '2016-01', null],
      ['adopted', '2017-05', press.id],
      ['negotiation', '2017-06', council.id],
    ]);
    expect(brief.sources.items.map((s) => s.id)).toEqual(
      expect.arrayContaining([press.id, council.id]),
    );
    expect((await t.reader.measures.list({})).items[0]).toMatchObject({
      stage: 'adopted',
      disputed: true,
    });

    await t.caller.claims.prefer({
      id: negotiation.id,
      version: brief.measure.version,
      reason: 'The Council register still lists it as under negotiation.',
    });
    const settled = await t.reader.measures.get({ ref: m.slug });
    expect(settled.stage).toMatchObject({ value: 'negotiation', disputed: false });
    expect(settled.stage.setAside).toHaveLength(1);
    expect(settled.measure).toMatchObject({ stage: 'negotiation', stageDisputed: false });

    // A later claim further along moves the stage on; a preference does not freeze it.
    await t.caller.claims.add({
      fact: 'stage',
      measureId: m.id,
      stage: 'adopted',
      date: '2017-11-20',
      sourceId: council.id,
    });
    expect((await t.reader.measures.get({ ref: m.slug })).stage).toMatchObject({
      value: 'adopted',
      disputed: false,
    });
  });
});

describe('measures without a procedure', () => {
  it('need no stage, are listed and counted under none, and a procedure kind still needs one', async () => {
    const letter = await t.make.measure({
      kind: 'letter',
      title: 'Letter to the Commission',
      stage: null,
    });
    await t.make.measure({ kind: 'regulation', stage: 'proposal', title: 'A regulation' });
    expect(letter.stage).toBeNull();
    const brief = await t.reader.measures.get({ ref: letter.slug });
    expect(brief.stage).toMatchObject({ value: null, claims: [] });
    expect(brief.stageWarning).toBeNull();

    expect(await t.reader.measures.stageCounts({})).toEqual({ none: 1, proposal: 1 });
    const titles = async (stage: ('none' | 'proposal')[]) =>
      (await t.reader.measures.list({ stage })).items.map((m) => [m.title, m.stage]);
    expect(await titles(['none'])).toEqual([['Letter to the Commission', null]]);
    expect(await titles(['none', 'proposal'])).toEqual([
      ['A regulation', 'proposal'],
      ['Letter to the Commission', null],
    ]);

    expect(
      await expectError(t.make.measure({ kind: 'directive', stage: null }), 'BAD_REQUEST'),
    ).toContain('stage: a directive follows a procedure: give the stage it has reached');
    expect(
      await expectError(
        t.caller.measures.update({ id: letter.id, version: 1, kind: 'regulation' }),
        'BAD_REQUEST',
      ),
    ).toMatch(/has no stage yet: record its stage first with claims\.add/);
  });
});
