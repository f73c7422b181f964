// openDatabase refuses what it cannot serve, naming the file and what to do, and changes nothing.
import {
  chmodSync,
  chownSync,
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { knownMigrations } from './migrations';
import { openDatabase } from './open';
import { DatabaseOpenError, type DatabaseOpenErrorKind } from './open-errors';
import { seedDemo } from './seed/seed';
import { seedSynthetic } from './seed/synthetic';
import { asOrdinaryUser, dossierFile, runsAsRoot, tempFolder } from './test/files';

/** The DatabaseOpenError `open` throws; fails the test when it throws anything else. */
function refusal(open: () => unknown, kind: DatabaseOpenErrorKind, path: string) {
  let thrown: unknown;
  try {
    (open() as { close?: () => void } | undefined)?.close?.();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, 'expected openDatabase to refuse').toBeInstanceOf(DatabaseOpenError);
  const error = thrown as DatabaseOpenError;
  expect(error.kind).toBe(kind);
  expect(error.path).toBe(path);
  expect(error.message).toContain(path);
  return error.message;
}

const fileBytes = (path: string) => readFileSync(path).toString('base64');

describe('openDatabase refuses', () => {
  it('a missing file when it may not create one, and creates nothing', () => {
    const path = join(tempFolder(), 'typo', 'dossier.db');
    const message = refusal(() => openDatabase(path, { create: false }), 'missing', path);
    expect(message).toMatch(/does not exist; check --db\/DOSSIER_DB, or start without --no-create/);
    expect(existsSync(join(path, '..'))).toBe(false);
  });

  it('a relative path, reporting it as an absolute one', () => {
    const message = refusal(
      () => openDatabase('no-such-folder-here/dossier.db', { create: false }),
      'missing',
      join(process.cwd(), 'no-such-folder-here/dossier.db'),
    );
    expect(message).toContain(process.cwd());
  });

  it('a text file, leaving it as it was', () => {
    const path = join(tempFolder(), 'notes.txt');
    writeFileSync(path, 'Meeting notes, not a database.\n'.repeat(200));
    const before = fileBytes(path);
    const message = refusal(() => openDatabase(path), 'not-a-database', path);
    expect(message).toMatch(/is not a Dossier database: it is not an SQLite file/);
    expect(message).toMatch(/check --db\/DOSSIER_DB/);
    expect(fileBytes(path)).toBe(before);
  });

  it('a folder given as the database', () => {
    const path = tempFolder();
    expect(refusal(() => openDatabase(path), 'not-a-database', path)).toMatch(/is a folder/);
  });

  it('an SQLite database of another program, adding no table to it', () => {
    const path = join(tempFolder(), 'other.db');
    const other = new Database(path);
    other.exec('create table invoices (id integer primary key, total real)');
    other.close();
    const message = refusal(() => openDatabase(path), 'not-a-database', path);
    expect(message).toMatch(/another program \(it holds the table invoices and no Dossier/);
    const check = new Database(path);
    expect(
      check.prepare("select name from sqlite_master where type = 'table'").pluck().all(),
    ).toEqual(['invoices']);
    // Not even switched to WAL: Dossier wrote nothing to another program's file.
    expect(check.pragma('journal_mode', { simple: true })).toBe('delete');
    check.close();
  });

  it('a database written by a newer Dossier, before running any migration', () => {
    const path = dossierFile();
    const later = new Database(path);
    // The newer Dossier's record, and this build's last migration not (yet) recorded: a
    // migrator that only looks at the latest record would skip it, one that looks at each would
    // run it against a schema it does not know. Neither may happen.
    const newer = Date.UTC(2031, 0, 15);
    later
      .prepare('insert into __drizzle_migrations (hash, created_at) values (?, ?)')
      .run('f'.repeat(64), newer);
    later
      .prepare(
        'delete from __drizzle_migrations where rowid = (select rowid from __drizzle_migrations where created_at < ? order by created_at desc limit 1)',
      )
      .run(newer);
    const recorded = () =>
      later.prepare('select hash, created_at from __drizzle_migrations order by rowid').all();
    const before = recorded();
    expect(before.length).toBe(knownMigrations().length);
    const message = refusal(() => openDatabase(path), 'newer-schema', path);
    expect(message).toMatch(/written by a newer version of Dossier/);
    expect(message).toMatch(
      /1 schema migration this version does not know, the latest made 2031-01-15/,
    );
    expect(message).toMatch(/upgrade Dossier .* or restore a backup/);
    expect(recorded()).toEqual(before);
    later.close();
  });

  /** A Dossier database with 300 measures, and the leaf pages of its measures table. */
  function filledDatabase() {
    const path = dossierFile((d) => {
      seedDemo(d.db);
      seedSynthetic(d.db, 300);
    });
    const inspect = new Database(path);
    const pageSize = inspect.pragma('page_size', { simple: true }) as number;
    const leaves = inspect
      .prepare("select pageno from dbstat where name = 'measures' and pagetype = 'leaf'")
      .pluck()
      .all() as number[];
    inspect.close();
    expect(leaves.length).toBeGreaterThan(2);
    return { path, pageSize, page: leaves[Math.floor(leaves.length / 2)]! };
  }

  function overwrite(path: string, at: number, bytes: Buffer) {
    const fd = openSync(path, 'r+');
    writeSync(fd, bytes, 0, bytes.length, at);
    closeSync(fd);
  }

  it('a damaged database (bytes of a table page overwritten), naming the first problem', () => {
    const { path, pageSize, page } = filledDatabase();
    // The cell pointers of a leaf page in the middle of the measures table. (Overwritten row
    // text inside a page is not something quick_check can see: SQLite keeps no checksums.)
    overwrite(path, (page - 1) * pageSize + 8, Buffer.alloc(16, 0xa5));
    const message = refusal(() => openDatabase(path), 'corrupt', path);
    expect(message).toMatch(new RegExp(`is damaged: Tree \\d+ page ${page} cell \\d+: Offset`));
    expect(message).toMatch(/restore it from a backup/);
  });

  it('reads every page of a file up to the full-check size, the schema only past it', () => {
    const { path } = filledDatabase();
    const whole = openDatabase(path);
    expect(whole.fullyChecked).toBe(true);
    whole.close();
    const large = openDatabase(path, { fullCheckUpToBytes: 1024 });
    expect(large.fullyChecked).toBe(false);
    large.close();
  });

  it('a database with a destroyed page header', () => {
    const { path, pageSize, page } = filledDatabase();
    overwrite(path, (page - 1) * pageSize, Buffer.alloc(12, 0xff));
    expect(refusal(() => openDatabase(path), 'corrupt', path)).toMatch(
      /is damaged: database disk image is malformed; restore it/,
    );
  });

  it('a folder that cannot be created, without hanging', () => {
    // /proc takes no new entries, even from root; Node's recursive mkdir would loop there.
    const path = '/proc/dossier-test/data/dossier.db';
    const message = refusal(() => openDatabase(path), 'unwritable', path);
    expect(message).toMatch(/cannot be written: its folder \/proc\/dossier-test cannot be created/);
  });

  it('a folder path that runs through a file', () => {
    const file = join(tempFolder(), 'plain-file');
    writeFileSync(file, 'x');
    const path = join(file, 'dossier.db');
    expect(refusal(() => openDatabase(path), 'unwritable', path)).toMatch(
      /cannot be written: .*plain-file is a file, so it cannot hold the database/,
    );
    const deeper = join(file, 'data', 'dossier.db');
    expect(refusal(() => openDatabase(deeper), 'unwritable', deeper)).toMatch(
      /its folder .*plain-file\/data cannot be created \(ENOTDIR\)/,
    );
  });

  it('a file it may read but not write (0444)', () => {
    const path = dossierFile();
    const folder = join(path, '..');
    chmodSync(folder, 0o755);
    chmodSync(path, 0o444);
    const message = asOrdinaryUser(() => refusal(() => openDatabase(path), 'unwritable', path));
    expect(message).toMatch(/cannot be written: .*Give the user running Dossier write access/);
  });

  it('a file in a folder it may not write (0555), where SQLite keeps its -wal file', () => {
    const path = dossierFile();
    const folder = join(path, '..');
    // The file itself is writable by the user Dossier runs as.
    if (runsAsRoot) chownSync(path, 65534, 65534);
    chmodSync(path, 0o644);
    chmodSync(folder, 0o555);
    try {
      const message = asOrdinaryUser(() => refusal(() => openDatabase(path), 'unwritable', path));
      expect(message).toMatch(/cannot be written: /);
      expect(message).toMatch(/-wal and -shm files/);
    } finally {
      chmodSync(folder, 0o755);
    }
  });
});

describe('openDatabase accepts', () => {
  it('an empty file (a new database), reporting that it did not create it', () => {
    const folder = tempFolder();
    const path = join(folder, 'empty.db');
    writeFileSync(path, '');
    const d = openDatabase(path, { create: false });
    expect(d.created).toBe(false);
    expect(d.sqlite.prepare('select count(*) from measures').pluck().get()).toBe(0);
    d.close();
  });
});
