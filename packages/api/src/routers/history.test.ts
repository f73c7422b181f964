// The history of a measure and a stakeholder, and the brief "as of" a past moment: a sequence
// of edits at distinct moments, the brief read after each, then rebuilt from the audit log for
// each moment and compared whole.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RouterOutputs } from '../root';
import { expectError as failsWith } from '../test/expect-error';
import { setup } from '../test/factories';

type BriefAnswer = RouterOutputs['measures']['get'];

/** The call fails with `code` and a message saying `message`. */
async function expectError(
  call: Promise<unknown>,
  code: 'NOT_FOUND' | 'BAD_REQUEST',
  message: string | RegExp,
) {
  const said = await failsWith(call, code);
  if (typeof message === 'string') expect(said).toBe(message);
  else expect(said).toMatch(message);
}

let t: ReturnType<typeof setup>;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2024-03-01T09:00:00.000Z'));
  t = setup();
});
afterEach(() => {
  t.close();
  vi.useRealTimers();
});

/** Moves the clock on by `hours` and gives the new moment. */
const later = (hours: number) => {
  vi.setSystemTime(new Date(Date.now() + hours * 3_600_000));
  return new Date().toISOString();
};

/**
 * Identifiers and event documents are not versioned rows: an edit replaces them, and as-of puts
 * back their values under new ids. Everything else is compared as it was.
 */
function comparable(brief: BriefAnswer) {
  const { asOf: _, ...rest } = brief;
  return {
    ...rest,
    identifiers: rest.identifiers.map((i) => ({ ...i, id: 'identifier' })),
    timeline: {
      ...rest.timeline,
      items: rest.timeline.items.map((e) => ({
        ...e,
        documents: e.documents.map((d) => ({ ...d, id: 'document' })),
      })),
    },
  };
}

async function sequenceOfEdits() {
  const source = await t.make.source({ title: 'Commission press release' });
  const m = await t.make.measure({
    title: 'Draft regulation',
    stage: 'proposal',
    stageOn: '2024-01-10',
    sourceId: source.id,
    identifiers: [{ scheme: 'procedure_ref', value: '2024/0001(COD)' }],
  });
  const other = await t.make.measure({ title: 'The review it waits on', kind: 'review' });
  const ngo = await t.make.stakeholder({ name: 'Digital Rights NGO' });
  const snapshots: { at: string; brief: BriefAnswer }[] = [];
  const snap = async () => {
    snapshots.push({
      at: new Date().toISOString(),
      brief: await t.reader.measures.get({ ref: m.id }),
    });
  };
  await snap();

  later(1);
  let brief = await t.reader.measures.get({ ref: m.id });
  await t.caller.measures.update({
    id: m.id,
    version: brief.measure.version,
    title: 'Regulation on chat',
  });
  await snap();

  later(2);
  await t.make.event({
    measureId: m.id,
    sourceId: source.id,
    date: '2024-02-01',
    kind: 'committee_vote',
    title: 'LIBE vote',
    documents: [{ scheme: 'ep_report', value: 'A9-0001/2024' }],
  });
  await snap();

  later(24);
  const stageClaim = await t.caller.claims.add({
    fact: 'stage',
    measureId: m.id,
    stage: 'negotiation',
    date: '2024-02-15',
    sourceId: source.id,
  });
  brief = await t.reader.measures.get({ ref: m.id });
  await t.caller.claims.prefer({
    id: stageClaim.id,
    version: brief.measure.version,
    reason: 'The Council confirmed it',
  });
  await snap();

  later(3);
  await t.make.position({
    measureId: m.id,
    stakeholderId: ngo.id,
    sourceId: source.id,
    stance: 'oppose',
  });
  await snap();

  later(5);
  brief = await t.reader.measures.get({ ref: m.id });
  await t.caller.measures.update({
    id: m.id,
    version: brief.measure.version,
    identifiers: [
      { scheme: 'procedure_ref', value: '2024/0001(COD)' },
      { scheme: 'com', value: 'COM(2024) 12' },
    ],
  });
  await snap();

  later(48);
  await t.caller.links.create({
    fromMeasureId: m.id,
    toMeasureId: other.id,
    relation: 'depends_on',
  });
  await snap();

  // Rows the brief only shows change too: the stakeholder's name, the linked measure's title.
  later(1);
  await t.caller.stakeholders.update({ id: ngo.id, version: ngo.version, name: 'EDRi' });
  await t.caller.measures.update({ id: other.id, version: other.version, title: 'Review of 2025' });
  await snap();

  return { m, ngo, source, snapshots };
}

describe('measures.get({ asOf })', () => {
  it('rebuilds the brief as it stood at each moment of a sequence of edits', async () => {
    const { m, snapshots } = await sequenceOfEdits();
    later(72);
    const today = await t.reader.measures.get({ ref: m.slug });
    expect(today.asOf).toBeNull();
    expect(today.measure.title).toBe('Regulation on chat');

    for (const { at, brief } of snapshots) {
      const past = await t.reader.measures.get({ ref: m.slug, asOf: at });
      expect(past.asOf).toBe(at);
      expect(comparable(past)).toEqual(comparable(brief));
      // A moment between two saves shows the earlier one.
      const between = new Date(Date.parse(at) + 30 * 60_000).toISOString();
      expect(comparable(await t.reader.measures.get({ ref: m.slug, asOf: between }))).toEqual(
        comparable(brief),
      );
    }
    // The sequence did change each part compared.
    const first = snapshots[0]!.brief;
    expect(first.measure.title).toBe('Draft regulation');
    expect(first.timeline.total).toBe(0);
    expect(first.stage.value).toBe('proposal');
    expect(first.stakeholders.total).toBe(0);
    expect(first.identifiers).toHaveLength(1);
    expect(first.related).toHaveLength(0);
    const last = snapshots.at(-1)!.brief;
    expect(last.stage.value).toBe('negotiation');
    expect(last.identifiers).toHaveLength(2);
    expect(last.related[0]?.measure.title).toBe('Review of 2025');
    expect(snapshots.at(-2)!.brief.related[0]?.measure.title).toBe('The review it waits on');
    expect(last.stakeholders.items[0]?.stakeholder.name).toBe('EDRi');

    // Nothing was written: today's brief is today's, and the search index still finds it.
    expect(comparable(await t.reader.measures.get({ ref: m.slug }))).toEqual(comparable(today));
    const found = await t.reader.search.query({ q: 'Regulation on chat' });
    expect(JSON.stringify(found)).toContain(m.id);
  });

  it('takes a day as its end in UTC, and says when a measure was not yet recorded', async () => {
    const { m, snapshots } = await sequenceOfEdits();
    later(72);
    const day = snapshots.at(-1)!.at.slice(0, 10);
    const past = await t.reader.measures.get({ ref: m.slug, asOf: day });
    expect(past.asOf).toBe(`${day}T23:59:59.999Z`);
    expect(comparable(past)).toEqual(comparable(snapshots.at(-1)!.brief));

    await expectError(
      t.reader.measures.get({ ref: m.slug, asOf: '2019-01-01' }),
      'NOT_FOUND',
      `${m.slug} was not in the record on 2019-01-01: it was first recorded on 2024-03-01.`,
    );
    await expectError(
      t.reader.measures.get({ ref: m.slug, asOf: '2019-02-30' }),
      'BAD_REQUEST',
      /asOf: give a day as YYYY-MM-DD/,
    );
    await expectError(
      t.reader.measures.get({ ref: m.slug, asOf: 'yesterday' }),
      'BAD_REQUEST',
      /asOf: give a day as YYYY-MM-DD \(the end of that day, UTC\) or an ISO timestamp/,
    );
  });
});

describe('history.measure and history.stakeholder', () => {
  it('lists each save newest first with who, when, what and every field before and after', async () => {
    const { m, ngo } = await sequenceOfEdits();
    const page = await t.reader.history.measure({ ref: m.slug });
    expect(page.subject).toMatchObject({ kind: 'measure', id: m.id, title: 'Regulation on chat' });
    const ats = page.items.map((e) => e.at);
    expect(ats).toEqual([...ats].sort().reverse());

    const title = page.items.find(
      (e) => e.entity === 'measures' && e.fields.some((f) => f.field === 'title'),
    );
    expect(title).toMatchObject({
      actor: 'tester',
      action: 'update',
      label: 'Regulation on chat',
      fields: [{ field: 'title', before: 'Draft regulation', after: 'Regulation on chat' }],
    });
    const identifiers = page.items.find((e) => e.fields.some((f) => f.field === 'identifiers'));
    expect(identifiers?.fields[0]).toMatchObject({
      before: [{ scheme: 'procedure_ref', value: '2024/0001(COD)' }],
      after: [{ scheme: 'procedure_ref' }, { scheme: 'com', value: 'COM(2024) 12' }],
    });
    const event = page.items.find((e) => e.entity === 'events' && e.action === 'create');
    expect(event).toMatchObject({ label: 'LIBE vote' });
    expect(event?.fields).toContainEqual({ field: 'title', before: null, after: 'LIBE vote' });
    const claim = page.items.find((e) => e.entity === 'claims' && e.action === 'update');
    expect(claim).toMatchObject({
      label: 'negotiation (2024-02-15)',
      fields: expect.arrayContaining([
        { field: 'preferred', before: false, after: true },
        { field: 'preferredReason', before: null, after: 'The Council confirmed it' },
      ]),
    });
    const stage = page.items.find((e) =>
      e.fields.some((f) => f.field === 'stage' && e.entity === 'measures'),
    );
    expect(stage?.fields).toContainEqual({
      field: 'stage',
      before: 'proposal',
      after: 'negotiation',
    });
    expect(page.items.find((e) => e.entity === 'positions')).toMatchObject({
      label: 'EDRi',
      action: 'create',
    });
    expect(page.items.find((e) => e.entity === 'measure_links')).toMatchObject({
      label: 'Review of 2025',
    });

    // A stakeholder's own history: its rename and its position, under the measure's title.
    const own = await t.reader.history.stakeholder({ ref: ngo.slug });
    expect(own.items.map((e) => [e.entity, e.action, e.label])).toEqual([
      ['stakeholders', 'update', 'EDRi'],
      ['positions', 'create', 'Regulation on chat'],
      ['stakeholders', 'create', 'EDRi'],
    ]);
    expect(own.items[0]?.fields).toEqual([
      { field: 'name', before: 'Digital Rights NGO', after: 'EDRi' },
    ]);
  });

  it('pages by save, each once, and refuses a cursor of another record', async () => {
    const { m, ngo } = await sequenceOfEdits();
    const all = await t.reader.history.measure({ ref: m.slug, limit: 200 });
    expect(all.nextCursor).toBeNull();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof t.reader.history.measure>> =
        await t.reader.history.measure({ ref: m.slug, limit: 3, cursor });
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((e) => `${e.at} ${e.entity} ${e.entityId} ${e.version}`));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.items.map((e) => `${e.at} ${e.entity} ${e.entityId} ${e.version}`));
    expect(new Set(seen).size).toBe(seen.length);

    const first = await t.reader.history.measure({ ref: m.slug, limit: 1 });
    await expectError(
      t.reader.history.stakeholder({ ref: ngo.slug, cursor: first.nextCursor }),
      'BAD_REQUEST',
      /another measure or stakeholder/,
    );
    await expectError(
      t.reader.history.measure({ ref: m.slug, limit: 201 }),
      'BAD_REQUEST',
      /limit: must be at most 200/,
    );
    await expectError(t.reader.history.stakeholder({ ref: 'nobody' }), 'NOT_FOUND', /nobody/);
  });
});
