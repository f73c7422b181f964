// Proves that turbo cannot replay a stale pass: internal packages export their TypeScript source,
// so @dossier/api's tests are only trustworthy if a change in packages/domain reaches their hash.
// Asks turbo (dry run, nothing executed) for the hash before, during and after a harmless edit.
// Extra arguments go to turbo, e.g. `--root-turbo-json=/tmp/old.json` to try another config.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const task = '@dossier/api#test';
// Any file of packages/domain would do: turbo hashes a package's files, not what is imported.
const probe = join(root, 'packages/domain/src/enums.ts');
const marker = `\n// turbo graph check ${process.pid}: remove this line if a run was interrupted\n`;

function hashOf() {
  const out = execFileSync(
    join(root, 'node_modules/.bin/turbo'),
    ['run', 'test', '--dry=json', '--filter=@dossier/api', ...process.argv.slice(2)],
    { cwd: root, encoding: 'utf8', env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } },
  );
  const found = JSON.parse(out).tasks.find((t) => t.taskId === task);
  if (!found) throw new Error(`turbo's dry run has no ${task}`);
  return found.hash;
}

// Takes out only our line, so an edit someone else makes to the file meanwhile survives.
function restore() {
  const now = readFileSync(probe, 'utf8');
  if (now.includes(marker)) writeFileSync(probe, now.replace(marker, ''));
}

const before = hashOf();
let during;
try {
  writeFileSync(probe, readFileSync(probe, 'utf8') + marker);
  during = hashOf();
} finally {
  restore();
}
const after = hashOf();

const name = 'packages/domain/src/enums.ts';
if (during === before) {
  console.error(
    `turbo graph: FAIL ${task} keeps hash ${before} when ${name} changes: turbo would replay a stale pass`,
  );
  process.exit(1);
}
if (after !== before) {
  // Without this, a hash that changes on every run would pass the check above for nothing.
  console.error(
    `turbo graph: FAIL ${task} hash ${before} became ${after} with ${name} restored: the hash is unstable`,
  );
  process.exit(1);
}
console.log(
  `turbo graph: ok, a change in ${name} changes ${task}'s hash (${before} -> ${during}) and restoring it restores the hash`,
);
