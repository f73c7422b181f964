// Following what moves, measured against a server process on a scratch database, each figure
// beside a baseline taken in the same run:
// - live: how long after a mutation starts a second client's subscription (server-sent events)
//   hears of it, against the mutation's own round trip;
// - as of: the brief as it stood before N later saves of its measure, against the brief today.
// Run: pnpm --filter @dossier/bench following [--saves 30] [--rounds 100]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createDossierClient } from '@dossier/client';
import { benchToken, startDossier } from './processes';

const { values } = parseArgs({
  options: { saves: { type: 'string', default: '30' }, rounds: { type: 'string', default: '100' } },
});
const saves = Number(values.saves);
const rounds = Number(values.rounds);

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
const p95 = (list: number[]) =>
  [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(list.length * 0.95))]!;
const ms = (n: number) => `${n.toFixed(1)} ms`;

const dir = mkdtempSync(join(tmpdir(), 'dossier-following-bench-'));
const server = await startDossier(join(dir, 'dossier.db'), { create: true });
try {
  const writer = createDossierClient({ url: server.url, token: benchToken });
  const listener = createDossierClient({ url: server.url, token: benchToken });

  // ---- live ----
  const heard = new Map<string, number>();
  let started = false;
  const subscription = listener.live.changes.subscribe(
    {},
    {
      onStarted: () => {
        started = true;
      },
      onData: (envelope) => {
        const event = (envelope as unknown as { data: { measureIds?: string[] } }).data;
        for (const id of event.measureIds ?? []) heard.set(id, performance.now());
      },
    },
  );
  while (!started) await new Promise((r) => setTimeout(r, 10));
  const answered: number[] = [];
  const delivered: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    const measure = await writer.measures.create.mutate({
      slug: `following-bench-${i}`,
      title: `Following bench ${i}`,
      kind: 'regulation',
      jurisdiction: 'EU',
      stage: 'proposal',
    });
    answered.push(performance.now() - t0);
    while (!heard.has(measure.id)) await new Promise((r) => setTimeout(r, 1));
    delivered.push(heard.get(measure.id)! - t0);
  }
  subscription.unsubscribe();
  console.log(
    `live (${rounds} creations): heard by the other client after ${ms(median(delivered))} median, ${ms(p95(delivered))} p95; ` +
      `baseline, the mutation's answer: ${ms(median(answered))} median; ratio ${(median(delivered) / median(answered)).toFixed(2)}`,
  );

  // ---- as of ----
  const ref = 'following-bench-0';
  const before = new Date().toISOString();
  await new Promise((r) => setTimeout(r, 5));
  for (let i = 0; i < saves; i++) {
    const brief = await writer.measures.get.query({ ref });
    await writer.measures.update.mutate({
      id: brief.measure.id,
      version: brief.measure.version,
      title: `Following bench 0, save ${i}`,
    });
  }
  const timed = async (input: { ref: string; asOf?: string }) => {
    for (let i = 0; i < 20; i++) await writer.measures.get.query(input);
    const list: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const t0 = performance.now();
      await writer.measures.get.query(input);
      list.push(performance.now() - t0);
    }
    return median(list);
  };
  const today = await timed({ ref });
  const past = await timed({ ref, asOf: before });
  console.log(
    `as of (${saves} saves back, ${rounds} reads over HTTP): ${ms(past)} median; baseline, the brief today: ${ms(today)}; ratio ${(past / today).toFixed(2)}`,
  );
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
