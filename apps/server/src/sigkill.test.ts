// The process killed with SIGKILL in the middle of writes, ten times over the same file: the
// database stays sound, every acknowledged write is there, and none is there by halves.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { bearer, testToken } from './test/http';
import { startProcess } from './test/process';

const dir = mkdtempSync(join(tmpdir(), 'dossier-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rounds = 10;
const writers = 6;

/** A measure with two identifiers: three rows and their audit entries in one transaction. */
const measure = (slug: string) => ({
  slug,
  title: `Measure ${slug}`,
  kind: 'regulation',
  jurisdiction: 'EU',
  stage: 'proposal',
  identifiers: [
    { scheme: 'other', value: `${slug}-a` },
    { scheme: 'other', value: `${slug}-b` },
  ],
});

describe('SIGKILL in the middle of writes', () => {
  it(`keeps every acknowledged write whole over ${rounds} rounds`, {
    timeout: 120_000,
  }, async () => {
    const path = join(dir, 'dossier.db');
    const acknowledged: string[] = [];
    /** Answers no write should get (a refused credential): they end the test at once. */
    const refused: string[] = [];
    for (let round = 0; round < rounds; round++) {
      const server = startProcess(['--port', '0', '--db', path, '--no-seed'], {
        DOSSIER_ADMIN_TOKEN: testToken,
      });
      const url = await server.url;
      let stop = false;
      let sent = 0;
      const writer = async (w: number) => {
        while (!stop) {
          const slug = `r${round}-w${w}-n${sent++}`;
          try {
            const res = await fetch(`${url}/trpc/measures.create`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', ...bearer() },
              body: JSON.stringify(measure(slug)),
            });
            if (res.status === 200) acknowledged.push(slug);
            else if (res.status !== 503) refused.push(`${res.status} ${await res.text()}`);
          } catch {
            return; // the process is gone
          }
        }
      };
      const running = Array.from({ length: writers }, (_, w) => writer(w));
      // Kill once writes are flowing, with more in flight.
      const target = acknowledged.length + 20;
      while (acknowledged.length < target && refused.length === 0)
        await new Promise((r) => setTimeout(r, 5));
      server.child.kill('SIGKILL');
      await server.exited;
      stop = true;
      await Promise.all(running);
      expect(refused.slice(0, 3)).toEqual([]);
    }

    const sqlite = new Database(path, { readonly: true });
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    const slugs = new Set(sqlite.prepare('select slug from measures').pluck().all() as string[]);
    const missing = acknowledged.filter((slug) => !slugs.has(slug));
    expect(missing).toEqual([]);
    const halves = sqlite
      .prepare(
        `select m.slug from measures m
         where (select count(*) from measure_identifiers i where i.measure_id = m.id) <> 2
            or (select count(*) from changes c where c.entity_id = m.id and c.action = 'create') <> 1`,
      )
      .pluck()
      .all();
    expect(halves).toEqual([]);
    expect(acknowledged.length).toBeGreaterThanOrEqual(rounds * 20);
    sqlite.close();
  });
});
