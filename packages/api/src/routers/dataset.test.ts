// The dataset procedures as a client calls them: pages of the export written out as the file,
// the file sent back in batches to another database, CSV pages, and the refusals.
import {
  addImportResult,
  emptyImportResult,
  interchangeSections,
  interchangeText,
} from '@dossier/domain';
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

async function exportFile(api: ReturnType<typeof setup>['reader'], measure?: string) {
  async function* pages() {
    let cursor: string | null = null;
    do {
      const page = await api.dataset.export({ cursor, limit: 2, ...(measure ? { measure } : {}) });
      yield page;
      cursor = page.nextCursor;
    } while (cursor !== null);
  }
  let text = '';
  for await (const chunk of interchangeText(pages())) text += chunk;
  return text;
}

const recordsOf = (text: string) => {
  const file = JSON.parse(text) as Record<string, unknown[]>;
  return interchangeSections.flatMap((section) =>
    (file[section] ?? []).map((record, index) => ({ section, index, record })),
  );
};

async function withRecords() {
  const s = open({ today: '2026-01-01' });
  const source = await s.make.source({ title: 'Le "rapport", 2017', publishedOn: '2017-10' });
  const measure = await s.make.measure({
    slug: 'eprivacy-regulation',
    sourceId: source.id,
    identifiers: [{ scheme: 'procedure_ref', value: '2017/0003(COD)' }],
  });
  const stakeholder = await s.make.stakeholder({ slug: 'edri', sourceId: source.id });
  await s.make.position({
    measureId: measure.id,
    stakeholderId: stakeholder.id,
    sourceId: source.id,
  });
  await s.make.event({
    measureId: measure.id,
    sourceId: source.id,
    kind: 'plenary_vote',
    result: { for: 318, against: 280 },
  });
  return { s, measure };
}

describe('dataset.export and dataset.import', () => {
  it('carry a dossier to another database and back, the same file byte for byte', async () => {
    const { s } = await withRecords();
    const text = await exportFile(s.reader);
    const target = open();
    const total = emptyImportResult(false);
    const records = recordsOf(text);
    for (let i = 0; i < records.length; i += 2)
      addImportResult(
        total,
        await target.caller.dataset.import({ records: records.slice(i, i + 2) }),
      );
    expect(total.rejected).toEqual([]);
    expect(total.counts).toEqual({
      created: records.length,
      updated: 0,
      unchanged: 0,
      rejected: 0,
    });
    expect(await exportFile(target.reader)).toBe(text);

    const again = await target.caller.dataset.import({ records });
    expect(again.counts).toEqual({
      created: 0,
      updated: 0,
      unchanged: records.length,
      rejected: 0,
    });
  });

  it('exports one measure by any of its identifiers, and says when none matches', async () => {
    const { s } = await withRecords();
    const file = JSON.parse(await exportFile(s.reader, '2017/3/cod'));
    expect(file.measures.map((m: { slug: string }) => m.slug)).toEqual(['eprivacy-regulation']);
    expect(
      await expectError(s.reader.dataset.export({ measure: 'no-such-measure' }), 'NOT_FOUND'),
    ).toBe('No measure matches "no-such-measure".');
  });

  it('refuses a cursor of another list', async () => {
    const { s } = await withRecords();
    await s.make.measure();
    const page = await s.reader.measures.list({ limit: 1 });
    expect(page.nextCursor).not.toBeNull();
    const message = await expectError(
      s.reader.dataset.export({ cursor: page.nextCursor }),
      'BAD_REQUEST',
    );
    expect(message).toContain(
      'given out for the list of measures, not for the export of the whole dossier',
    );
  });

  it('reports bad records by their path in the file and imports the rest', async () => {
    const s = open();
    const result = await s.caller.dataset.import({
      records: [
        {
          section: 'sources',
          index: 0,
          record: { key: 'r', title: 'R', publisher: 'P', kind: 'news' },
        },
        {
          section: 'positions',
          index: 7,
          record: {
            key: 'p',
            measure: 'nowhere',
            stakeholder: 'x1',
            stance: 'maybe',
            role: 'critic',
            statedOn: '2017',
            source: 'r',
          },
        },
      ],
    });
    expect(result.counts).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: 1 });
    expect(result.rejected).toEqual([
      {
        record: 'positions[7]',
        problems: [
          {
            path: 'positions[7].stance',
            message:
              'must be one of strongly_support, support, neutral, oppose, strongly_oppose, unknown',
          },
        ],
      },
    ]);
  });

  it('needs the token to import, takes at most 500 records, and assumes only in a dry run', async () => {
    const s = open();
    const record = {
      section: 'sources' as const,
      index: 0,
      record: { key: 'r', title: 'R', publisher: 'P', kind: 'news' },
    };
    await expectError(s.reader.dataset.import({ records: [record] }), 'UNAUTHORIZED');
    expect(
      await expectError(
        s.caller.dataset.import({ records: Array.from({ length: 501 }, () => record) }),
        'BAD_REQUEST',
      ),
    ).toBe('Invalid input: records: send at most 500 records per call');
    expect(
      await expectError(
        s.caller.dataset.import({ records: [record], assume: { sources: ['x'] } }),
        'BAD_REQUEST',
      ),
    ).toBe('Invalid input: assume: only a dry run may assume records that are not saved');
    const dry = await s.caller.dataset.import({ records: [record], dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, counts: { created: 1 } });
    expect(await s.reader.sources.list()).toEqual([]);
  });
});

describe('dataset.csv', () => {
  it('pages the CSV of what measures.list shows under the same filters', async () => {
    const { s } = await withRecords();
    await s.make.measure({ slug: 'a-letter', kind: 'letter', stage: null });
    const first = await s.reader.dataset.csv({
      table: 'measures',
      kind: ['regulation'],
      bom: true,
    });
    expect(first.nextCursor).toBeNull();
    const lines = first.text.split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFslug,title,kind,jurisdiction,stage,disputed,policy_areas,identifiers,last_event_date,last_event_date_precision,last_event,next_event_date,next_event_date_precision,next_event,support,neutral,oppose,summary',
    );
    expect(lines.slice(1, -1).map((l) => l.split(',')[0])).toEqual(['eprivacy-regulation']);
    const events = await s.reader.dataset.csv({ table: 'events', q: '2017/0003(COD)' });
    expect(events.text).toContain(',plenary_vote,');
    expect(events.text).toContain(',318,280,,no,no,');
  });
});
