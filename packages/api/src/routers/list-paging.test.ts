// stakeholders.list, systems.list (with systems.measures) and measures.history: each a page at
// a time, with a ceiling on the page size and a cursor that serves every row once.
import { pageSizes } from '@dossier/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectError } from '../test/expect-error';
import { setup } from '../test/factories';

let t: ReturnType<typeof setup>;
beforeEach(() => {
  t = setup();
});
afterEach(() => t.close());

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Every item from the first page on, following `nextCursor`; and how many pages it took. */
async function pageThrough<T>(load: (cursor: string | null) => Promise<Page<T>>) {
  const items: T[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page: Page<T> = await load(cursor);
    items.push(...page.items);
    cursor = page.nextCursor;
    pages++;
  } while (cursor);
  return { items, pages };
}

const badCursor =
  'The cursor is not one this server gave out. Start again from the first page (send no cursor).';

describe('stakeholders.list', () => {
  it('pages through the register in name order, each stakeholder once, with the total', async () => {
    const names = Array.from(
      { length: 230 },
      (_, i) => `Member ${String(229 - i).padStart(3, '0')}`,
    );
    for (const name of names) await t.make.stakeholder({ name });
    const first = await t.reader.stakeholders.list({});
    expect(first.items).toHaveLength(pageSizes.stakeholders.default);
    expect(first.total).toBe(230);
    const all = await pageThrough((cursor) => t.reader.stakeholders.list({ limit: 100, cursor }));
    expect(all.pages).toBe(3);
    expect(all.items.map((s) => s.name)).toEqual([...names].sort());
  });

  it('filters on the server by category, country and words of name, role or affiliation', async () => {
    const ministry = await t.make.stakeholder({
      name: 'Bundesministerium des Innern',
      category: 'government',
      country: 'DE',
    });
    await t.make.stakeholder({
      kind: 'person',
      name: 'Thomas de Maizière',
      role: 'Interior Minister',
      category: 'government',
      country: 'DE',
      affiliationId: ministry.id,
    });
    await t.make.stakeholder({ name: 'CNIL', category: 'regulator', country: 'FR' });
    for (let i = 0; i < 5; i++) {
      await t.make.stakeholder({ name: `Ministry ${i}`, category: 'government', country: 'FR' });
    }
    const names = async (input: Parameters<typeof t.reader.stakeholders.list>[0]) =>
      (await t.reader.stakeholders.list(input)).items.map((s) => s.name);
    // Accents optional, every word a prefix, the affiliation's name counts.
    expect(await names({ q: 'maiziere' })).toEqual(['Thomas de Maizière']);
    expect(await names({ q: 'interior min' })).toEqual(['Thomas de Maizière']);
    expect(await names({ q: 'bundesministerium' })).toEqual([
      'Bundesministerium des Innern',
      'Thomas de Maizière',
    ]);
    expect(await names({ category: ['government'], country: 'DE' })).toHaveLength(2);
    // Paging keeps to the filters, and the total counts what they let through.
    const filtered = await pageThrough((cursor) =>
      t.reader.stakeholders.list({ category: ['government'], country: 'FR', limit: 2, cursor }),
    );
    expect(filtered.items.map((s) => s.name)).toEqual([0, 1, 2, 3, 4].map((i) => `Ministry ${i}`));
    const counted = await t.reader.stakeholders.list({ category: ['government'], limit: 1 });
    expect(counted.total).toBe(7);
  });

  it('finds a person by the new name of a renamed organisation', async () => {
    const org = await t.make.stakeholder({ name: 'Old Name Office' });
    await t.make.stakeholder({ kind: 'person', name: 'Ana Silva', affiliationId: org.id });
    await t.caller.stakeholders.update({ id: org.id, version: 1, name: 'Renamed Agency' });
    const found = await t.reader.stakeholders.list({ q: 'renamed' });
    expect(found.items.map((s) => s.name)).toEqual(['Ana Silva', 'Renamed Agency']);
    expect((await t.reader.stakeholders.list({ q: 'old name' })).total).toBe(0);
  });

  it('counts each filter option under the other filters', async () => {
    await t.make.stakeholder({ name: 'A', category: 'ngo', country: 'FR' });
    await t.make.stakeholder({ name: 'B', category: 'ngo', country: 'DE' });
    await t.make.stakeholder({ name: 'C', category: 'company', country: 'FR' });
    await t.make.stakeholder({ name: 'D', category: 'media' });
    const facets = await t.reader.stakeholders.facets({ category: ['ngo'], country: 'FR' });
    expect(facets.total).toBe(4);
    // Categories under country=FR; countries under category=ngo; every value on record listed.
    expect(facets.categories).toEqual(
      expect.arrayContaining([
        { value: 'ngo', count: 1 },
        { value: 'company', count: 1 },
        { value: 'media', count: 0 },
      ]),
    );
    expect(facets.countries).toEqual([
      { value: 'DE', count: 1 },
      { value: 'FR', count: 1 },
    ]);
  });

  it('keeps its place when a stakeholder is added meanwhile', async () => {
    for (const name of ['Bravo', 'Delta', 'Foxtrot', 'Hotel']) await t.make.stakeholder({ name });
    const first = await t.reader.stakeholders.list({ limit: 2 });
    await t.make.stakeholder({ name: 'Alpha' }); // before the cursor: not served now
    await t.make.stakeholder({ name: 'Golf' }); // after it: served in its place
    const rest = await pageThrough((cursor) =>
      t.reader.stakeholders.list({ limit: 2, cursor: cursor ?? first.nextCursor }),
    );
    expect([...first.items, ...rest.items].map((s) => s.name)).toEqual([
      'Bravo',
      'Delta',
      'Foxtrot',
      'Golf',
      'Hotel',
    ]);
  });

  it('refuses a limit above the ceiling and a cursor it did not give out', async () => {
    expect(
      await expectError(
        t.reader.stakeholders.list({ limit: pageSizes.stakeholders.max + 1 }),
        'BAD_REQUEST',
      ),
    ).toBe(`Invalid input: limit: must be at most ${pageSizes.stakeholders.max}`);
    expect(
      await expectError(t.reader.stakeholders.list({ cursor: 'bm90IGEgY3Vyc29y' }), 'BAD_REQUEST'),
    ).toBe(badCursor);
    const m = await t.make.measure();
    await t.caller.measures.update({ id: m.id, version: 1, title: 'Renamed' });
    const history = await t.reader.measures.history({ limit: 1 });
    expect(
      await expectError(t.reader.stakeholders.list({ cursor: history.nextCursor }), 'BAD_REQUEST'),
    ).toMatch(/given out for the change history, not for the stakeholder register/);
  });
});

describe('systems.list and systems.measures', () => {
  async function systemWithMeasures(acronym: string, n: number, sourceId?: string) {
    const system = await t.caller.systems.create({
      slug: acronym.toLowerCase(),
      acronym,
      name: `${acronym} system`,
      holds: 'records',
    });
    const titles = [];
    for (let i = 0; i < n; i++) {
      const m = await t.make.measure({ title: `${acronym} measure ${String(i).padStart(2, '0')}` });
      await t.caller.systems.link({
        measureId: m.id,
        systemId: system.id,
        action: 'uses',
        sourceId: sourceId ?? null,
      });
      titles.push(m.title);
    }
    return { system, titles };
  }

  it('gives each system its first measures, how many there are and a cursor to the rest', async () => {
    const src = await t.make.source({ title: 'Impact assessment' });
    const { system, titles } = await systemWithMeasures('SIS', 45, src.id);
    const list = await t.reader.systems.list();
    const [sis] = list.items;
    expect(sis?.measures.total).toBe(45);
    expect(sis?.measures.items.map((l) => l.measure.title)).toEqual(
      titles.slice(0, pageSizes.systemMeasures.default),
    );
    // The source is named, not copied whole into every link.
    expect(sis?.measures.items[0]?.source).toEqual({ id: src.id, title: 'Impact assessment' });
    expect([list.total, list.measureCount, list.linkCount]).toEqual([1, 45, 45]);

    const rest = await pageThrough((cursor) =>
      t.reader.systems.measures({
        systemId: system.id,
        limit: 10,
        cursor: cursor ?? sis!.measures.nextCursor,
      }),
    );
    expect(rest.pages).toBe(3);
    expect([...sis!.measures.items, ...rest.items].map((l) => l.measure.title)).toEqual(titles);
  });

  it('pages through the systems by acronym, each once', async () => {
    const acronyms = Array.from({ length: 60 }, (_, i) => `S${String(59 - i).padStart(2, '0')}`);
    for (const acronym of acronyms) await systemWithMeasures(acronym, 0);
    const first = await t.reader.systems.list();
    expect(first.items).toHaveLength(pageSizes.systems.default);
    expect(first.items[0]?.measures).toEqual({ items: [], total: 0, nextCursor: null });
    const all = await pageThrough((cursor) => t.reader.systems.list({ limit: 25, cursor }));
    expect(all.pages).toBe(3);
    expect(all.items.map((s) => s.acronym)).toEqual([...acronyms].sort());
  });

  it('pages past a measure whose title is 300 characters of a non-Latin script', async () => {
    const { system } = await systemWithMeasures('ETIAS', 2);
    const long = await t.make.measure({ title: '欧'.repeat(300) });
    await t.caller.systems.link({ measureId: long.id, systemId: system.id, action: 'links' });
    const all = await pageThrough((cursor) =>
      t.reader.systems.measures({ systemId: system.id, limit: 1, cursor }),
    );
    expect(all.items.map((l) => l.measure.id)).toHaveLength(3);
    expect(all.items.at(-1)?.measure.id).toBe(long.id);
  });

  it("refuses another system's cursor, an unknown system and a limit above the ceiling", async () => {
    const a = await systemWithMeasures('VIS', 3);
    const b = await systemWithMeasures('EES', 3);
    const page = await t.reader.systems.measures({ systemId: a.system.id, limit: 1 });
    expect(
      await expectError(
        t.reader.systems.measures({ systemId: b.system.id, cursor: page.nextCursor }),
        'BAD_REQUEST',
      ),
    ).toMatch(/given out for the measures of another information system/);
    expect(await expectError(t.reader.systems.measures({ systemId: 'ghost' }), 'NOT_FOUND')).toBe(
      'No information system matches "ghost".',
    );
    expect(
      await expectError(t.reader.systems.list({ limit: pageSizes.systems.max + 1 }), 'BAD_REQUEST'),
    ).toBe(`Invalid input: limit: must be at most ${pageSizes.systems.max}`);
    expect(
      await expectError(t.reader.systems.list({ cursor: page.nextCursor }), 'BAD_REQUEST'),
    ).toMatch(/not for the list of information systems/);
  });
});

describe('measures.history', () => {
  it('pages through the audit log newest first, each change once, even as changes are added', async () => {
    const m = await t.make.measure({ title: 'v0' });
    for (let v = 1; v <= 12; v++) {
      await t.caller.measures.update({ id: m.id, version: v, title: `v${v}` });
    }
    const first = await t.reader.measures.history({ id: m.id, limit: 5 });
    // A change made while someone pages is newer than the cursor, so it does not shift pages.
    await t.caller.measures.update({ id: m.id, version: 13, title: 'v13' });
    const rest = await pageThrough((cursor) =>
      t.reader.measures.history({ id: m.id, limit: 5, cursor: cursor ?? first.nextCursor }),
    );
    const titles = [...first.items, ...rest.items]
      .filter((c) => c.field === 'title')
      .map((c) => JSON.parse(c.after ?? 'null'));
    expect(titles).toEqual(Array.from({ length: 12 }, (_, i) => `v${12 - i}`));
    expect(rest.items.at(-1)?.action).toBe('create');
  });

  it("refuses another record's cursor and a limit above the ceiling", async () => {
    const a = await t.make.measure();
    const b = await t.make.measure();
    await t.caller.measures.update({ id: a.id, version: 1, title: 'Edited' });
    const page = await t.reader.measures.history({ id: a.id, limit: 1 });
    expect(
      await expectError(
        t.reader.measures.history({ id: b.id, cursor: page.nextCursor }),
        'BAD_REQUEST',
      ),
    ).toMatch(/given out for the change history of another record/);
    expect(
      await expectError(
        t.reader.measures.history({ limit: pageSizes.history.max + 1 }),
        'BAD_REQUEST',
      ),
    ).toBe(`Invalid input: limit: must be at most ${pageSizes.history.max}`);
    expect(await expectError(t.reader.measures.history({ cursor: '%%%' }), 'BAD_REQUEST')).toBe(
      badCursor,
    );
  });
});
