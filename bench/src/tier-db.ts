// The database of a tier, generated once by `pnpm dossier generate` (the real CLI, the real
// import) and kept under bench/.data, which git ignores. Delete the file, or pass --regenerate
// to `pnpm bench`, after changing the generator.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TierName } from '@dossier/db/seed';
import { repoRoot } from './processes';

export const dataDir = join(import.meta.dirname, '..', '.data');

export function tierDatabase(
  tier: TierName,
  seed: number,
  regenerate = false,
): { file: string; generatedSeconds: number | null } {
  const file = join(dataDir, `${tier}-${seed}.db`);
  if (existsSync(file) && !regenerate) return { file, generatedSeconds: null };
  mkdirSync(dataDir, { recursive: true });
  const partial = `${file}.partial`;
  for (const f of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(f, { force: true });
  console.log(`Generating tier ${tier} (seed ${seed}) into ${file} ...`);
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src/main.ts', 'generate', '--tier', tier, '--seed', String(seed)].concat([
      '--db',
      partial,
    ]),
    { cwd: join(repoRoot, 'apps', 'cli'), stdio: 'inherit' },
  );
  if (run.status !== 0) throw new Error(`generate exited with ${run.status}`);
  for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  renameSync(partial, file);
  return { file, generatedSeconds: (performance.now() - started) / 1000 };
}

/** A measure of the tier's database with an ordinary timeline, for briefs. */
export const tierBriefSlug = (measures: number, seed: number) =>
  `gen-${seed}-m${Math.floor(measures / 2) + 7}`;
