import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectError } from '../test/expect-error';
import { setup } from '../test/factories';

let t: ReturnType<typeof setup>;
beforeEach(() => {
  t = setup({ today: '2021-06-01' });
});
afterEach(() => t.close());

describe('events a real procedure needs', () => {
  it('records a Council mandate, a transposition deadline and an infringement step with bodies and Member States', async () => {
    const council = await t.make.source({ title: 'Council press release', kind: 'press_release' });
    const commission = await t.make.source({ title: 'Infringement decisions', kind: 'official' });
    const m = await t.make.measure({ kind: 'directive', stage: 'in_force' });
    const mandate = await t.caller.events.create({
      measureId: m.id,
      sourceId: council.id,
      date: '2017-06-09',
      kind: 'negotiating_mandate',
      title: 'Coreper agrees the Council mandate',
      body: { kind: 'council_preparatory_body', name: 'Coreper I' },
      documents: [{ title: 'Mandate', scheme: 'council_doc', value: '9897/17' }],
    });
    await t.caller.events.create({
      measureId: m.id,
      sourceId: commission.id,
      date: '2020-12-21',
      kind: 'transposition_deadline',
      title: 'Transposition deadline',
      memberStates: ['FR', 'DE', 'IT'],
    });
    await t.caller.events.create({
      measureId: m.id,
      sourceId: commission.id,
      date: '2021-02',
      kind: 'infringement_step',
      title: 'Letters of formal notice for failing to transpose',
      description: 'Letter of formal notice (Article 258 TFEU).',
      body: { kind: 'commission', name: 'DG CNECT' },
      memberStates: ['el', 'UK', 'DE'],
      unconfirmed: true,
    });

    const brief = await t.reader.measures.get({ ref: m.slug });
    expect(
      brief.timeline.items.map((e) => ({
        kind: e.kind,
        body: e.body,
        memberStates: e.memberStates,
        unconfirmed: e.unconfirmed,
        documents: e.documents.map((d) => [d.scheme, d.written, d.canonical]),
      })),
    ).toEqual([
      {
        kind: 'negotiating_mandate',
        body: { kind: 'council_preparatory_body', name: 'Coreper I' },
        memberStates: [],
        unconfirmed: false,
        documents: [['council_doc', '9897/17', 'ST 9897 2017 INIT']],
      },
      {
        kind: 'transposition_deadline',
        body: null,
        memberStates: ['DE', 'FR', 'IT'],
        unconfirmed: false,
        documents: [],
      },
      {
        kind: 'infringement_step',
        body: { kind: 'commission', name: 'DG CNECT' },
        // The EU's own codes are read as ISO ones: EL is Greece (GR), UK is GB.
        memberStates: ['DE', 'GB', 'GR'],
        unconfirmed: true,
        documents: [],
      },
    ]);
    expect(mandate.version).toBe(1);
  });

  it('refuses a country that is no Member State, and a malformed document number', async () => {
    const src = await t.make.source();
    const m = await t.make.measure();
    const base = { measureId: m.id, sourceId: src.id, date: '2021', title: 'Step' };
    expect(
      await expectError(
        t.caller.events.create({ ...base, kind: 'infringement_step', memberStates: ['US'] }),
        'BAD_REQUEST',
      ),
    ).toContain('memberStates.0: must be the ISO code of a Member State');
    expect(
      await expectError(
        t.caller.events.create({
          ...base,
          kind: 'publication_oj',
          documents: [{ scheme: 'oj', value: 'OJ L 119' }],
        }),
        'BAD_REQUEST',
      ),
    ).toContain('documents.0.value: "OJ L 119" is not an Official Journal reference such as');
  });

  it('replaces documents as one audited edit of the event', async () => {
    const src = await t.make.source();
    const m = await t.make.measure();
    const report = await t.caller.events.create({
      measureId: m.id,
      sourceId: src.id,
      date: '2018-02-20',
      kind: 'committee_vote',
      title: 'LIBE adopts its report',
      body: { kind: 'ep_committee', name: 'LIBE' },
      result: { for: 48, against: 2, abstentions: 4 },
    });
    const updated = await t.caller.events.update({
      id: report.id,
      version: 1,
      documents: [{ scheme: 'ep_report', value: 'A8-57/2018' }],
    });
    expect(updated.version).toBe(2);
    const [shown] = (await t.reader.measures.get({ ref: m.slug })).timeline.items;
    expect(shown?.documents.map((d) => d.canonical)).toEqual(['A8-0057/2018']);
    expect(shown?.facts.result?.value).toEqual({ for: 48, against: 2, abstentions: 4 });
    const history = await t.reader.measures.history({ id: report.id });
    expect(history.items.find((c) => c.field === 'documents')?.after).toContain('A8-57/2018');
    // A vote with results cannot quietly become something without one.
    await expectError(
      t.caller.events.update({ id: report.id, version: 2, kind: 'statement' }),
      'BAD_REQUEST',
    );
  });
});
