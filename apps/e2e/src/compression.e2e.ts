// The dashboard's files leave the server compressed (the `.br`/`.gz` twins the build writes) and
// cacheable: hashed assets for good, index.html revalidated by ETag.
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { readManifest, webDist } from '@dossier/bench';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** node:http, because fetch would undo the compression this file is here to see. */
function get(url: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

let h: Harness;
// The entry script: the largest file of the first render, so where compression matters most.
let entry: string;
let raw: Buffer;
beforeAll(async () => {
  h = await startHarness(); // says so plainly when the dashboard is not built
  entry = Object.values(readManifest(webDist)).find((chunk) => chunk.isEntry)!.file;
  raw = readFileSync(join(webDist, entry));
});
afterAll(() => h?.close());

describe('the dashboard files', () => {
  it('are sent with brotli to a client that accepts it, far smaller and intact', async () => {
    const res = await get(`${h.server.url}/${entry}`, { 'accept-encoding': 'gzip, br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.body.length).toBeLessThan(raw.length / 2);
    expect(brotliDecompressSync(res.body).equals(raw)).toBe(true);
  });

  it('are sent with gzip to a client that takes only gzip, and as they are to one that takes neither', async () => {
    const gz = await get(`${h.server.url}/${entry}`, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.body.length).toBeLessThan(raw.length / 2);
    expect(gunzipSync(gz.body).equals(raw)).toBe(true);

    const plain = await get(`${h.server.url}/${entry}`, { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(raw)).toBe(true);
  });

  it('reach Chromium compressed', async () => {
    const page = await h.context.newPage();
    const script = page.waitForResponse((r) => r.url().endsWith(`/${entry}`));
    await page.goto(`${h.server.url}/`);
    expect((await script).headers()['content-encoding']).toBe('br');
    await page.close();
  });

  it('carry an ETag, and a conditional request for an unchanged file gets 304', async () => {
    const headers = { 'accept-encoding': 'br' };
    const first = await get(`${h.server.url}/${entry}`, headers);
    const etag = first.headers.etag;
    expect(typeof etag).toBe('string');
    const again = await get(`${h.server.url}/${entry}`, { ...headers, 'if-none-match': `${etag}` });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const stale = await get(`${h.server.url}/${entry}`, { ...headers, 'if-none-match': 'W/"0-0"' });
    expect(stale.status).toBe(200);
  });

  it('keep hashed assets for good and have index.html revalidated', async () => {
    const asset = await get(`${h.server.url}/${entry}`, { 'accept-encoding': 'br' });
    expect(asset.headers['cache-control']).toMatch(/\bimmutable\b/);
    expect(asset.headers['cache-control']).toMatch(/max-age=31536000/);
    const html = await get(`${h.server.url}/`, { 'accept-encoding': 'br' });
    expect(html.status).toBe(200);
    expect(html.headers['content-type']).toMatch(/text\/html/);
    expect(html.headers['cache-control']).toBe('no-cache');
  });

  it('do not include the build manifest, which only the tests read', async () => {
    const res = await get(`${h.server.url}/.vite/manifest.json`);
    expect(res.status).toBe(404);
  });
});
