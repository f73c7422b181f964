// Whether the committed migrations (drizzle/) still describe the schema (src/schema): drizzle-kit
// generates into a copy of the folder, and any file it adds or changes is a migration nobody
// committed. Tooling for `pnpm --filter @dossier/db db:check`; the server never loads it.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface Drift {
  /** Files drizzle-kit added to or changed in the copy, relative to the migrations folder. */
  changed: string[];
  /** The SQL of the migrations drizzle-kit wrote: what the committed ones lack. */
  sql: string;
  /** drizzle-kit's own words, for the failure message. */
  output: string;
  /** drizzle-kit said in so many words that the schema has no changes. */
  upToDate: boolean;
}

function files(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (sub: string) => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const name = join(sub, entry.name);
      if (entry.isDirectory()) walk(name);
      else found.set(name, readFileSync(join(dir, name), 'utf8'));
    }
  };
  if (existsSync(dir)) walk('');
  return found;
}

/**
 * Runs `drizzle-kit generate` with drizzle.config.ts, only pointed at a copy of `migrations`
 * (and at `schema` if given, a folder inside this package so its imports resolve).
 */
export function schemaDrift(options: { migrations?: string; schema?: string } = {}): Drift {
  const migrations = options.migrations ?? join(packageDir, 'drizzle');
  const work = mkdtempSync(join(tmpdir(), 'dossier-drift-'));
  try {
    const out = join(work, 'drizzle');
    if (existsSync(migrations)) cpSync(migrations, out, { recursive: true });
    // drizzle-kit refuses --out beside --config, and puts "./" before the paths it is given, so
    // the override is a config of its own, with paths relative to the package.
    const override = {
      out: relative(packageDir, out),
      ...(options.schema ? { schema: relative(packageDir, options.schema) } : {}),
    };
    const config = join(work, 'drizzle.config.ts');
    writeFileSync(
      config,
      `import base from ${JSON.stringify(join(packageDir, 'drizzle.config'))};\n` +
        `export default { ...base, ...${JSON.stringify(override)} };\n`,
    );
    const run = spawnSync(
      join(packageDir, 'node_modules/.bin/drizzle-kit'),
      ['generate', '--config', config],
      // No terminal to answer a rename prompt on: a question is drift, not a hang.
      { cwd: packageDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 },
    );
    const output = `${run.stdout ?? ''}${run.stderr ?? ''}${run.error ? String(run.error) : ''}`;
    const before = files(migrations);
    const after = files(out);
    const changed = [...after].filter(([name, text]) => before.get(name) !== text).map(([n]) => n);
    const removed = [...before.keys()].filter((name) => !after.has(name));
    // drizzle-kit exits 0 even when it fails, so only its "no changes" line counts as a pass.
    const upToDate = run.status === 0 && /No schema changes/.test(output);
    const sql = changed.filter((name) => name.endsWith('.sql')).map((name) => after.get(name));
    return { changed: [...changed, ...removed].sort(), sql: sql.join('\n'), output, upToDate };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
