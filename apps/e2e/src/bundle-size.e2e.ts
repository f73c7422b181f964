// Sizes are deterministic for a given build, so the budget is a test; times are only benchmarked.
import {
  budget,
  eagerPages,
  initialAssets,
  kb,
  type Manifest,
  pageModules,
  readManifest,
  webDist,
  webRoot,
} from '@dossier/bench';
import { describe, expect, it } from 'vitest';

describe('the dashboard build', () => {
  it(`keeps the initial JavaScript within ${budget.jsKb} KB as sent with gzip`, () => {
    const sizes = initialAssets(webDist);
    expect(sizes.js.files.length).toBeGreaterThan(0);
    expect(
      kb(sizes.js.gzipBytes),
      `initial JavaScript: ${sizes.js.files.join(', ')}`,
    ).toBeLessThanOrEqual(budget.jsKb);
  });

  it('loads every page on demand: no page module is among the initial chunks', () => {
    const pages = pageModules(webRoot);
    expect(pages).toContain('src/pages/SchedulePage.tsx');
    expect(eagerPages(readManifest(webDist), pages)).toEqual([]);
  });
});

describe('the check for pages loaded on demand', () => {
  // A build as Vite would describe it had BriefPage been imported through a shared chunk and
  // NotFoundPage imported statically by the app (inlined into the entry, so no chunk of its own).
  const manifest: Manifest = {
    'index.html': {
      file: 'assets/index-1.js',
      isEntry: true,
      imports: ['_shared-2.js'],
      dynamicImports: ['src/pages/SchedulePage.tsx', 'src/pages/BriefPage.tsx'],
    },
    '_shared-2.js': { file: 'assets/shared-2.js', imports: ['src/pages/BriefPage.tsx'] },
    'src/pages/SchedulePage.tsx': {
      file: 'assets/SchedulePage-3.js',
      isDynamicEntry: true,
      imports: ['index.html', '_shared-2.js'],
    },
    'src/pages/BriefPage.tsx': { file: 'assets/BriefPage-4.js', isDynamicEntry: true },
  };
  const pages = [
    'src/pages/SchedulePage.tsx',
    'src/pages/BriefPage.tsx',
    'src/pages/NotFoundPage.tsx',
  ];

  it('names a page reached by static imports from the entry, and one inlined into it', () => {
    expect(eagerPages(manifest, pages)).toEqual([
      'src/pages/BriefPage.tsx is loaded with the first render',
      'src/pages/NotFoundPage.tsx has no chunk of its own: it was bundled into another one',
    ]);
  });

  it('passes the same pages once each is only imported on demand', () => {
    const lazy: Manifest = { ...manifest, '_shared-2.js': { file: 'assets/shared-2.js' } };
    const separate: Manifest = {
      ...lazy,
      'src/pages/NotFoundPage.tsx': { file: 'assets/NotFoundPage-5.js', isDynamicEntry: true },
    };
    expect(eagerPages(separate, pages)).toEqual([]);
  });
});
