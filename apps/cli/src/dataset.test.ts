// `pnpm dossier export` and `import` as a person runs them: child processes against real
// servers, files on disk, the summary they print and the exit code.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDossierClient } from '@dossier/client';
import { syntheticInterchangeText } from '@dossier/db/seed';
import { type RunningServer, startServer } from '@dossier/server';
import { initiativeSlug } from '@dossier/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asOperator, dossier, serverToken } from './test/run';

let demo: RunningServer;
const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-data-'));
const servers: RunningServer[] = [];

/** A new server over an empty database, with `serverToken` as its DOSSIER_ADMIN_TOKEN. */
async function emptyServer() {
  const server = await startServer({
    db: ':memory:',
    port: 0,
    seed: false,
    log: () => {},
    token: serverToken,
  });
  servers.push(server);
  return server;
}

beforeAll(async () => {
  demo = await startServer({ db: ':memory:', port: 0, log: () => {}, token: serverToken });
  servers.push(demo);
});
afterAll(async () => {
  for (const s of servers) await s.close();
  rmSync(dir, { recursive: true, force: true });
});

const file = (name: string, text?: string) => {
  const path = join(dir, name);
  if (text !== undefined) writeFileSync(path, text);
  return path;
};

describe('dossier export and import', { timeout: 60_000 }, () => {
  it('carries the dossier to an empty server and back, byte for byte, and says when nothing changed', async () => {
    const exported = await dossier(
      ['export', '--out', 'demo.json', '--url', demo.url],
      dir,
      asOperator,
    );
    expect(exported).toMatchObject({ code: 0, stderr: '' });
    expect(exported.stdout).toMatch(
      /^Exported 69 sources, 8 persons, 12 organizations, .*19 measures, 35 positions, .* to .*demo\.json\.\n$/,
    );

    const target = await emptyServer();
    const imported = await dossier(['import', 'demo.json', '--url', target.url], dir, asOperator);
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    expect(imported.stdout).toMatch(
      /^Imported .*demo\.json: 206 records in [\d.]+ s \([\d,]+ records\/s\)\.\n/,
    );
    expect(imported.stdout).toMatch(
      /^ {2}created +206 {3}\(sources 69, persons 8, organizations 12, memberships 8, information systems 6, measures 19, positions 35, links 31, measure-system links 18\)$/m,
    );

    const back = await dossier(['export', '--url', target.url], dir, asOperator);
    expect(back.code).toBe(0);
    expect(back.stdout).toBe(readFileSync(file('demo.json'), 'utf8'));

    const again = await dossier(['import', 'demo.json', '--url', target.url], dir, asOperator);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^ {2}unchanged +206 /m);
    expect(again.stdout).toContain(
      'Everything in the file is already in the database: nothing changed.',
    );
  });

  it('imports the good records of a file with bad ones, naming each bad one by path and reason', async () => {
    const target = await emptyServer();
    const source = { key: 'reuters', title: 'Report', publisher: 'Reuters', kind: 'news' };
    const measure = (slug: string, date = '2017-01-10') => ({
      slug,
      title: `Measure ${slug}`,
      kind: 'letter',
      jurisdiction: 'FR',
      events: [
        {
          key: 'a',
          kind: 'statement',
          title: 'Said',
          source: 'reuters',
          dateClaims: [{ date: '2017', source: 'reuters' }],
        },
        {
          key: 'b',
          kind: 'statement',
          title: 'Said again',
          source: 'reuters',
          dateClaims: [{ date, source: 'reuters' }],
        },
      ],
    });
    file(
      'mixed.json',
      JSON.stringify({
        format: 'dossier-interchange',
        version: 1,
        sources: [source],
        measures: [
          measure('good-1'),
          measure('bad-date', '2017-02-30'),
          measure('good-2'),
          measure('good-1'),
        ],
        positions: [
          {
            key: 'p1',
            measure: 'nowhere',
            stakeholder: 'edri',
            stance: 'oppose',
            role: 'critic',
            statedOn: '2017',
            source: 'reuters',
          },
        ],
      }),
    );
    const run = await dossier(['import', 'mixed.json', '--url', target.url], dir, asOperator);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^ {2}created +3 {3}\(sources 1, measures 2\)$/m);
    expect(run.stdout).toMatch(/^ {2}rejected +3 {3}\(measures 2, positions 1\)$/m);
    expect(run.stdout).toContain(
      '  measures[1].events[1].dateClaims[0].date: must be a real date written as YYYY-MM-DD, YYYY-MM (month known) or YYYY (year known)\n',
    );
    expect(run.stdout).toContain(
      '  measures[3].slug: the same record as measures[0] (give each record once)\n',
    );
    expect(run.stdout).toContain(
      '  positions[0].measure: names the measure "nowhere", which is neither earlier in the file nor in the database\n',
    );
    const client = createDossierClient({ url: target.url, token: serverToken });
    const slugs = (await client.measures.list.query({})).items.map((m) => m.slug);
    expect(slugs.sort()).toEqual(['good-1', 'good-2']);
    // The bad measure left nothing behind: not even its first, valid event.
    expect(
      (await client.measures.history.query({})).items.filter((c) => c.entity === 'events'),
    ).toHaveLength(4);
  });

  it('counts in a dry run across batches and saves nothing', async () => {
    const target = await emptyServer();
    const run = await dossier(
      ['import', 'demo.json', '--dry-run', '--url', target.url],
      dir,
      asOperator,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Dry run of .*demo\.json: nothing was saved\./);
    expect(run.stdout).toMatch(/^ {2}would be created +206 /m);
    const client = createDossierClient({ url: target.url, token: serverToken });
    expect((await client.measures.list.query({})).items).toEqual([]);
  });

  it('counts a dry run in several batches as the import would, records naming earlier batches included', async () => {
    const path = file('synthetic.json', '');
    let text = '';
    for await (const chunk of syntheticInterchangeText(600)) text += chunk;
    writeFileSync(path, text);
    const target = await emptyServer();
    const dry = await dossier(
      ['import', 'synthetic.json', '--dry-run', '--url', target.url],
      dir,
      asOperator,
    );
    expect(dry.stdout).toMatch(/^ {2}would be rejected +0$/m);
    expect(dry.stdout).toMatch(/^ {2}would be created +1,384 /m);
    const real = await dossier(['import', 'synthetic.json', '--url', target.url], dir, asOperator);
    expect(real.stdout).toMatch(/^ {2}created +1,384 /m);
  });

  it('stops at a file that is not JSON, or not an interchange file, and says where', async () => {
    const target = await emptyServer();
    file('broken.json', '{"format": "dossier-interchange", "version": 1, "sources": [ {"key": ');
    const broken = await dossier(['import', 'broken.json', '--url', target.url], dir, asOperator);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(
      /The import stopped before the end of .*broken\.json: it is not valid JSON near byte 6\d \(.+\)\.\nNothing was saved\.\n$/,
    );

    file('other.json', JSON.stringify({ format: 'popolo', persons: [] }));
    const other = await dossier(['import', 'other.json', '--url', target.url], dir, asOperator);
    expect(other.stdout).toContain(
      ': it is not a Dossier interchange file: "format" is "popolo", not "dossier-interchange".',
    );

    const missing = await dossier(['import', 'nope.json', '--url', target.url], dir, asOperator);
    expect(missing).toMatchObject({ code: 2 });
    expect(missing.stderr).toBe(
      `There is no file ${join(dir, 'nope.json')}; give the path of an interchange file.\n`,
    );
  });

  it('needs a token to import and to export, says so in one line, and exits 3', async () => {
    const guarded = await emptyServer();
    const refused = await dossier(['import', 'demo.json', '--url', guarded.url], dir);
    expect(refused).toMatchObject({ code: 3, stdout: '' });
    expect(refused.stderr).toBe(
      'Refused (401, no token): the server needs a token for this; give --token T or set DOSSIER_TOKEN (an admin makes one with `pnpm dossier token create <label> --role viewer|editor|admin`). Nothing was saved.\n',
    );
    const mistyped = await dossier(
      ['import', 'demo.json', '--dry-run', '--url', guarded.url, '--token', 'not-the-token'],
      dir,
    );
    expect(mistyped).toMatchObject({ code: 3, stdout: '' });
    expect(mistyped.stderr).toMatch(
      /^Refused \(401, token not accepted\): The token sent in "Authorization: Bearer" is not valid: it was revoked or mistyped\. .* Nothing was saved\.\n$/,
    );
    const exported = await dossier(['export', '--url', guarded.url], dir);
    expect(exported).toMatchObject({ code: 3, stdout: '' });
    expect(exported.stderr).toMatch(/^Refused \(401, no token\): [^\n]+\n$/);
    const client = createDossierClient({ url: guarded.url, token: serverToken });
    expect((await client.measures.list.query({})).items).toEqual([]);

    const allowed = await dossier(
      ['import', 'demo.json', '--url', guarded.url, '--token', serverToken],
      dir,
    );
    expect(allowed.code).toBe(0);
  });

  it('exports one measure, and a CSV under the filters of list, never over an existing file', async () => {
    const one = await dossier(
      ['export', '--measure', initiativeSlug, '--url', demo.url],
      dir,
      asOperator,
    );
    const parsed = JSON.parse(one.stdout);
    expect(parsed.measures.map((m: { slug: string }) => m.slug)).toEqual([initiativeSlug]);
    expect(one.stderr).toMatch(/^Exported .*1 measure,/);

    const csv = await dossier(
      ['export', '--csv', 'measures', '--stage', 'consultation', '--bom', '--url', demo.url],
      dir,
      asOperator,
    );
    expect(csv.code).toBe(0);
    const lines = csv.stdout.split('\r\n');
    expect(lines[0]?.startsWith('\uFEFFslug,title,kind,jurisdiction,stage,')).toBe(true);
    expect(lines.slice(1, -1).map((l) => l.split(',')[4])).toEqual(['consultation']);

    const again = await dossier(
      ['export', '--out', 'demo.json', '--url', demo.url],
      dir,
      asOperator,
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/demo\.json already exists; nothing was written\./);

    const badStage = await dossier(
      ['export', '--csv', 'events', '--stage', 'dreaming', '--url', demo.url],
      dir,
      asOperator,
    );
    expect(badStage.code).toBe(2);
    expect(badStage.stderr).toContain('stage.0: must be one of announced');
  });
});
