/// <reference types="node" />
// Compressing once at build time, at the slowest and smallest settings, costs the server nothing
// per request: it sends the `.br` or `.gz` twin to a browser that accepts it (sirv in
// apps/server/src/static.ts) and the file itself to one that does not.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Text formats worth compressing; images other than SVG and fonts are compressed already. */
export const compressible = /\.(?:js|mjs|css|html|svg|json)$/;
/** Below this the headers outweigh what compression saves. */
export const minBytes = 1024;

export const brotli = (bytes: Buffer) =>
  brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
export const gzip = (bytes: Buffer) => gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION });

/** Writes `<file>.br` and `<file>.gz` beside every compressible file over `minBytes` in `dir`. */
export function precompressDir(dir: string): string[] {
  const done: string[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    // .vite/ holds the build manifest, which is read at test time and never served.
    if (!entry.isFile() || !compressible.test(entry.name) || path.includes('/.vite/')) continue;
    const bytes = readFileSync(path);
    if (bytes.length <= minBytes) continue;
    writeFileSync(`${path}.br`, brotli(bytes));
    writeFileSync(`${path}.gz`, gzip(bytes));
    done.push(path);
  }
  return done;
}

export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'dossier:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    // After every file is written, public/ copies included.
    closeBundle: {
      order: 'post',
      handler() {
        precompressDir(outDir);
      },
    },
  };
}
