// The server killed with SIGKILL in the middle of an import: the database file stays sound, and
// holds the batches the server acknowledged, each whole, and nothing of the batch it was
// writing. Running the same import again finishes it.
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@dossier/db';
import { syntheticInterchange, syntheticInterchangeText } from '@dossier/db/seed';
import { ImportBatcher, importRequestBytes } from '@dossier/domain';
import { afterAll, describe, expect, it } from 'vitest';
import { asOperator, dossier, serverProcess } from './test/run';

const dir = mkdtempSync(join(tmpdir(), 'dossier-import-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const measures = 3000;

/** How many measures the file holds after each batch the CLI sends, as it cuts them. */
function measuresAtBatchEnds(): number[] {
  const batcher = new ImportBatcher<string>();
  const ends: number[] = [];
  let sent = 0;
  let gathered = 0;
  for (const page of syntheticInterchange(measures))
    for (const item of page.items) {
      if (batcher.add(page.section, importRequestBytes(item))) {
        sent += gathered;
        ends.push(sent);
        gathered = 0;
      }
      if (page.section === 'measures') gathered++;
    }
  return [...ends, sent + gathered];
}

describe('SIGKILL in the middle of an import', () => {
  it('leaves every batch whole or absent, and a second run finishes the import', {
    timeout: 120_000,
  }, async () => {
    const file = join(dir, 'big.json');
    const out = createWriteStream(file);
    for await (const chunk of syntheticInterchangeText(measures)) out.write(chunk);
    out.end();
    await once(out, 'finish');
    const path = join(dir, 'dossier.db');

    const server = serverProcess(path, ['--no-seed']);
    const url = await server.url;
    const importing = dossier(['import', file, '--url', url], dir, asOperator);
    const watch = openDatabase(path, { readonly: true });
    const count = () => Number(watch.sqlite.prepare('select count(*) from measures').pluck().get());
    // Kill once two batches of measures are in, a moment into the next: a batch takes about a
    // third of a second on the server, most of it inside its transaction.
    while (count() < 1000) await new Promise((r) => setTimeout(r, 10));
    await new Promise((r) => setTimeout(r, 150));
    server.child.kill('SIGKILL');
    await server.exited;
    watch.close();
    const cut = await importing;
    expect(cut.code).toBe(1);
    expect(cut.stdout).toContain('The import stopped before the end of');
    expect(cut.stdout).toContain('Run the same command again to finish');

    const d = openDatabase(path);
    expect(d.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(d.sqlite.pragma('foreign_key_check')).toEqual([]);
    const n = (table: string) =>
      Number(d.sqlite.prepare(`select count(*) from ${table}`).pluck().get());
    const kept = n('measures');
    expect(kept).toBeGreaterThanOrEqual(1000);
    expect(kept).toBeLessThan(measures);
    // Whole batches: the measures are the first ones of the file, up to the end of a batch...
    expect(measuresAtBatchEnds()).toContain(kept);
    const slugs = new Set(d.sqlite.prepare('select slug from measures').pluck().all());
    for (let i = 0; i < kept; i++) expect(slugs.has(`synthetic-1-${i}`)).toBe(true);
    // ...each with all it holds: 2 events, 1 identifier, a stage claim, 2 date and 1 result claim.
    expect({
      events: n('events'),
      identifiers: n('measure_identifiers'),
      claims: n('claims'),
    }).toEqual({
      events: 2 * kept,
      identifiers: kept,
      claims: 4 * kept,
    });
    d.close();

    const restarted = serverProcess(path, ['--no-seed']);
    const again = await dossier(['import', file, '--url', await restarted.url], dir, asOperator);
    restarted.child.kill('SIGTERM');
    await restarted.exited;
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(
      new RegExp(`^ {2}unchanged +[\\d,]+ {3}\\(.*measures ${kept.toLocaleString('en')}\\b`, 'm'),
    );
    const done = openDatabase(path);
    expect(Number(done.sqlite.prepare('select count(*) from measures').pluck().get())).toBe(
      measures,
    );
    done.close();
  });
});
