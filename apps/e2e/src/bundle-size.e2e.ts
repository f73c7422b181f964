// Sizes are deterministic for a given build, so the cap is a test; times are only benchmarked.
import { budget, initialAssets, kb, webDist } from '@dossier/bench';
import { describe, expect, it } from 'vitest';

describe('the dashboard build', () => {
  const sizes = initialAssets(webDist);

  it(`keeps the initial JavaScript under ${budget.jsCapKb} KB gzip`, () => {
    expect(sizes.js.files.length).toBeGreaterThan(0);
    expect(kb(sizes.js.gzipBytes)).toBeLessThanOrEqual(budget.jsCapKb);
  });

  it('loads page code on demand: no page module is part of the initial download', () => {
    for (const file of sizes.js.files) expect(file).not.toMatch(/Page-/);
  });
});
