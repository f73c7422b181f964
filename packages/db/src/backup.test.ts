// Backups taken while another process writes, and restores that refuse what they must: a file
// that is not a Dossier database, one of a newer Dossier, a database a server holds; and that
// bring an older database up to date without ever losing the one they replace.
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, describe, expect, it } from 'vitest';
import { BackupError, backupDatabase, processesHolding, restoreDatabase } from './backup';
import { knownMigrations, migrationsFolder } from './migrations';
import { openDatabase } from './open';
import { seedDemo, seedSynthetic } from './seed';
import { dossierFile, tempFolder } from './test/files';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

const packageDir = join(import.meta.dirname, '..');
const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Another process with its own connection: runs `script` (CommonJS, with `db` open on `file`). */
function otherProcess(file: string, script: string) {
  const child = spawn(
    process.execPath,
    [
      '-e',
      `const Database = require('better-sqlite3'); const db = new Database(${JSON.stringify(file)}); db.pragma('busy_timeout = 5000'); ${script}`,
    ],
    { cwd: packageDir, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  children.push(child);
  return child;
}

/** Resolves once the process has printed `text`. */
const printed = (child: ChildProcess, text: string) =>
  new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      if (out.includes(text)) resolve();
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code} before "${text}"`)));
  });

const count = (file: string, where = '') => {
  const sqlite = new Database(file, { readonly: true });
  try {
    return Number(sqlite.prepare(`select count(*) from sources ${where}`).pluck().get());
  } finally {
    sqlite.close();
  }
};

describe('backup', () => {
  it('takes a consistent copy while another process keeps writing', {
    timeout: 60_000,
  }, async () => {
    const file = dossierFile((d) => {
      seedDemo(d.db);
      seedSynthetic(d.db, 3000);
    });
    // One source per transaction, numbered, as fast as the other process can commit them.
    const writer = otherProcess(
      file,
      `db.pragma('journal_mode = WAL');
       const insert = db.prepare("insert into sources (id, version, created_at, updated_at, title, publisher, kind) values (?, 1, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', ?, 'writer', 'other')");
       let n = 0;
       const step = () => { for (let i = 0; i < 20; i++) { n++; insert.run('w-' + n, 'written ' + n); } if (n === 200) console.log('writing'); setImmediate(step); };
       step();`,
    );
    await printed(writer, 'writing');
    const committedBefore = count(file, "where publisher = 'writer'");
    const target = join(tempFolder(), 'copy.db');

    const result = backupDatabase(file, target);
    const committedAfter = count(file, "where publisher = 'writer'");

    expect(result.file).toBe(target);
    const copy = new Database(target, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    const copied = copy
      .prepare("select title from sources where publisher = 'writer'")
      .pluck()
      .all() as string[];
    copy.close();
    // Every row committed before the backup began is in the copy, and the copy is one moment:
    // written 1 to written k, none missing in between.
    expect(copied.length).toBeGreaterThanOrEqual(committedBefore);
    const numbers = copied.map((t) => Number(t.replace('written ', ''))).sort((a, b) => a - b);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    // The writer was never held up for long: it went on while the copy was made.
    expect(committedAfter).toBeGreaterThan(committedBefore);
    expect(result.contents.measures).toBe(3003);
    expect(openDatabase(target, { readonly: true }).path).toBe(target);
  });

  it('makes the folder of the copy, and says when it cannot write there', () => {
    const file = dossierFile((d) => seedDemo(d.db));
    const target = join(tempFolder(), 'nightly', 'copy.db');
    expect(backupDatabase(file, target).contents.measures).toBe(3);
    const blocked = join(tempFolder(), 'a-file');
    writeFileSync(blocked, 'not a folder');
    expect(() => backupDatabase(file, join(blocked, 'copy.db'))).toThrow(
      /^Cannot write the backup to .*a-file\/copy\.db: .*; nothing was written\.$/,
    );
  });

  it('never writes over an existing file', () => {
    const file = dossierFile((d) => seedDemo(d.db));
    const target = join(tempFolder(), 'taken.db');
    writeFileSync(target, 'precious');
    expect(() => backupDatabase(file, target)).toThrow(/already exists; nothing was written/);
    expect(readFileSync(target, 'utf8')).toBe('precious');
  });
});

/** A database as the release before claims left it (migrations 0000-0002), with rows in it. */
function olderDatabase(): string {
  const folder = join(tempFolder(), 'drizzle');
  cpSync(migrationsFolder, folder, { recursive: true });
  const journalFile = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8'));
  journal.entries = journal.entries.slice(
    0,
    journal.entries.findIndex((e: { tag: string }) => e.tag === '0002_stakeholder_search') + 1,
  );
  writeFileSync(journalFile, JSON.stringify(journal));
  const path = join(tempFolder(), 'old.db');
  const sqlite = new Database(path);
  migrate(drizzle(sqlite), { migrationsFolder: folder });
  const t = '2016-08-24T09:00:00.000Z';
  sqlite.exec(`
    insert into sources (id, version, created_at, updated_at, title, publisher, kind) values
      ('0190a000-0000-7000-8000-000000000001', 1, '${t}', '${t}', 'Old report', 'Reuters', 'news');
    insert into measures (id, version, created_at, updated_at, slug, title, kind, jurisdiction, stage, policy_areas, source_id) values
      ('0190a000-0000-7000-8000-000000000002', 1, '${t}', '${t}', 'old-measure', 'An old measure', 'regulation', 'EU', 'proposal', '[]', '0190a000-0000-7000-8000-000000000001');`);
  sqlite.close();
  return path;
}

const beforeRestore = (db: string) =>
  readdirSync(join(db, '..')).filter((f) => f.startsWith('dossier.db.before-restore-'));

describe('restore', () => {
  it('brings an older backup up to date and keeps the database it replaces', () => {
    const old = olderDatabase();
    const oldHash = hash(old);
    const live = dossierFile((d) => seedDemo(d.db));
    const now = new Date('2026-03-01T10:20:30.456Z');

    const result = restoreDatabase(old, live, { now });

    expect(result.migrationsApplied).toBe(knownMigrations().length - 3);
    expect(result.previous).toBe(`${live}.before-restore-20260301T102030Z`);
    expect(result.contents).toEqual({ measures: 1, stakeholders: 0, sources: 1 });
    // The backup file itself is never changed.
    expect(hash(old)).toBe(oldHash);
    const restored = openDatabase(live);
    const brief = restored.db.all<{ slug: string; stage: string }>(
      // The stage became a stage claim on the way.
      "select m.slug, c.stage from measures m join claims c on c.measure_id = m.id and c.fact = 'stage'" as never,
    );
    expect(brief).toEqual([{ slug: 'old-measure', stage: 'proposal' }]);
    restored.close();
    // What was there before is kept whole.
    const previous = openDatabase(result.previous!, { readonly: true });
    expect(previous.sqlite.prepare('select count(*) from measures').pluck().get()).toBe(3);
    previous.close();
  });

  it('refuses a file that is not a Dossier database, and changes nothing', () => {
    const live = dossierFile((d) => seedDemo(d.db));
    const liveHash = hash(live);
    const text = join(tempFolder(), 'notes.db');
    writeFileSync(text, 'these are my notes, not a database\n'.repeat(200));
    const foreign = join(tempFolder(), 'other.db');
    new Database(foreign).exec('create table customers (id integer primary key)');

    for (const file of [text, foreign]) {
      const error = catchError(() => restoreDatabase(file, live));
      expect(error).toBeInstanceOf(BackupError);
      expect(error).toMatchObject({ kind: 'not-a-database' });
      expect(error.message).toMatch(
        /^Cannot restore: .* is not a Dossier database: .+\. Nothing was changed\.$/,
      );
    }
    expect(hash(live)).toBe(liveHash);
    expect(beforeRestore(live)).toEqual([]);
  });

  it('refuses a backup written by a newer Dossier', () => {
    const newer = dossierFile((d) =>
      d.sqlite.exec(
        `insert into __drizzle_migrations (hash, created_at) values ('from-the-future', ${Date.UTC(2099, 0, 1)})`,
      ),
    );
    const live = dossierFile();
    const error = catchError(() => restoreDatabase(newer, live));
    expect(error).toMatchObject({ kind: 'newer-schema' });
    expect(error.message).toMatch(
      /was written by a newer version of Dossier \(it records 1 schema migration this version does not know, the latest made 2099-01-01\); upgrade Dossier to restore it\. Nothing was changed\.$/,
    );
    expect(beforeRestore(live)).toEqual([]);
  });

  it('refuses while another process holds the database, naming it', {
    timeout: 20_000,
  }, async () => {
    const backup = dossierFile((d) => seedDemo(d.db));
    const live = dossierFile();
    const holder = otherProcess(
      live,
      `db.prepare('select 1').get(); console.log('holding'); setInterval(() => {}, 1000);`,
    );
    await printed(holder, 'holding');
    expect(processesHolding(live)?.map((h) => h.pid)).toEqual([holder.pid]);
    const error = catchError(() => restoreDatabase(backup, live));
    expect(error).toMatchObject({ kind: 'in-use' });
    expect(error.message).toContain(`is open in process ${holder.pid} (`);
    expect(error.message).toContain('stop the Dossier server first');
    expect(beforeRestore(live)).toEqual([]);
  });

  it('restores into a path with no database yet, without a copy to keep', () => {
    const backup = dossierFile((d) => seedDemo(d.db));
    const live = join(tempFolder(), 'data', 'dossier.db');
    const result = restoreDatabase(backup, live);
    expect(result).toMatchObject({ previous: null, migrationsApplied: 0 });
    expect(existsSync(`${live}-wal`)).toBe(false);
    expect(openDatabase(live).sqlite.prepare('select count(*) from measures').pluck().get()).toBe(
      3,
    );
  });
});

function catchError(fn: () => unknown): Error & { kind?: string } {
  try {
    fn();
  } catch (error) {
    return error as Error & { kind?: string };
  }
  throw new Error('expected a refusal');
}
