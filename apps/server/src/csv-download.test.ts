import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { initiativeSlug, seedSynthetic } from '@dossier/db/seed';
import { csvDownloadPath, type MeasureFilterQuery } from '@dossier/domain';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from './server';
import { bearer, testToken } from './test/http';

let dir: string;
let running: RunningServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-csv-'));
  running = await startServer({
    db: join(dir, 'dossier.db'),
    port: 0,
    token: testToken,
    log: () => {},
  });
  // Enough measures for several pages of every table, so the stream is exercised page by page.
  seedSynthetic(running.database.db, 450);
});
afterAll(async () => {
  await running.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A download as a signed-in script makes it (with the server's token). */
const get = (path: string, init?: RequestInit) =>
  fetch(`${running.url}${path}`, { ...init, headers: { ...bearer(), ...init?.headers } });
const rowsOf = (text: string) =>
  parse(text, { columns: true, bom: true }) as Record<string, string>[];

/** Every measure `measures.list` shows under `filters`, page by page over the API. */
async function listedSlugs(filters: Record<string, unknown>) {
  const slugs: string[] = [];
  let cursor: string | null = null;
  do {
    const input = encodeURIComponent(JSON.stringify({ ...filters, limit: 200, cursor }));
    const body = (await (await get(`/trpc/measures.list?input=${input}`)).json()) as {
      result: { data: { items: { slug: string }[]; nextCursor: string | null } };
    };
    slugs.push(...body.result.data.items.map((m) => m.slug));
    cursor = body.result.data.nextCursor;
  } while (cursor);
  return slugs;
}

describe('CSV downloads over HTTP', () => {
  it('serves the filtered measures, the same rows and order as the list', async () => {
    const filters: MeasureFilterQuery = {
      stage: ['proposal', 'negotiation'],
      kind: ['regulation'],
    };
    const res = await get(csvDownloadPath('measures', filters));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="dossier-measures-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const rows = rowsOf(await res.text());
    const expected = await listedSlugs(filters);
    expect(expected.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.slug)).toEqual(expected);
    for (const row of rows) {
      expect(['proposal', 'negotiation']).toContain(row.stage);
      expect(row.kind).toBe('regulation');
    }
  });

  it('streams every measure across pages when nothing is filtered', async () => {
    const rows = rowsOf(await (await get('/export/measures.csv')).text());
    expect(rows.map((r) => r.slug)).toEqual(await listedSlugs({}));
    expect(rows.length).toBeGreaterThan(400);
  });

  it('starts with a byte order mark only when asked, for Excel', async () => {
    const plain = new Uint8Array(await (await get('/export/events.csv')).arrayBuffer());
    const excel = new Uint8Array(await (await get('/export/events.csv?bom=1')).arrayBuffer());
    expect([...plain.slice(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect([...excel.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(excel.length).toBe(plain.length + 3);
  });

  it("narrows positions and events to one measure for a brief's downloads", async () => {
    const res = await get(csvDownloadPath('positions', { measure: initiativeSlug }));
    expect(res.headers.get('content-disposition')).toContain(`-${initiativeSlug}-`);
    const rows = rowsOf(await res.text());
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.measure_slug))).toEqual(new Set([initiativeSlug]));
  });

  it('answers a bad address with a message and keeps serving', async () => {
    const unknownTable = await get('/export/people.csv');
    expect(unknownTable.status).toBe(404);
    expect(await unknownTable.text()).toContain('measures.csv');

    const badStage = await get('/export/measures.csv?stage=nonsense');
    expect(badStage.status).toBe(400);
    expect(await badStage.text()).toMatch(/stage/);

    const unknownMeasure = await get('/export/events.csv?measure=no-such-measure');
    expect(unknownMeasure.status).toBe(404);
    expect(await unknownMeasure.text()).toContain('no-such-measure');

    const post = await get('/export/measures.csv', { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');

    const health = await get('/healthz');
    expect(health.status).toBe(200);
  });
});
