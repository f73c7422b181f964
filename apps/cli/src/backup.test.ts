// `pnpm dossier backup` while the server runs, and `restore`, which waits for it to stop.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@dossier/db';
import { afterAll, describe, expect, it } from 'vitest';
import { dossier, serverProcess, serverToken } from './test/run';

const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const measures = (path: string) => {
  const d = openDatabase(path, { readonly: true });
  try {
    return d.sqlite.prepare('select slug from measures order by slug').pluck().all() as string[];
  } finally {
    d.close();
  }
};

describe('dossier backup and restore', () => {
  it('backs up a running server’s database, and restores it once the server is stopped', {
    timeout: 60_000,
  }, async () => {
    const live = join(dir, 'data', 'dossier.db');
    const server = serverProcess(live);
    const url = await server.url;

    // The default database is the server's: ./data/dossier.db where the command starts.
    const backup = await dossier(['backup', 'monday.db'], dir);
    expect(backup).toMatchObject({ code: 0, stderr: '' });
    expect(backup.stdout).toMatch(
      new RegExp(
        `^Backed up ${live} to ${join(dir, 'monday.db')} \\([\\d.]+ MB: \\d+ measures, \\d+ stakeholders, \\d+ sources?\\) in [\\d.]+ s\\. It passed SQLite's integrity check\\.\\n$`,
      ),
    );
    expect(measures(join(dir, 'monday.db'))).toEqual(measures(live));

    const again = await dossier(['backup', 'monday.db'], dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('monday.db already exists; nothing was written.');

    // A measure recorded after the backup, which the restore takes back.
    const created = await fetch(`${url}/trpc/measures.create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${serverToken}` },
      body: JSON.stringify({
        slug: 'after-the-backup',
        title: 'After',
        kind: 'letter',
        jurisdiction: 'FR',
      }),
    });
    expect(created.status).toBe(200);

    const refused = await dossier(['restore', 'monday.db'], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${live} is open in process ${server.child.pid} (`);
    expect(refused.stderr).toContain(
      'stop the Dossier server first, then run the restore again. Nothing was changed.',
    );
    expect(measures(live)).toContain('after-the-backup');

    server.child.kill('SIGTERM');
    await server.exited;
    const restored = await dossier(['restore', 'monday.db', '--db', live], dir);
    expect(restored).toMatchObject({ code: 0, stderr: '' });
    expect(restored.stdout).toMatch(
      /^Restored .*monday\.db into .*dossier\.db \(\d+ measures, \d+ stakeholders, \d+ sources?\)\.\nThe database that was there is kept as .*dossier\.db\.before-restore-\d{8}T\d{6}Z; delete it once you are sure\.\n$/,
    );
    expect(measures(live)).not.toContain('after-the-backup');
    const kept = /kept as (\S+);/.exec(restored.stdout)?.[1];
    expect(kept && existsSync(kept)).toBe(true);
    expect(measures(kept!)).toContain('after-the-backup');
  });

  it('refuses to restore a file that is not a Dossier database', async () => {
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'not a database at all\n'.repeat(100));
    const run = await dossier(['restore', 'notes.txt', '--db', 'other.db'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `Cannot restore: ${notes} is not a Dossier database: it is not an SQLite file at all (SQLite says "file is not a database"). Nothing was changed.\n`,
    );
    expect(existsSync(join(dir, 'other.db'))).toBe(false);
  });
});
