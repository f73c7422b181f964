// The full-text index (drizzle/0005_search_everything.sql) against real SQLite: it follows every
// create, update and delete in the writer's own transaction, cascades included, survives VACUUM,
// and each index row is reached through its base row's rowid.
import { join } from 'node:path';
import {
  eventCreateInput,
  eventUpdateInput,
  measureCreateInput,
  measureUpdateInput,
  positionCreateInput,
  positionUpdateInput,
  type SearchKind,
  sourceCreateInput,
  sourceUpdateInput,
  stakeholderCreateInput,
  stakeholderUpdateInput,
} from '@dossier/domain';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DossierError } from './errors';
import { type DossierDatabase, openDatabase } from './open';
import { createEvent, updateEvent } from './repo/events';
import { createMeasure, updateMeasure } from './repo/measures';
import {
  createPosition,
  createSource,
  createStakeholder,
  updatePosition,
  updateSource,
  updateStakeholder,
} from './repo/records';
import { search } from './repo/search';
import { tempFolder } from './test/files';

const open: DossierDatabase[] = [];
afterEach(() => {
  for (const d of open.splice(0)) d.close();
});

function database(path = ':memory:') {
  const d = openDatabase(path);
  open.push(d);
  return d;
}

/** Each indexed table and its FTS5 table. */
const indexed = {
  measures: 'measures_fts',
  stakeholders: 'stakeholders_fts',
  positions: 'positions_fts',
  events: 'events_fts',
  sources: 'sources_fts',
} as const;

/**
 * One index row per base row, with the same rowid, and FTS5's own check that the inverted index
 * agrees with the text it holds.
 */
function expectIndexInStep(sqlite: Database.Database) {
  for (const [table, fts] of Object.entries(indexed)) {
    const base = sqlite.prepare(`select rowid from ${table} order by rowid`).pluck().all();
    const rows = sqlite.prepare(`select rowid from ${fts} order by rowid`).pluck().all();
    expect(rows, fts).toEqual(base);
    sqlite.prepare(`insert into ${fts} (${fts}) values ('integrity-check')`).run();
  }
}

/** The ids of the records of one kind the text finds, best first. */
const found = (d: DossierDatabase, kind: SearchKind, q: string) =>
  search(d.db, { q, kinds: [kind], limit: 50 }).groups[0]!.items.map((hit) => hit.id);

/** A small dossier written through the data layer, as the API writes it. */
function dossier(d: DossierDatabase) {
  const source = createSource(
    d.db,
    sourceCreateInput.parse({
      title: 'Reuters report from Paris',
      publisher: 'Reuters',
      kind: 'news',
      note: 'Wire copy, second version',
    }),
    'test',
  );
  const measure = createMeasure(
    d.db,
    measureCreateInput.parse({
      slug: 'encrypted-messaging',
      title: 'Access to encrypted messaging',
      summary: 'Operators would have to decrypt on request.',
      kind: 'initiative',
      jurisdiction: 'EU',
      stage: 'announced',
      policyAreas: ['encryption'],
      identifiers: [{ scheme: 'procedure_ref', value: '2016/106/cod' }],
      sourceId: source.id,
    }),
    'test',
    '2016-08-24',
  );
  const ministry = createStakeholder(
    d.db,
    stakeholderCreateInput.parse({
      slug: 'bmi',
      kind: 'organisation',
      name: 'Bundesministerium des Innern',
      category: 'government',
    }),
    'test',
  );
  const minister = createStakeholder(
    d.db,
    stakeholderCreateInput.parse({
      slug: 'de-maiziere',
      kind: 'person',
      name: 'Thomas de Maizière',
      role: 'Interior Minister',
      category: 'government',
      affiliationId: ministry.id,
    }),
    'test',
  );
  const position = createPosition(
    d.db,
    positionCreateInput.parse({
      measureId: measure.id,
      stakeholderId: minister.id,
      stance: 'strongly_support',
      role: 'proponent',
      statedOn: '2016-08-23',
      quote: 'Investigators must be able to read terrorist chats.',
      sourceId: source.id,
    }),
    'test',
  );
  const event = createEvent(
    d.db,
    eventCreateInput.parse({
      measureId: measure.id,
      sourceId: source.id,
      date: '2016-08-23',
      kind: 'statement',
      title: 'Joint conference in Paris',
      description: 'Cazeneuve and de Maizière present the initiative.',
      body: { kind: 'national_government', name: 'Ministère de l’Intérieur' },
    }),
    'test',
  );
  return { source, measure, ministry, minister, position, event };
}

describe('the full-text index', () => {
  it('has one row per record from its creation, reached by the same rowid', () => {
    const d = database();
    const r = dossier(d);
    expectIndexInStep(d.sqlite);
    expect(found(d, 'measure', 'decrypt')).toEqual([r.measure.id]);
    // The identifier as written and in canonical form.
    expect(found(d, 'measure', 'cod 0106')).toEqual([r.measure.id]);
    expect(found(d, 'stakeholder', 'bundesministerium')).toEqual([r.ministry.id, r.minister.id]);
    expect(found(d, 'position', 'terrorist chats')).toEqual([r.position.id]);
    expect(found(d, 'event', 'ministere interieur')).toEqual([r.event.id]);
    expect(found(d, 'source', 'second version')).toEqual([r.source.id]);
  });

  it('follows every update: the new words are found and the old ones no longer', () => {
    const d = database();
    const r = dossier(d);
    updateMeasure(
      d.db,
      measureUpdateInput.parse({
        id: r.measure.id,
        version: r.measure.version,
        title: 'Lawful access to messaging',
        summary: null,
        identifiers: [{ scheme: 'celex', value: 'CELEX:32016R0679' }],
      }),
      'test',
    );
    updateStakeholder(
      d.db,
      stakeholderUpdateInput.parse({
        id: r.ministry.id,
        version: r.ministry.version,
        name: 'Federal Ministry of the Interior',
      }),
      'test',
    );
    updatePosition(
      d.db,
      positionUpdateInput.parse({
        id: r.position.id,
        version: r.position.version,
        quote: 'Nobody wants a back door.',
      }),
      'test',
    );
    updateEvent(
      d.db,
      eventUpdateInput.parse({
        id: r.event.id,
        version: r.event.version,
        title: 'Press conference',
        body: { kind: 'national_government', name: 'Bundesregierung' },
      }),
      'test',
    );
    updateSource(
      d.db,
      sourceUpdateInput.parse({ id: r.source.id, version: r.source.version, note: 'Third take' }),
      'test',
    );

    expectIndexInStep(d.sqlite);
    expect(found(d, 'measure', 'lawful')).toEqual([r.measure.id]);
    expect(found(d, 'measure', 'encrypted')).toEqual([]);
    expect(found(d, 'measure', 'decrypt')).toEqual([]);
    expect(found(d, 'measure', '0106')).toEqual([]);
    expect(found(d, 'measure', '32016r0679')).toEqual([r.measure.id]);
    // The minister is found by the new name of the ministry, no longer by the old one.
    expect(found(d, 'stakeholder', 'federal ministry')).toEqual([r.ministry.id, r.minister.id]);
    expect(found(d, 'stakeholder', 'bundesministerium')).toEqual([]);
    expect(found(d, 'position', 'back door')).toEqual([r.position.id]);
    expect(found(d, 'position', 'terrorist')).toEqual([]);
    expect(found(d, 'event', 'bundesregierung press')).toEqual([r.event.id]);
    expect(found(d, 'event', 'joint')).toEqual([]);
    expect(found(d, 'event', 'cazeneuve')).toEqual([r.event.id]);
    expect(found(d, 'source', 'third take')).toEqual([r.source.id]);
    expect(found(d, 'source', 'second')).toEqual([]);
  });

  it('follows deletes, the rows a measure takes with it and an affiliation set to null', () => {
    const d = database();
    const r = dossier(d);
    const other = dossier2(d, r.source.id);
    // No procedure deletes records today; an import or a restore may, so the triggers must.
    d.sqlite.prepare('delete from measures where id = ?').run(r.measure.id);
    expectIndexInStep(d.sqlite);
    expect(found(d, 'measure', 'encrypted')).toEqual([]);
    expect(found(d, 'position', 'terrorist')).toEqual([]);
    expect(found(d, 'event', 'conference')).toEqual([]);
    expect(found(d, 'measure', 'retention')).toEqual([other]);

    d.sqlite.prepare('delete from stakeholders where id = ?').run(r.ministry.id);
    expectIndexInStep(d.sqlite);
    expect(found(d, 'stakeholder', 'bundesministerium')).toEqual([]);
    expect(found(d, 'stakeholder', 'maiziere')).toEqual([r.minister.id]);

    d.sqlite.prepare('delete from positions').run();
    d.sqlite.prepare('delete from events').run();
    d.sqlite.prepare('delete from measures').run();
    d.sqlite.prepare('delete from claims').run();
    d.sqlite.prepare('delete from sources').run();
    expectIndexInStep(d.sqlite);
    expect(found(d, 'source', 'reuters')).toEqual([]);
  });

  it("keeps the index as it was when a write is refused: the triggers run in the writer's transaction", () => {
    const d = database();
    const r = dossier(d);
    const stale = measureUpdateInput.parse({
      id: r.measure.id,
      version: r.measure.version,
      title: 'First edit',
    });
    updateMeasure(d.db, stale, 'test');
    expect(() => updateMeasure(d.db, { ...stale, title: 'Second edit' }, 'test')).toThrow(
      DossierError,
    );
    // The identifier is taken: the measure and its index row are rolled back together.
    expect(() =>
      createMeasure(
        d.db,
        measureCreateInput.parse({
          slug: 'duplicate',
          title: 'Duplicate procedure',
          kind: 'regulation',
          jurisdiction: 'EU',
          stage: 'proposal',
          identifiers: [{ scheme: 'procedure_ref', value: '2016/0106(COD)' }],
        }),
        'test',
        '2016-08-24',
      ),
    ).toThrow(/names one measure only/);
    expectIndexInStep(d.sqlite);
    expect(found(d, 'measure', 'first edit')).toEqual([r.measure.id]);
    expect(found(d, 'measure', 'second')).toEqual([]);
    expect(found(d, 'measure', 'duplicate')).toEqual([]);
  });

  it('holds no id column: a trigger can only reach its one row through the rowid', () => {
    const d = database();
    const columns = (fts: string) =>
      (d.sqlite.pragma(`table_info(${fts})`) as { name: string }[]).map((c) => c.name);
    expect(columns('measures_fts')).toEqual(['title', 'summary', 'policy_areas', 'identifiers']);
    expect(columns('stakeholders_fts')).toEqual(['name', 'role', 'affiliation']);
    expect(columns('positions_fts')).toEqual(['quote']);
    expect(columns('events_fts')).toEqual(['title', 'description', 'body_name']);
    expect(columns('sources_fts')).toEqual(['title', 'publisher', 'note']);
    expect(columns('notes_fts')).toEqual(['body']);
    expect(columns('meetings_fts')).toEqual(['title', 'summary', 'follow_ups', 'attendees']);
    // Every statement of every trigger that writes an index names its row by rowid.
    const triggers = d.sqlite
      .prepare("select name, sql from sqlite_master where type = 'trigger' and name like '%fts%'")
      .all() as { name: string; sql: string }[];
    expect(triggers.length).toBe(25);
    for (const { name, sql } of triggers) {
      for (const statement of sql.match(/(update|delete from) `\w+_fts`[^;]*;/gis) ?? []) {
        expect(statement, name).toMatch(/where `rowid` (=|in)/i);
      }
    }
  });

  it('finds the same records after VACUUM and in a copy made by VACUUM INTO', () => {
    const path = join(tempFolder(), 'dossier.db');
    const d = database(path);
    const r = dossier(d);
    const other = dossier2(d, r.source.id);
    // Gaps in the rowids are what a renumbering would close.
    d.sqlite.prepare('delete from measures where id = ?').run(r.measure.id);
    const before = found(d, 'measure', 'retention');
    expect(before).toEqual([other]);
    d.sqlite.exec('vacuum');
    expectIndexInStep(d.sqlite);
    expect(found(d, 'measure', 'retention')).toEqual(before);
    expect(found(d, 'stakeholder', 'maiziere')).toEqual([r.minister.id]);

    const copy = join(tempFolder(), 'copy.db');
    d.sqlite.prepare('vacuum into ?').run(copy);
    const c = database(copy);
    expectIndexInStep(c.sqlite);
    expect(found(c, 'measure', 'retention')).toEqual(before);
    expect(found(c, 'stakeholder', 'maiziere')).toEqual([r.minister.id]);
  });
});

/** A second measure, created after the first, so deleting the first leaves a gap in rowids. */
function dossier2(d: DossierDatabase, sourceId: string): string {
  return createMeasure(
    d.db,
    measureCreateInput.parse({
      slug: 'data-retention',
      title: 'Data retention',
      kind: 'directive',
      jurisdiction: 'EU',
      stage: 'proposal',
      sourceId,
    }),
    'test',
    '2016-08-24',
  ).id;
}
