// Which schema migrations this build carries and which a database has had, read the way drizzle's
// migrator records them: one row per applied migration in __drizzle_migrations, whose created_at
// is the `when` of that migration in drizzle/meta/_journal.json.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';

/** Set (to true) by the server's bundle (apps/server/build.mjs), which carries them beside itself. */
declare const DOSSIER_BUNDLED_MIGRATIONS: boolean | undefined;
const bundled = typeof DOSSIER_BUNDLED_MIGRATIONS !== 'undefined' && DOSSIER_BUNDLED_MIGRATIONS;

// Not `new URL('../drizzle', import.meta.url)`: Vite rewrites that pattern into an asset address
// when the dashboard's tests (a browser-like environment) load this package. From source the
// folder is packages/db/drizzle; from the server's bundle, dist/drizzle.
export const migrationsFolder = bundled
  ? join(dirname(fileURLToPath(import.meta.url)), 'drizzle')
  : join(dirname(fileURLToPath(import.meta.url)), '..', 'drizzle');

export const migrationsTable = '__drizzle_migrations';

let known: readonly number[] | undefined;

/** The `when` of every migration of this build, oldest first. */
export function knownMigrations(): readonly number[] {
  if (!known) {
    const journal = JSON.parse(
      readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8'),
    );
    known = (journal.entries as { when: number }[]).map((e) => e.when).sort((a, b) => a - b);
  }
  return known;
}

/** The created_at of every migration applied to the database, or null when it has no record. */
export function appliedMigrations(sqlite: Database.Database): number[] | null {
  const table = sqlite
    .prepare("select 1 from sqlite_master where type = 'table' and name = ?")
    .get(migrationsTable);
  if (!table) return null;
  return sqlite
    .prepare(`select created_at from ${migrationsTable}`)
    .pluck()
    .all()
    .map((value) => Number(value));
}

/**
 * Migrations the database has had that this build does not carry: a newer Dossier wrote them.
 * Drizzle's migrator only compares against the latest created_at, so it would silently run this
 * build against a schema it does not understand. Rows are matched on created_at alone, not on
 * the file hash drizzle also stores: the hash changes when a checkout rewrites line endings.
 */
export function unknownMigrations(sqlite: Database.Database): number[] {
  const ours = new Set(knownMigrations());
  return (appliedMigrations(sqlite) ?? []).filter((when) => !ours.has(when));
}

/** True when the last migration applied to the database is this build's last. */
export function isSchemaCurrent(sqlite: Database.Database): boolean {
  const applied = appliedMigrations(sqlite);
  if (!applied || applied.length === 0) return false;
  return Math.max(...applied) === knownMigrations().at(-1);
}
