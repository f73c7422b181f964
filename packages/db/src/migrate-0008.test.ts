// Upgrading a database of the release before unsourced positions (migrations 0000-0007): 0008
// copies `positions` to make its source optional and add the `unsourced` mark. Every row is
// carried over with its id and its rowid (the full-text index is keyed by it), every index and
// the full-text triggers of 0005 are there again, and the new rule holds.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { describe, expect, it } from 'vitest';
import { migrationsFolder } from './migrations';
import { openDatabase } from './open';
import { search } from './repo/search';
import { tempFolder } from './test/files';

const previousRelease = '0007_people';

/** The committed migrations cut after 0007, as the previous release shipped them. */
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
const id = (kind: string, n: number) =>
  `0190a000-0000-7000-8000-00000000${kind}${String(n).padStart(3, '0')}`;

/** Rows as the previous release wrote them. A deleted position leaves a gap in the rowids. */
const fill = `
insert into sources (id, version, created_at, updated_at, title, publisher, kind) values
  ('${id('s', 1)}', 1, '${t0}', '${t0}', 'Reuters report', 'Reuters', 'news');
insert into measures (id, version, created_at, updated_at, slug, title, kind, jurisdiction, stage, policy_areas) values
  ('${id('m', 1)}', 1, '${t0}', '${t0}', 'encryption-initiative', 'Access to encrypted messaging', 'initiative', 'EU', 'announced', '[]');
insert into stakeholders (id, version, created_at, updated_at, slug, kind, name, category) values
  ('${id('k', 1)}', 1, '${t0}', '${t0}', 'ccia', 'organisation', 'CCIA', 'trade_association');
insert into positions (id, version, created_at, updated_at, measure_id, stakeholder_id, stance, role, stated_on, stated_on_precision, quote, source_id) values
  ('${id('p', 1)}', 1, '${t0}', '${t0}', '${id('m', 1)}', '${id('k', 1)}', 'oppose', 'critic', '2016-08-23', 'day', 'Weakened security.', '${id('s', 1)}'),
  ('${id('p', 2)}', 2, '${t0}', '${t0}', '${id('m', 1)}', '${id('k', 1)}', 'neutral', 'observer', '2016-09', 'month', 'Deleted later.', '${id('s', 1)}'),
  ('${id('p', 3)}', 3, '${t0}', '${t0}', '${id('m', 1)}', '${id('k', 1)}', 'strongly_oppose', 'critic', '2017', 'year', 'Backdoors endanger everyone.', '${id('s', 1)}');
delete from positions where id = '${id('p', 2)}';
`;

const positionsOf = (sqlite: Database.Database) =>
  sqlite.prepare('select rowid, * from positions order by id').all() as Record<string, unknown>[];

function previousReleaseDatabase() {
  const path = join(tempFolder(), 'dossier.db');
  const sqlite = new Database(path);
  sqlite.pragma('foreign_keys = ON');
  migrate(drizzle(sqlite), { migrationsFolder: previousMigrations() });
  sqlite.exec(fill);
  const before = positionsOf(sqlite);
  const indexes = sqlite
    .prepare(
      "select name, sql from sqlite_master where type = 'index' and tbl_name = 'positions' order by name",
    )
    .all();
  const triggers = sqlite
    .prepare(
      "select name, sql from sqlite_master where type = 'trigger' and tbl_name = 'positions' order by name",
    )
    .all();
  sqlite.close();
  return { path, before, indexes, triggers };
}

const insertPosition = (
  sqlite: Database.Database,
  n: number,
  sourceId: string | null,
  mark: 0 | 1,
) =>
  sqlite
    .prepare(
      `insert into positions (id, version, created_at, updated_at, measure_id, stakeholder_id, stance, role, stated_on, stated_on_precision, quote, source_id, unsourced)
       values (?, 1, ?, ?, ?, ?, 'support', 'supporter', '2020', 'year', 'Lawful interception now.', ?, ?)`,
    )
    .run(id('p', n), t0, t0, id('m', 1), id('k', 1), sourceId, mark);

describe('upgrading a database of the release before unsourced positions', () => {
  it('keeps every position with its id and rowid, each with its source and not unsourced', () => {
    const { path, before } = previousReleaseDatabase();
    expect(before.map((p) => p.rowid)).toEqual([1, 3]);
    const d = openDatabase(path);
    expect(positionsOf(d.sqlite)).toEqual(before.map((p) => ({ ...p, unsourced: 0 })));
    expect(d.sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(d.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(d.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    d.close();
  });

  it('keeps every index and the full-text triggers of 0005, as they were', () => {
    const { path, indexes, triggers } = previousReleaseDatabase();
    expect(indexes.map((i) => (i as { name: string }).name)).toEqual([
      'positions_measure_stakeholder_idx',
      'positions_source_idx',
      'positions_stakeholder_idx',
      'sqlite_autoindex_positions_1', // the primary key's
    ]);
    expect(triggers.map((i) => (i as { name: string }).name)).toEqual([
      'positions_fts_delete',
      'positions_fts_insert',
      'positions_fts_update',
    ]);
    const d = openDatabase(path);
    const now = (type: string) =>
      d.sqlite
        .prepare(
          "select name, sql from sqlite_master where type = ? and tbl_name = 'positions' order by name",
        )
        .all(type);
    expect(now('index')).toEqual(indexes);
    expect(now('trigger')).toEqual(triggers);
    const table = d.sqlite
      .prepare("select sql from sqlite_master where type = 'table' and name = 'positions'")
      .pluck()
      .get() as string;
    expect(table).not.toContain('__new_');
    d.close();
  });

  it('finds positions by their quote, the old ones and those written after, through its rowid', () => {
    const { path } = previousReleaseDatabase();
    const d = openDatabase(path);
    const ids = (q: string) =>
      search(d.db, { q, kinds: ['position'], limit: 50 }).groups[0]!.items.map((hit) => hit.id);
    expect(ids('weakened')).toEqual([id('p', 1)]);
    // After the gap the deletion left: only a copy that kept rowids finds it.
    expect(ids('backdoors')).toEqual([id('p', 3)]);
    expect(ids('deleted')).toEqual([]);

    insertPosition(d.sqlite, 4, null, 1);
    expect(ids('interception')).toEqual([id('p', 4)]);
    d.sqlite
      .prepare('update positions set quote = ? where id = ?')
      .run('Strong crypto.', id('p', 3));
    expect(ids('backdoors')).toEqual([]);
    expect(ids('crypto')).toEqual([id('p', 3)]);
    d.sqlite.prepare('delete from positions where id = ?').run(id('p', 1));
    expect(ids('weakened')).toEqual([]);
    d.close();
  });

  it('holds a source or the unsourced mark on every position, never neither nor both', () => {
    const { path } = previousReleaseDatabase();
    const d = openDatabase(path);
    expect(() => insertPosition(d.sqlite, 5, null, 0)).toThrow(/CHECK constraint failed/);
    expect(() => insertPosition(d.sqlite, 6, id('s', 1), 1)).toThrow(/CHECK constraint failed/);
    expect(() =>
      d.sqlite.prepare('update positions set source_id = null where id = ?').run(id('p', 1)),
    ).toThrow(/CHECK constraint failed/);
    insertPosition(d.sqlite, 7, null, 1);
    insertPosition(d.sqlite, 8, id('s', 1), 0);
    expect(
      d.sqlite
        .prepare('select id, source_id, unsourced from positions where id in (?, ?)')
        .all(id('p', 7), id('p', 8)),
    ).toEqual([
      { id: id('p', 7), source_id: null, unsourced: 1 },
      { id: id('p', 8), source_id: id('s', 1), unsourced: 0 },
    ]);
    // A source a position cites is still kept from deletion.
    expect(() => d.sqlite.prepare('delete from sources where id = ?').run(id('s', 1))).toThrow(
      /FOREIGN KEY/,
    );
    d.close();
  });
});
