// pnpm bench:import [--measures 10000] — how fast `pnpm dossier import` takes a generated file:
// a real server process on a scratch database, the real CLI as another process, over HTTP in
// batches. Prints records per second for the first import (everything created) and for the
// same file again (everything unchanged), and how long the export back takes. Nothing is
// asserted: the figures depend on the machine.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { syntheticInterchangeText } from '@dossier/db/seed';

const { values } = parseArgs({ options: { measures: { type: 'string', default: '10000' } } });
const measures = Number(values.measures);
const require = createRequire(import.meta.url);
const tsx = require.resolve('tsx/cli');
const serverMain = join(
  require.resolve('@dossier/server/package.json').replace(/package\.json$/, ''),
  'src',
  'main.ts',
);
const cliMain = join(import.meta.dirname, '..', '..', 'apps', 'cli', 'src', 'main.ts');
const dir = mkdtempSync(join(tmpdir(), 'dossier-import-bench-'));

function startServer(db: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [tsx, serverMain, '--port', '0', '--db', db, '--no-seed'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, DOSSIER_TOKEN: '', HOST: '' },
  });
  let out = '';
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /API\s+(http:\/\/\S+)\/trpc/.exec(out);
      if (match?.[1]) {
        child.stdout.removeAllListeners('data');
        child.stdout.resume();
        resolve({
          url: match[1],
          stop: () =>
            new Promise((done) => {
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}

/** Runs the CLI as a person would; returns its output and how long it took. */
async function dossier(args: string[]): Promise<{ seconds: number; stdout: string }> {
  const started = performance.now();
  const child = spawn(process.execPath, [tsx, cliMain, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, DOSSIER_URL: '', DOSSIER_TOKEN: '', INIT_CWD: dir },
  });
  let stdout = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  const [code] = await once(child, 'exit');
  if (code !== 0) throw new Error(`dossier ${args.join(' ')} exited with ${code}:\n${stdout}`);
  return { seconds: (performance.now() - started) / 1000, stdout };
}

async function main() {
  const file = join(dir, `synthetic-${measures}.json`);
  const out = createWriteStream(file);
  for await (const chunk of syntheticInterchangeText(measures))
    if (!out.write(chunk)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
  const records =
    measures * 2 + Math.floor(measures / 10) + Math.floor(measures / 20) + 3 + 40 + 10 + 40 + 1;
  console.log(
    `File: ${measures} measures (2 events, 3 claims each), ${records} records, ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB`,
  );

  const server = await startServer(join(dir, 'dossier.db'));
  try {
    const first = await dossier(['import', file, '--url', server.url]);
    const again = await dossier(['import', file, '--url', server.url]);
    const exported = await dossier([
      'export',
      '--url',
      server.url,
      '--out',
      join(dir, 'back.json'),
    ]);
    const rate = (seconds: number) => Math.round(records / seconds).toLocaleString('en');
    console.log(first.stdout.trim());
    console.log('');
    console.log(
      `first import (all created)      ${first.seconds.toFixed(1)} s   ${rate(first.seconds)} records/s   ${Math.round(measures / first.seconds)} measures/s`,
    );
    console.log(
      `same file again (all unchanged) ${again.seconds.toFixed(1)} s   ${rate(again.seconds)} records/s`,
    );
    console.log(`export of the result            ${exported.seconds.toFixed(1)} s`);
    console.log(
      '(wall-clock times of the CLI process, start-up included: HTTP, validation on both sides, one transaction per batch)',
    );
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
