// The `dossier` command and the server as an operator runs them: child processes, with what
// they print, and a server process that a test may kill.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type ServerProcess, startProcess } from '@dossier/server/testing';

/**
 * Where `--import tsx` resolves. Not the `tsx` command: it runs the script in a child process of
 * its own, so a SIGKILL would end the wrapper and leave the server running.
 */
const packageDir = fileURLToPath(new URL('../..', import.meta.url));
const main = fileURLToPath(new URL('../main.ts', import.meta.url));

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

/**
 * The operator's DOSSIER_ADMIN_TOKEN of the servers these tests start: an admin credential (the audit
 * log names it "server token"). Every request needs a credential, reads too.
 */
export const serverToken = 'cli-test-server-token-0123456789';

/** The CLI's environment when it acts as the operator, with the server's token. */
export const asOperator = { DOSSIER_TOKEN: serverToken } as const;

/**
 * A server process on a database file, as `pnpm start` runs it (the server's own test helper),
 * with `serverToken` as its DOSSIER_ADMIN_TOKEN.
 */
export const serverProcess = (db: string, extra: string[] = []): ServerProcess =>
  startProcess(['--port', '0', '--db', db, ...extra], { DOSSIER_ADMIN_TOKEN: serverToken });
