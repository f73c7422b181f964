// `pnpm dossier user …` and `token …` against a real server process: the operator (the server's
// DOSSIER_TOKEN, an admin) adds people and makes tokens; a viewer's token reads and changes
// nothing, an editor's changes the record but not who may; a revoked token is refused; the last
// admin stays; bad names and roles are refused before the server is asked.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDossierClient } from '@dossier/client';
import { freePort } from '@dossier/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchAllMeasures } from './commands';
import { asOperator, dossier, type Run, serverProcess, serverToken } from './test/run';

const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-people-'));
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

/** The CLI as the operator, with the server's own token (an admin). */
const operator = (...args: string[]) => dossier([...args, '--url', url], dir, asOperator);
/** The CLI with an API token in DOSSIER_TOKEN. */
const holding = (token: string, ...args: string[]) =>
  dossier([...args, '--url', url], dir, { DOSSIER_TOKEN: token });

const admin = () => createDossierClient({ url, token: serverToken });

/** The secret after the # of a link the CLI printed. */
const linkIn = (run: Run) => {
  const found = new RegExp(`^ {2}(${url}/sign-in/link#(\\S+))$`, 'm').exec(run.stdout);
  expect(found, run.stdout).not.toBeNull();
  return { url: found![1]!, secret: found![2]! };
};

/** Signs in with a one-time link as the dashboard does; the HTTP status of the answer. */
const redeem = async (secret: string) =>
  (
    await fetch(`${url}/trpc/auth.redeemLink`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: secret }),
    })
  ).status;

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const moment = String.raw`\d{1,2} [A-Z][a-z]{2} \d{4} \d\d:\d\d UTC`;

/** Everything a write could change: the measures, the audit log, the people and the tokens. */
async function state() {
  const client = admin();
  const tokens = await client.tokens.list.query();
  return {
    measures: (await fetchAllMeasures(client, {})).map((m) => m.slug),
    changes: (await client.measures.history.query({})).items.map((c) => c.id),
    users: await client.users.list.query(),
    // A token's last use is the one thing a refused request may move.
    tokens: tokens.map(({ lastUsedAt: _, ...token }) => token),
  };
}

const tokens: Record<'viewer' | 'editor', { id: number; secret: string }> = {
  viewer: { id: 0, secret: '' },
  editor: { id: 0, secret: '' },
};
let firstViewerLink = '';

const importFile = join(dir, 'from-a-script.json');
writeFileSync(
  importFile,
  JSON.stringify({
    format: 'dossier-interchange',
    version: 1,
    sources: [{ key: 'note', title: 'A note', publisher: 'The team', kind: 'other' }],
    measures: [
      { slug: 'from-a-script', title: 'Recorded by a script', kind: 'letter', jurisdiction: 'FR' },
    ],
  }),
);

describe('people and tokens', { timeout: 120_000 }, () => {
  it('the operator adds an editor and a viewer, each with a link that signs them in once', async () => {
    const ana = await operator('user', 'add', 'ana', '--role', 'editor');
    expect(ana).toMatchObject({ code: 0, stderr: '' });
    expect(ana.stdout).toMatch(
      new RegExp(
        `^Added ana with the editor role\\.\\nOne-time sign-in link for ana \\(it works once, until ${moment}\\):\\n {2}${url}/sign-in/link#dsl_\\S+\\nGive it to ana privately\\. Once it is used or expired, make a new one with \`pnpm dossier user link ana\`\\.\\n$`,
      ),
    );
    const vic = await operator('user', 'add', 'Vic', '--role', 'viewer');
    expect(vic.stdout).toMatch(/^Added vic with the viewer role\./);
    firstViewerLink = linkIn(vic).secret;

    const link = linkIn(ana).secret;
    expect(await redeem(link)).toBe(200);
    expect(await redeem(link)).toBe(401);

    const again = await operator('user', 'add', 'ana', '--role', 'viewer');
    expect(again).toMatchObject({ code: 1, stdout: '' });
    expect(again.stderr).toMatch(/^Someone is already called "ana"\. \(request [\w-]+\)\n$/);

    const list = await operator('user', 'list');
    expect(list).toMatchObject({ code: 0, stderr: '' });
    const [header, ...rows] = list.stdout.split('\n');
    expect(header).toMatch(/^NAME +ROLE +PASSWORD +LAST SIGN-IN$/);
    expect(rows.slice(0, 3).map((r) => r.split(/ {2,}/))).toEqual([
      ['admin', 'admin', 'not set', 'never'],
      ['ana', 'editor', 'not set', expect.stringMatching(new RegExp(`^${moment}$`))],
      ['vic', 'viewer', 'not set', 'never'],
    ]);
    expect(list.stdout).toMatch(/\n\n3 people\n$/);
    const json = await operator('user', 'list', '--json');
    expect(JSON.parse(json.stdout).map((u: { name: string }) => u.name)).toEqual([
      'admin',
      'ana',
      'vic',
    ]);
  });

  it('a new link for someone works, and their older one no longer does', async () => {
    const run = await operator('user', 'link', 'vic');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^A new sign-in link for vic; the older ones no longer work\.\n/);
    expect(await redeem(firstViewerLink)).toBe(401);
    expect(await redeem(linkIn(run).secret)).toBe(200);

    const nobody = await operator('user', 'link', 'nobody');
    expect(nobody.code).toBe(1);
    expect(nobody.stderr).toMatch(
      /^No one is called "nobody" here\. \(request [\w-]+\) Run `pnpm dossier user list` to see who is there\.\n$/,
    );
  });

  it('creates a viewer token and an editor token, each secret shown once', async () => {
    for (const role of ['viewer', 'editor'] as const) {
      const run = await operator('token', 'create', `${role} script`, '--role', role);
      expect(run).toMatchObject({ code: 0, stderr: '' });
      const found = new RegExp(
        `^Created token (\\d+) "${role} script" with the ${role} role:\\n {2}(dst_\\S+)\\nCopy it now: it will not be shown again`,
      ).exec(run.stdout);
      expect(found, run.stdout).not.toBeNull();
      const secret = found![2]!;
      expect(run.stdout.split(secret)).toHaveLength(2);
      expect(run.stdout).toContain(
        'Use it as `DOSSIER_TOKEN=<token> pnpm dossier <command>`, or `pnpm dossier <command> --token <token>`.',
      );
      tokens[role] = { id: Number(found![1]), secret };
    }
  });

  it('with the viewer token: reads, and every write is refused (403) and changes nothing', async () => {
    const read = await holding(tokens.viewer.secret, 'list');
    expect(read).toMatchObject({ code: 0, stderr: '' });
    const before = await state();

    const refusal = (role: string) =>
      `Refused (403, not allowed): This needs the ${role} role; the token you sent has the viewer role. An admin can change that. (request `;
    const writes = [
      ['import', importFile],
      ['example'],
      ['user', 'add', 'eve', '--role', 'viewer'],
      ['user', 'role', 'vic', 'admin'],
      ['user', 'remove', 'ana'],
      ['user', 'link', 'ana'],
      ['user', 'list'],
      ['token', 'create', 'mine now', '--role', 'admin'],
      ['token', 'revoke', String(tokens.editor.id)],
      ['token', 'list'],
    ];
    const runs = await Promise.all(writes.map((args) => holding(tokens.viewer.secret, ...args)));
    runs.forEach((run, i) => {
      const args = writes[i]!;
      const needed = args[0] === 'user' || args[0] === 'token' ? 'admin' : 'editor';
      const saved = args[0] === 'import' ? ' Nothing was saved\\.' : '';
      expect(run.code, args.join(' ')).toBe(3);
      expect(run.stdout, args.join(' ')).toBe('');
      expect(run.stderr, args.join(' ')).toMatch(
        new RegExp(`^${escaped(refusal(needed))}[\\w-]+\\)${saved}\\n$`),
      );
    });
    expect(await state()).toEqual(before);
  });

  it('with the editor token: changes the record, in its creator’s name, but not who may', async () => {
    const list = await holding(tokens.editor.secret, 'user', 'list');
    expect(list).toMatchObject({ code: 3, stdout: '' });
    expect(list.stderr).toMatch(
      /^Refused \(403, not allowed\): This needs the admin role; the token you sent has the editor role\./,
    );

    const imported = await holding(tokens.editor.secret, 'import', importFile);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/^ {2}created +2 /m);
    const changes = (await admin().measures.history.query({})).items;
    expect(changes[0]?.actor).toBe('server token (token "editor script")');
  });

  it('lists every token with its last use, and a revoked token is refused (401)', async () => {
    const unused = await operator('token', 'create', 'never used', '--role', 'viewer');
    expect(unused.code).toBe(0);
    const list = await operator('token', 'list');
    expect(list).toMatchObject({ code: 0, stderr: '' });
    const lines = list.stdout.split('\n');
    expect(lines[0]).toMatch(/^ID +LABEL +ROLE +CREATED BY +CREATED +LAST USED +REVOKED$/);
    const row = (label: string) => lines.find((l) => l.includes(` ${label} `))?.split(/ {2,}/);
    const used = expect.stringMatching(new RegExp(`^${moment}$`));
    expect(row('viewer script')).toEqual([
      String(tokens.viewer.id),
      'viewer script',
      'viewer',
      'server token',
      used,
      used,
      '-',
    ]);
    expect(row('never used')?.slice(5)).toEqual(['never', '-']);
    expect(list.stdout).toMatch(/\n\n3 tokens, 3 live\n$/);

    const revoked = await operator('token', 'revoke', String(tokens.viewer.id));
    expect(revoked).toMatchObject({ code: 0, stderr: '' });
    expect(revoked.stdout).toMatch(
      new RegExp(
        `^Token ${tokens.viewer.id} "viewer script" is revoked since ${moment}: requests with it are refused \\(401\\)\\.\\n$`,
      ),
    );
    const refused = await holding(tokens.viewer.secret, 'list');
    expect(refused).toMatchObject({ code: 3, stdout: '' });
    expect(refused.stderr).toMatch(
      /^Refused \(401, token not accepted\): The token sent in "Authorization: Bearer" is not valid: it was revoked or mistyped\./,
    );
    const after = await operator('token', 'list');
    expect(after.stdout).toMatch(
      new RegExp(`^${tokens.viewer.id} +viewer script .* ${moment}$`, 'm'),
    );
    expect(after.stdout).toMatch(/\n\n3 tokens, 2 live\n$/);

    const unknown = await operator('token', 'revoke', '999');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^No token has the id 999\. .*Run `pnpm dossier token list`/);
  });

  it('changes roles and removes people, but never the last admin', async () => {
    const lastAdmin =
      'admin is the last admin: make someone else admin first, or no one could manage people.';
    const remove = await operator('user', 'remove', 'admin');
    expect(remove).toMatchObject({ code: 1, stdout: '' });
    expect(remove.stderr).toMatch(new RegExp(`^${escaped(lastAdmin)} \\(request [\\w-]+\\)\\n$`));
    const demote = await operator('user', 'role', 'admin', 'editor');
    expect(demote.code).toBe(1);
    expect(demote.stderr).toContain(lastAdmin);

    const promote = await operator('user', 'role', 'ana', 'admin');
    expect(promote).toEqual({
      code: 0,
      stdout: 'ana has the admin role now (from their next request).\n',
      stderr: '',
    });
    const removed = await operator('user', 'remove', 'admin');
    expect(removed).toMatchObject({ code: 0, stderr: '' });
    expect(removed.stdout).toBe(
      'Removed admin: their sessions ended and the tokens they created are revoked.\n',
    );
    const users = await admin().users.list.query();
    expect(users.map((u) => [u.name, u.role])).toEqual([
      ['ana', 'admin'],
      ['vic', 'viewer'],
    ]);
    const alone = await operator('user', 'remove', 'ana');
    expect(alone.code).toBe(1);
    expect(alone.stderr).toContain('ana is the last admin: make someone else admin first');
  });

  it('refuses a bad name, role, label or id with a usage hint, without asking the server', async () => {
    // Nothing listens there: a command that asked the server would say it cannot reach it.
    const nowhere = `http://127.0.0.1:${await freePort()}`;
    const run = (...args: string[]) => dossier([...args, '--url', nowhere], dir, asOperator);
    const hint = '\nRun `pnpm dossier help` for usage.\n';
    const cases: [string[], string][] = [
      [
        ['user', 'add', 'Bad Name!', '--role', 'editor'],
        'Name "Bad Name!": a name uses letters a-z, digits, dots, dashes and underscores, and starts with a letter or digit.',
      ],
      [
        ['user', 'add', 'eve', '--role', 'boss'],
        '--role "boss": must be one of viewer (reads), editor (reads and writes), admin (also manages people).',
      ],
      [['user', 'add', 'eve'], 'user add needs a role: --role viewer|editor|admin.'],
      [
        ['user', 'role', 'ana', 'boss'],
        'Role "boss": must be one of viewer (reads), editor (reads and writes), admin (also manages people).',
      ],
      [
        ['user', 'role', 'ana', '--role', 'admin'],
        '--role does not apply to user role; write: user role <name> <role>.',
      ],
      [['user', 'remove', 'x'], 'Name "x": a name has at least 2 characters.'],
      [
        ['token', 'create', 'ok', '--role', 'boss'],
        '--role "boss": must be one of viewer (reads), editor (reads and writes), admin (also manages people).',
      ],
      [
        ['token', 'create', 'evil\u202Elabel', '--role', 'viewer'],
        'Label "evil\\u202Elabel": a label cannot hold invisible formatting characters (such as U+202E).',
      ],
      [
        ['token', 'revoke', 'abc'],
        'token revoke takes a token\'s id, a whole number as token list shows it (got "abc").',
      ],
      [['user', 'fire', 'ana'], 'Unknown user action "fire": use list, add, role, remove, link.'],
      [['token'], 'token needs an action: use list, create, revoke.'],
      [
        ['import', 'x.json', '--role', 'admin'],
        '--role only applies to user add and token create.',
      ],
    ];
    const runs = await Promise.all(cases.map(([args]) => run(...args)));
    runs.forEach((result, i) => {
      expect(result, cases[i]![0].join(' ')).toEqual({
        code: 2,
        stdout: '',
        stderr: `${cases[i]![1]}${hint}`,
      });
    });
  });
});
