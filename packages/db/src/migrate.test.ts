// Upgrading a database made by the release before claims (migrations 0000-0002): every row is
// carried over, each event's date becomes its one date claim, each measure's stage its one
// stage claim, identifiers get their canonical form, and search keeps working.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SearchKind } from '@dossier/domain';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { describe, expect, it } from 'vitest';
import { migrationsFolder } from './migrations';
import { openDatabase } from './open';
import { getBrief } from './repo/brief';
import { listMeasures, requireMeasure } from './repo/measures';
import { search } from './repo/search';
import { tempFolder } from './test/files';

/** The last migration of the release before claims. */
const previousRelease = '0002_stakeholder_search';

/** The committed migrations as that release shipped them: the journal cut after its last. */
function previousMigrations(): string {
  const folder = join(tempFolder(), 'drizzle');
  cpSync(migrationsFolder, folder, { recursive: true });
  const journalFile = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8'));
  const last = journal.entries.findIndex((e: { tag: string }) => e.tag === previousRelease);
  expect(last).toBeGreaterThanOrEqual(0);
  journal.entries = journal.entries.slice(0, last + 1);
  writeFileSync(journalFile, JSON.stringify(journal));
  return folder;
}

const t0 = '2016-08-24T09:00:00.000Z';
const t1 = '2017-03-01T10:00:00.000Z';

/** Rows as the previous release wrote them, through its own SQL. */
const fill = `
insert into sources (id, version, created_at, updated_at, title, publisher, url, published_on, kind, note) values
  ('0190a000-0000-7000-8000-00000000s001', 1, '${t0}', '${t0}', 'Reuters report', 'Reuters', null, '2016-08-23', 'news', 'Paris'),
  ('0190a000-0000-7000-8000-00000000s002', 2, '${t0}', '${t1}', 'Council press release', 'Council', 'https://example.org/pr', '2017-02', 'official', null);

insert into measures (id, version, created_at, updated_at, slug, title, kind, jurisdiction, stage, summary, policy_areas, source_id) values
  ('0190a000-0000-7000-8000-00000000m001', 3, '${t0}', '${t1}', 'encryption-initiative', 'Access to encrypted messaging', 'initiative', 'EU', 'announced', 'France and Germany want access.', '["encryption","privacy"]', '0190a000-0000-7000-8000-00000000s001'),
  ('0190a000-0000-7000-8000-00000000m002', 1, '${t1}', '${t1}', 'eprivacy-regulation', 'ePrivacy Regulation', 'regulation', 'EU', 'proposal', null, '[]', null),
  ('0190a000-0000-7000-8000-00000000m003', 1, '${t1}', '${t1}', 'gdpr', 'General Data Protection Regulation', 'regulation', 'EU', 'in_force', null, '["privacy"]', '0190a000-0000-7000-8000-00000000s002');

insert into measure_identifiers (id, measure_id, scheme, value, created_at) values
  ('0190a000-0000-7000-8000-00000000i001', '0190a000-0000-7000-8000-00000000m002', 'procedure_ref', '2017/0003(cod)', '${t1}'),
  ('0190a000-0000-7000-8000-00000000i002', '0190a000-0000-7000-8000-00000000m002', 'com', 'COM/2017/0010 final', '${t1}'),
  ('0190a000-0000-7000-8000-00000000i003', '0190a000-0000-7000-8000-00000000m003', 'celex', 'CELEX:32016R0679', '${t1}'),
  ('0190a000-0000-7000-8000-00000000i004', '0190a000-0000-7000-8000-00000000m003', 'other', 'GDPR', '${t1}'),
  ('0190a000-0000-7000-8000-00000000i005', '0190a000-0000-7000-8000-00000000m001', 'com', 'COM(2017) 10', '${t1}');

insert into events (id, version, created_at, updated_at, measure_id, date, date_precision, kind, title, description, source_id) values
  ('0190a000-0000-7000-8000-00000000e001', 1, '${t0}', '${t0}', '0190a000-0000-7000-8000-00000000m001', '2016-08', 'month', 'announcement', 'Cazeneuve hints at it', null, '0190a000-0000-7000-8000-00000000s001'),
  ('0190a000-0000-7000-8000-00000000e002', 2, '${t0}', '${t1}', '0190a000-0000-7000-8000-00000000m001', '2016-08-23', 'day', 'statement', 'Joint conference', 'In Paris.', '0190a000-0000-7000-8000-00000000s001'),
  ('0190a000-0000-7000-8000-00000000e003', 1, '${t0}', '${t0}', '0190a000-0000-7000-8000-00000000m001', '2099-01', 'month', 'vote', 'A vote planned far ahead', null, '0190a000-0000-7000-8000-00000000s001'),
  ('0190a000-0000-7000-8000-00000000e004', 1, '${t1}', '${t1}', '0190a000-0000-7000-8000-00000000m003', '2016', 'year', 'withdrawal', 'Old withdrawal entry', null, '0190a000-0000-7000-8000-00000000s002'),
  ('0190a000-0000-7000-8000-00000000e005', 1, '${t1}', '${t1}', '0190a000-0000-7000-8000-00000000m003', '2016-05-24', 'day', 'entry_into_force', 'Enters into force', null, '0190a000-0000-7000-8000-00000000s002');

insert into stakeholders (id, version, created_at, updated_at, slug, kind, name, category, role, affiliation_id, country, description, source_id) values
  ('0190a000-0000-7000-8000-00000000k001', 1, '${t0}', '${t0}', 'ccia', 'organisation', 'CCIA', 'trade_association', null, null, 'US', null, '0190a000-0000-7000-8000-00000000s001'),
  ('0190a000-0000-7000-8000-00000000k002', 1, '${t0}', '${t0}', 'borggreen', 'person', 'Christian Borggreen', 'trade_association', 'Europe director', '0190a000-0000-7000-8000-00000000k001', null, null, null);

insert into positions (id, version, created_at, updated_at, measure_id, stakeholder_id, stance, role, stated_on, stated_on_precision, quote, source_id) values
  ('0190a000-0000-7000-8000-00000000p001', 1, '${t0}', '${t0}', '0190a000-0000-7000-8000-00000000m001', '0190a000-0000-7000-8000-00000000k002', 'oppose', 'critic', '2016-08-23', 'day', 'Weakened security.', '0190a000-0000-7000-8000-00000000s001');

insert into measure_links (id, version, created_at, updated_at, from_measure_id, to_measure_id, relation, note, source_id) values
  ('0190a000-0000-7000-8000-00000000l001', 1, '${t0}', '${t0}', '0190a000-0000-7000-8000-00000000m001', '0190a000-0000-7000-8000-00000000m002', 'depends_on', 'Waits on it.', '0190a000-0000-7000-8000-00000000s001');

insert into information_systems (id, version, created_at, updated_at, slug, acronym, name, holds, description) values
  ('0190a000-0000-7000-8000-00000000y001', 1, '${t0}', '${t0}', 'vis', 'VIS', 'Visa Information System', 'visas', null);

insert into measure_systems (id, version, created_at, updated_at, measure_id, system_id, action, source_id) values
  ('0190a000-0000-7000-8000-00000000x001', 1, '${t0}', '${t0}', '0190a000-0000-7000-8000-00000000m001', '0190a000-0000-7000-8000-00000000y001', 'links', null);

insert into changes (id, at, actor, entity, entity_id, action, field, before, after, version) values
  ('0190a000-0000-7000-8000-00000000c001', '${t1}', 'ana', 'measures', '0190a000-0000-7000-8000-00000000m001', 'update', 'title', '"Old"', '"Access to encrypted messaging"', 3);
`;

const carriedTables = [
  'sources',
  'measures',
  'measure_identifiers',
  'events',
  'stakeholders',
  'positions',
  'measure_links',
  'information_systems',
  'measure_systems',
  'changes',
];

/** Every row of every table, as the previous release's columns hold it. */
function snapshot(sqlite: Database.Database, columnsOf: Record<string, string[]>) {
  return Object.fromEntries(
    carriedTables.map((table) => [
      table,
      sqlite
        .prepare(
          `select ${columnsOf[table]!.map((c) => `"${c}"`).join(', ')} from ${table} order by id`,
        )
        .all(),
    ]),
  );
}

function previousReleaseDatabase() {
  const path = join(tempFolder(), 'dossier.db');
  const sqlite = new Database(path);
  sqlite.pragma('foreign_keys = ON');
  migrate(drizzle(sqlite), { migrationsFolder: previousMigrations() });
  sqlite.exec(fill);
  const columnsOf = Object.fromEntries(
    carriedTables.map((table) => [
      table,
      (sqlite.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name),
    ]),
  );
  const before = snapshot(sqlite, columnsOf);
  sqlite.close();
  return { path, columnsOf, before };
}

const id = (kind: string, n: number) =>
  `0190a000-0000-7000-8000-00000000${kind}${String(n).padStart(3, '0')}`;

describe('upgrading a database of the previous release', () => {
  it('keeps every row and column it held', () => {
    const { path, columnsOf, before } = previousReleaseDatabase();
    const d = openDatabase(path);
    const after = snapshot(d.sqlite, columnsOf);
    // Only the kind `withdrawal` is renamed; everything else is as it was.
    const withdrawal = (after.events as { id: string; kind: string }[]).find(
      (e) => e.id === id('e', 4),
    );
    expect(withdrawal?.kind).toBe('withdrawal_announced');
    (withdrawal as { kind: string }).kind = 'withdrawal';
    expect(after).toEqual(before);
    expect(d.sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(d.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(d.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    d.close();
  });

  it("turns each event's date and source into its one date claim", () => {
    const { path } = previousReleaseDatabase();
    const d = openDatabase(path);
    const claims = d.sqlite
      .prepare(
        "select event_id, date, date_precision, source_id, preferred from claims where fact = 'date' order by event_id",
      )
      .all();
    const events = d.sqlite
      .prepare('select id, date, date_precision, source_id from events order by id')
      .all() as { id: string; date: string; date_precision: string; source_id: string }[];
    expect(claims).toEqual(
      events.map((e) => ({
        event_id: e.id,
        date: e.date,
        date_precision: e.date_precision,
        source_id: e.source_id,
        preferred: 0,
      })),
    );
    d.close();
  });

  it("turns each measure's stage into its one stage claim, citing the measure's source", () => {
    const { path } = previousReleaseDatabase();
    const d = openDatabase(path);
    const claims = d.sqlite
      .prepare(
        "select measure_id, stage, date, date_precision, source_id from claims where fact = 'stage' order by measure_id",
      )
      .all();
    expect(claims).toEqual([
      // dated at its latest event that has happened (not the vote planned for 2099)
      {
        measure_id: id('m', 1),
        stage: 'announced',
        date: '2016-08-23',
        date_precision: 'day',
        source_id: id('s', 1),
      },
      // no event: dated the day it was recorded; no source: shown as unsourced
      {
        measure_id: id('m', 2),
        stage: 'proposal',
        date: '2017-03-01',
        date_precision: 'day',
        source_id: null,
      },
      {
        measure_id: id('m', 3),
        stage: 'in_force',
        date: '2016-05-24',
        date_precision: 'day',
        source_id: id('s', 2),
      },
    ]);
    const brief = getBrief(d.db, 'gdpr', '2026-01-01');
    expect(brief.stage).toMatchObject({ value: 'in_force', disputed: false, preferred: null });
    expect(brief.timeline.items.map((e) => e.facts.date.claims.length)).toEqual([1, 1]);
    d.close();
  });

  it('gives identifiers their canonical form, so any written form finds them', () => {
    const { path } = previousReleaseDatabase();
    const d = openDatabase(path);
    const canonical = d.sqlite
      .prepare('select id, canonical from measure_identifiers order by id')
      .all();
    expect(canonical).toEqual([
      { id: id('i', 1), canonical: '2017/0003(COD)' },
      { id: id('i', 2), canonical: 'COM(2017) 10' },
      { id: id('i', 3), canonical: '32016R0679' },
      { id: id('i', 4), canonical: 'gdpr' },
      // The same COM number recorded on another measure: kept, with its placeholder.
      { id: id('i', 5), canonical: `legacy:${id('i', 5)}` },
    ]);
    for (const ref of ['2017/3/COD', '2017/0003 (COD)', 'COM(2017) 10 final', 'com/2017/10'])
      expect(requireMeasure(d.db, ref).slug).toBe('eprivacy-regulation');
    for (const ref of ['32016r0679', 'celex: 32016R0679', 'gdpr'])
      expect(requireMeasure(d.db, ref).slug).toBe('gdpr');
    d.close();
  });

  it('keeps full-text search in step after the tables were copied', () => {
    const { path } = previousReleaseDatabase();
    const d = openDatabase(path);
    const titles = (q: string) =>
      listMeasures(d.db, { q, limit: 50 }, '2026-01-01').items.map((m) => m.slug);
    expect(titles('encrypt')).toEqual(['encryption-initiative']);
    d.sqlite
      .prepare(
        "update measures set title = 'Messaging: lawful access', version = version + 1 where slug = 'encryption-initiative'",
      )
      .run();
    expect(titles('lawful')).toEqual(['encryption-initiative']);
    const triggers = d.sqlite
      .prepare("select name from sqlite_master where type = 'trigger' order by name")
      .pluck()
      .all();
    expect(triggers).toEqual(
      expect.arrayContaining([
        'measure_identifiers_fts_delete',
        'measure_identifiers_fts_insert',
        'measures_fts_delete',
        'measures_fts_insert',
        'measures_fts_update',
      ]),
    );
    d.close();
  });

  it('indexes every record it held for search, identifiers in their written and canonical forms', () => {
    const { path } = previousReleaseDatabase();
    const d = openDatabase(path);
    const ids = (q: string, kind: SearchKind) =>
      search(d.db, { q, kinds: [kind], limit: 50 }).groups[0]!.items.map((hit) => hit.id);
    expect(ids('encrypted messaging', 'measure')).toEqual([id('m', 1)]);
    expect(ids('france germany', 'measure')).toEqual([id('m', 1)]);
    // m002 wrote "COM/2017/0010 final", whose canonical form (given at open) is COM(2017) 10;
    // m001 wrote that same number "COM(2017) 10" and kept its placeholder: found as text.
    const byCom = search(d.db, { q: 'com/2017/10', kinds: ['measure'], limit: 5 }).groups[0]!;
    expect(byCom.items.map((hit) => [hit.id, hit.kind === 'measure' && hit.matchedBy])).toEqual([
      [id('m', 2), 'identifier'],
      [id('m', 1), 'text'],
    ]);
    expect(ids('CELEX:32016R0679', 'measure')).toEqual([id('m', 3)]);
    expect(ids('borggreen', 'stakeholder')).toEqual([id('k', 2)]);
    // Found by the name of the organisation it belongs to.
    expect(ids('ccia', 'stakeholder')).toEqual([id('k', 1), id('k', 2)]);
    expect(ids('weakened', 'position')).toEqual([id('p', 1)]);
    expect(ids('paris', 'event')).toEqual([id('e', 2)]);
    expect(ids('paris', 'source')).toEqual([id('s', 1)]);
    d.close();
  });
});
