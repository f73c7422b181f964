// Reads Vite's build manifest (dist/.vite/manifest.json, `build.manifest` in apps/web) to tell
// the chunks a browser loads before the first render from those it fetches on demand. File names
// cannot tell: a page imported statically is inlined into index-*.js and leaves no trace in them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One chunk as Vite describes it; keys in `imports` and `dynamicImports` are manifest keys. */
export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

/** Keyed by source path relative to the Vite root (`index.html`, `src/pages/SchedulePage.tsx`). */
export type Manifest = Record<string, ManifestChunk>;

export function readManifest(dist: string): Manifest {
  return JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest;
}

/** The manifest keys of each entry and of everything it imports statically, recursively. */
export function initialChunks(manifest: Manifest): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The build manifest imports ${key} but does not describe it`);
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return [...seen];
}

/**
 * The modules among `pages` (manifest keys such as `src/pages/SchedulePage.tsx`) that are not
 * fetched on demand, each with the reason; empty when every page is a lazy chunk of its own.
 */
export function eagerPages(manifest: Manifest, pages: string[]): string[] {
  const initial = new Set(initialChunks(manifest));
  const found: string[] = [];
  for (const page of pages) {
    const chunk = manifest[page];
    if (!chunk) found.push(`${page} has no chunk of its own: it was bundled into another one`);
    else if (initial.has(page)) found.push(`${page} is loaded with the first render`);
    else if (!chunk.isDynamicEntry) found.push(`${page} is not loaded through import()`);
  }
  return found;
}

/** The dashboard's page modules (apps/web/src/pages/*Page.tsx), as manifest keys. */
export function pageModules(webRoot: string): string[] {
  return readdirSync(join(webRoot, 'src', 'pages'))
    .filter((name) => /Page\.tsx$/.test(name))
    .map((name) => `src/pages/${name}`)
    .sort();
}
