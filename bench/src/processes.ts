// The two servers under test, each a child process whose pid is the server itself (node
// --import tsx, not the tsx launcher, so /proc/<pid> is the process that answers).
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const repoRoot = join(import.meta.dirname, '..', '..');

/**
 * Every request of the benchmarks is signed in, as a team's are: with the server's own token
 * (DOSSIER_ADMIN_TOKEN), which costs a digest per request and no database read. The baseline ignores it.
 */
export const benchToken = 'bench-server-token-not-a-secret';
export const authHeaders = { authorization: `Bearer ${benchToken}` };
const serverDir = join(repoRoot, 'apps', 'server');

export interface Running {
  name: string;
  url: string;
  pid: number;
  /** From spawn to the first 200 from /healthz. */
  startMs: number;
  /** How the process was started, for the results file. */
  command: string;
  stop: () => Promise<void>;
}

/** The production build if the server has one (dist/main.js), else its source through tsx. */
export function serverCommand(): { args: string[]; label: string } {
  for (const built of ['dist/main.js', 'dist/main.mjs']) {
    const file = join(serverDir, built);
    if (existsSync(file)) return { args: [file], label: `node apps/server/${built}` };
  }
  return {
    args: ['--import', 'tsx', join(serverDir, 'src', 'main.ts')],
    label: 'node --import tsx apps/server/src/main.ts',
  };
}

async function ready(url: string, child: ChildProcess, started: number): Promise<number> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the process exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/healthz`);
      await res.arrayBuffer();
      if (res.ok) return performance.now() - started;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 10));
  }
}

function start(
  name: string,
  args: string[],
  cwd: string,
  pattern: RegExp,
  command: string,
): Promise<Running> {
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DOSSIER_ADMIN_TOKEN: benchToken, HOST: '', NODE_ENV: 'production' },
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk;
      const match = pattern.exec(out);
      if (!match?.[1]) return;
      child.stdout?.off('data', onData);
      child.stdout?.resume();
      const url = match[1];
      ready(url, child, started).then(
        (startMs) =>
          resolve({
            name,
            url,
            pid: child.pid!,
            startMs,
            command,
            stop: () =>
              new Promise((done) => {
                if (child.exitCode !== null) return done();
                child.once('exit', () => done());
                child.kill('SIGTERM');
              }),
          }),
        reject,
      );
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk) => {
      out += chunk;
    });
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code}: ${out}`)));
  });
}

export function startDossier(db: string, options: { create?: boolean } = {}): Promise<Running> {
  const { args, label } = serverCommand();
  return start(
    'dossier',
    [...args, '--port', '0', '--db', db, '--no-seed', ...(options.create ? [] : ['--no-create'])],
    serverDir,
    /API\s+(http:\/\/\S+)\/trpc/,
    label,
  );
}

export function startBaseline(db: string): Promise<Running> {
  return start(
    'baseline',
    ['--import', 'tsx', join(import.meta.dirname, 'baseline', 'server.ts'), '--db', db],
    join(import.meta.dirname, '..'),
    /baseline (http:\/\/\S+)/,
    'node --import tsx bench/src/baseline/server.ts',
  );
}
