import { describe, expect, it } from 'vitest';
import { parseCli, UsageError } from './args';

const env = { INIT_CWD: '/srv/team' };

function usageError(argv: string[]): string {
  try {
    parseCli(argv, env);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`expected a usage error for ${argv.join(' ')}`);
}

describe('export, import, backup and restore on the command line', () => {
  it('reads export to standard output or to a file taken from where the command started', () => {
    expect(parseCli(['export'], env).command).toEqual({
      name: 'export',
      out: null,
      measure: null,
      csv: null,
    });
    expect(
      parseCli(['export', '--measure', '2017/0003(COD)', '--out', 'one.json'], env).command,
    ).toEqual({
      name: 'export',
      out: '/srv/team/one.json',
      measure: '2017/0003(COD)',
      csv: null,
    });
  });

  it('reads a CSV export with the filters of list', () => {
    const { command } = parseCli(
      [
        'export',
        '--csv',
        'positions',
        '--stage',
        'proposal,adopted',
        '--kind',
        'regulation',
        '--jurisdiction',
        'eu',
        '--policy-area',
        'privacy',
        '--q',
        ' telegram ',
        '--bom',
        '--out',
        '/tmp/p.csv',
      ],
      env,
    );
    expect(command).toEqual({
      name: 'export',
      out: '/tmp/p.csv',
      measure: null,
      csv: {
        table: 'positions',
        bom: true,
        filters: {
          stage: ['proposal', 'adopted'],
          kind: ['regulation'],
          jurisdiction: ['EU'],
          policyArea: 'privacy',
          q: 'telegram',
        },
      },
    });
  });

  it('reads import, backup and restore, the database defaulting as the server’s', () => {
    expect(parseCli(['import', 'dossier.json', '--dry-run'], env).command).toEqual({
      name: 'import',
      file: '/srv/team/dossier.json',
      dryRun: true,
    });
    expect(parseCli(['backup', 'copy.db'], env).command).toEqual({
      name: 'backup',
      file: '/srv/team/copy.db',
      db: '/srv/team/data/dossier.db',
    });
    expect(
      parseCli(['restore', '/backups/monday.db', '--db', 'live.db'], {
        ...env,
        DOSSIER_DB: '/x.db',
      }).command,
    ).toEqual({
      name: 'restore',
      file: '/backups/monday.db',
      db: '/srv/team/live.db',
    });
    expect(
      parseCli(['backup', 'copy.db'], { ...env, DOSSIER_DB: '/var/dossier.db' }).command,
    ).toMatchObject({
      db: '/var/dossier.db',
    });
  });

  it('says what is wrong with a command line it cannot run', () => {
    expect(usageError(['import'])).toBe(
      'import needs an interchange file (.json): pnpm dossier import <file>.',
    );
    expect(usageError(['restore', 'a.db', 'b.db'])).toBe(
      'restore takes one file (got "a.db b.db"); quote it if it has spaces.',
    );
    expect(usageError(['export', '--csv', 'stakeholders'])).toBe(
      '--csv takes measures, positions, events (got "stakeholders").',
    );
    expect(usageError(['export', '--stage', 'proposal'])).toBe(
      '--stage only applies to export --csv.',
    );
    expect(usageError(['export', '--csv', 'events', '--measure', 'x1'])).toBe(
      '--measure does not apply to --csv; filter with --q, --stage or --kind.',
    );
    expect(usageError(['import', 'f.json', '--out', 'x'])).toBe('--out does not apply to import.');
    expect(usageError(['backup', 'f.db', '--dry-run'])).toBe('--dry-run does not apply to backup.');
    expect(usageError(['export', '--json'])).toBe(
      '--json does not apply to export: its file is JSON already.',
    );
    expect(usageError(['list', '--db', 'x.db'])).toBe('--db does not apply to list.');
  });
});
