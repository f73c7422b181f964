// `dossier history <ref>` and `dossier show <ref> --as-of DATE`, run as child processes against
// a real server on a free port over SQLite.
import { tmpdir } from 'node:os';
import { createDossierClient } from '@dossier/client';
import { type RunningServer, startServer } from '@dossier/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHistory, valueText } from './history-command';
import { asOperator, dossier, serverToken } from './test/run';

let server: RunningServer;
let before: string;
const slug = 'cli-history-regulation';
const run = (args: string[]) => dossier([...args, '--url', server.url], tmpdir(), asOperator);

beforeAll(async () => {
  server = await startServer({ db: ':memory:', port: 0, log: () => {}, token: serverToken });
  const client = createDossierClient({ url: server.url, token: serverToken });
  const m = await client.measures.create.mutate({
    slug,
    title: 'Regulation on chat control',
    kind: 'regulation',
    jurisdiction: 'EU',
    stage: 'proposal',
  });
  // A moment between the creation and the edit, each saved at its own millisecond.
  await new Promise((resolve) => setTimeout(resolve, 20));
  before = new Date().toISOString();
  await new Promise((resolve) => setTimeout(resolve, 20));
  await client.measures.update.mutate({
    id: m.id,
    version: m.version,
    title: 'Regulation on child sexual abuse material',
    policyAreas: ['encryption', 'child protection'],
  });
});

afterAll(async () => {
  await server?.close();
});

describe('dossier history', { timeout: 30_000 }, () => {
  it('prints who changed what and when, each field before -> after, newest first', async () => {
    const result = await run(['history', slug]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe(
      `History of Regulation on child sexual abuse material (${slug}), newest first`,
    );
    expect(lines[2]).toMatch(
      /^\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC {2}server token {2}changed measure "Regulation on child sexual abuse material"$/,
    );
    expect(result.stdout).toContain(
      '    title: Regulation on chat control -> Regulation on child sexual abuse material\n',
    );
    expect(result.stdout).toContain('    policyAreas: (none) -> encryption, child protection\n');
    expect(result.stdout.indexOf('changed measure')).toBeLessThan(
      result.stdout.indexOf('created measure'),
    );
  });

  it('prints JSON a page at a time with --json --limit', async () => {
    const result = await run(['history', slug, '--json', '--limit', '1']);
    expect(result.code).toBe(0);
    const page = JSON.parse(result.stdout);
    expect(page.items).toHaveLength(1);
    expect(page.items[0].fields).toContainEqual({
      field: 'title',
      before: 'Regulation on chat control',
      after: 'Regulation on child sexual abuse material',
    });
    expect(page.nextCursor).toEqual(expect.any(String));
  });

  it('refuses a wrong command line with exit code 2, and an unknown measure with 1', async () => {
    expect(await run(['history'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^history needs a ref/),
    });
    expect(await run(['history', slug, '--limit', '500'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^--limit must be a whole number from 1 to 200 \(got "500"\)/),
    });
    expect(await run(['list', '--as-of', '2020-01-01'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^--as-of only applies to show\./),
    });
    expect(await run(['history', 'no-such-measure'])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('No measure matches "no-such-measure".'),
    });
  });
});

describe('dossier show --as-of', { timeout: 30_000 }, () => {
  it('prints the brief as it stood, saying so on its first line', async () => {
    const result = await run(['show', slug, '--as-of', before]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const [first] = result.stdout.split('\n');
    expect(first).toBe(
      `AS IT STOOD AT ${before.replace('T', ' ').replace(/\.\d+Z$/, 'Z')}, rebuilt from the history; today's brief: pnpm dossier show ${slug}`,
    );
    expect(result.stdout).toContain('Regulation on chat control');
    expect(result.stdout).not.toContain('child sexual abuse');

    const today = await run(['show', slug]);
    expect(today.stdout).not.toContain('AS IT STOOD');
    expect(today.stdout).toContain('Regulation on child sexual abuse material');
  });

  it('says when the measure was not yet recorded, and refuses a date it cannot read', async () => {
    const early = await run(['show', slug, '--as-of', '2019-01-01']);
    expect(early.code).toBe(1);
    expect(early.stderr).toContain(
      `${slug} was not in the record on 2019-01-01: it was first recorded on ${before.slice(0, 10)}.`,
    );
    expect(early.stderr).not.toContain('pnpm dossier list');
    const wrong = await run(['show', slug, '--as-of', 'last week']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/^--as-of: give a day as YYYY-MM-DD .* \(got "last week"\)/);
  });
});

describe('formatting history', () => {
  it('shows values as text: lists joined, nothing as (none), long text cut', () => {
    expect(valueText(['a', 'b'])).toBe('a, b');
    expect(valueText(null)).toBe('(none)');
    expect(valueText([{ scheme: 'com', value: 'COM(2024) 1' }])).toBe(
      '{"scheme":"com","value":"COM(2024) 1"}',
    );
    expect(valueText('x'.repeat(300))).toHaveLength(120);
    expect(
      formatHistory({
        subject: { kind: 'measure', id: 'i', slug: 's', title: 'T' },
        items: [],
        nextCursor: null,
      }),
    ).toBe('History of T (s), newest first\n\n  Nothing recorded yet.\n');
  });
});
