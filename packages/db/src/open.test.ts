import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrationsFolder } from './migrations';
import { openDatabase } from './open';
import { DatabaseOpenError } from './open-errors';
import { seedDemo } from './seed/seed';

const dirs: string[] = [];
const tempDb = () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-db-'));
  dirs.push(dir);
  return join(dir, 'nested', 'dossier.db');
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const tableNames = (d: ReturnType<typeof openDatabase>) =>
  (
    d.sqlite
      .prepare("select name from sqlite_master where type in ('table') order by name")
      .all() as { name: string }[]
  ).map((r) => r.name);

describe('openDatabase', () => {
  it('creates an empty file database with every table, WAL and foreign keys on', () => {
    const d = openDatabase(tempDb());
    expect(tableNames(d)).toEqual(
      expect.arrayContaining([
        'changes',
        'events',
        'information_systems',
        'measure_identifiers',
        'measure_links',
        'measure_systems',
        'measures',
        'measures_fts',
        'positions',
        'sources',
        'stakeholders',
      ]),
    );
    expect(d.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(d.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    d.close();
  });

  it('applies every committed migration once, and again on reopen applies none', () => {
    const path = tempDb();
    const committed = JSON.parse(
      readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8'),
    ).entries;
    expect(committed.length).toBe(
      readdirSync(migrationsFolder).filter((f) => f.endsWith('.sql')).length,
    );
    openDatabase(path).close();
    const d = openDatabase(path);
    const applied = d.sqlite.prepare('select count(*) as n from __drizzle_migrations').get() as {
      n: number;
    };
    expect(applied.n).toBe(committed.length);
    d.close();
  });

  it('says whether it created the file, and with create: false refuses a missing one', () => {
    const path = tempDb();
    expect(() => openDatabase(path, { create: false })).toThrow(DatabaseOpenError);
    expect(existsSync(path)).toBe(false);
    const first = openDatabase(path);
    expect(first.created).toBe(true);
    expect(first.path).toBe(path);
    first.close();
    const again = openDatabase(path, { create: false });
    expect(again.created).toBe(false);
    again.close();
  });

  it('keeps data across a reopen of the same file', () => {
    const path = tempDb();
    const first = openDatabase(path);
    expect(seedDemo(first.db).seeded).toBe(true);
    first.close();
    const second = openDatabase(path);
    const n = second.sqlite.prepare('select count(*) as n from measures').get() as { n: number };
    expect(n.n).toBe(3);
    second.close();
  });

  it('refuses rows that point at nothing', () => {
    const d = openDatabase(':memory:');
    expect(() =>
      d.sqlite
        .prepare(
          "insert into events (id, version, created_at, updated_at, measure_id, date, date_precision, kind, title, source_id) values ('e', 1, 'x', 'x', 'missing', '2016', 'year', 'other', 't', 'missing')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    d.close();
  });
});
