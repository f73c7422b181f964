import { describe, expect, it } from 'vitest';
import { defaultUrl, parseCli, UsageError } from './args';

const noEnv = {};

function usageError(argv: string[]): string {
  try {
    parseCli(argv, noEnv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`expected a usage error for ${argv.join(' ')}`);
}

describe('parseCli', () => {
  it('reads list filters, repeated or separated by commas', () => {
    const { command } = parseCli(
      [
        'list',
        '--stage',
        'announced,proposal',
        '--stage',
        ' adopted ',
        '--kind',
        'review',
        '--q',
        ' telegram ',
      ],
      noEnv,
    );
    expect(command).toEqual({
      name: 'list',
      json: false,
      filters: { stage: ['announced', 'proposal', 'adopted'], kind: ['review'], q: 'telegram' },
    });
  });

  it('reads show with its ref and --json, options before or after', () => {
    expect(parseCli(['--json', 'show', '2017/0003(COD)'], noEnv).command).toEqual({
      name: 'show',
      ref: '2017/0003(COD)',
      json: true,
      asOf: null,
    });
    expect(parseCli(['show', 'x', '--as-of', '2019-01-01'], noEnv).command).toMatchObject({
      asOf: '2019-01-01',
    });
  });

  it('takes the server and token from flags first, then the environment, then the default', () => {
    expect(parseCli(['list'], noEnv)).toMatchObject({ url: defaultUrl, token: null });
    const env = { DOSSIER_URL: 'http://dossier.example:8080', DOSSIER_TOKEN: 'from-env-token' };
    expect(parseCli(['list'], env)).toMatchObject({
      url: 'http://dossier.example:8080',
      token: 'from-env-token',
    });
    expect(
      parseCli(['list', '--url', 'http://other:1', '--token', 'flag-token'], env),
    ).toMatchObject({
      url: 'http://other:1',
      token: 'flag-token',
    });
  });

  it('answers help however it is asked', () => {
    for (const argv of [['help'], ['--help'], ['-h'], ['show', 'x', '--help']]) {
      expect(parseCli(argv, noEnv).command).toEqual({ name: 'help' });
    }
  });

  it('skips the "--" that pnpm passes through', () => {
    expect(parseCli(['--', 'list', '--json'], noEnv).command).toMatchObject({
      name: 'list',
      json: true,
    });
  });

  it('explains what is wrong with a command line', () => {
    expect(usageError([])).toMatch(/Give a command/);
    expect(usageError(['frob'])).toBe(
      'Unknown command "frob": use list, show, search, export, import, backup, restore, generate, example, user, token or help.',
    );
    expect(usageError(['list', '--bogus'])).toBe('Unknown option --bogus.');
    expect(usageError(['list', '--url'])).toBe('--url needs a value.');
    expect(usageError(['list', '--json=yes'])).toBe('--json takes no value.');
    expect(usageError(['list', 'extra'])).toMatch(/^list takes no arguments/);
    expect(usageError(['show'])).toMatch(/^show needs a ref/);
    expect(usageError(['show', 'a', 'b'])).toMatch(/^show takes one ref/);
    expect(usageError(['show', 'a', '--stage', 'adopted'])).toBe(
      '--stage only applies to list, not to show.',
    );
    expect(usageError(['list', '--url', 'localhost:3000'])).toMatch(/is not a server address/);
  });
});
