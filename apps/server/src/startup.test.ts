// Start-up refuses what it cannot serve, with a message that names the file and what to do.
import { chmodSync, copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@dossier/db';
import { afterAll, describe, expect, it } from 'vitest';
import { startProcess } from './test/process';

const dir = mkdtempSync(join(tmpdir(), 'dossier-startup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A real Dossier database made by this build, closed. */
function dossierDb(name: string): string {
  const path = join(dir, name);
  openDatabase(path).close();
  return path;
}

async function refused(args: string[], env: NodeJS.ProcessEnv = {}) {
  const server = startProcess(args, env);
  const code = await server.exited;
  return { code, output: server.output() };
}

describe('start-up refusals', { timeout: 30_000 }, () => {
  it('refuses a database written by a newer Dossier, naming the file', async () => {
    const path = dossierDb('newer.db');
    const Database = (await import('better-sqlite3')).default;
    const sqlite = new Database(path);
    sqlite
      .prepare('insert into __drizzle_migrations (hash, created_at) values (?, ?)')
      .run('f'.repeat(64), Date.now() + 1e9);
    sqlite.close();
    const { code, output } = await refused(['--port', '0', '--db', path]);
    expect(code).toBe(1);
    expect(output).toContain(path);
    expect(output).toMatch(/newer/i);
    expect(output).not.toMatch(/\n\s+at /);
  });

  it('refuses a file that is not a database, naming the file', async () => {
    const path = join(dir, 'notes.txt');
    writeFileSync(path, 'Meeting notes, not a database.\n'.repeat(200));
    const { code, output } = await refused(['--port', '0', '--db', path]);
    expect(code).toBe(1);
    expect(output).toContain(path);
    expect(output).toMatch(/not a Dossier database/i);
    expect(output).not.toMatch(/\n\s+at /);
  });

  it('refuses a database it cannot write, naming the file', async () => {
    const folder = mkdtempSync(join(dir, 'ro-'));
    const path = join(folder, 'dossier.db');
    copyFileSync(dossierDb('source-for-ro.db'), path);
    chmodSync(path, 0o444);
    chmodSync(folder, 0o555);
    // root writes through file modes, so the server runs as nobody there, as a service would.
    const asRoot = process.getuid?.() === 0;
    if (asRoot) chmodSync(dir, 0o755);
    const server = startProcess(
      ['--port', '0', '--db', path],
      {},
      asRoot ? { uid: 65534, gid: 65534 } : {},
    );
    const code = await server.exited;
    chmodSync(folder, 0o755);
    expect(code).toBe(1);
    expect(server.output()).toContain(path);
    expect(server.output()).toMatch(/cannot be written|read-only|not writable/i);
  });

  it('says where it creates a new database, and refuses to with --no-create', async () => {
    const missing = join(dir, 'typo', 'dossier.db');
    const { code, output } = await refused(['--port', '0', '--db', missing, '--no-create']);
    expect(code).toBe(1);
    expect(output).toContain(missing);
    expect(existsSync(missing)).toBe(false);

    const fresh = join(dir, 'fresh.db');
    const server = startProcess(['--port', '0', '--db', fresh]);
    await server.url;
    expect(server.output()).toContain(`Created a new database at ${fresh}`);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });

  it("prints the first admin's one-time sign-in link on the first start only, and not in the log", async () => {
    const path = join(dir, 'first.db');
    const first = startProcess(['--port', '0', '--db', path]);
    const url = await first.url;
    const link = new RegExp(`${url}/sign-in/link#(dsl_\\S+)`).exec(first.output());
    expect(link, first.output()).not.toBeNull();
    expect(first.output()).toMatch(/admin called "admin"/);
    // The log lines (JSON) never carry the secret.
    const logLines = first
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'));
    expect(logLines.join('\n')).not.toContain(link?.[1] ?? 'none');
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const again = startProcess(['--port', '0', '--db', path]);
    await again.url;
    expect(again.output()).not.toMatch(/sign-in\/link/);
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(0);
  });
});
