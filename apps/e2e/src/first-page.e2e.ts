import { initiativeSlug, reportedStakeholderNames as stakeholders } from '@dossier/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

describe('the first page in Chromium', () => {
  it('lists the measures and opens the initiative brief with every stakeholder', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.server.url}/`);
    const link = page
      .getByRole('link', { name: /Franco-German initiative: access to encrypted messaging/ })
      .first();
    await link.waitFor();
    await link.click();
    await page.waitForURL(`**/measures/${initiativeSlug}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // biome-ignore lint/performance/useDomNodeTextContent: the text a reader sees, after CSS
    const text = await page.locator('body').innerText();
    for (const name of stakeholders) expect(text).toContain(name);
    expect(text).toContain('If such legislation was adopted');
    await page.close();
  });

  it('opens a brief directly by its address and goes back to the list', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.server.url}/measures/${initiativeSlug}`);
    await page.getByRole('heading', { level: 1, name: /Franco-German initiative/ }).waitFor();
    await page.goto(`${h.server.url}/`);
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: /Franco-German initiative/ }).waitFor();
    await page.close();
  });
});
