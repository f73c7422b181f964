import { describe, expect, it } from 'vitest';
import {
  type BriefView,
  formatBrief,
  formatMeasureTable,
  type MeasureRow,
  truncate,
  wrap,
} from './format';

describe('truncate and wrap', () => {
  it('keeps short text and cuts long text at a word with an ellipsis', () => {
    expect(truncate('short  text', 20)).toBe('short text');
    const cut = truncate('one two three four five six seven', 20);
    expect(cut.length).toBeLessThanOrEqual(20);
    expect(cut).toBe('one two three four…');
  });

  it('wraps at the width and indents every line', () => {
    const lines = wrap('aaa bbb ccc ddd eee fff', 13, '  ');
    expect(lines).toEqual(['  aaa bbb ccc', '  ddd eee fff']);
    expect(lines.every((l) => l.length <= 13)).toBe(true);
  });
});

const card = (over: Partial<MeasureRow> = {}): MeasureRow => ({
  stage: 'announced',
  jurisdiction: 'EU',
  kind: 'initiative',
  title: 'A measure',
  slug: 'a-measure',
  lastEvent: { date: '2016-08-23', datePrecision: 'day' },
  ...over,
});

describe('formatMeasureTable', () => {
  it('aligns the columns and shows each last event at its precision', () => {
    const text = formatMeasureTable([
      card({ title: 'Short', slug: 'short', stage: 'in_force', kind: 'national_law' }),
      card({
        title: 'A much longer title',
        slug: 'slug-two',
        lastEvent: { date: '2016-08', datePrecision: 'month' },
      }),
      card({ title: 'Nothing yet', slug: 'nothing', lastEvent: null }),
    ]);
    const [header, ...rows] = text.trimEnd().split('\n');
    expect(header).toMatch(/^STAGE\s+JURISDICTION\s+KIND\s+TITLE\s+SLUG\s+LAST EVENT$/);
    const slugColumn = header!.indexOf('SLUG');
    expect(rows[0]!.indexOf('short')).toBe(slugColumn);
    expect(rows[1]!.indexOf('slug-two')).toBe(slugColumn);
    expect(rows[0]).toMatch(/^in force\s+EU\s+national law\s+Short/);
    expect(rows[1]).toMatch(/Aug 2016$/);
    expect(rows[1]).not.toMatch(/1 Aug 2016/);
    expect(rows[2]).toMatch(/-$/);
    expect(text).toMatch(/\n3 measures\n$/);
  });

  it('shortens titles to fit a terminal and leaves them whole for a pipe', () => {
    const long = card({ title: 'word '.repeat(40).trim() });
    for (const line of formatMeasureTable([long], { width: 100 }).split('\n')) {
      expect(line.length).toBeLessThanOrEqual(100);
    }
    expect(formatMeasureTable([long], { width: 100 })).toContain('…');
    expect(formatMeasureTable([long])).toContain(long.title);
  });

  it('says so when nothing matches', () => {
    expect(formatMeasureTable([])).toBe('No measures match.\n');
  });
});

const source = {
  id: 'src-1',
  title: 'France and Germany want EU law',
  publisher: 'Reuters',
  publishedOn: '2016-08-23',
  kind: 'news' as const,
  url: 'https://example.org/article',
};

const position = (over: Partial<BriefView['stakeholders']['items'][number]['current']> = {}) => ({
  stance: 'support' as const,
  role: 'proponent' as const,
  statedOn: '2016-08-23',
  statedOnPrecision: 'day' as const,
  quote: 'We want this.',
  sourceId: 'src-1',
  ...over,
});

const person = (name: string, role: string | null, affiliation: string | null = null) => ({
  name,
  role,
  affiliation: affiliation ? { name: affiliation } : null,
});

/** A first page that holds everything there is, unless told how many there are in all. */
const page = <T>(items: T[], total = items.length) => ({ items, total });

const undisputed = { value: null, disputed: false, preferred: null, claims: [] };

function brief(over: Partial<BriefView> = {}): BriefView {
  const review = {
    relation: 'depends_on' as const,
    direction: 'outgoing' as const,
    sourceId: null,
    measure: {
      slug: 'privacy-review',
      title: 'Review of the privacy framework',
      stage: 'consultation' as const,
    },
    lastEvent: { date: '2016-08-23', datePrecision: 'day' as const, title: 'Review under way' },
    nextEvent: null,
    label: 'depends on',
  };
  return {
    measure: {
      slug: 'the-initiative',
      title: 'The initiative',
      kind: 'initiative',
      stage: 'announced',
      jurisdiction: 'EU',
      summary: 'Two ministers want a law.',
      policyAreas: ['privacy'],
      sourceId: null,
    },
    identifiers: [
      {
        id: 'i-1',
        scheme: 'procedure_ref',
        written: '2017/3/cod',
        canonical: '2017/0003(COD)',
        role: null,
        sourceId: null,
      },
    ],
    stage: { disputed: false, claims: [] },
    stageWarning: null,
    timeline: page([
      {
        date: '2016-08',
        datePrecision: 'month',
        kind: 'announcement',
        title: 'Minister hints at it',
        description: null,
        sourceId: 'src-1',
        upcoming: false,
        unconfirmed: false,
        facts: { date: undisputed, result: null },
        body: null,
        memberStates: [],
      },
      {
        date: '2016-08-23',
        datePrecision: 'day',
        kind: 'statement',
        title: 'Ministers present it',
        description: null,
        sourceId: 'src-1',
        upcoming: false,
        unconfirmed: false,
        facts: { date: undisputed, result: null },
        body: null,
        memberStates: [],
      },
    ]),
    stakeholders: page([
      {
        stakeholder: person('Minister A', 'Interior Minister', 'Ministry A'),
        current: position({ stance: 'strongly_support' }),
        history: [position({ stance: 'strongly_support' })],
      },
      {
        stakeholder: person('Lobby B', 'Europe director, Lobby', 'Lobby'),
        current: position({ stance: 'oppose', role: 'critic', quote: `"${'no '.repeat(200)}"` }),
        history: [
          position({ stance: 'neutral', statedOn: '2016-07', statedOnPrecision: 'month' }),
          position({ stance: 'oppose', role: 'critic' }),
        ],
      },
      {
        stakeholder: person('Company C', null),
        current: position({ stance: 'unknown', role: 'addressee', quote: null }),
        history: [position({ stance: 'unknown', role: 'addressee', quote: null })],
      },
    ]),
    balance: { support: 1, neutral: 0, oppose: 1, unknown: 1 },
    related: [
      review,
      {
        relation: 'depends_on',
        direction: 'incoming',
        sourceId: 'src-1',
        measure: { slug: 'later-law', title: 'A later law', stage: 'proposal' },
        lastEvent: null,
        nextEvent: null,
        label: 'needed by',
      },
    ],
    reviews: [review],
    systems: [
      {
        action: 'links',
        sourceId: null,
        system: { acronym: 'VIS', name: 'Visa Information System', holds: 'data on visas' },
      },
    ],
    sources: page([source]),
    ...over,
  };
}

describe('formatBrief', () => {
  const text = formatBrief(brief(), { width: 80 });
  const section = (title: string) => {
    const start = text.indexOf(`\n${title}`);
    expect(start).toBeGreaterThan(-1);
    const end = text.indexOf('\n\n', start + 1);
    return text.slice(start, end === -1 ? undefined : end);
  };

  it('heads the brief with title, stage, kind, jurisdiction and identifiers', () => {
    expect(text.split('\n')[0]).toBe('The initiative');
    expect(text).toContain('Stage: announced · Kind: initiative · Jurisdiction: EU');
    expect(text).toContain('Identifiers: Procedure 2017/0003(COD)');
  });

  it('shows both claims of a disputed date and vote count, each with its source, and a stage warning', () => {
    const claim = (id: string, sourceId: string) => ({
      id,
      version: 1,
      sourceId,
      note: null,
      unconfirmed: false,
      preferred: false,
      preferredReason: null,
      createdAt: '2018-01-01T00:00:00.000Z',
    });
    const disputed = formatBrief(
      brief({
        sources: page([source, { ...source, id: 'src-2', title: 'Another report' }]),
        stageWarning: { current: 'adopted', suggested: 'in_force', because: 'e-1' },
        timeline: page([
          {
            date: '2018-10-23',
            datePrecision: 'day',
            kind: 'committee_vote',
            title: 'LIBE votes',
            description: null,
            sourceId: 'src-1',
            upcoming: false,
            unconfirmed: false,
            body: { kind: 'ep_committee', name: 'LIBE' },
            memberStates: [],
            facts: {
              date: {
                value: null,
                disputed: true,
                preferred: null,
                claims: [
                  { ...claim('c-1', 'src-1'), date: '2018-10-23', datePrecision: 'day' },
                  { ...claim('c-2', 'src-2'), date: '2018-10-24', datePrecision: 'day' },
                ],
              },
              result: {
                value: null,
                disputed: true,
                preferred: null,
                claims: [
                  { ...claim('c-3', 'src-1'), result: { for: 31, against: 24, abstentions: 1 } },
                  { ...claim('c-4', 'src-2'), result: { for: 31, against: 25, abstentions: null } },
                ],
              },
            },
          },
        ]),
      }),
      { width: 100 },
    );
    expect(disputed).toContain('date claimed: 23 Oct 2018 [1]');
    expect(disputed).toContain('date claimed: 24 Oct 2018 [2]');
    expect(disputed).toContain('result claimed: for 31, against 24, abstentions 1 [1]');
    expect(disputed).toContain('result claimed: for 31, against 25 [2]');
    expect(disputed).toMatch(
      /Warning: the timeline has moved past the stage: in force is suggested/,
    );
  });

  it('marks a fact without a source', () => {
    expect(section('SUMMARY')).toContain('Source: (no source)');
    expect(section('REVIEWS')).not.toContain('(no source)');
    expect(section('RELATED MEASURES')).toMatch(/privacy-review\s+\(no source\)/);
    expect(section('INFORMATION SYSTEMS')).toMatch(
      /links\s+VIS\s+Visa Information System \(data on visas\) \(no source\)/,
    );
  });

  it('shows a month date as the month, never as its first day', () => {
    const timeline = section('TIMELINE');
    expect(timeline).toMatch(/ {2}Aug 2016 {5}announcement {2}Minister hints at it \[1\]/);
    expect(timeline).toContain('23 Aug 2016  statement');
    expect(text).not.toMatch(/\b1 Aug 2016/);
  });

  it('groups stakeholders by stance, strongest support first, with role and quote', () => {
    const stakeholders = section('STAKEHOLDERS');
    expect(stakeholders).toContain('  1 support · 0 neutral · 1 oppose · 1 not known\n');
    const order = [
      'Strongly support',
      'Minister A',
      'Oppose',
      'Lobby B',
      'Stance not known',
      'Company C',
    ];
    const positions = order.map((s) => stakeholders.indexOf(s));
    expect(positions.every((p) => p > -1)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(stakeholders).toContain('Minister A — Interior Minister (Ministry A)');
    // The role already names the organisation, so it is not repeated.
    expect(stakeholders).toContain('Lobby B — Europe director, Lobby\n');
    expect(stakeholders).toContain('We want this.');
    expect(stakeholders).toContain(
      'Source: [1] France and Germany want EU law (Reuters, 23 Aug 2016)',
    );
    expect(stakeholders).toContain('critic · 23 Aug 2016 · earlier: neutral (Jul 2016)');
  });

  it('shortens long quotes and says where the full text is', () => {
    const quoteLines = section('STAKEHOLDERS')
      .split('\n')
      .filter((l) => l.includes('no no'));
    expect(quoteLines.length).toBeGreaterThan(1);
    expect(quoteLines.length).toBeLessThanOrEqual(6);
    expect(quoteLines.at(-1)).toMatch(/…$/);
    expect(text).toContain('--json gives them in full');
    expect(formatBrief(brief({ stakeholders: page([]) }))).not.toContain('--json gives them');
  });

  it('lists reviews with stage and last event, and related measures with relation and stage', () => {
    expect(section('REVIEWS IT DEPENDS ON')).toMatch(
      /Review of the privacy framework \(privacy-review\)\n\s+stage: consultation · last: 23 Aug 2016 Review under way/,
    );
    const related = section('RELATED MEASURES');
    expect(related).toMatch(/depends on\s+Review of the privacy framework · consultation/);
    expect(related).toMatch(/needed by\s+A later law · proposal · later-law \[1\]/);
  });

  it('numbers the sources and gives their details', () => {
    expect(section('SOURCES')).toContain(
      '[1] France and Germany want EU law — Reuters, 23 Aug 2016 · news\n      https://example.org/article',
    );
  });

  it('keeps every line within the width', () => {
    for (const line of formatBrief(brief(), { width: 60 }).split('\n')) {
      expect(line.length).toBeLessThanOrEqual(60);
    }
  });

  it('says when a part of the brief is empty', () => {
    const empty = formatBrief(
      brief({
        identifiers: [],
        timeline: page([]),
        stakeholders: page([]),
        related: [],
        reviews: [],
        systems: [],
        sources: page([]),
      }),
    );
    expect(empty).toContain('Identifiers: none recorded');
    expect(empty).toContain('No events recorded.');
    expect(empty).toContain('No stakeholders recorded.');
    expect(empty).not.toContain('not shown');
  });

  it('says how many events, stakeholders and sources the first pages leave out', () => {
    const full = brief();
    const large = formatBrief(
      brief({
        timeline: page(full.timeline.items, 20_000),
        stakeholders: page(full.stakeholders.items, 303),
        sources: page(full.sources.items, 61),
      }),
      { width: 80 },
    );
    const timeline = section('TIMELINE');
    expect(timeline).not.toContain('not shown');
    expect(large).toContain(
      '\nTIMELINE\n  … 19,998 earlier events not shown (use --json or the dashboard)\n  Aug 2016',
    );
    expect(large).toContain('  … 300 more stakeholders not shown (use --json or the dashboard)\n');
    expect(large).toMatch(/https:\/\/example\.org\/article\n {2}… 60 more sources not shown/);
  });
});
