// Real database files for tests, in folders removed after each test.
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openDatabase } from '../open';

const folders: string[] = [];

afterEach(() => {
  for (const folder of folders.splice(0)) {
    if (existsSync(folder)) chmodSync(folder, 0o700);
    rmSync(folder, { recursive: true, force: true });
  }
});

/** A new empty folder, removed after the test. */
export function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'dossier-db-'));
  folders.push(folder);
  return folder;
}

/** A real Dossier database file made by this build, closed; `fill` runs on it first. */
export function dossierFile(fill?: (database: ReturnType<typeof openDatabase>) => void): string {
  const path = join(tempFolder(), 'dossier.db');
  const database = openDatabase(path);
  fill?.(database);
  database.close();
  return path;
}

export const runsAsRoot = process.getuid?.() === 0;
const nobody = 65534;

/**
 * Runs `fn` with the effective user nobody when the tests run as root, because root writes
 * through file modes and a chmod would prove nothing. The real user stays root, so it can be
 * switched back; the folders on the way must be open to nobody.
 */
export function asOrdinaryUser<T>(fn: () => T): T {
  if (!runsAsRoot) return fn();
  process.setegid!(nobody);
  process.seteuid!(nobody);
  try {
    return fn();
  } finally {
    process.seteuid!(0);
    process.setegid!(0);
  }
}
