// `pnpm dossier digest` against a real server process: a person signs in and watches a measure,
// someone else records an event, and the operator reads that person's digest as Markdown, on
// standard output or in a file. A wrong period is refused before the server is asked.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDossierClient } from '@dossier/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asOperator, dossier, serverProcess, serverToken } from './test/run';

const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-digest-'));
let server: ReturnType<typeof serverProcess>;
let url: string;

beforeAll(async () => {
  server = serverProcess(join(dir, 'dossier.db'));
  url = await server.url;
}, 60_000);
afterAll(async () => {
  server?.child.kill('SIGTERM');
  await server?.exited;
  rmSync(dir, { recursive: true, force: true });
});

const operator = (...args: string[]) => dossier([...args, '--url', url], dir, asOperator);

/** Signs `secret`'s person in as the dashboard does and calls one mutation with the cookie. */
async function asPerson(secret: string, path: string, input: unknown) {
  const headers = { 'content-type': 'application/json', origin: url };
  const signIn = await fetch(`${url}/trpc/auth.redeemLink`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ token: secret }),
  });
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
  const answer = await fetch(`${url}/trpc/${path}`, {
    method: 'POST',
    headers: { ...headers, cookie },
    body: JSON.stringify(input),
  });
  expect(answer.status, await answer.clone().text()).toBe(200);
}

describe('digest', { timeout: 120_000 }, () => {
  it("prints a person's digest as Markdown, or writes it to a file", async () => {
    const admin = createDossierClient({ url, token: serverToken });
    const { link } = await admin.users.add.mutate({ name: 'ana', role: 'viewer' });
    const source = await admin.sources.create.mutate({
      title: 'A report',
      publisher: 'Reuters',
      kind: 'news',
      publishedOn: '2026-11-01',
    });
    const measure = await admin.measures.create.mutate({
      slug: 'chat-control',
      title: 'Chat *control*',
      kind: 'regulation',
      jurisdiction: 'EU',
      stage: 'proposal',
    });
    await asPerson(link.path.slice(link.path.indexOf('#') + 1), 'watches.add', {
      kind: 'measure',
      target: 'chat-control',
    });
    await admin.events.create.mutate({
      measureId: measure.id,
      sourceId: source.id,
      date: '2026-11-20',
      kind: 'trilogue',
      title: 'First trilogue',
    });

    const run = await operator('digest', '--since', '7d', '--user', 'ana');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(
      /^# What changed: \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d\n\nFor ana, from /,
    );
    expect(run.stdout).toContain(
      `\n## [Chat \\*control\\*](${url}/measures/chat-control)\n\nNew events:\n\n- 2026-11-20: First trilogue\n`,
    );

    const file = join(dir, 'digest.md');
    const written = await operator('digest', '--since', '7d', '--user', 'ana', '--out', file);
    expect(written).toMatchObject({
      code: 0,
      stderr: '',
      stdout: `Wrote the digest to ${file}.\n`,
    });
    const body = (text: string) => text.split('\n').slice(3).join('\n');
    expect(body(readFileSync(file, 'utf8'))).toBe(body(run.stdout));
  });

  it('needs a person: the server token is no one', async () => {
    const run = await operator('digest', '--since', '7d');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/belongs to no one.*Give --user NAME/);
    const nobody = await operator('digest', '--since', '7d', '--user', 'nobody');
    expect(nobody.code).toBe(1);
    expect(nobody.stderr).toMatch(/No one is called "nobody"/);
  });

  it('refuses a wrong command line before asking the server', async () => {
    const none = await operator('digest');
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^digest needs a period: --since 7d/);
    const wrong = await operator('digest', '--since', 'yesterday');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/^--since: "yesterday" is not a period: write 7d, 24h, 2w/);
    const elsewhere = await operator('list', '--since', '7d');
    expect(elsewhere.code).toBe(2);
    expect(elsewhere.stderr).toMatch(/--since only applies to digest/);
  });
});
