// A stance known but not yet citable is recorded as explicitly unsourced: a position names its
// source or carries the mark, never neither and never both, through create, update, the brief,
// the CSV and the interchange file.
import { interchangeSections, interchangeText, positionSourceRule } from '@dossier/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { expectError } from '../test/expect-error';
import { setup } from '../test/factories';

const opened: ReturnType<typeof setup>[] = [];
const open = (options?: Parameters<typeof setup>[0]) => {
  const s = setup(options);
  opened.push(s);
  return s;
};
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});

async function dossier() {
  const s = open({ today: '2026-01-01' });
  const source = await s.make.source({ title: 'Reuters report' });
  const measure = await s.make.measure({ slug: 'encryption-initiative' });
  const stakeholder = await s.make.stakeholder({ slug: 'ccia', name: 'CCIA' });
  const stance = {
    measureId: measure.id,
    stakeholderId: stakeholder.id,
    stance: 'oppose' as const,
    role: 'critic' as const,
    statedOn: '2016-08-23',
  };
  return { s, source, measure, stakeholder, stance };
}

/** The audit log of one record, as [field, before, after] of its updates. */
async function updatesOf(s: ReturnType<typeof setup>, id: string) {
  const log = await s.reader.measures.history({ id });
  return log.items.filter((c) => c.action === 'update').map((c) => [c.field, c.before, c.after]);
}

describe('creating a position', () => {
  it('with a source, not unsourced; or unsourced, with no source', async () => {
    const { s, source, stance } = await dossier();
    const sourced = await s.caller.positions.create({ ...stance, sourceId: source.id });
    expect(sourced).toMatchObject({ sourceId: source.id, unsourced: false });
    const unsourced = await s.caller.positions.create({ ...stance, unsourced: true });
    expect(unsourced).toMatchObject({ sourceId: null, unsourced: true });
    const nullSource = await s.caller.positions.create({
      ...stance,
      sourceId: null,
      unsourced: true,
    });
    expect(nullSource).toMatchObject({ sourceId: null, unsourced: true });
    // The audit log records the mark with the other fields.
    const created = await s.reader.measures.history({ id: unsourced.id });
    expect(JSON.parse(created.items[0]!.after!)).toMatchObject({ unsourced: true });
  });

  it('refuses neither a source nor the mark, and both, writing nothing', async () => {
    const { s, source, stakeholder, stance } = await dossier();
    const neither = await expectError(s.caller.positions.create(stance), 'BAD_REQUEST');
    expect(neither).toBe(`Invalid input: sourceId: ${positionSourceRule.neither}`);
    expect(neither).toBe(
      'Invalid input: sourceId: give the source of this stance, or mark it as unsourced',
    );
    const both = await expectError(
      s.caller.positions.create({ ...stance, sourceId: source.id, unsourced: true }),
      'BAD_REQUEST',
    );
    expect(both).toBe(
      'Invalid input: sourceId: a stance with a source is not unsourced: remove one',
    );
    expect((await s.reader.stakeholders.get({ ref: stakeholder.slug })).positions).toEqual([]);
    expect((await s.reader.measures.history({})).items.map((c) => c.entity)).not.toContain(
      'positions',
    );
  });
});

describe('changing a position', () => {
  it('from a source to unsourced and back, each change in the audit log', async () => {
    const { s, source, stance } = await dossier();
    const p = await s.caller.positions.create({ ...stance, sourceId: source.id });

    const marked = await s.caller.positions.update({
      id: p.id,
      version: 1,
      sourceId: null,
      unsourced: true,
    });
    expect(marked).toMatchObject({ version: 2, sourceId: null, unsourced: true });
    expect(await updatesOf(s, p.id)).toEqual(
      expect.arrayContaining([
        ['sourceId', JSON.stringify(source.id), 'null'],
        ['unsourced', 'false', 'true'],
      ]),
    );

    // Naming a source clears the mark by itself.
    const cited = await s.caller.positions.update({ id: p.id, version: 2, sourceId: source.id });
    expect(cited).toMatchObject({ version: 3, sourceId: source.id, unsourced: false });
    const log = await s.reader.measures.history({ id: p.id });
    expect(
      log.items.filter((c) => c.version === 3).map((c) => [c.field, c.before, c.after]),
    ).toEqual(
      expect.arrayContaining([
        ['sourceId', 'null', JSON.stringify(source.id)],
        ['unsourced', 'true', 'false'],
      ]),
    );

    // Other fields change without a word on the source.
    const quoted = await s.caller.positions.update({ id: p.id, version: 3, quote: 'No.' });
    expect(quoted).toMatchObject({ version: 4, sourceId: source.id, unsourced: false });
  });

  it('refuses a change that would leave the stored pair breaking the rule, writing nothing', async () => {
    const { s, source, stance } = await dossier();
    const sourced = await s.caller.positions.create({ ...stance, sourceId: source.id });
    const unsourced = await s.caller.positions.create({ ...stance, unsourced: true });

    // The mark on a stance that keeps its source: both.
    expect(
      await expectError(
        s.caller.positions.update({ id: sourced.id, version: 1, unsourced: true }),
        'BAD_REQUEST',
      ),
    ).toBe(
      'sourceId: a stance with a source is not unsourced: remove one (to mark it unsourced, send "sourceId": null with "unsourced": true)',
    );
    // The source removed without the mark: neither.
    expect(
      await expectError(
        s.caller.positions.update({ id: sourced.id, version: 1, sourceId: null }),
        'BAD_REQUEST',
      ),
    ).toMatch(/^sourceId: give the source of this stance, or mark it as unsourced/);
    // The mark taken off a stance that has no source: neither.
    expect(
      await expectError(
        s.caller.positions.update({ id: unsourced.id, version: 1, unsourced: false }),
        'BAD_REQUEST',
      ),
    ).toMatch(/^sourceId: give the source of this stance, or mark it as unsourced/);
    // Both in one input: refused by the schema.
    expect(
      await expectError(
        s.caller.positions.update({
          id: unsourced.id,
          version: 1,
          sourceId: source.id,
          unsourced: true,
        }),
        'BAD_REQUEST',
      ),
    ).toBe('Invalid input: sourceId: a stance with a source is not unsourced: remove one');

    const stored = (await s.reader.stakeholders.get({ ref: 'ccia' })).positions;
    expect(stored.map((p) => [p.id, p.version, p.sourceId, p.unsourced]).sort()).toEqual(
      [
        [sourced.id, 1, source.id, false],
        [unsourced.id, 1, null, true],
      ].sort(),
    );
    expect(await updatesOf(s, sourced.id)).toEqual([]);
    expect(await updatesOf(s, unsourced.id)).toEqual([]);
  });

  it('says CONFLICT, not the rule, to an edit of a version since changed', async () => {
    const { s, source, stance } = await dossier();
    const p = await s.caller.positions.create({ ...stance, sourceId: source.id });
    await s.caller.positions.update({ id: p.id, version: 1, sourceId: null, unsourced: true });
    await expectError(
      s.caller.positions.update({ id: p.id, version: 1, sourceId: null }),
      'CONFLICT',
    );
  });
});

describe('reading unsourced positions', () => {
  it('the brief and the stakeholder show the mark and no source, and cite only real sources', async () => {
    const { s, source, measure, stance } = await dossier();
    await s.caller.positions.create({ ...stance, statedOn: '2016-01', sourceId: source.id });
    await s.caller.positions.create({ ...stance, statedOn: '2016-02', unsourced: true });
    const brief = await s.reader.measures.get({ ref: measure.slug });
    const [entry] = brief.stakeholders.items;
    expect(entry?.current).toMatchObject({ statedOn: '2016-02', sourceId: null, unsourced: true });
    expect(entry?.history.map((p) => [p.sourceId, p.unsourced])).toEqual([
      [source.id, false],
      [null, true],
    ]);
    expect(brief.sources.items.map((x) => x.id)).toEqual([source.id]);

    const page = await s.reader.measures.stakeholders({ ref: measure.slug });
    expect(page.sources.map((x) => x.id)).toEqual([source.id]);
    const all = await s.reader.measures.sources({ ref: measure.slug });
    expect(all.items.map((x) => x.id)).toEqual([source.id]);

    const stakeholder = await s.reader.stakeholders.get({ ref: 'ccia' });
    expect(stakeholder.positions.map((p) => p.unsourced)).toEqual([true, false]);
    expect(stakeholder.sources.map((x) => x.id)).toEqual([source.id]);
  });

  it('the CSV keeps an unsourced stance, its source cells empty and marked unsourced', async () => {
    const { s, source, stance } = await dossier();
    await s.caller.positions.create({ ...stance, statedOn: '2016-01', sourceId: source.id });
    await s.caller.positions.create({ ...stance, statedOn: '2016-02', unsourced: true });
    const csv = await s.reader.dataset.csv({ table: 'positions' });
    const lines = csv.text.split('\r\n');
    expect(lines[0]).toMatch(/,quote,source,source_publisher,source_url,unsourced$/);
    expect(lines.slice(1, -1)).toHaveLength(2);
    // stated_on, stated_on_precision, quote (none), source, source_publisher, source_url, unsourced
    expect(lines[1]).toMatch(/,2016-01,month,,Reuters report,Reuters,,no$/);
    expect(lines[2]).toMatch(/,2016-02,month,,,,,yes$/);
  });
});

async function exportFile(api: ReturnType<typeof setup>['reader']) {
  async function* pages() {
    let cursor: string | null = null;
    do {
      const page = await api.dataset.export({ cursor, limit: 2 });
      yield page;
      cursor = page.nextCursor;
    } while (cursor !== null);
  }
  let text = '';
  for await (const chunk of interchangeText(pages())) text += chunk;
  return text;
}

describe('unsourced positions in the interchange file', () => {
  it('are written with "unsourced": true and no source, and come back the same', async () => {
    const { s, source, stance } = await dossier();
    const sourced = await s.caller.positions.create({ ...stance, sourceId: source.id });
    const unsourced = await s.caller.positions.create({
      ...stance,
      statedOn: '2017',
      unsourced: true,
    });
    const text = await exportFile(s.reader);
    const file = JSON.parse(text) as Record<string, Record<string, unknown>[]>;
    const byKey = new Map(file.positions!.map((p) => [p.key, p]));
    expect(byKey.get(sourced.id)).toMatchObject({ source: source.id });
    expect(byKey.get(sourced.id)).not.toHaveProperty('unsourced');
    expect(byKey.get(unsourced.id)).toMatchObject({ source: null, unsourced: true });

    const target = open();
    const records = interchangeSections.flatMap((section) =>
      (file[section] ?? []).map((record, index) => ({ section, index, record })),
    );
    const result = await target.caller.dataset.import({ records });
    expect(result.rejected).toEqual([]);
    const positionsOf = async (api: ReturnType<typeof setup>['reader']) =>
      (await api.stakeholders.get({ ref: 'ccia' })).positions.map((p) => ({
        id: p.id,
        stance: p.stance,
        statedOn: p.statedOn,
        sourceId: p.sourceId,
        unsourced: p.unsourced,
      }));
    expect(await positionsOf(target.reader)).toEqual(await positionsOf(s.reader));
    expect(await exportFile(target.reader)).toBe(text);
  });

  it('refuses a position with neither a source nor the mark, or both, by its path', async () => {
    const s = open();
    const base = {
      measure: 'nowhere',
      stakeholder: 'nobody',
      stance: 'oppose',
      role: 'critic',
      statedOn: '2017',
    };
    const result = await s.caller.dataset.import({
      records: [
        { section: 'positions', index: 3, record: { ...base, key: 'a' } },
        {
          section: 'positions',
          index: 4,
          record: { ...base, key: 'b', source: 'r', unsourced: true },
        },
      ],
    });
    expect(result.rejected).toEqual([
      {
        record: 'positions[3]',
        problems: [
          {
            path: 'positions[3].source',
            message:
              'give the key of the source of this stance in "source", or mark it "unsourced": true',
          },
        ],
      },
      {
        record: 'positions[4]',
        problems: [
          {
            path: 'positions[4].source',
            message:
              'a stance with a source is not unsourced: give "source" or "unsourced": true, not both',
          },
        ],
      },
    ]);
  });
});
