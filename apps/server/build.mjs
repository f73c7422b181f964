// Builds the production server: one ES module, dist/main.js, with the workspace packages (which
// export TypeScript source) and pure-JS dependencies bundled in, so `node dist/main.js` starts
// without transpiling anything. better-sqlite3 (native) and pino stay external, loaded from
// node_modules. The migrations are copied beside the bundle, where @dossier/db looks for them
// when bundled (packages/db/src/migrations.ts). `pnpm dev` keeps running the source with tsx.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const here = import.meta.dirname;
const dist = join(here, 'dist');
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

await build({
  entryPoints: [join(here, 'src', 'main.ts')],
  outfile: join(dist, 'main.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  external: ['better-sqlite3', 'pino'],
  define: { DOSSIER_BUNDLED_MIGRATIONS: 'true' },
  // Bundled CommonJS modules may `require` Node's built-ins; an ES module has no `require`.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: 'warning',
});

cpSync(join(here, 'node_modules', '@dossier', 'db', 'drizzle'), join(dist, 'drizzle'), {
  recursive: true,
});
console.log(`built ${join(dist, 'main.js')}`);
