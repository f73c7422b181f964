// The `dossier` command and the server as an operator runs them: child processes, with what
// they print, and a server process that a test may kill.
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
/**
 * Where `--import tsx` resolves. Not the `tsx` command: it runs the script in a child process of
 * its own, so a SIGKILL would end the wrapper and leave the server running.
 */
const packageDir = fileURLToPath(new URL('../..', import.meta.url));
const main = fileURLToPath(new URL('../main.ts', import.meta.url));
const serverMain = join(
  require.resolve('@dossier/server/package.json').replace(/package\.json$/, ''),
  'src',
  'main.ts',
);

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI without any DOSSIER_* setting of this shell; paths are taken from `cwd`. */
export function dossier(
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<Run> {
  const {
    DOSSIER_URL: _u,
    DOSSIER_TOKEN: _t,
    DOSSIER_DB: _d,
    INIT_CWD: _i,
    ...inherited
  } = process.env;
  return new Promise((resolve, reject) => {
    // As under `pnpm dossier`: started elsewhere, paths taken from INIT_CWD.
    const child = spawn(process.execPath, ['--import', 'tsx', main, ...args], {
      cwd: packageDir,
      env: { ...inherited, INIT_CWD: cwd, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export interface ServerProcess {
  child: ChildProcess;
  url: Promise<string>;
  exited: Promise<number | null>;
}

/** A server process on a database file, as `pnpm start` runs it. */
export function serverProcess(db: string, extra: string[] = []): ServerProcess {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', serverMain, '--port', '0', '--db', db, ...extra],
    {
      cwd: packageDir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, DOSSIER_TOKEN: '', HOST: '' },
    },
  );
  let out = '';
  child.stdout!.on('data', (chunk) => {
    out += chunk;
  });
  child.stderr!.on('data', (chunk) => {
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
    }, 25);
    exited.then(() => {
      clearInterval(timer);
      reject(new Error(`server exited: ${out}`));
    });
  });
  url.catch(() => {});
  return { child, url, exited };
}
