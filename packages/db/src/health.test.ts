import { chmodSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { checkHealth, isHealthy } from './health';
import { busyTimeoutMs } from './lock';
import { type DossierDatabase, openDatabase } from './open';
import { dossierFile, runsAsRoot } from './test/files';

const open: { close(): void }[] = [];
afterEach(() => {
  for (const connection of open.splice(0).reverse()) connection.close();
});

function ours(path: string, options: Parameters<typeof openDatabase>[1] = {}): DossierDatabase {
  const database = openDatabase(path, options);
  open.push(database);
  return database;
}

function rawConnection(path: string) {
  const raw = new Database(path);
  open.push({ close: () => raw.open && raw.close() });
  return raw;
}

const healthy = {
  ok: true,
  readable: true,
  writable: true,
  schemaCurrent: true,
  locked: false,
  reason: null,
};

describe('checkHealth', () => {
  it('reports a fresh file database as healthy', () => {
    const database = ours(dossierFile());
    expect(checkHealth(database)).toEqual(healthy);
    expect(isHealthy(database)).toBe(true);
  });

  it('reports an in-memory database as healthy', () => {
    expect(checkHealth(ours(':memory:'))).toEqual(healthy);
  });

  it('stays ok while another program holds the write lock, reporting it as locked', () => {
    const path = dossierFile();
    const database = ours(path);
    const other = rawConnection(path);
    other.exec('BEGIN IMMEDIATE');
    expect(checkHealth(database)).toEqual({ ...healthy, locked: true });
    // The check tried the lock without waiting and put the usual wait back.
    expect(database.sqlite.pragma('busy_timeout', { simple: true })).toBe(busyTimeoutMs);
    other.exec('ROLLBACK');
    expect(checkHealth(database)).toEqual(healthy);
  });

  it('reports a read-only connection as not writable', () => {
    const database = ours(dossierFile(), { readonly: true });
    const health = checkHealth(database);
    expect(health).toMatchObject({
      ok: false,
      readable: true,
      writable: false,
      schemaCurrent: true,
    });
    expect(health.reason).toBe(`The database ${database.path} is open read-only.`);
    expect(isHealthy(database)).toBe(false);
  });

  it('reports a database file deleted while open as not writable, still readable', () => {
    const path = dossierFile();
    const database = ours(path);
    rmSync(dirname(path), { recursive: true, force: true });
    const health = checkHealth(database);
    expect(health).toMatchObject({ ok: false, readable: true, writable: false });
    expect(health.reason).toMatch(new RegExp(`The database file ${path} is gone`));
  });

  it.skipIf(runsAsRoot)(
    // access(2) answers for the real user, and root may write whatever the file's mode says:
    // as root this state cannot be made without mounting a read-only file system.
    'reports a file made read-only while open as not writable',
    () => {
      const path = dossierFile();
      const database = ours(path);
      chmodSync(path, 0o444);
      const health = checkHealth(database);
      expect(health).toMatchObject({ ok: false, readable: true, writable: false });
      expect(health.reason).toMatch(/cannot be written \(EACCES\)/);
    },
  );

  it('reports a database whose last migration is missing as not current', () => {
    const path = dossierFile();
    const database = ours(path);
    database.sqlite.exec(
      'delete from __drizzle_migrations where created_at = (select max(created_at) from __drizzle_migrations)',
    );
    const health = checkHealth(database);
    expect(health).toMatchObject({
      ok: false,
      readable: true,
      writable: true,
      schemaCurrent: false,
    });
    expect(health.reason).toMatch(/is not on this version's schema; restart Dossier/);
  });

  it('reports a database migrated by a newer Dossier while running as not current', () => {
    const path = dossierFile();
    const database = ours(path);
    rawConnection(path)
      .prepare('insert into __drizzle_migrations (hash, created_at) values (?, ?)')
      .run('f'.repeat(64), Date.UTC(2031, 0, 1));
    const health = checkHealth(database);
    expect(health).toMatchObject({ ok: false, schemaCurrent: false });
    expect(health.reason).toMatch(/migrated by a newer Dossier .*; upgrade Dossier/);
  });

  it('reports a database whose measures cannot be read as not readable', () => {
    const path = dossierFile();
    const database = ours(path);
    database.sqlite.exec('drop table measures');
    const health = checkHealth(database);
    expect(health).toMatchObject({ ok: false, readable: false });
    expect(health.reason).toBe(`Reading the database ${path} failed: no such table: measures.`);
  });

  it('reports a closed connection', () => {
    const database = ours(dossierFile());
    database.close();
    expect(checkHealth(database)).toEqual({
      ok: false,
      readable: false,
      writable: false,
      schemaCurrent: false,
      locked: false,
      reason: `The connection to the database ${database.path} is closed; restart Dossier.`,
    });
  });
});
