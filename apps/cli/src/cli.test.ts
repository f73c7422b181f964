// Runs the real `dossier` command as a child process against a real server on a free port.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createDossierClient, type RouterOutputs } from '@dossier/client';
import { type RunningServer, startServer } from '@dossier/server';
import {
  freePort,
  initiativeSlug,
  reportedStakeholderNames as stakeholderNames,
} from '@dossier/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchAllMeasures } from './commands';
import { serverToken } from './test/run';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const main = fileURLToPath(new URL('./main.ts', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI as a member of the team would: with a token in DOSSIER_TOKEN (the server's own
 * here; `{ DOSSIER_TOKEN: '' }` runs it without one), and without any other DOSSIER_* setting
 * leaking in from this shell.
 */
function dossier(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const { DOSSIER_URL: _url, DOSSIER_TOKEN: _token, ...inherited } = process.env;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', main, ...args], {
      cwd: packageDir,
      env: { ...inherited, DOSSIER_TOKEN: serverToken, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const hasStackTrace = (text: string) => /^\s+at /m.test(text) || /Error:/.test(text);

let server: RunningServer;
let measures: RouterOutputs['measures']['list']['items'];

beforeAll(async () => {
  server = await startServer({ db: ':memory:', port: 0, log: () => {}, token: serverToken });
  const client = createDossierClient({ url: server.url, token: serverToken });
  await client.measures.create.mutate({
    slug: 'cli-test-regulation',
    title: 'CLI test regulation on e-privacy',
    kind: 'regulation',
    jurisdiction: 'EU',
    stage: 'proposal',
    identifiers: [{ scheme: 'procedure_ref', value: '2098/0003(COD)' }],
  });
  measures = (await client.measures.list.query({ limit: 200 })).items;
});

afterAll(async () => {
  await server?.close();
});

describe('dossier list', { timeout: 30_000 }, () => {
  it('prints every measure as a row of an aligned table', async () => {
    const run = await dossier(['list', '--url', server.url]);

    expect(run).toMatchObject({ code: 0, stderr: '' });
    const [header, ...rows] = run.stdout.split('\n');
    expect(header).toMatch(/^STAGE\s+JURISDICTION\s+KIND\s+TITLE\s+SLUG\s+LAST EVENT$/);
    expect(measures.length).toBeGreaterThanOrEqual(4);
    for (const measure of measures) {
      const row = rows.find((r) => r.includes(` ${measure.slug}`));
      expect(row, measure.slug).toBeDefined();
      expect(row!.indexOf(measure.slug)).toBe(header!.indexOf('SLUG'));
      expect(row).toContain(measure.title);
    }
    expect(run.stdout).toContain(`${measures.length} measures`);
  });

  it('prints the raw JSON array with --json, reading the server from DOSSIER_URL', async () => {
    const run = await dossier(['list', '--json'], { DOSSIER_URL: server.url });

    expect(run.code).toBe(0);
    const parsed = JSON.parse(run.stdout) as typeof measures;
    expect(Array.isArray(parsed)).toBe(true);
    expect(parsed.map((m) => m.slug)).toEqual(measures.map((m) => m.slug));
  });

  it('filters by stage', async () => {
    const run = await dossier(['list', '--json', '--stage', 'consultation', '--url', server.url]);

    const parsed = JSON.parse(run.stdout) as typeof measures;
    const expected = measures.filter((m) => m.stage === 'consultation').map((m) => m.slug);
    expect(expected.length).toBeGreaterThan(0);
    expect(parsed.map((m) => m.slug)).toEqual(expected);
  });

  it('follows the cursor through every page', async () => {
    let requests = 0;
    const client = createDossierClient({
      url: server.url,
      token: serverToken,
      fetch: (input, init) => {
        requests++;
        return fetch(input, init);
      },
    });
    const all = await fetchAllMeasures(client, {}, 1);

    expect(all.map((m) => m.slug)).toEqual(measures.map((m) => m.slug));
    expect(requests).toBe(measures.length);
  });
});

describe('dossier show', { timeout: 30_000 }, () => {
  it('prints the brief of the initiative with every stakeholder', async () => {
    const run = await dossier(['show', initiativeSlug, '--url', server.url]);

    expect(run).toMatchObject({ code: 0, stderr: '' });
    for (const name of stakeholderNames) expect(run.stdout).toContain(name);
    for (const heading of ['TIMELINE', 'STAKEHOLDERS', 'REVIEWS IT DEPENDS ON', 'SOURCES']) {
      expect(run.stdout).toContain(`\n${heading}\n`);
    }
    // The report dates the first hint only to August 2016.
    expect(run.stdout).toMatch(/ {2}Aug 2016 +announcement/);
    expect(run.stdout).not.toMatch(/\b1 Aug 2016/);
    expect(run.stdout).toContain('Reuters');
  });

  it('prints the brief JSON with --json', async () => {
    const run = await dossier(['show', initiativeSlug, '--json', '--url', server.url]);

    expect(run.code).toBe(0);
    const brief = JSON.parse(run.stdout) as RouterOutputs['measures']['get'];
    expect(brief.measure.slug).toBe(initiativeSlug);
    expect(brief.stakeholders.items.map((s) => s.stakeholder.name)).toEqual(
      expect.arrayContaining([...stakeholderNames]),
    );
  });

  it('prints the latest events of a long timeline and says how many it leaves out', async () => {
    const client = createDossierClient({ url: server.url, token: serverToken });
    const source = await client.sources.create.mutate({
      title: 'Council minutes',
      publisher: 'Council',
      kind: 'official',
    });
    const measure = await client.measures.create.mutate({
      slug: 'cli-long-timeline',
      title: 'A measure with a long timeline',
      kind: 'regulation',
      jurisdiction: 'EU',
      stage: 'negotiation',
    });
    for (let i = 1; i <= 45; i++) {
      await client.events.create.mutate({
        measureId: measure.id,
        sourceId: source.id,
        date: `2015-01-${String(i % 28 || 28).padStart(2, '0')}`,
        kind: 'statement',
        title: `Meeting ${i}`,
      });
    }
    const run = await dossier(['show', measure.slug, '--url', server.url]);

    expect(run).toMatchObject({ code: 0, stderr: '' });
    const brief = await client.measures.get.query({ ref: measure.slug });
    const hidden = 45 - brief.timeline.items.length;
    expect(hidden).toBeGreaterThan(0);
    expect(run.stdout).toContain(
      `\nTIMELINE\n  … ${hidden} earlier events not shown (use --json or the dashboard)\n`,
    );
    const shown = run.stdout.split('\n').filter((l) => / Meeting \d+ \[1\]$/.test(l));
    expect(shown).toHaveLength(brief.timeline.items.length);
  });

  it('finds a measure by identifier', async () => {
    const run = await dossier(['show', '2098/0003(cod)', '--url', server.url]);

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^CLI test regulation on e-privacy\n/);
    expect(run.stdout).toContain('Identifiers: Procedure 2098/0003(COD)');
  });

  it('exits 1 with one line on stderr for an unknown ref', async () => {
    const run = await dossier(['show', 'no-such-measure', '--url', server.url]);

    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^No measure matches "no-such-measure"\..*\n$/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });
});

describe('dossier search', { timeout: 30_000 }, () => {
  it('prints the demo dossier grouped by kind, the match in brackets, accents optional', async () => {
    const run = await dossier(['search', 'maizi', '--url', server.url]);

    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^MEASURES \(\d+\)\n/);
    expect(run.stdout).toContain(
      '\nSTAKEHOLDERS (1)\n  Thomas de [Maizière]\n    thomas-de-maiziere',
    );
    expect(run.stdout).toMatch(/\nEVENTS \(\d+\)\n/);
    // No colour codes when the output is not a terminal.
    expect(run.stdout).not.toContain('\u001b[');
    const plain = await dossier([
      'search',
      'maiziere',
      '--kind',
      'stakeholder',
      '--url',
      server.url,
    ]);
    expect(plain.stdout).toBe(
      'STAKEHOLDERS (1)\n  Thomas de [Maizière]\n    thomas-de-maiziere · government\n',
    );
  });

  it('prints the answer as JSON with --json, and finds a measure by any form of its identifier', async () => {
    const run = await dossier(['search', '2098/3/cod', '--json', '--url', server.url]);

    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as RouterOutputs['search']['query'];
    expect(result.identifier).toEqual({ scheme: 'procedure_ref', canonical: '2098/0003(COD)' });
    const measures = result.groups.find((g) => g.kind === 'measure');
    expect(measures?.items.map((m) => m.kind === 'measure' && [m.slug, m.matchedBy])).toEqual([
      ['cli-test-regulation', 'identifier'],
    ]);
  });

  it('says so when nothing matches, and exits 0', async () => {
    const run = await dossier(['search', 'zzzqqq', '*', '--url', server.url]);
    expect(run).toEqual({ code: 0, stdout: 'Nothing matches "zzzqqq *".\n', stderr: '' });
  });

  it('exits 2 with a usage hint for a kind it does not know or a missing text', async () => {
    const kind = await dossier(['search', 'x', '--kind', 'memo', '--url', server.url]);
    expect(kind).toMatchObject({ code: 2, stdout: '' });
    expect(kind.stderr).toBe(
      '--kind: "memo" is not a kind of record; use measure, stakeholder, position, event, source, note, meeting.\nRun `pnpm dossier help` for usage.\n',
    );
    const empty = await dossier(['search', '--url', server.url]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/^search needs the text to look for/);
  });

  it('exits 1 and says how to start the server when nothing listens', async () => {
    const url = `http://127.0.0.1:${await freePort()}`;
    const run = await dossier(['search', 'maiziere', '--url', url]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^Cannot reach the Dossier server at /);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });
});

describe('when something is wrong', { timeout: 30_000 }, () => {
  it('exits 1 and says how to start the server when nothing listens', async () => {
    const url = `http://127.0.0.1:${await freePort()}`;
    const run = await dossier(['list', '--url', url]);

    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `Cannot reach the Dossier server at ${url}: is it running? (start it with \`pnpm start\`)\n`,
    );
  });

  it('exits 2 with a usage hint for an unknown flag', async () => {
    const run = await dossier(['list', '--bogus', '--url', server.url]);

    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('Unknown option --bogus.\nRun `pnpm dossier help` for usage.\n');
  });

  it('exits 2 for an unknown command', async () => {
    const run = await dossier(['frob', '--url', server.url]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^Unknown command "frob"/);
  });

  it('exits 2 naming the flag when the server refuses a filter value', async () => {
    const run = await dossier(['list', '--stage', 'nearly-done', '--url', server.url]);

    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--stage: must be one of announced, /);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });

  it('prints the usage with help and exits 0', async () => {
    const run = await dossier(['help']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^Usage: pnpm dossier <command>/);
    expect(run.stdout).toContain(
      'reads too,\n                unless the server runs with --public-reads',
    );
    expect(run.stdout).toMatch(/; 3 the server refused: 401, no token or one it does not\s+accept/);
  });

  it('exits 3 with one line when a read has no token, or one the server does not accept', async () => {
    const none = await dossier(['list', '--url', server.url], { DOSSIER_TOKEN: '' });
    expect(none).toMatchObject({ code: 3, stdout: '' });
    expect(none.stderr).toBe(
      'Refused (401, no token): the server needs a token for this; give --token T or set DOSSIER_TOKEN (an admin makes one with `pnpm dossier token create <label> --role viewer|editor|admin`).\n',
    );

    const wrong = await dossier([
      'show',
      initiativeSlug,
      '--url',
      server.url,
      '--token',
      'x'.repeat(20),
    ]);
    expect(wrong).toMatchObject({ code: 3, stdout: '' });
    expect(wrong.stderr).toMatch(
      /^Refused \(401, token not accepted\): The token sent in "Authorization: Bearer" is not valid: it was revoked or mistyped\. .*\(request [\w-]+\)\n$/,
    );
    expect(hasStackTrace(wrong.stderr)).toBe(false);
  });

  it('reads without a token from a server with public reads, and still needs one to write', async () => {
    const open = await startServer({ db: ':memory:', port: 0, log: () => {}, publicReads: true });
    try {
      const read = await dossier(['search', 'maiziere', '--url', open.url], { DOSSIER_TOKEN: '' });
      expect(read).toMatchObject({ code: 0, stderr: '' });
      expect(read.stdout).toContain('Thomas de [Maizière]');
      const write = await dossier(['example', '--url', open.url], { DOSSIER_TOKEN: '' });
      expect(write).toMatchObject({ code: 3, stdout: '' });
      expect(write.stderr).toMatch(/^Refused \(401, no token\): /);
    } finally {
      await open.close();
    }
  });
});

describe('dossier example', { timeout: 60_000 }, () => {
  it('records a procedure whose sources disagree, found by any written form of its identifiers', async () => {
    const own = await startServer({ db: ':memory:', port: 0, log: () => {}, token: serverToken });
    try {
      const first = await dossier(['example', '--url', own.url]);
      expect(first).toMatchObject({ code: 0, stderr: '' });
      expect(first.stdout).toMatch(/^Recorded the worked example/);
      const again = await dossier(['example', '--url', own.url]);
      expect(again.stdout).toMatch(/already recorded/);

      const forms = [
        '2019/0999(COD)',
        '2019/999/cod',
        '2019/0999 (COD)',
        '2019/999(cod)',
        '2019/0999/COD',
        '32021L9999',
        'CELEX:32021L9999',
        'celex:32021l9999',
        '32021l9999',
        'CELEX: 32021L9999',
        'http://data.europa.eu/eli/dir/2021/9999/oj',
        'https://data.europa.eu/eli/dir/2021/9999/oj',
        'https://data.europa.eu/eli/dir/2021/9999',
        'http://data.europa.eu/eli/dir/2021/9999/oj/eng',
        'data.europa.eu/eli/dir/2021/9999/oj/',
      ];
      const client = createDossierClient({ url: own.url, token: serverToken });
      for (const ref of forms) {
        const brief = await client.measures.get.query({ ref });
        expect(brief.measure.slug, ref).toBe('worked-example-directive');
      }

      const shown = await dossier(['show', '2019/999/cod', '--url', own.url]);
      expect(shown.code).toBe(0);
      // Both sides of each dispute, each with its source; the mandate, the deadline, the
      // infringement step; and the stage the timeline has moved past.
      expect(shown.stdout).toMatch(/date claimed: 10 Feb 2020 \[\d\]/);
      expect(shown.stdout).toMatch(/date claimed: 11 Feb 2020 \[\d\]/);
      expect(shown.stdout).toMatch(/result claimed: for 31, against 24,\s+abstentions 1 \[\d\]/);
      expect(shown.stdout).toMatch(/result claimed: for 31, against 25 \[\d\]/);
      expect(shown.stdout).toMatch(/date claimed: Aug 2021 \[\d\]/);
      expect(shown.stdout).toMatch(/negotiating mandate/);
      expect(shown.stdout).toMatch(/transposition deadline/);
      expect(shown.stdout).toMatch(/infringement step/);
      expect(shown.stdout).toMatch(
        /Warning: the timeline has moved past the stage: in force is suggested/,
      );
      expect(shown.stdout).toContain('Example Observatory');
      expect(shown.stdout).toContain('Example News');
    } finally {
      await own.close();
    }
  });
});
