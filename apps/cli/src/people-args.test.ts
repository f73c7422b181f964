// Reading `user …` and `token …` command lines, and the text they print, without a server.
import { describe, expect, it } from 'vitest';
import { parseCli, UsageError } from './args';
import {
  formatCreatedToken,
  formatMoment,
  formatSignInLink,
  formatTokenTable,
  formatUserTable,
} from './people-format';

const command = (...argv: string[]) => parseCli(argv, {}).command;

function usageError(...argv: string[]): string {
  try {
    parseCli(argv, {});
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`expected a usage error for ${argv.join(' ')}`);
}

describe('parseCli user and token', () => {
  it('reads each action, names as the server stores them (trimmed, lower case)', () => {
    expect(command('user', 'list')).toEqual({ name: 'user', action: 'list', json: false });
    expect(command('user', 'list', '--json')).toEqual({ name: 'user', action: 'list', json: true });
    expect(command('user', 'add', ' Ana.B ', '--role', 'editor')).toEqual({
      name: 'user',
      action: 'add',
      user: 'ana.b',
      role: 'editor',
    });
    expect(command('user', 'role', 'ana', 'admin')).toEqual({
      name: 'user',
      action: 'role',
      user: 'ana',
      role: 'admin',
    });
    expect(command('user', 'remove', 'ana')).toEqual({
      name: 'user',
      action: 'remove',
      user: 'ana',
    });
    expect(command('user', 'link', 'ana')).toEqual({ name: 'user', action: 'link', user: 'ana' });
    expect(command('token', 'create', ' nightly import ', '--role', 'viewer')).toEqual({
      name: 'token',
      action: 'create',
      label: 'nightly import',
      role: 'viewer',
    });
    expect(command('token', 'list', '--json')).toEqual({
      name: 'token',
      action: 'list',
      json: true,
    });
    expect(command('token', 'revoke', '12')).toEqual({ name: 'token', action: 'revoke', id: 12 });
  });

  it('says what is wrong with a command line it cannot run', () => {
    expect(usageError('user')).toBe('user needs an action: use list, add, role, remove, link.');
    expect(usageError('user', 'add', 'ana', 'bob', '--role', 'viewer')).toBe(
      'user add takes one name, such as: user add ana --role editor (got "ana bob"); quote it if it has spaces.',
    );
    expect(usageError('user', 'role', 'ana')).toBe(
      'user role takes a name and a role, such as: user role ana editor.',
    );
    expect(usageError('user', 'list', 'everyone')).toBe(
      'user list takes no arguments (got "everyone").',
    );
    expect(usageError('user', 'add', 'ana', '--role', 'Editor')).toMatch(
      /^--role "Editor": must be one of viewer/,
    );
    expect(usageError('token', 'create', 'a', 'b', '--role', 'viewer')).toMatch(
      /^token create takes one label, .*; quote it if it has spaces\.$/,
    );
    expect(usageError('token', 'create', 'x'.repeat(81), '--role', 'viewer')).toBe(
      `Label "${'x'.repeat(81)}": must be at most 80 characters.`,
    );
    expect(usageError('token', 'create', 'two\nlines', '--role', 'viewer')).toMatch(
      /^Label "two\\nlines": must fit on one line/,
    );
    for (const id of ['0', '1.5', '0x10', '1e3', ''])
      expect(usageError('token', 'revoke', id)).toMatch(/^token revoke takes/);
    expect(usageError('user', 'add', 'ana', '--role', 'viewer', '--json')).toBe(
      '--json only applies to user list and token list.',
    );
    expect(usageError('user', 'list', '--stage', 'proposal')).toBe(
      '--stage does not apply to user.',
    );
    expect(usageError('token', 'list', '--db', 'x.db')).toBe('--db does not apply to token.');
    expect(usageError('list', '--role', 'admin')).toBe(
      '--role only applies to user add and token create.',
    );
  });
});

describe('people and token text', () => {
  it('writes instants in UTC, the same wherever the command runs', () => {
    expect(formatMoment('2026-03-01T09:05:00.000Z')).toBe('1 Mar 2026 09:05 UTC');
  });

  it('prints the tables, and says so when there is nothing to list', () => {
    expect(
      formatUserTable([
        { name: 'admin', role: 'admin', hasPassword: true, lastSignInAt: '2026-03-01T09:05:00Z' },
        { name: 'ana', role: 'editor', hasPassword: false, lastSignInAt: null },
      ]),
    ).toBe(
      [
        'NAME   ROLE    PASSWORD  LAST SIGN-IN',
        'admin  admin   set       1 Mar 2026 09:05 UTC',
        'ana    editor  not set   never',
        '',
        '2 people',
        '',
      ].join('\n'),
    );
    expect(formatUserTable([])).toBe('No one can sign in yet.\n');
    const token = {
      id: 7,
      label: 'a label long enough to be shortened in the table, not in the JSON',
      role: 'viewer' as const,
      createdBy: 'ana',
      createdAt: '2026-03-01T09:05:00Z',
      lastUsedAt: null,
      revokedAt: '2026-03-02T10:00:00Z',
    };
    expect(formatTokenTable([token]).split('\n')).toEqual([
      'ID  LABEL                                    ROLE    CREATED BY  CREATED               LAST USED  REVOKED',
      '7   a label long enough to be shortened in…  viewer  ana         1 Mar 2026 09:05 UTC  never      2 Mar 2026 10:00 UTC',
      '',
      '1 token, 0 live',
      '',
    ]);
    expect(formatTokenTable([])).toMatch(/^No API tokens yet: an admin makes one with/);
  });

  it('prints a link on the address the CLI used, and a secret once', () => {
    const link = formatSignInLink(
      {
        user: 'ana',
        serverUrl: 'https://dossier.example.org/',
        link: { path: '/sign-in/link#dsl_secret', expiresAt: '2026-03-02T09:05:00Z' },
      },
      'Added ana with the editor role.',
    );
    expect(link).toContain('\n  https://dossier.example.org/sign-in/link#dsl_secret\n');
    expect(link).toContain('(it works once, until 2 Mar 2026 09:05 UTC)');
    const created = formatCreatedToken({ id: 3, label: 'ci', role: 'editor', token: 'dst_secret' });
    expect(created.split('dst_secret')).toHaveLength(2);
    expect(created).toContain('it will not be shown again');
  });
});
