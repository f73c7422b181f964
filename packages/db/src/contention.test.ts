// Another program (a backup, a sqlite3 shell) holding SQLite's write lock: our writes are refused
// whole with UNAVAILABLE, reads go on, and the same write succeeds once the lock is let go.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DossierError } from './errors';
import { busyTimeoutMs } from './lock';
import { type DossierDatabase, openDatabase } from './open';
import { createEvent } from './repo/events';
import { requireMeasure, updateMeasure } from './repo/measures';
import { createSource, updateSource } from './repo/records';
import { initiativeSlug } from './seed/demo-data';
import { seedDemo } from './seed/seed';
import { seedSynthetic } from './seed/synthetic';
import { dossierFile } from './test/files';

const busyMessage =
  'The database is busy: another program (a backup, a sqlite3 shell) is holding its write lock. Nothing was saved; try again in a few seconds.';

const open: { close(): void }[] = [];
afterEach(() => {
  for (const connection of open.splice(0).reverse()) connection.close();
});

function ours(path: string): DossierDatabase {
  const database = openDatabase(path);
  open.push(database);
  return database;
}

/** A second connection, as a sqlite3 shell would hold one. */
function otherProgram(path: string): Database.Database {
  const other = new Database(path);
  open.push({ close: () => other.open && other.close() });
  return other;
}

/** The error `fn` throws; fails the test when it does not throw. */
function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the write to be refused');
}

const expectBusy = (fn: () => unknown) => {
  const error = thrownBy(fn);
  expect(error).toBeInstanceOf(DossierError);
  expect((error as DossierError).kind).toBe('UNAVAILABLE');
  expect((error as DossierError).message).toBe(busyMessage);
};

const source = (title: string) =>
  ({ title, publisher: 'Lock test', kind: 'news' }) as Parameters<typeof createSource>[1];

const countTitled = (database: DossierDatabase, title: string) =>
  database.sqlite.prepare('select count(*) from sources where title = ?').pluck().get(title);

describe('a write while another connection holds the write lock', () => {
  it('is refused whole, reads go on, and the same write succeeds after a rollback', () => {
    const path = dossierFile((d) => seedDemo(d.db));
    const database = ours(path);
    const measure = requireMeasure(database.db, initiativeSlug);
    const sourceId = database.sqlite
      .prepare('select id from sources limit 1')
      .pluck()
      .get() as string;

    const other = otherProgram(path);
    other.exec('BEGIN IMMEDIATE');
    other.exec(
      "insert into sources (id, title, publisher, kind, version, created_at, updated_at) values ('held', 'Held', 'Other', 'news', 1, 'x', 'x')",
    );

    expectBusy(() => createSource(database.db, source('While locked'), 'tester'));
    expectBusy(() =>
      updateMeasure(
        database.db,
        { id: measure.id, version: measure.version, title: 'Renamed while locked' },
        'tester',
      ),
    );
    // The lock is asked for before anything is checked, so even a write that would fail later
    // (an unknown measure) reports the lock rather than half-running.
    expectBusy(() =>
      createEvent(
        database.db,
        { measureId: 'missing', date: '2016', kind: 'other', title: 'T', sourceId },
        'tester',
      ),
    );
    expectBusy(() => seedSynthetic(database.db, 2));

    // Reads through our connection go on, and see neither our refused writes nor the other's.
    expect(countTitled(database, 'While locked')).toBe(0);
    expect(countTitled(database, 'Held')).toBe(0);
    expect(requireMeasure(database.db, initiativeSlug).title).toBe(measure.title);
    expect(
      database.sqlite
        .prepare("select count(*) from measures where slug like 'synthetic-%'")
        .pluck()
        .get(),
    ).toBe(0);

    other.exec('ROLLBACK');
    const saved = createSource(database.db, source('While locked'), 'tester');
    expect(saved.version).toBe(1);
    expect(countTitled(database, 'While locked')).toBe(1);
    expect(
      updateMeasure(
        database.db,
        { id: measure.id, version: measure.version, title: 'Renamed' },
        'tester',
      ).title,
    ).toBe('Renamed');
  });

  it('succeeds once the other connection commits, keeping both writes', () => {
    const path = dossierFile();
    const database = ours(path);
    const other = otherProgram(path);
    other.exec('BEGIN IMMEDIATE');
    other.exec(
      "insert into sources (id, title, publisher, kind, version, created_at, updated_at) values ('held', 'Held', 'Other', 'news', 1, 'x', 'x')",
    );
    expectBusy(() => createSource(database.db, source('Ours'), 'tester'));
    other.exec('COMMIT');
    createSource(database.db, source('Ours'), 'tester');
    expect(countTitled(database, 'Held')).toBe(1);
    expect(countTitled(database, 'Ours')).toBe(1);
  });

  it('is refused and rolled back when the lock is missing only at COMMIT', () => {
    // With a rollback journal (what a database copied from an older tool may use), COMMIT needs
    // every reader gone; a reader that stays makes COMMIT itself busy.
    const path = dossierFile();
    const database = ours(path);
    database.sqlite.pragma('journal_mode = DELETE');
    const reader = otherProgram(path);
    reader.exec('BEGIN');
    reader.prepare('select count(*) from sources').get();

    expectBusy(() => createSource(database.db, source('At commit'), 'tester'));
    expect(database.sqlite.inTransaction).toBe(false);

    reader.exec('COMMIT');
    expect(countTitled(database, 'At commit')).toBe(0);
    expect(
      database.sqlite
        .prepare("select count(*) from changes where after like '%At commit%'")
        .pluck()
        .get(),
    ).toBe(0);
    createSource(database.db, source('At commit'), 'tester');
    expect(countTitled(database, 'At commit')).toBe(1);
  });

  it('keeps the errors that are not about the lock', () => {
    const database = ours(dossierFile());
    const error = thrownBy(() =>
      updateSource(database.db, { id: 'missing', version: 1, title: 'x' }, 'tester'),
    );
    expect(error).toBeInstanceOf(DossierError);
    expect((error as DossierError).kind).toBe('NOT_FOUND');
  });

  it('waits only briefly for a lock, since waiting blocks the event loop', () => {
    const database = ours(dossierFile());
    expect(database.sqlite.pragma('busy_timeout', { simple: true })).toBe(busyTimeoutMs);
    expect(busyTimeoutMs).toBeLessThanOrEqual(250);
  });
});

describe('the data layer', () => {
  it('opens every transaction through writeTransaction (BEGIN IMMEDIATE)', () => {
    const src = fileURLToPath(new URL('.', import.meta.url));
    const offenders = (readdirSync(src, { recursive: true }) as string[])
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'write.ts')
      .filter((f) => /\.transaction\(/.test(readFileSync(join(src, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
