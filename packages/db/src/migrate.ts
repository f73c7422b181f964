// Bringing a database's schema up to date: drizzle's migrator over the committed migrations, with
// what it cannot do itself around it.
import { canonicalFreeText, type IdentifierScheme, parseIdentifier } from '@dossier/domain';
import type Database from 'better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { appliedMigrations, migrationsFolder } from './migrations';
import type { Db } from './open';
import { writeTransaction } from './write';

/**
 * Applies the pending migrations. SQLite changes a column only by copying its table (create,
 * copy, drop, rename); with foreign keys on, dropping `measures` would first delete every row
 * that refers to it (ON DELETE CASCADE). The `PRAGMA foreign_keys=OFF` drizzle-kit writes into
 * such a migration does nothing inside the migrator's transaction, so foreign keys are off for
 * the whole run, as SQLite's procedure for table changes says, and checked afterwards. The
 * caller turns them back on.
 */
export function applyMigrations(db: Db, sqlite: Database.Database): void {
  sqlite.pragma('foreign_keys = OFF');
  const before = appliedMigrations(sqlite)?.length ?? 0;
  migrate(db, { migrationsFolder });
  // The check reads every row of every table (4.7 s at 100,000 measures): only a migration can
  // have broken a reference here, so it runs when one was applied.
  const migrated = (appliedMigrations(sqlite)?.length ?? 0) !== before;
  const broken = migrated
    ? (sqlite.pragma('foreign_key_check') as { table: string; parent: string }[])
    : [];
  if (broken.length > 0) {
    const first = broken[0]!;
    throw new Error(
      `After migrating, ${broken.length} row(s) refer to records that do not exist (first: a row of ${first.table} pointing into ${first.parent}). Restore the backup taken before this upgrade and report it.`,
    );
  }
  canonicalizeLegacyIdentifiers(db, sqlite);
}

/**
 * Identifiers recorded before canonical forms were carried over by migration 0003 with the
 * placeholder `legacy:<id>`: the parser that gives the canonical form lives in TypeScript, not in
 * SQL. Each gets its form here, once. One whose form another identifier of its scheme already
 * holds (two written forms of one number, recorded apart) keeps its placeholder, so nothing is
 * dropped; it is still found by its written form, and the next start tries again.
 */
export function canonicalizeLegacyIdentifiers(db: Db, sqlite: Database.Database): void {
  const pending = sqlite
    .prepare(
      "select id, scheme, value from measure_identifiers where canonical like 'legacy:%' order by created_at, id",
    )
    .all() as { id: string; scheme: IdentifierScheme; value: string }[];
  if (pending.length === 0) return;
  const taken = sqlite.prepare(
    'select 1 from measure_identifiers where scheme = ? and canonical = ? and id <> ?',
  );
  const set = sqlite.prepare('update measure_identifiers set canonical = ? where id = ?');
  // The statements run on the same connection, so inside this transaction.
  writeTransaction(db, () => {
    for (const row of pending) {
      const parsed = parseIdentifier(row.scheme, row.value);
      const canonical = parsed.ok ? parsed.canonical : canonicalFreeText(row.value);
      if (!taken.get(row.scheme, canonical, row.id)) set.run(canonical, row.id);
    }
  });
}
