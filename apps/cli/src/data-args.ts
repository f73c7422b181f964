// The command lines of data in and out: export, import, backup, restore, generate. Kept apart
// from the other commands' parsing; args.ts hands these names over here.
import { isAbsolute, resolve } from 'node:path';
import { type TierName, tierNames } from '@dossier/db/seed';
import { type CsvKind, csvKinds } from '@dossier/domain';
import { UsageError } from './args';

export const dataCommandNames = ['export', 'import', 'backup', 'restore', 'generate'] as const;
type DataCommandName = (typeof dataCommandNames)[number];

export interface CsvFilters {
  stage?: string[];
  kind?: string[];
  jurisdiction?: string[];
  policyArea?: string;
  q?: string;
}

export type DataCommand =
  | {
      name: 'export';
      /** Absolute path, or null for standard output. */
      out: string | null;
      measure: string | null;
      csv: { table: CsvKind; filters: CsvFilters; bom: boolean } | null;
    }
  | { name: 'import'; file: string; dryRun: boolean }
  | { name: 'backup'; file: string; db: string }
  | { name: 'restore'; file: string; db: string }
  | { name: 'generate'; tier: TierName; seed: number; db: string };

/** The options these commands add to the command line's. */
export const dataOptions = {
  measure: { type: 'string' },
  out: { type: 'string' },
  csv: { type: 'string' },
  bom: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  db: { type: 'string' },
  jurisdiction: { type: 'string', multiple: true },
  'policy-area': { type: 'string' },
  tier: { type: 'string' },
  seed: { type: 'string' },
} as const;

export const dataUsage = `  export [--measure REF] [--out FILE]      the whole dossier (or one measure and what it
                                           needs) as an interchange file (docs/interchange.md)
  export --csv measures|positions|events [--stage S] [--kind K] [--jurisdiction J]
         [--policy-area A] [--q TEXT] [--bom] [--out FILE]
                                           a spreadsheet of what \`list\` shows with the same
                                           filters; --bom for Excel
  import <file.json> [--dry-run]           add a file's records; records already there are
                                           updated or left unchanged; --dry-run saves nothing
  backup <file> [--db PATH]                a consistent copy of the database, server running
  restore <file> [--db PATH]               put a backup in place of the database (stop the
                                           server first; the database is kept beside it)
  generate --tier S|M|L [--seed N] --db FILE
                                           fill a new database with a made-up dossier of
                                           1,000 (S), 10,000 (M) or 100,000 (L) measures,
                                           the same for the same seed, for benchmarks`;

export const dataOptionsUsage = `  --db PATH     backup, restore: the database file (default ./data/dossier.db, or DOSSIER_DB);
                generate: the database to fill (required)
  --tier T      generate: S, M or L
  --seed N      generate: a whole number; the same seed makes the same dossier (default 1)`;

export const isDataCommandName = (name: string): name is DataCommandName =>
  (dataCommandNames as readonly string[]).includes(name);

export const isDataCommand = <C extends { name: string }>(
  command: C | DataCommand,
): command is DataCommand => isDataCommandName(command.name);

type Values = Record<string, string | boolean | string[] | undefined>;

const only = (values: Values, allowed: readonly string[], command: string) => {
  const used = Object.keys(dataOptions).filter(
    (option) => values[option] !== undefined && !allowed.includes(option),
  );
  if (used.length > 0) throw new UsageError(`--${used.join(', --')} does not apply to ${command}.`);
};

/** `--stage a,b --stage c` -> ['a', 'b', 'c']; nothing given -> undefined. */
const listOf = (value: string | boolean | string[] | undefined) => {
  const items = (Array.isArray(value) ? value : typeof value === 'string' ? [value] : [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  return items.length > 0 ? items : undefined;
};

/**
 * Reads one of the four commands. Relative paths are taken from where the command was started
 * (pnpm's INIT_CWD), as the server takes its --db, not from apps/cli.
 */
export function parseDataCommand(
  name: DataCommandName,
  rest: readonly string[],
  values: Values,
  env: Readonly<Record<string, string | undefined>>,
): DataCommand {
  const startDir = env.INIT_CWD || process.cwd();
  const path = (p: string) => (isAbsolute(p) ? p : resolve(startDir, p));
  const database = () =>
    path((values.db as string | undefined) ?? (env.DOSSIER_DB || './data/dossier.db'));
  const listFilters = ['stage', 'kind', 'q'] as const;
  if (values.json !== undefined)
    throw new UsageError(
      `--json does not apply to ${name}${name === 'export' ? ': its file is JSON already' : ''}.`,
    );

  if (name === 'export') {
    if (rest.length > 0)
      throw new UsageError(
        `export takes no arguments (got "${rest.join(' ')}"); write to a file with --out FILE.`,
      );
    only(values, ['measure', 'out', 'csv', 'bom', 'jurisdiction', 'policy-area'], 'export');
    const out = typeof values.out === 'string' ? path(values.out) : null;
    const measure = typeof values.measure === 'string' ? values.measure.trim() : null;
    if (values.csv === undefined) {
      const csvOnly = [...listFilters, 'bom', 'jurisdiction', 'policy-area'].filter(
        (o) => values[o] !== undefined,
      );
      if (csvOnly.length > 0)
        throw new UsageError(`--${csvOnly.join(', --')} only applies to export --csv.`);
      return { name, out, measure: measure || null, csv: null };
    }
    const table = String(values.csv);
    if (!(csvKinds as readonly string[]).includes(table))
      throw new UsageError(`--csv takes ${csvKinds.join(', ')} (got "${table}").`);
    if (measure !== null)
      throw new UsageError(
        '--measure does not apply to --csv; filter with --q, --stage or --kind.',
      );
    const filters: CsvFilters = {};
    const stage = listOf(values.stage);
    const kind = listOf(values.kind);
    const jurisdiction = listOf(values.jurisdiction)?.map((j) => j.toUpperCase());
    const q = typeof values.q === 'string' ? values.q.trim() : '';
    const policyArea =
      typeof values['policy-area'] === 'string' ? values['policy-area'].trim() : '';
    if (stage) filters.stage = stage;
    if (kind) filters.kind = kind;
    if (jurisdiction) filters.jurisdiction = jurisdiction;
    if (policyArea) filters.policyArea = policyArea;
    if (q) filters.q = q;
    return {
      name,
      out,
      measure: null,
      csv: { table: table as CsvKind, filters, bom: values.bom === true },
    };
  }

  if (name === 'generate') {
    if (rest.length > 0)
      throw new UsageError(
        `generate takes no arguments (got "${rest.join(' ')}"); give the database with --db FILE.`,
      );
    for (const option of listFilters)
      if (values[option] !== undefined)
        throw new UsageError(`--${option} does not apply to generate.`);
    only(values, ['tier', 'seed', 'db'], 'generate');
    const tier = typeof values.tier === 'string' ? values.tier.trim().toUpperCase() : '';
    if (!(tierNames as readonly string[]).includes(tier))
      throw new UsageError(
        `generate needs --tier ${tierNames.join(', ')}${values.tier === undefined ? '' : ` (got "${values.tier}")`}.`,
      );
    const seedText = typeof values.seed === 'string' ? values.seed.trim() : '1';
    const seed = Number(seedText);
    if (!/^\d+$/.test(seedText) || seed > 2 ** 31)
      throw new UsageError(`--seed must be a whole number (got "${values.seed}").`);
    if (typeof values.db !== 'string' || !values.db.trim())
      throw new UsageError(
        'generate needs the database to fill: --db FILE (a new file, not your dossier).',
      );
    return { name, tier: tier as TierName, seed, db: path(values.db) };
  }

  const [file, ...extra] = rest;
  const what = name === 'import' ? 'an interchange file (.json)' : 'a backup file';
  if (!file?.trim()) throw new UsageError(`${name} needs ${what}: pnpm dossier ${name} <file>.`);
  if (extra.length > 0)
    throw new UsageError(
      `${name} takes one file (got "${rest.join(' ')}"); quote it if it has spaces.`,
    );
  for (const option of listFilters)
    if (values[option] !== undefined)
      throw new UsageError(`--${option} does not apply to ${name}.`);

  if (name === 'import') {
    only(values, ['dry-run'], 'import');
    return { name, file: path(file), dryRun: values['dry-run'] === true };
  }
  only(values, ['db'], name);
  return { name, file: path(file), db: database() };
}
