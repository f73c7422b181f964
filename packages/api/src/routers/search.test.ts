// search.query through the real router over a real in-memory SQLite: ranking, highlighted
// passages, accents, prefixes, identifiers, hostile FTS5 syntax, and an index in step with edits.
import type { SearchKind } from '@dossier/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RouterOutputs } from '../root';
import { expectError } from '../test/expect-error';
import { setup } from '../test/factories';

type Result = RouterOutputs['search']['query'];
type Part = { text: string; match: boolean };

let t: ReturnType<typeof setup>;
beforeEach(() => {
  t = setup({ today: '2017-01-15' });
});
afterEach(() => t.close());

/** The group of one kind. */
const group = <K extends SearchKind>(result: Result, kind: K) => {
  const found = result.groups.find((g) => g.kind === kind);
  if (!found) throw new Error(`no ${kind} group`);
  return found as Extract<Result['groups'][number], { kind: K }>;
};

/** Marked parts as text: matches in brackets. */
const marked = (parts: readonly Part[]) =>
  parts.map((p) => (p.match ? `[${p.text}]` : p.text)).join('');

/** The ids of the records of one kind the text finds, best first. */
async function ids(q: string, kind: SearchKind) {
  const result = await t.reader.search.query({ q, kinds: [kind], limit: 50 });
  return group(result, kind).items.map((hit) => hit.id);
}

describe('search.query', () => {
  it('ranks a match in the title above a match in the summary only', async () => {
    // Created first and first by title, so neither order of entry nor title order explains it.
    const inSummary = await t.make.measure({
      title: 'Airport checks',
      summary: 'Extends the biometric records kept at borders to every traveller.',
    });
    const inTitle = await t.make.measure({
      title: 'Biometric passports',
      summary: 'A new chip for passports.',
    });
    expect(await ids('biometric', 'measure')).toEqual([inTitle.id, inSummary.id]);
  });

  it('marks the words that matched, in the label and in a passage of the field that matched', async () => {
    const measure = await t.make.measure({
      title: 'Access to <b>encrypted</b> messaging',
      summary: 'France and Germany want operators of messaging apps to decrypt on request.',
    });
    const result = await t.reader.search.query({ q: 'messag', kinds: ['measure'] });
    const [hit] = group(result, 'measure').items;
    expect(hit?.id).toBe(measure.id);
    // Parts, not HTML: the title's own markup is plain text for the client to escape.
    expect(hit?.label).toEqual([
      { text: 'Access to <b>encrypted</b> ', match: false },
      { text: 'messaging', match: true },
    ]);
    expect(hit?.label.map((p) => p.text).join('')).toBe(measure.title);
    expect(hit?.snippet?.field).toBe('summary');
    expect(marked(hit!.snippet!.parts)).toBe(
      'France and Germany want operators of [messaging] apps to decrypt on request.',
    );

    // Only the title matched: no passage beside it.
    const byTitle = group(await t.reader.search.query({ q: 'access' }), 'measure').items[0];
    expect(marked(byTitle!.label)).toBe('[Access] to <b>encrypted</b> messaging');
    expect(byTitle?.snippet).toBeNull();
  });

  it('cuts a long passage around the match', async () => {
    const words = Array.from({ length: 80 }, (_, i) => `word${i}`);
    words.splice(40, 0, 'needle');
    await t.make.measure({ title: 'Long summary', summary: words.join(' ') });
    const [hit] = group(await t.reader.search.query({ q: 'needle' }), 'measure').items;
    const text = marked(hit!.snippet!.parts);
    expect(text).toMatch(/^….* \[needle\] .*…$/);
    expect(text.split(' ').length).toBeLessThanOrEqual(16);
  });

  it('treats accented and plain letters alike, both ways', async () => {
    const minister = await t.make.stakeholder({
      kind: 'person',
      name: 'Thomas de Maizière',
      role: 'Ministère de l’Intérieur',
    });
    const plain = await t.make.stakeholder({ name: 'Ministere des Armees' });
    expect(await ids('maiziere', 'stakeholder')).toEqual([minister.id]);
    expect(await ids('MAIZIÈRE', 'stakeholder')).toEqual([minister.id]);
    // Name matches rank above role matches.
    expect(await ids('Ministere', 'stakeholder')).toEqual([plain.id, minister.id]);
    expect(await ids('Ministère armées', 'stakeholder')).toEqual([plain.id]);
    // Typed with a combining accent (as some keyboards and pastes send it).
    expect(await ids('Maizie\u0300re', 'stakeholder')).toEqual([minister.id]);
    const [hit] = group(
      await t.reader.search.query({ q: 'maiziere', kinds: ['stakeholder'] }),
      'stakeholder',
    ).items;
    expect(marked(hit!.label)).toBe('Thomas de [Maizière]');
  });

  it('takes the last word as a prefix, as it is being typed', async () => {
    const minister = await t.make.stakeholder({ kind: 'person', name: 'Thomas de Maizière' });
    expect(await ids('maizi', 'stakeholder')).toEqual([minister.id]);
    expect(await ids('thomas de maizi', 'stakeholder')).toEqual([minister.id]);
    expect(await ids('thomas maizierex', 'stakeholder')).toEqual([]);
  });

  it('searches positions, events and sources, each with what a client needs to link to it', async () => {
    const source = await t.make.source({
      title: 'Reuters report',
      publisher: 'Reuters',
      url: 'https://example.org/reuters',
      note: 'Second version of the wire copy, filed from Paris',
    });
    const measure = await t.make.measure({ slug: 'encryption-initiative', title: 'Encryption' });
    const person = await t.make.stakeholder({ slug: 'cazeneuve', name: 'Bernard Cazeneuve' });
    const position = await t.make.position({
      measureId: measure.id,
      stakeholderId: person.id,
      sourceId: source.id,
      stance: 'strongly_support',
      quote: 'Encrypted messages have become a challenge for investigators in Paris.',
    });
    const event = await t.make.event({
      measureId: measure.id,
      sourceId: source.id,
      title: 'Joint conference',
      description: 'Held in Paris by both interior ministers.',
      body: { kind: 'national_government', name: 'Ministère de l’Intérieur' },
    });

    const result = await t.reader.search.query({ q: 'paris' });
    expect(result.groups.map((g) => [g.kind, g.total])).toEqual([
      ['measure', 0],
      ['stakeholder', 0],
      ['position', 1],
      ['event', 1],
      ['source', 1],
    ]);
    const [p] = group(result, 'position').items;
    expect(p).toMatchObject({
      id: position.id,
      stance: 'strongly_support',
      statedOn: '2016-08-23',
      measure: { id: measure.id, slug: 'encryption-initiative', title: 'Encryption' },
      stakeholder: { id: person.id, slug: 'cazeneuve', name: 'Bernard Cazeneuve' },
      label: [{ text: 'Bernard Cazeneuve', match: false }],
    });
    expect(p?.snippet?.field).toBe('quote');
    expect(marked(p!.snippet!.parts)).toBe(
      'Encrypted messages have become a challenge for investigators in [Paris].',
    );
    const [e] = group(result, 'event').items;
    expect(e).toMatchObject({
      id: event.id,
      title: 'Joint conference',
      eventKind: 'statement',
      date: '2016-08-23',
      datePrecision: 'day',
      measure: { slug: 'encryption-initiative' },
    });
    expect(e?.snippet?.field).toBe('description');
    const [s] = group(result, 'source').items;
    expect(s).toMatchObject({
      id: source.id,
      url: 'https://example.org/reuters',
      publisher: 'Reuters',
    });
    expect(s?.snippet?.field).toBe('note');

    expect(await ids('interieur', 'event')).toEqual([event.id]);
    const byBody = group(await t.reader.search.query({ q: 'interieur' }), 'event').items[0];
    expect(byBody?.snippet?.field).toBe('body');
  });

  it('says how many match of each kind, shows `limit` of them, and only the kinds asked for', async () => {
    for (let i = 0; i < 7; i++) await t.make.measure({ title: `Schengen reform ${i}` });
    await t.make.stakeholder({ name: 'Schengen secretariat' });
    const result = await t.reader.search.query({ q: 'schengen', limit: 3 });
    expect(group(result, 'measure')).toMatchObject({ total: 7 });
    expect(group(result, 'measure').items).toHaveLength(3);
    expect(group(result, 'stakeholder').total).toBe(1);

    const only = await t.reader.search.query({
      q: 'schengen',
      kinds: ['stakeholder', 'stakeholder'],
    });
    expect(only.groups.map((g) => g.kind)).toEqual(['stakeholder']);
    // Groups keep one order whatever the order asked.
    const two = await t.reader.search.query({ q: 'schengen', kinds: ['source', 'measure'] });
    expect(two.groups.map((g) => g.kind)).toEqual(['measure', 'source']);
    // The default is a few of each, for a search box.
    expect(group(await t.reader.search.query({ q: 'schengen' }), 'measure').items).toHaveLength(5);
  });

  it('answers text shaped like an identifier from the identifiers first, never by a longer number', async () => {
    const right = await t.make.measure({
      slug: 'right-one',
      title: 'Right one',
      identifiers: [{ scheme: 'procedure_ref', value: '2016/106/cod' }],
    });
    await t.make.measure({
      slug: 'longer-number',
      title: 'Longer number',
      identifiers: [{ scheme: 'procedure_ref', value: '2016/1060(COD)' }],
    });
    const citing = await t.make.measure({
      title: 'Implementing act',
      summary: 'Implements procedure 2016/106 in national law.',
    });
    const source = await t.make.source({});
    const person = await t.make.stakeholder({});
    const quote = await t.make.position({
      measureId: citing.id,
      stakeholderId: person.id,
      sourceId: source.id,
      quote: 'We followed 2016/106 closely, and 2016/1060 not at all.',
    });

    for (const q of ['2016/0106(COD)', '2016/106/cod', '2016/106 (cod)']) {
      const result = await t.reader.search.query({ q });
      expect(result.identifier, q).toEqual({
        scheme: 'procedure_ref',
        canonical: '2016/0106(COD)',
      });
      const measures = group(result, 'measure');
      expect(
        measures.items.map((m) => [m.slug, m.matchedBy]),
        q,
      ).toEqual([['right-one', 'identifier']]);
      // The written form and the canonical one.
      expect(marked(measures.items[0]!.snippet!.parts)).toBe('[2016/106/cod] (2016/0106(COD))');
    }
    // An unfinished number: the procedures of that number, then the text citing it word for word.
    const unfinished = await t.reader.search.query({ q: '2016/106' });
    expect(unfinished.identifier).toBeNull();
    expect(group(unfinished, 'measure').items.map((m) => [m.slug, m.matchedBy])).toEqual([
      ['right-one', 'identifier'],
      [citing.slug, 'text'],
    ]);
    expect(group(unfinished, 'measure').total).toBe(2);
    expect(group(unfinished, 'position').items.map((p) => p.id)).toEqual([quote.id]);
    expect(marked(group(unfinished, 'position').items[0]!.snippet!.parts)).toBe(
      'We followed [2016/106] closely, and 2016/1060 not at all.',
    );
    // The canonical form is indexed as text too: "0106" is written nowhere.
    expect(await ids('0106', 'measure')).toEqual([right.id]);
    expect(await ids('2016/1061', 'measure')).toEqual([]);
  });

  it('reads hostile FTS5 syntax as plain words and never fails', async () => {
    await t.make.measure({ title: 'Near the border: AND, OR and NOT in "quotes"' });
    const hostile = [
      '"',
      '""',
      '*',
      '-',
      '+',
      '^',
      '(',
      ')',
      '()',
      '{',
      'AND',
      'OR NOT',
      'NEAR(',
      'NEAR(border near, 2)',
      'title:near',
      '"unterminated',
      'border*',
      '-border',
      'border -near',
      '* OR *',
      "'; drop table measures; --",
      '\\',
      '%_',
      '\u0000',
      '🙂',
      'a'.repeat(200),
    ];
    for (const q of hostile) {
      const result = await t.reader.search.query({ q });
      expect(result.groups, q).toHaveLength(5);
    }
    // Operators are words like any other.
    expect(await ids('AND OR NOT', 'measure')).toHaveLength(1);
    expect(await ids('near(', 'measure')).toHaveLength(1);
    expect(await ids('title:near', 'measure')).toEqual([]);
    expect(await ids('"quotes"', 'measure')).toHaveLength(1);
    expect(await ids('*', 'measure')).toEqual([]);
  });

  it('refuses empty or overlong text, and unknown kinds, with a message per field', async () => {
    expect(await expectError(t.reader.search.query({ q: '  ' }), 'BAD_REQUEST')).toMatch(
      /type the words or the identifier to search for/,
    );
    expect(await expectError(t.reader.search.query({ q: 'x'.repeat(201) }), 'BAD_REQUEST')).toMatch(
      /at most 200 characters/,
    );
    expect(
      await expectError(
        t.reader.search.query({ q: 'x', kinds: ['memo' as SearchKind] }),
        'BAD_REQUEST',
      ),
    ).toMatch(/kinds\.0: .*measure, stakeholder, position, event, source/);
    expect(await expectError(t.reader.search.query({ q: 'x', limit: 51 }), 'BAD_REQUEST')).toMatch(
      /at most 50/,
    );
  });

  it('finds what every edit says now, never what it said before', async () => {
    const source = await t.make.source({ title: 'Council minutes', note: 'Leaked draft' });
    const measure = await t.make.measure({
      title: 'Data retention',
      summary: 'Telecoms keep metadata.',
    });
    const org = await t.make.stakeholder({ name: 'Digitalcourage' });
    const person = await t.make.stakeholder({
      kind: 'person',
      name: 'Padeluun',
      affiliationId: org.id,
    });
    const position = await t.make.position({
      measureId: measure.id,
      stakeholderId: person.id,
      sourceId: source.id,
      quote: 'Mass surveillance.',
    });
    const event = await t.make.event({
      measureId: measure.id,
      sourceId: source.id,
      title: 'Hearing',
    });

    await t.caller.measures.update({
      id: measure.id,
      version: measure.version,
      title: 'Retention of traffic data',
      summary: null,
    });
    await t.caller.stakeholders.update({ id: org.id, version: org.version, name: 'Freiheitsfoo' });
    await t.caller.positions.update({
      id: position.id,
      version: position.version,
      quote: 'Targeted preservation instead.',
    });
    await t.caller.events.update({ id: event.id, version: event.version, title: 'Plenary debate' });
    await t.caller.sources.update({ id: source.id, version: source.version, note: null });

    expect(await ids('traffic', 'measure')).toEqual([measure.id]);
    expect(await ids('metadata', 'measure')).toEqual([]);
    expect(await ids('freiheitsfoo', 'stakeholder')).toEqual([org.id, person.id]);
    expect(await ids('digitalcourage', 'stakeholder')).toEqual([]);
    expect(await ids('preservation', 'position')).toEqual([position.id]);
    expect(await ids('surveillance', 'position')).toEqual([]);
    expect(await ids('plenary', 'event')).toEqual([event.id]);
    expect(await ids('hearing', 'event')).toEqual([]);
    expect(await ids('leaked', 'source')).toEqual([]);
    expect(await ids('council minutes', 'source')).toEqual([source.id]);
    // The list filters read the same index.
    expect((await t.reader.measures.list({ q: 'traffic' })).items.map((m) => m.id)).toEqual([
      measure.id,
    ]);
    expect((await t.reader.stakeholders.list({ q: 'freiheits' })).total).toBe(2);
  });
});
