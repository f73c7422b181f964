import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

describe('when the server goes away', () => {
  it('shows a message and a retry instead of a blank page', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.server.url}/`);
    await page.locator('main h1').first().waitFor();
    // Stop answering the API but keep serving the page, as a restarting server would.
    await page.route('**/trpc/**', (route) => route.abort('connectionrefused'));
    await page.goto(`${h.server.url}/stakeholders`);
    const retry = page.getByRole('button', { name: /Retry/ });
    await retry.waitFor({ timeout: 20_000 });
    expect(await page.getByRole('alert').count()).toBeGreaterThan(0);
    await page.unroute('**/trpc/**');
    await retry.click();
    await page.getByRole('link', { name: 'Bernard Cazeneuve' }).first().waitFor();
    await page.close();
  });
});
