// Starts `main.ts` as its own process, as an operator would, and reads what it prints.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

export interface ServerProcess {
  child: ChildProcess;
  /** The server's base address once it prints it; rejects when the process exits first. */
  url: Promise<string>;
  exited: Promise<number | null>;
  output(): string;
}

export function startProcess(
  args: string[],
  env: NodeJS.ProcessEnv = {},
  as: { uid?: number; gid?: number } = {},
): ServerProcess {
  const child = spawn(
    process.execPath,
    // `--import tsx` keeps the server in this very process (the tsx command would run it in a
    // child of its own), so a signal sent to `child` reaches the server itself.
    ['--import', 'tsx', join(import.meta.dirname, '..', 'main.ts'), ...args],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      ...as,
      env: { ...process.env, DOSSIER_ADMIN_TOKEN: '', DOSSIER_TOKEN: '', HOST: '', ...env },
    },
  );
  let out = '';
  child.stdout?.on('data', (chunk) => {
    out += chunk;
  });
  child.stderr?.on('data', (chunk) => {
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
  // Nobody waits on the url of a server that is meant to fail at start.
  url.catch(() => {});
  return { child, url, exited, output: () => out };
}
