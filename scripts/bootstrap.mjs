// Sets up a fresh machine that has only Node 20 and npm: a pinned pnpm in ./.tools,
// the workspace's dependencies, and (with --browser) Debian's Chromium for browser tests.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager;
const version = pinned.split('@')[1];
const tools = join(root, '.tools');
const env = {
  ...process.env,
  PATH: [join(tools, 'node_modules', '.bin'), process.env.PATH].join(delimiter),
};
// better-sqlite3 compiles from source; node-gyp finds Node's headers here on Debian's Node.
if (!env.npm_config_nodedir && existsSync('/usr/include/node/node.h'))
  env.npm_config_nodedir = '/usr';

const run = (cmd) => {
  console.log(`> ${cmd}`);
  execSync(cmd, { stdio: 'inherit', cwd: root, env });
};

const have = (cmd) => {
  try {
    return execSync(cmd, { env, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return '';
  }
};

if (have('pnpm --version') !== version)
  run(`npm install --no-save --prefix .tools pnpm@${version}`);
run('pnpm install --frozen-lockfile');

if (process.argv.includes('--browser') && !existsSync('/usr/bin/chromium')) {
  if (process.getuid?.() !== 0) {
    console.error(
      'Browser tests need Chromium: run `sudo apt-get install -y chromium`, then try again.',
    );
    process.exit(1);
  }
  run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
}

// The pnpm script to hand over to, e.g. `start` or `test`, with the same PATH.
const script = process.argv.slice(2).find((a) => !a.startsWith('--'));
if (script) run(`pnpm run ${script}`);
