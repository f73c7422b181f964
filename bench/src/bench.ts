// pnpm bench [--tier M|L|S] [--duration s] [--only name] [--rounds 3] [--soak minutes]
// Measured speed at scale: the real server (apps/server, started as production starts it) and
// a baseline (bench/src/baseline: node:http and hand-written SQL) side by side on the same
// generated database, in the same run. For each request: autocannon with 10 connections, a
// warm-up, three rounds each, median and spread of requests per second, p50/p99 latency, and the
// server's CPU per request read from /proc/<pid>/stat. Then the import rate against a raw
// batched insert of the same rows, start-up to a ready /healthz, RSS after the run (and over a
// soak). Results go to bench/results/<tier>-<date>.json. Nothing is asserted: ratios against
// the baseline of the same run are what to read.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type TierName, tierNames, tiers } from '@dossier/db/seed';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { importRate } from './import-rate';
import { cpuMs, rssMb } from './proc';
import { authHeaders, type Running, startBaseline, startDossier } from './processes';
import { tierBriefSlug, tierDatabase } from './tier-db';

const { values } = parseArgs({
  options: {
    tier: { type: 'string', default: 'M' },
    seed: { type: 'string', default: '1' },
    duration: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '10' },
    only: { type: 'string', multiple: true },
    soak: { type: 'string' },
    regenerate: { type: 'boolean', default: false },
  },
  args: process.argv.slice(2).filter((a) => a !== '--'),
});
const tier = values.tier.toUpperCase() as TierName;
if (!tierNames.includes(tier)) throw new Error(`--tier takes ${tierNames.join(', ')}`);
const seed = Number(values.seed);
const duration = Number(values.duration);
const rounds = Number(values.rounds);
const connections = Number(values.connections);
const only = values.only?.flatMap((o) => o.split(','));
const wanted = (name: string) => !only || only.some((o) => name.includes(o));

const resultsDir = join(import.meta.dirname, '..', 'results');

const input = (value: unknown) => encodeURIComponent(JSON.stringify(value));

interface Case {
  name: string;
  path: string;
}
/** A procedure reference the database holds, written the way people paste it ("2012/101/cod"). */
function someProcedure(file: string): string {
  const db = new Database(file, { readonly: true });
  const value = db
    .prepare(
      "select value from measure_identifiers where scheme = 'procedure_ref' order by rowid limit 1 offset ?",
    )
    .pluck()
    .get(Math.floor(tiers[tier].measures / 4)) as string;
  db.close();
  return value;
}
let procedure = '';
const cases: Case[] = [
  {
    name: 'measures.get',
    path: `/trpc/measures.get?input=${input({ ref: tierBriefSlug(tiers[tier].measures, seed) })}`,
  },
  {
    name: 'measures.get (identifier)',
    get path() {
      return `/trpc/measures.get?input=${input({ ref: procedure })}`;
    },
  },
  { name: 'measures.list', path: `/trpc/measures.list?input=${input({})}` },
  {
    name: 'measures.list stage',
    path: `/trpc/measures.list?input=${input({ stage: ['negotiation'] })}`,
  },
  {
    name: 'measures.list text',
    path: `/trpc/measures.list?input=${input({ q: 'digital identity' })}`,
  },
  { name: 'measures.stageCounts', path: `/trpc/measures.stageCounts?input=${input({})}` },
  { name: 'stakeholders.list', path: `/trpc/stakeholders.list?input=${input({})}` },
  { name: 'systems.list', path: `/trpc/systems.list?input=${input({})}` },
  { name: 'search.query', path: `/trpc/search.query?input=${input({ q: 'passenger records' })}` },
];

interface Round {
  rps: number;
  p50: number;
  p99: number;
  cpuMsPerRequest: number;
  errors: number;
  non2xx: number;
}

async function round(server: Running, path: string, seconds: number): Promise<Round> {
  const before = cpuMs(server.pid);
  const result = await autocannon({
    url: `${server.url}${path}`,
    connections,
    duration: seconds,
    headers: authHeaders,
  });
  const cpu = cpuMs(server.pid) - before;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuMsPerRequest: cpu / Math.max(result.requests.total, 1),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

const median = (list: number[]) => {
  const sorted = [...list].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const spread = (list: number[]) => {
  const m = median(list);
  return m ? (Math.max(...list) - Math.min(...list)) / m : 0;
};
const summary = (list: Round[]) => ({
  rps: median(list.map((r) => r.rps)),
  rpsSpread: spread(list.map((r) => r.rps)),
  p50: median(list.map((r) => r.p50)),
  p99: median(list.map((r) => r.p99)),
  cpuMsPerRequest: median(list.map((r) => r.cpuMsPerRequest)),
  errors: list.reduce((a, r) => a + r.errors + r.non2xx, 0),
  rounds: list,
});

async function soak(server: Running, minutes: number) {
  const samples: { atS: number; rssMb: number }[] = [];
  const started = performance.now();
  const until = started + minutes * 60_000;
  const sample = () =>
    samples.push({ atS: (performance.now() - started) / 1000, rssMb: rssMb(server.pid) });
  sample();
  const timer = setInterval(sample, 10_000);
  let i = 0;
  while (performance.now() < until) {
    const c = cases[i++ % cases.length]!;
    await autocannon({
      url: `${server.url}${c.path}`,
      connections,
      duration: 10,
      headers: authHeaders,
    });
  }
  clearInterval(timer);
  sample();
  const rss = samples.map((s) => s.rssMb);
  return { minutes, samples, firstMb: rss[0], lastMb: rss.at(-1), maxMb: Math.max(...rss) };
}

const machine = () => ({
  os: `${os.type()} ${os.release()} ${os.arch()}`,
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cpus: os.cpus().length,
  memoryGb: Math.round(os.totalmem() / 1024 ** 3),
  node: process.version,
  loadAverage: os.loadavg(),
});

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });

async function main() {
  const { file, generatedSeconds } = tierDatabase(tier, seed, values.regenerate);
  procedure = someProcedure(file);
  // Start-up first, before anything warms the page cache further: the real server, then the baseline.
  const dossier = await startDossier(file);
  const baseline = await startBaseline(file);
  console.log(
    `tier ${tier}: ${file}\n  dossier  ${dossier.command} (pid ${dossier.pid}), ready in ${fmt(dossier.startMs)} ms\n  baseline ${baseline.command} (pid ${baseline.pid}), ready in ${fmt(baseline.startMs)} ms`,
  );
  const results: Record<string, unknown>[] = [];
  try {
    for (const c of cases.filter((c) => wanted(c.name))) {
      // Both answer the request first: a failure shows here, not as a fast 404 in the table.
      for (const server of [dossier, baseline]) {
        const res = await fetch(`${server.url}${c.path}`, { headers: authHeaders });
        const body = await res.text();
        if (!res.ok)
          throw new Error(`${server.name} ${c.name}: ${res.status} ${body.slice(0, 300)}`);
      }
      const bytes = {
        dossier: (
          await (await fetch(`${dossier.url}${c.path}`, { headers: authHeaders })).arrayBuffer()
        ).byteLength,
        baseline: (
          await (await fetch(`${baseline.url}${c.path}`, { headers: authHeaders })).arrayBuffer()
        ).byteLength,
      };
      const warm = Math.max(1, Math.round(duration / 3));
      await round(dossier, c.path, warm);
      await round(baseline, c.path, warm);
      const d: Round[] = [];
      const b: Round[] = [];
      for (let r = 0; r < rounds; r++) {
        // Alternated, so that a neighbour's load falls on both alike.
        d.push(await round(dossier, c.path, duration));
        b.push(await round(baseline, c.path, duration));
      }
      const row = { name: c.name, path: c.path, bytes, dossier: summary(d), baseline: summary(b) };
      results.push(row);
      console.log(
        `  ${c.name}: ${fmt(row.dossier.rps)} req/s vs ${fmt(row.baseline.rps)} (${fmt(row.dossier.rps / row.baseline.rps, 2)})`,
      );
    }
    const rssAfter = { dossierMb: rssMb(dossier.pid), baselineMb: rssMb(baseline.pid) };
    const soakResult = values.soak ? await soak(dossier, Number(values.soak)) : null;
    await baseline.stop();
    await dossier.stop();
    const imports = wanted('import') ? await importRate(tier === 'S' ? 200 : 1000, seed) : null;

    const out = {
      tier,
      seed,
      size: tiers[tier],
      database: file,
      generatedSeconds,
      date: new Date().toISOString(),
      machine: machine(),
      settings: {
        duration,
        rounds,
        connections,
        warmUpSeconds: Math.max(1, Math.round(duration / 3)),
      },
      server: dossier.command,
      startup: { dossierMs: dossier.startMs, baselineMs: baseline.startMs },
      requests: results,
      rssAfter,
      soak: soakResult,
      imports,
    };
    mkdirSync(resultsDir, { recursive: true });
    const part = only ? `-only-${only.join('+').replace(/[^\w.+-]+/g, '_')}` : '';
    const resultFile = join(resultsDir, `${tier}-${out.date.slice(0, 10)}${part}.json`);
    writeFileSync(resultFile, `${JSON.stringify(out, null, 2)}\n`);
    // In the repository's format, so that `biome check` passes over the kept results.
    spawnSync(join(import.meta.dirname, '..', 'node_modules', '.bin', 'biome'), [
      'format',
      '--write',
      resultFile,
    ]);

    console.log(
      `\nTier ${tier} (${fmt(tiers[tier].measures)} measures), ${connections} connections, ${rounds} rounds of ${duration} s, medians; ${out.machine.cpus} × ${out.machine.cpu}, node ${process.version}\n`,
    );
    console.log(
      '| request | Dossier req/s (p50/p99 ms) | baseline req/s (p50/p99 ms) | ratio | CPU ms/req Dossier / baseline |',
    );
    console.log('| --- | ---: | ---: | ---: | ---: |');
    for (const r of results as {
      name: string;
      dossier: ReturnType<typeof summary>;
      baseline: ReturnType<typeof summary>;
    }[])
      console.log(
        `| ${r.name} | ${fmt(r.dossier.rps)} ±${fmt(r.dossier.rpsSpread * 50)}% (${fmt(r.dossier.p50)}/${fmt(r.dossier.p99)}) | ${fmt(r.baseline.rps)} ±${fmt(r.baseline.rpsSpread * 50)}% (${fmt(r.baseline.p50)}/${fmt(r.baseline.p99)}) | ${fmt(r.dossier.rps / r.baseline.rps, 2)} | ${fmt(r.dossier.cpuMsPerRequest, 2)} / ${fmt(r.baseline.cpuMsPerRequest, 2)} |`,
      );
    if (imports)
      console.log(
        `| import (${fmt(imports.records)} records, ${fmt(imports.rows)} rows) | ${fmt(imports.dossier.rowsPerSecond)} rows/s (${fmt(imports.dossier.seconds, 1)} s) | ${fmt(imports.raw.rowsPerSecond)} rows/s raw insert (${fmt(imports.raw.seconds, 1)} s) | ${fmt(imports.dossier.rowsPerSecond / imports.raw.rowsPerSecond, 2)} | |`,
      );
    console.log(
      `| start-up to ready /healthz | ${fmt(dossier.startMs)} ms | ${fmt(baseline.startMs)} ms | ${fmt(baseline.startMs / dossier.startMs, 2)} | |`,
    );
    console.log(
      `| RSS after the run | ${fmt(rssAfter.dossierMb)} MB | ${fmt(rssAfter.baselineMb)} MB | | |`,
    );
    if (soakResult)
      console.log(
        `\nsoak ${soakResult.minutes} min: RSS ${soakResult.samples.map((s) => fmt(s.rssMb)).join(' → ')} MB`,
      );
    console.log(`\nResults: ${resultFile}`);
  } finally {
    await baseline.stop();
    await dossier.stop();
  }
}

await main();
