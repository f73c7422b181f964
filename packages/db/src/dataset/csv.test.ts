// The CSV as a spreadsheet reads it: parsed back by a real CSV parser, every field comes back as
// it was, whatever quotes, commas, line breaks and accents it holds.
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { type DossierDatabase, openDatabase } from '../open';
import { createEvent } from '../repo/events';
import { createMeasure } from '../repo/measures';
import { createPosition, createSource, createStakeholder } from '../repo/records';
import { seedDemo } from '../seed/seed';
import { buildRichDossier } from '../test/rich-dossier';
import { csvExport, csvPage } from './csv';

const today = '2026-01-01';
const opened: DossierDatabase[] = [];
afterEach(() => {
  for (const d of opened.splice(0)) d.close();
});
function dossier() {
  const d = openDatabase(':memory:');
  opened.push(d);
  seedDemo(d.db);
  return { d, ...buildRichDossier(d.db) };
}

const csvOf = (
  d: DossierDatabase,
  kind: Parameters<typeof csvExport>[1],
  filters: Parameters<typeof csvExport>[2] = {},
  bom = false,
) => [...csvExport(d.db, kind, filters, { bom, today })].join('');

const rowsOf = (csv: string) =>
  parse(csv, { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];

describe('the CSV of measures, positions and events', () => {
  it('gives back every field through a real CSV parser: quotes, commas, line breaks, accents', () => {
    const { d, eprivacy } = dossier();
    const csv = csvOf(d, 'measures');
    const row = rowsOf(csv).find((r) => r.slug === eprivacy.slug)!;
    expect(row).toMatchObject({
      title: 'ePrivacy Regulation — «confidentialité» des communications',
      kind: 'regulation',
      stage: 'negotiation',
      policy_areas: 'privacy; electronic communications',
      identifiers: '2017/3/cod; COM(2017) 10 final',
      summary:
        'Replaces the 2002 directive.\nCovers "over-the-top" services, e.g. WhatsApp, Telegram 😀.',
    });
    expect(csv.startsWith('slug,title,kind,')).toBe(true);
    // RFC 4180: records end with CRLF; a line break inside a field stays inside its quotes.
    expect(csv).toContain('"Replaces the 2002 directive.\nCovers ""over-the-top"" services');
    expect(csv.split('\r\n')[0]).not.toContain('\n');

    const quotes = rowsOf(csvOf(d, 'positions'));
    expect(
      quotes.find((r) => r.stakeholder === 'Marie Dupont-Éluard' && r.stance === 'oppose'),
    ).toMatchObject({
      measure_slug: eprivacy.slug,
      quote: '"No", she said, "never."',
      stated_on: '2016-08',
      stated_on_precision: 'month',
      source: 'France, Germany want "back doors", says report',
    });
  });

  it('writes each date with its precision, and a vote with the result its claims show', () => {
    const { d, eprivacy } = dossier();
    const events = rowsOf(csvOf(d, 'events', { q: 'eprivacy' })).filter(
      (r) => r.measure_slug === eprivacy.slug,
    );
    expect(events.map((e) => [e.date, e.date_precision, e.kind])).toEqual([
      ['2017', 'year', 'statement'],
      ['2017-10-19', 'day', 'committee_vote'],
    ]);
    // Two sources disagree on the count: the first recorded is shown, the event disputed.
    expect(events[1]).toMatchObject({
      votes_for: '31',
      votes_against: '24',
      abstentions: '1',
      disputed: 'yes',
      body_kind: 'ep_committee',
      body_name: 'LIBE',
      member_states: 'DE; FR',
    });
  });

  it('holds the measures measures.list shows under the same filters, in its order', () => {
    const { d } = dossier();
    const announced = rowsOf(csvOf(d, 'measures', { stage: ['announced'] }));
    expect(announced.map((r) => r.stage)).toEqual(announced.map(() => 'announced'));
    expect(announced.length).toBeGreaterThanOrEqual(2);
    const titles = announced.map((r) => r.title);
    expect(titles).toEqual([...titles].sort());
    const letters = rowsOf(csvOf(d, 'positions', { kind: ['letter'] }));
    expect(letters.map((r) => r.stakeholder)).toEqual(['Jan Novák']);
  });

  it('starts with a byte order mark for Excel only when asked, and has a header when empty', () => {
    const { d } = dossier();
    expect(csvOf(d, 'measures', {}, true).startsWith('\uFEFFslug,')).toBe(true);
    expect(csvOf(d, 'measures').startsWith('slug,')).toBe(true);
    const none = csvOf(d, 'events', { q: 'no such words anywhere' });
    expect(none).toBe(
      'measure_slug,measure_title,date,date_precision,kind,title,description,body_kind,body_name,member_states,votes_for,votes_against,abstentions,disputed,unconfirmed,source,source_publisher,source_url\r\n',
    );
  });

  it('keeps a spreadsheet from running text as a formula', () => {
    const d = openDatabase(':memory:');
    opened.push(d);
    const source = createSource(
      d.db,
      { title: '=HYPERLINK("http://evil.example")', publisher: '@acme', kind: 'news' },
      'x',
    );
    const m = createMeasure(
      d.db,
      { slug: 'formula', title: '+1 for encryption', kind: 'letter', jurisdiction: 'FR' },
      'x',
      today,
    );
    const s = createStakeholder(
      d.db,
      { slug: 'someone', kind: 'person', name: '-Someone', category: 'other' },
      'x',
    );
    createPosition(
      d.db,
      {
        measureId: m.id,
        stakeholderId: s.id,
        stance: 'support',
        role: 'supporter',
        statedOn: '2020',
        quote: '=1+1',
        sourceId: source.id,
      },
      'x',
    );
    createEvent(
      d.db,
      { measureId: m.id, kind: 'statement', title: 'Said', date: '2020', sourceId: source.id },
      'x',
    );
    const [row] = rowsOf(csvOf(d, 'positions'));
    expect(row).toMatchObject({
      measure_title: "'+1 for encryption",
      stakeholder: "'-Someone",
      quote: "'=1+1",
      source: `'=HYPERLINK("http://evil.example")`,
      source_publisher: "'@acme",
    });
  });

  it('pages through many measures, the header once', () => {
    const { d } = dossier();
    for (let i = 0; i < 230; i++)
      createMeasure(
        d.db,
        {
          slug: `many-${i}`,
          title: `Many ${String(i).padStart(3, '0')}`,
          kind: 'letter',
          jurisdiction: 'DE',
        },
        'x',
        today,
      );
    const first = csvPage(
      d.db,
      { table: 'measures', bom: true, cursor: null, jurisdiction: ['DE'] },
      today,
    );
    expect(first.nextCursor).not.toBeNull();
    const rows = rowsOf(csvOf(d, 'measures', { jurisdiction: ['DE'] }, true));
    expect(rows).toHaveLength(230);
    expect(rows.map((r) => r.title)).toEqual(
      Array.from({ length: 230 }, (_, i) => `Many ${String(i).padStart(3, '0')}`),
    );
  });
});
