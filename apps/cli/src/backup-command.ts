// `pnpm dossier backup <file>` and `pnpm dossier restore <file>`: they work on the database file
// itself (--db), not through the server, so they run whether or not a server does.
import { backupDatabase, restoreDatabase } from '@dossier/db';
import { countOf } from '@dossier/domain';
import type { DataCommand } from './data-args';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const held = (c: { measures: number; stakeholders: number; sources: number }) =>
  [
    countOf(c.measures, 'en', 'measure', 'measures'),
    countOf(c.stakeholders, 'en', 'stakeholder', 'stakeholders'),
    countOf(c.sources, 'en', 'source', 'sources'),
  ].join(', ');

export function backupCommand(command: Extract<DataCommand, { name: 'backup' }>): string {
  const started = Date.now();
  const result = backupDatabase(command.db, command.file);
  return `Backed up ${command.db} to ${result.file} (${megabytes(result.bytes)}: ${held(result.contents)}) in ${((Date.now() - started) / 1000).toFixed(1)} s. It passed SQLite's integrity check.\n`;
}

export function restoreCommand(command: Extract<DataCommand, { name: 'restore' }>): string {
  const result = restoreDatabase(command.file, command.db);
  const lines = [`Restored ${command.file} into ${result.db} (${held(result.contents)}).`];
  if (result.migrationsApplied > 0)
    lines.push(
      `It was made by an older Dossier: ${result.migrationsApplied} schema migration(s) brought it up to date.`,
    );
  lines.push(
    result.previous
      ? `The database that was there is kept as ${result.previous}; delete it once you are sure.`
      : 'There was no database at that path before.',
  );
  return `${lines.join('\n')}\n`;
}
