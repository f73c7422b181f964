// What a browser downloads before the dashboard can render: the entry script and every chunk it
// imports statically (Vite's manifest says which), and their stylesheets. Lazy page chunks are not
// part of it. Sizes are those of the bytes the server sends, precompressed twins included.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { defaultWebDir } from '@dossier/server';
import { precompress } from '@dossier/web/build/precompress';
import { initialChunks, readManifest } from './manifest';

const require = createRequire(import.meta.url);
// Where the server looks for the dashboard; @dossier/web is a dev dependency here, so it is found.
export const webDist = defaultWebDir()!;
/** apps/web, the Vite root: manifest keys are relative to it. */
export const webRoot = dirname(webDist);

/**
 * The most initial JavaScript the dashboard may ask a browser to download, in KB as sent with
 * gzip: the larger of the two encodings the server offers, so a browser without brotli fits too.
 */
export const budget = { jsKb: 125 };

export interface Sizes {
  files: string[];
  rawBytes: number;
  /** As sent to a browser that accepts gzip. */
  gzipBytes: number;
  /** As sent to a browser that accepts brotli, which Chromium does. */
  brotliBytes: number;
}

export interface AssetSizes {
  js: Sizes;
  css: Sizes;
}

/**
 * The server (sirv) sends the `.br` or `.gz` twin the build wrote beside a file
 * (apps/web/build/precompress.ts) and the file itself when there is none, as for files under 1 KB.
 */
function served(dist: string, file: string, twin: '.br' | '.gz'): number {
  const path = join(dist, file);
  return statSync(existsSync(path + twin) ? path + twin : path).size;
}

function measure(dist: string, files: string[]): Sizes {
  const sizes = { files, rawBytes: 0, gzipBytes: 0, brotliBytes: 0 };
  for (const file of files) {
    sizes.rawBytes += statSync(join(dist, file)).size;
    sizes.gzipBytes += served(dist, file, '.gz');
    sizes.brotliBytes += served(dist, file, '.br');
  }
  return sizes;
}

export function initialAssets(dist: string = webDist): AssetSizes {
  const manifest = readManifest(dist);
  const initial = initialChunks(manifest).map((key) => manifest[key]!);
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  for (const entry of initial.filter((chunk) => chunk.isEntry)) {
    // A manifest left from another build would measure files the page no longer loads.
    if (!html.includes(`/${entry.file}"`)) {
      throw new Error(`${dist}/index.html does not load ${entry.file}: the manifest is stale`);
    }
  }
  const js = initial.map((chunk) => chunk.file).filter((file) => /\.m?js$/.test(file));
  const css = [...new Set(initial.flatMap((chunk) => chunk.css ?? []))];
  return { js: measure(dist, js), css: measure(dist, css) };
}

/**
 * The floor no React dashboard gets under: a page that only renders a heading with React,
 * built by the same Vite in the same run and measured the same way, so the ratio printed
 * beside our size means something.
 */
export async function frameworkFloor(): Promise<AssetSizes> {
  const { build } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  const root = mkdtempSync(join(tmpdir(), 'dossier-floor-'));
  try {
    writeFileSync(
      join(root, 'index.html'),
      '<!doctype html><div id="root"></div><script type="module" src="/main.jsx"></script>',
    );
    writeFileSync(
      join(root, 'main.jsx'),
      "import { createRoot } from 'react-dom/client';\ncreateRoot(document.getElementById('root')).render(<h1>Dossier</h1>);\n",
    );
    await build({
      root,
      logLevel: 'silent',
      configFile: false,
      plugins: [react(), precompress()],
      resolve: {
        alias: {
          'react-dom/client': require.resolve('react-dom/client'),
          'react/jsx-runtime': require.resolve('react/jsx-runtime'),
        },
      },
      build: { outDir: join(root, 'dist'), manifest: true },
    });
    return initialAssets(join(root, 'dist'));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export const kb = (bytes: number) => bytes / 1024;
