import { describe, expect, it } from 'vitest';
import {
  addImportResult,
  countOutcome,
  emptyImportResult,
  ImportBatcher,
  jsonPath,
  oversizeProblem,
  utf8Length,
} from './dataset';
import { interchangeFileSchema, interchangeMeasure, interchangeRecordSchemas } from './interchange';
import { keysOf, referencesOf } from './interchange-refs';
import { interchangeText } from './interchange-text';

const measure = {
  slug: 'eprivacy',
  title: 'ePrivacy Regulation',
  kind: 'regulation',
  jurisdiction: 'EU',
  summary: null,
  policyAreas: ['privacy'],
  source: 'commission-proposal',
  identifiers: [
    { scheme: 'procedure_ref', value: '2017/0003(COD)', role: 'original_proposal', source: null },
  ],
  stageClaims: [
    {
      stage: 'proposal',
      date: '2017-01-10',
      source: 'commission-proposal',
      note: null,
      unconfirmed: false,
      preferred: null,
    },
  ],
  events: [
    {
      key: 'libe-vote',
      kind: 'committee_vote',
      title: 'LIBE vote',
      description: null,
      source: 'ep-press',
      body: { kind: 'ep_committee', name: 'LIBE' },
      memberStates: [],
      unconfirmed: false,
      documents: [],
      dateClaims: [
        { date: '2017-10-19', source: 'ep-press', note: null, unconfirmed: false, preferred: null },
      ],
      resultClaims: [
        {
          for: 31,
          against: 24,
          abstentions: 1,
          source: 'ep-press',
          note: null,
          unconfirmed: false,
          preferred: null,
        },
      ],
    },
  ],
};

/** The problems zod finds, as `path: message`, in the file's own terms. */
function problems(section: keyof typeof interchangeRecordSchemas, index: number, record: unknown) {
  const parsed = interchangeRecordSchemas[section].safeParse(record);
  return parsed.success
    ? []
    : parsed.error.issues.map((i) => `${jsonPath(section, index, i.path)}: ${i.message}`);
}

describe('interchange records', () => {
  it('accepts a measure with identifiers, stage claims, events and their claims', () => {
    expect(problems('measures', 0, measure)).toEqual([]);
  });

  it('names every problem by its JSON path, in the file’s own terms', () => {
    const bad = {
      ...measure,
      identifiers: [{ scheme: 'procedure_ref', value: '2017/3' }],
      events: [
        { ...measure.events[0], dateClaims: [{ date: '2017-02-30', source: 'ep-press' }] },
        { ...measure.events[0], kind: 'statement' },
      ],
    };
    expect(problems('measures', 12, bad)).toEqual([
      'measures[12].identifiers[0].value: "2017/3" is not a procedure reference such as 2016/0106(COD) (year/number(type))',
      'measures[12].events[0].dateClaims[0].date: must be a real date written as YYYY-MM-DD, YYYY-MM (month known) or YYYY (year known)',
      'measures[12].events[1].resultClaims: only a vote has a result; a statement event does not',
      'measures[12].events[1].key: "libe-vote" is already the key of events[0]; each event of a measure needs its own',
    ]);
  });

  it('refuses fields it does not know rather than dropping them', () => {
    expect(problems('measures', 0, { ...measure, stage: 'proposal' })).toEqual([
      'measures[0]: has an unknown field: stage',
    ]);
  });

  it('needs the stage of a measure that follows a procedure, and one preferred claim at most', () => {
    const claim = measure.stageClaims[0]!;
    expect(problems('measures', 1, { ...measure, stageClaims: [] })).toEqual([
      'measures[1].stageClaims: a regulation follows a procedure: give at least one stage claim ({ "stage", "date", "source" })',
    ]);
    expect(
      problems('measures', 1, {
        ...measure,
        stageClaims: [
          { ...claim, preferred: { reason: 'Official' } },
          { ...claim, date: '2017', preferred: { reason: 'Also' } },
        ],
      }),
    ).toEqual([
      'measures[1].stageClaims[1].preferred: only one claim of a fact may be preferred; claim 0 already is',
    ]);
    expect(problems('measures', 2, { ...measure, kind: 'letter', stageClaims: [] })).toEqual([]);
  });

  it('takes Popolo’s names for stakeholders: persons, organizations, memberships', () => {
    expect(
      problems('memberships', 0, {
        person_id: 'borggreen',
        organization_id: 'ccia',
        role: 'Europe director',
      }),
    ).toEqual([]);
    expect(problems('memberships', 3, { personId: 'borggreen', organization_id: 'ccia' })).toEqual([
      'memberships[3].person_id: is required',
      'memberships[3]: has an unknown field: personId',
    ]);
    expect(
      problems('organizations', 0, {
        id: 'whatsapp',
        name: 'WhatsApp',
        category: 'company',
        parent_id: 'facebook',
      }),
    ).toEqual([]);
  });

  it('reads a whole file and refuses another format', () => {
    expect(
      interchangeFileSchema.safeParse({
        format: 'dossier-interchange',
        version: 1,
        measures: [measure],
      }).success,
    ).toBe(true);
    const other = interchangeFileSchema.safeParse({ format: 'popolo', version: 2 });
    expect(other.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'format: must be dossier-interchange',
      'version: must be 1',
    ]);
  });
});

describe('jsonPath', () => {
  it('writes indexes in brackets and odd keys quoted', () => {
    expect(jsonPath('measures', 12, ['events', 3, 'date'])).toBe('measures[12].events[3].date');
    expect(jsonPath('sources', null, ['a b'])).toBe('sources["a b"]');
  });
});

describe('interchangeText', () => {
  const collect = async (pages: Parameters<typeof interchangeText>[0]) => {
    let text = '';
    for await (const chunk of interchangeText(pages)) text += chunk;
    return text;
  };

  it('writes exactly what JSON.stringify writes for the whole file, page by page', async () => {
    const source = { key: 's1', title: 'Report', publisher: 'Reuters', kind: 'news' };
    const text = await collect([
      { section: 'sources', items: [source] },
      { section: 'sources', items: [{ ...source, key: 's2' }] },
      { section: 'measures', items: [measure] },
    ]);
    const file = {
      format: 'dossier-interchange',
      version: 1,
      sources: [source, { ...source, key: 's2' }],
      persons: [],
      organizations: [],
      memberships: [],
      informationSystems: [],
      measures: [measure],
      positions: [],
      links: [],
      measureSystems: [],
      notes: [],
      meetings: [],
    };
    expect(text).toBe(`${JSON.stringify(file, null, 2)}\n`);
    expect(interchangeFileSchema.safeParse(JSON.parse(text)).success).toBe(true);
  });

  it('writes an empty file with every section', async () => {
    expect(JSON.parse(await collect([]))).toEqual({
      format: 'dossier-interchange',
      version: 1,
      sources: [],
      persons: [],
      organizations: [],
      memberships: [],
      informationSystems: [],
      measures: [],
      positions: [],
      links: [],
      measureSystems: [],
      notes: [],
      meetings: [],
    });
  });

  it('refuses pages out of section order', async () => {
    await expect(
      collect([
        { section: 'measures', items: [] },
        { section: 'sources', items: [] },
      ]),
    ).rejects.toThrow(/must follow the order of the sections/);
  });
});

describe('batches and results', () => {
  it('cuts batches by count and by bytes, never splitting a record', () => {
    const batcher = new ImportBatcher<string>({ maxRecords: 3, maxBytes: 10 });
    const sent: string[][] = [];
    for (const [record, bytes] of [
      ['a', 4],
      ['b', 4],
      ['c', 4],
      ['d', 1],
      ['e', 1],
      ['f', 1],
      ['g', 1],
    ] as const) {
      const ready = batcher.add(record, bytes);
      if (ready) sent.push(ready);
    }
    sent.push(batcher.flush() ?? []);
    expect(sent).toEqual([
      ['a', 'b'],
      ['c', 'd', 'e'],
      ['f', 'g'],
    ]);
    expect(batcher.flush()).toBeNull();
  });

  it('counts UTF-8 bytes and says when a record cannot fit one request', () => {
    expect(utf8Length('aé€😀')).toBe(1 + 2 + 3 + 4);
    expect(oversizeProblem(100)).toBeNull();
    expect(oversizeProblem(2 * 1024 * 1024)).toMatch(/^is 2\.0 MB as JSON, more than one request/);
  });

  it('adds batch results into a total, per section', () => {
    const a = emptyImportResult(false);
    countOutcome(a, 'measures', 'created');
    countOutcome(a, 'sources', 'unchanged');
    const b = emptyImportResult(false);
    countOutcome(b, 'measures', 'rejected');
    b.rejected.push({
      record: 'measures[1]',
      problems: [{ path: 'measures[1].slug', message: 'x' }],
    });
    const total = addImportResult(addImportResult(emptyImportResult(false), a), b);
    expect(total.counts).toEqual({ created: 1, updated: 0, unchanged: 1, rejected: 1 });
    expect(total.sections.measures).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: 1 });
    expect(total.rejected).toHaveLength(1);
  });

  it('knows which keys a record answers to and which it names', () => {
    const parsed = interchangeMeasure.parse(measure);
    expect(keysOf('measures', parsed).map((k) => k.key)).toEqual([
      'eprivacy',
      '2017/0003(COD)',
      '2017/0003(COD)',
    ]);
    expect(referencesOf('measures', parsed)).toEqual([
      { kind: 'sources', key: 'commission-proposal' },
      { kind: 'sources', key: 'commission-proposal' },
      { kind: 'sources', key: 'ep-press' },
      { kind: 'sources', key: 'ep-press' },
      { kind: 'sources', key: 'ep-press' },
    ]);
  });
});
