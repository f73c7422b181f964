// The Content-Security-Policy the server sends forbids inline script and style; every page of
// the dashboard must render under it in Chromium without a single violation.

import { initiativeSlug } from '@dossier/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

describe('the Content-Security-Policy', () => {
  it('is sent with the dashboard, and no page breaks it', async () => {
    const page = await h.context.newPage();
    // Violations are reported to the page as events; collect them before any script runs.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const consoleErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text()))
        consoleErrors.push(m.text());
    });
    const response = await page.goto(`${h.server.url}/`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    for (const path of [
      '/',
      `/measures/${initiativeSlug}`,
      '/stakeholders',
      '/systems',
      '/nowhere',
    ]) {
      await page.goto(`${h.server.url}${path}`);
      await page.locator('main h1').first().waitFor();
      const violations = await page.evaluate(
        () => (window as unknown as { __violations: string[] }).__violations,
      );
      expect(violations, path).toEqual([]);
    }
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('keeps the dashboard out of frames on other sites', async () => {
    const res = await fetch(`${h.server.url}/`);
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });
});
