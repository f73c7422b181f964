// History and "as of" in Chromium against a real server: an edit made through the API (the
// admin token) shows in the brief's History tab with its field before and after; the brief as
// it stood before the edit shows the old title under its banner, and "as of yesterday" (before
// the demo dossier was loaded) says the measure was not yet recorded. axe on each, in English.
import { initiativeSlug } from '@dossier/db/seed';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { type Harness, startHarness } from './harness';

let h: Harness;
let reader: BrowserContext;
let before = '';
const newTitle = 'Franco-German initiative on encrypted messaging (renamed for the history test)';
const brief = `/measures/${initiativeSlug}`;

beforeAll(async () => {
  h = await startHarness({ signedInAs: null });
  reader = await h.newContext('editor');
  const current = await h.admin.measures.get.query({ ref: initiativeSlug });
  await new Promise((resolve) => setTimeout(resolve, 20));
  before = new Date().toISOString();
  await new Promise((resolve) => setTimeout(resolve, 20));
  await h.admin.measures.update.mutate({
    id: current.measure.id,
    version: current.measure.version,
    title: newTitle,
  });
});
afterAll(async () => {
  await reader?.close();
  await h?.close();
});

describe('history and as of', () => {
  it('shows the edit in the History tab, with who, and the title before and after', async () => {
    const page = await reader.newPage();
    await page.goto(`${h.server.url}${brief}`);
    await page.getByRole('heading', { level: 1, name: newTitle }).waitFor();
    await page
      .getByRole('navigation', { name: 'Views of this record' })
      .getByRole('link', { name: 'History' })
      .click();
    await page.waitForURL(/\?view=history$/);
    const list = page.getByRole('list', { name: 'History' });
    const first = list.getByRole('listitem').first();
    await first.waitFor();
    expect(await first.textContent()).toContain('server token changed the measure');
    const row = first.getByRole('row', { name: /^title/ });
    expect(await row.getByRole('cell').allTextContents()).toEqual([
      expect.stringMatching(/^Franco-German initiative: access to encrypted messaging/),
      newTitle,
    ]);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows the brief as it stood before the edit under a banner, and as of yesterday says it was not yet recorded', async () => {
    const page = await reader.newPage();
    await page.goto(`${h.server.url}${brief}?asOf=${encodeURIComponent(before)}`);
    await page
      .getByRole('heading', {
        level: 1,
        name: /^Franco-German initiative: access to encrypted messaging/,
      })
      .waitFor();
    await page.getByText(/^The brief as it stood on /).waitFor();
    expect(await page.locator('main button.fm-open').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await page.goto(`${h.server.url}${brief}?asOf=${yesterday}`);
    await page.getByText('This measure was not in the record yet on that date.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Back to today' }).click();
    await page.getByRole('heading', { level: 1, name: newTitle }).waitFor();
  });
});
