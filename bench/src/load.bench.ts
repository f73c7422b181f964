// pnpm bench:load [--clients 100] [--seconds 30] — many clients mixing reads and writes
// against a real server process on a scratch database. It reports every 5xx and checks, after
// the run, that every write the server acknowledged is in the file. Latencies are printed
// beside /healthz's, measured in the same run, never asserted.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '@dossier/db';
import { authHeaders, benchToken } from './processes';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '100' },
    seconds: { type: 'string', default: '30' },
  },
});
const clients = Number(values.clients);
const seconds = Number(values.seconds);
const require = createRequire(import.meta.url);
const tsx = require.resolve('tsx/cli');
const main = join(
  require.resolve('@dossier/server/package.json').replace(/package\.json$/, ''),
  'src',
  'main.ts',
);

function startServerProcess(db: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [tsx, main, '--port', '0', '--db', db], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, DOSSIER_ADMIN_TOKEN: benchToken, HOST: '' },
  });
  let out = '';
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /API\s+(http:\/\/\S+)\/trpc/.exec(out);
      if (match?.[1]) {
        child.stdout.removeAllListeners('data');
        child.stdout.resume(); // request lines are not needed; keep the pipe drained
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

type Kind =
  | 'health'
  | 'list'
  | 'brief'
  | 'stakeholders'
  | 'createMeasure'
  | 'createSource'
  | 'updateMeasure';

const q = (value: unknown) => encodeURIComponent(JSON.stringify(value));
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? Number.NaN;

async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-load-'));
  const db = join(dir, 'dossier.db');
  const server = await startServerProcess(db);
  const latencies = new Map<Kind, number[]>();
  const statuses = new Map<number, number>();
  const serverErrors: string[] = [];
  const acknowledged: string[] = [];
  const deadline = performance.now() + seconds * 1000;
  let counter = 0;

  const call = async (kind: Kind, path: string, body?: unknown) => {
    const started = performance.now();
    let status = 0;
    try {
      const res = await fetch(
        `${server.url}${path}`,
        body === undefined
          ? { headers: authHeaders }
          : {
              method: 'POST',
              headers: { 'content-type': 'application/json', ...authHeaders },
              body: JSON.stringify(body),
            },
      );
      status = res.status;
      const text = await res.text();
      if (status >= 500) serverErrors.push(`${kind} ${status} ${text.slice(0, 200)}`);
      return { status, text };
    } catch (error) {
      serverErrors.push(`${kind} network error: ${(error as Error).message}`);
      return { status, text: '' };
    } finally {
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      const list = latencies.get(kind) ?? [];
      list.push(performance.now() - started);
      latencies.set(kind, list);
    }
  };

  const client = async (n: number) => {
    while (performance.now() < deadline) {
      const roll = (counter++ * 7 + n) % 20;
      if (roll < 2) await call('health', '/healthz');
      else if (roll < 8) await call('list', `/trpc/measures.list?input=${q({ limit: 50 })}`);
      else if (roll < 12)
        await call(
          'brief',
          `/trpc/measures.get?input=${q({ ref: 'fr-de-encrypted-messaging-access-2016' })}`,
        );
      else if (roll < 14) await call('stakeholders', `/trpc/stakeholders.list?input=${q({})}`);
      else if (roll < 17) {
        const slug = `load-${n}-${counter}`;
        const res = await call('createMeasure', '/trpc/measures.create', {
          slug,
          title: `Load measure ${slug}`,
          kind: 'regulation',
          jurisdiction: 'EU',
          stage: 'proposal',
          identifiers: [{ scheme: 'other', value: `${slug}-id` }],
        });
        if (res.status === 200) acknowledged.push(slug);
      } else if (roll < 19)
        await call('createSource', '/trpc/sources.create', {
          title: `Load source ${n}`,
          publisher: 'Load',
          kind: 'news',
        });
      else {
        // Two clients editing the same measure: some get CONFLICT (409), none a 5xx.
        const brief = await call(
          'brief',
          `/trpc/measures.get?input=${q({ ref: 'fr-de-encrypted-messaging-access-2016' })}`,
        );
        const measure = JSON.parse(brief.text || '{}')?.result?.data?.measure;
        if (measure)
          await call('updateMeasure', '/trpc/measures.update', {
            id: measure.id,
            version: measure.version,
            summary: `Edited under load by client ${n} at ${counter}.`,
          });
      }
    }
  };

  console.log(`bench:load — ${clients} clients for ${seconds} s against a server process on ${db}`);
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, (_, n) => client(n)));
  const elapsed = (performance.now() - started) / 1000;
  await server.stop();

  const database = openDatabase(db, { create: false });
  const sqlite = database.sqlite;
  const stored = new Set(
    sqlite.prepare("select slug from measures where slug like 'load-%'").pluck().all() as string[],
  );
  const lost = acknowledged.filter((slug) => !stored.has(slug));
  const integrity = sqlite.pragma('integrity_check', { simple: true });
  database.close();
  rmSync(dir, { recursive: true, force: true });

  const total = [...statuses.values()].reduce((a, b) => a + b, 0);
  const healthP50 = percentile(
    [...(latencies.get('health') ?? [])].sort((a, b) => a - b),
    50,
  );
  console.log(
    `\n${total} requests in ${elapsed.toFixed(1)} s: ${(total / elapsed).toFixed(0)} req/s`,
  );
  console.log('| request | count | p50 ms | p99 ms | p50 / healthz p50 |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const [kind, list] of latencies) {
    const sorted = [...list].sort((a, b) => a - b);
    const p50 = percentile(sorted, 50);
    console.log(
      `| ${kind} | ${list.length} | ${p50.toFixed(1)} | ${percentile(sorted, 99).toFixed(1)} | ${(p50 / healthP50).toFixed(2)} |`,
    );
  }
  console.log(
    `statuses: ${[...statuses]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${s}: ${n}`)
      .join(', ')}`,
  );
  console.log(`5xx and network errors: ${serverErrors.length}`);
  for (const line of serverErrors.slice(0, 10)) console.log(`  ${line}`);
  console.log(
    `acknowledged measure writes: ${acknowledged.length}, missing from the file: ${lost.length}`,
  );
  console.log(`integrity_check: ${integrity}`);
  if (serverErrors.length > 0 || lost.length > 0 || integrity !== 'ok') process.exitCode = 1;
}

await run();
