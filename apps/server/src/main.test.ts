import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const tsx = createRequire(import.meta.url).resolve('tsx/cli');
const dir = mkdtempSync(join(tmpdir(), 'dossier-main-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function start(args: string[]) {
  const child = spawn(process.execPath, [tsx, join(import.meta.dirname, 'main.ts'), ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (chunk) => {
    out += chunk;
  });
  child.stderr.on('data', (chunk) => {
    out += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /API\s+(http:\/\/\S+)\/trpc/.exec(out);
      if (match?.[1]) {
        clearInterval(timer);
        resolve(match[1]);
      }
    }, 50);
    exited.then(() => {
      clearInterval(timer);
      reject(new Error(`server exited: ${out}`));
    });
  });
  // Nobody waits on the url of a server that is meant to fail at start.
  url.catch(() => {});
  return { child, url, exited, output: () => out };
}

describe('the dossier server process', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`closes the server and the database cleanly on ${signal}`, { timeout: 30_000 }, async () => {
      const db = join(dir, `${signal}.db`);
      const server = start(['--port', '0', '--db', db]);
      const url = await server.url;
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      server.child.kill(signal);
      expect(await server.exited).toBe(0);
      expect(server.output()).toContain(`${signal}: closing the server and the database.`);
      // A cleanly closed WAL database leaves no -wal file behind.
      expect(existsSync(`${db}-wal`)).toBe(false);
    });
  }

  it('exits with a clear message on a bad flag', { timeout: 30_000 }, async () => {
    const server = start(['--port', 'seventy']);
    expect(await server.exited).toBe(2);
    expect(server.output()).toMatch(/PORT must be a whole number/);
    expect(server.output()).not.toMatch(/\n\s+at /);
  });
});
